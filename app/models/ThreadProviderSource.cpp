// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ThreadProviderSource.h"

#include "providers/ProviderHttp.h"
#include "providers/gmail/GmailWire.h"
#include "providers/outlook/GraphWire.h"

#include <memory>

namespace Outpost {

namespace {
// Every lookup runs in parallel; the answer goes out when the last one is back.
struct Pending
{
    int outstanding = 0;
    ThreadSource::Listing listing;
    QStringList seen; // thread ids
    ThreadSource::Done done;

    void fail(const ServiceError &e)
    {
        if (!listing.error)
            listing.error = e;
    }
    void add(const ThreadSummary &t)
    {
        if (seen.contains(t.threadId))
            return;
        seen += t.threadId;
        listing.threads += t;
    }
    void finishOne()
    {
        if (--outstanding == 0)
            done(listing);
    }
};
} // namespace

ThreadProviderSource::ThreadProviderSource(
    ProviderHttp *http, DirectMailbox mailbox, int maxThreads)
    : m_http(http), m_mailbox(std::move(mailbox)), m_max(maxThreads)
{
}

void ThreadProviderSource::list(const QStringList &recipients, QObject *context, Done done)
{
    if (!m_http || recipients.isEmpty()) {
        done({});
        return;
    }
    if (m_mailbox.provider == Provider::Gmail)
        listGmail(recipients, context, std::move(done));
    else
        listGraph(recipients, context, std::move(done));
}

void ThreadProviderSource::listGmail(const QStringList &recipients, QObject *context, Done done)
{
    auto state = std::make_shared<Pending>();
    state->done = std::move(done);
    state->outstanding = int(recipients.size());
    QPointer<ProviderHttp> http = m_http;
    const DirectMailbox mailbox = m_mailbox;
    for (const QString &recipient : recipients) {
        ProviderHttp::Request list;
        list.url = GmailApi::threadsWithUrl(mailbox.apiBase, recipient, m_max);
        m_http->send(list, context, [=](const ProviderHttp::Answer &answer) {
            if (answer.error || !http) {
                if (answer.error)
                    state->fail(*answer.error);
                state->finishOne();
                return;
            }
            for (const QString &id : GmailApi::threadIds(answer.json())) {
                if (state->seen.contains(id))
                    continue;
                state->seen += id;
                ++state->outstanding;
                ProviderHttp::Request get;
                get.url = GmailApi::threadMetadataUrl(mailbox.apiBase, id);
                http->send(get, context, [=](const ProviderHttp::Answer &thread) {
                    if (thread.error)
                        state->fail(*thread.error);
                    else
                        state->listing.threads
                            += GmailApi::threadSummary(thread.json(), mailbox.address);
                    state->finishOne();
                });
            }
            state->finishOne();
        });
    }
}

void ThreadProviderSource::listGraph(const QStringList &recipients, QObject *context, Done done)
{
    auto state = std::make_shared<Pending>();
    state->done = std::move(done);
    state->outstanding = int(recipients.size());
    const DirectMailbox mailbox = m_mailbox;
    for (const QString &recipient : recipients) {
        ProviderHttp::Request list;
        list.url = GraphApi::messagesWithUrl(mailbox.apiBase, recipient, 5 * m_max);
        m_http->send(list, context, [=](const ProviderHttp::Answer &answer) {
            if (answer.error)
                state->fail(*answer.error);
            else
                for (const ThreadSummary &t :
                    GraphApi::conversations(answer.json(), mailbox.address))
                    state->add(t);
            state->finishOne();
        });
    }
}

} // namespace Outpost

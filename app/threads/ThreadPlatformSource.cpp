// SPDX-License-Identifier: GPL-3.0-or-later
#include "threads/ThreadPlatformSource.h"

#include "mail/AddressList.h"
#include "platform/PlatformClient.h"

#include <memory>

namespace Outpost {

namespace {
// The conversation's own mailbox: by its id, else the participant that is one of ours.
void nameMailbox(ThreadSummary &thread, const QString &mailboxId, const QList<Mailbox> &ours)
{
    for (const Mailbox &m : ours) {
        if (!mailboxId.isEmpty() && m.id == mailboxId) {
            thread.mailbox = m.address;
            thread.provider = m.provider;
            return;
        }
    }
    for (const QString &participant : std::as_const(thread.participants)) {
        const AddressParse p = AddressList::parseOne(participant);
        const QString address = p.addresses.isEmpty() ? participant : p.addresses.first().address;
        for (const Mailbox &m : ours) {
            if (AddressList::sameAddress(m.address, address)) {
                thread.mailbox = m.address;
                return;
            }
        }
    }
}
} // namespace

ThreadPlatformSource::ThreadPlatformSource(PlatformClient *client, QList<Mailbox> mailboxes)
    : m_client(client), m_mailboxes(std::move(mailboxes))
{
}

void ThreadPlatformSource::list(const QStringList &recipients, QObject *context, Done done)
{
    if (!m_client || recipients.isEmpty()) {
        done({});
        return;
    }
    // Every lookup runs in parallel; the answer goes out when the last one is back.
    struct Pending
    {
        int outstanding = 0;
        Listing listing;
        QStringList seen; // conversation ids
        Done done;
    };
    auto state = std::make_shared<Pending>();
    state->done = std::move(done);
    const QList<Mailbox> ours = m_mailboxes;
    auto finishOne = [state] {
        if (--state->outstanding == 0)
            state->done(state->listing);
    };
    auto fail = [state](const ServiceError &e) {
        if (!state->listing.error)
            state->listing.error = e;
    };
    PlatformClient *client = m_client;
    state->outstanding = int(recipients.size());
    for (const QString &recipient : recipients) {
        client->contacts(recipient, context, [=](const Result<QList<PlatformContact>> &found) {
            if (!found.ok()) {
                fail(found.error());
                finishOne();
                return;
            }
            for (const PlatformContact &contact : found.value()) {
                // `search` matches parts of names and addresses: only this address counts.
                if (!AddressList::sameAddress(contact.email, recipient))
                    continue;
                if (!state->listing.contactIds.contains(contact.id))
                    state->listing.contactIds += contact.id;
                ++state->outstanding;
                client->conversations(
                    contact.id, context, [=](const Result<QList<PlatformConversation>> &list) {
                        if (!list.ok()) {
                            fail(list.error());
                        } else {
                            for (PlatformConversation c : list.value()) {
                                if (state->seen.contains(c.thread.conversationId))
                                    continue;
                                state->seen += c.thread.conversationId;
                                nameMailbox(c.thread, c.mailboxId, ours);
                                state->listing.threads += c.thread;
                            }
                        }
                        finishOne();
                    });
            }
            finishOne();
        });
    }
}

} // namespace Outpost

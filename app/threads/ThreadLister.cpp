// SPDX-License-Identifier: GPL-3.0-or-later
#include "threads/ThreadLister.h"

namespace Outpost {

ThreadLister::ThreadLister(QObject *parent)
    : QObject(parent), m_model(new ThreadListModel(this)) { }

ThreadLister::~ThreadLister() = default;

void ThreadLister::setSources(std::vector<std::unique_ptr<ThreadSource>> sources)
{
    m_sources = std::move(sources);
}

void ThreadLister::merge(QList<ThreadListModel::Row> &rows, const ThreadSource::Listing &listing,
    ThreadOrigin origin, PlatformClient *client)
{
    for (const ThreadSummary &t : listing.threads) {
        if (t.threadId.isEmpty())
            continue;
        auto same = std::find_if(rows.begin(), rows.end(),
            [&](const ThreadListModel::Row &r) { return r.thread.threadId == t.threadId; });
        if (same == rows.end()) {
            rows.append({t, ThreadOrigins(origin), client});
            continue;
        }
        ThreadSummary &kept = same->thread;
        const bool platformKnowsMore
            = origin == ThreadOrigin::Platform && !same->origins.testFlag(ThreadOrigin::Platform);
        // The local store's last Message-ID is only the latest if nothing came after it.
        const ThreadSummary &local = platformKnowsMore ? kept : t;
        const ThreadSummary &listed = platformKnowsMore ? t : kept;
        const bool localIsLatest = !listed.lastMessageTime.isValid()
            || (local.lastMessageTime.isValid() && local.lastMessageTime >= listed.lastMessageTime);
        ThreadSummary merged = platformKnowsMore ? t : kept;
        if (merged.conversationId.isEmpty())
            merged.conversationId = local.conversationId;
        if (merged.mailbox.isEmpty())
            merged.mailbox = local.mailbox;
        for (const QString &p : local.participants) {
            if (!merged.participants.contains(p, Qt::CaseInsensitive))
                merged.participants += p;
        }
        if (merged.lastMessageId.isEmpty() && localIsLatest) {
            merged.lastMessageId = local.lastMessageId;
            merged.references = local.references;
        }
        if (local.lastMessageTime > merged.lastMessageTime)
            merged.lastMessageTime = local.lastMessageTime;
        kept = merged;
        same->origins |= origin;
        if (!same->client)
            same->client = client;
    }
}

void ThreadLister::refresh(const QStringList &recipients)
{
    QStringList wanted;
    for (const QString &r : recipients) {
        const QString address = r.trimmed();
        if (!address.isEmpty() && !wanted.contains(address, Qt::CaseInsensitive))
            wanted += address;
    }
    m_recipients = wanted;
    delete m_generation; // answers still on their way for the last refresh are dropped
    m_generation = new QObject(this);
    m_rows.clear();
    m_contacts.clear();
    m_model->setRows({});
    const bool wasBusy = isBusy();
    m_pending = int(m_sources.size());
    if (m_pending == 0) {
        if (wasBusy)
            Q_EMIT busyChanged(false);
        Q_EMIT refreshed();
        return;
    }
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    for (const std::unique_ptr<ThreadSource> &source : m_sources) {
        ThreadSource *s = source.get();
        const ThreadOrigin origin = s->origin();
        PlatformClient *client = s->client();
        s->list(wanted, m_generation, [this, origin, client](const ThreadSource::Listing &l) {
            merge(m_rows, l, origin, client);
            for (const QString &id : l.contactIds)
                m_contacts.append({client, id});
            m_model->setRows(m_rows);
            if (l.error)
                Q_EMIT sourceFailed(*l.error);
            if (--m_pending == 0) {
                Q_EMIT busyChanged(false);
                Q_EMIT refreshed();
            }
        });
    }
}

} // namespace Outpost

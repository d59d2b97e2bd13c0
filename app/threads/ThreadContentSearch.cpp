// SPDX-License-Identifier: GPL-3.0-or-later
#include "threads/ThreadContentSearch.h"

#include "platform/PlatformClient.h"

#include <QRegularExpression>

namespace Outpost {

ThreadContentSearch::ThreadContentSearch(Contacts contacts, QObject *parent)
    : QObject(parent), m_contacts(std::move(contacts))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ThreadContentSearch::search);
}

ThreadContentSearch::~ThreadContentSearch()
{
    cancel();
}

void ThreadContentSearch::setQuery(const QString &text)
{
    const QString query = text.simplified().left(500); // the endpoint takes 1–500 characters
    if (query == m_query && (m_debounce.isActive() || m_pending > 0))
        return;
    m_query = query;
    cancel();
    if (m_query.size() < minimumLength) {
        m_debounce.stop();
        return;
    }
    m_debounce.start();
}

void ThreadContentSearch::rerun()
{
    if (m_query.size() < minimumLength)
        return;
    cancel();
    m_debounce.stop();
    search();
}

void ThreadContentSearch::cancel()
{
    // Their answers first go nowhere (an abort answers at once, as Cancelled), then the
    // requests stop.
    delete m_generation;
    m_generation = nullptr;
    for (const QPointer<PlatformCall> &call : std::as_const(m_calls)) {
        if (call)
            call->abort();
    }
    m_calls.clear();
    if (m_pending > 0) {
        m_pending = 0;
        Q_EMIT searchingChanged(false);
    }
}

void ThreadContentSearch::search()
{
    QList<ThreadLister::Contact> contacts;
    for (const ThreadLister::Contact &c : m_contacts()) {
        if (c.client && !m_without.contains(c.client))
            contacts += c;
    }
    if (contacts.isEmpty())
        return;
    m_generation = new QObject(this);
    m_hits.clear();
    m_truncated = false;
    m_pending = int(contacts.size());
    Q_EMIT started();
    Q_EMIT searchingChanged(true);
    MessageSearchQuery query {m_query};
    query.limit = matchLimit;
    const QString text = m_query;
    std::optional<QString> failure;
    for (const ThreadLister::Contact &c : std::as_const(contacts)) {
        QPointer<PlatformClient> client = c.client;
        m_calls += client->searchMessages(
            c.id, query, m_generation, [this, client, text](const Result<MessageSearch> &r) {
                if (r.ok()) {
                    m_truncated = m_truncated || r.value().truncated;
                    for (const MessageSearchResult &found : r.value().results) {
                        const bool known
                            = std::any_of(m_hits.cbegin(), m_hits.cend(), [&](const ContentHit &h) {
                                  return h.conversationId == found.conversationId;
                              });
                        if (known || found.matches.isEmpty())
                            continue;
                        // Matches come newest first: the first says the most recent words.
                        const MessageSearchMatch &m = found.matches.first();
                        ContentHit hit = snippetOf(m.body, text);
                        hit.conversationId = found.conversationId;
                        hit.threadId = found.channelIdentifier;
                        hit.createdAt = m.createdAt;
                        m_hits += hit;
                    }
                } else if (r.error().kind == ServiceError::Kind::NotFound) {
                    // No such endpoint (an older or smaller instance): today's picker,
                    // silently, and that instance is not asked again here. A 404 cannot tell
                    // a missing endpoint from a contact gone meanwhile; either way there is
                    // nothing to show.
                    if (client && !m_without.contains(client))
                        m_without += client;
                } else if (r.error().kind != ServiceError::Kind::Cancelled) {
                    Q_EMIT failed(r.error().message);
                }
                if (--m_pending == 0) {
                    std::sort(
                        m_hits.begin(), m_hits.end(), [](const ContentHit &a, const ContentHit &b) {
                            return a.createdAt > b.createdAt;
                        });
                    Q_EMIT searchingChanged(false);
                    Q_EMIT resultsReady(m_hits);
                }
            });
    }
}

ContentHit ThreadContentSearch::snippetOf(const QString &body, const QString &query, int width)
{
    const QString text = body.simplified();
    const QStringList words = query.simplified().split(u' ', Qt::SkipEmptyParts);
    qsizetype at = text.indexOf(query.simplified(), 0, Qt::CaseInsensitive);
    for (qsizetype i = 0; at < 0 && i < words.size(); ++i)
        at = text.indexOf(words.at(i), 0, Qt::CaseInsensitive);
    at = std::max<qsizetype>(at, 0);
    // A little before the words, so that they read in their sentence; cut at a space.
    qsizetype start = std::max<qsizetype>(0, at - width / 3);
    if (start > 0) {
        const qsizetype space = text.indexOf(u' ', start);
        if (space >= 0 && space < at)
            start = space + 1;
    }
    qsizetype end = std::min<qsizetype>(text.size(), start + width);
    if (end < text.size()) {
        const qsizetype space = text.lastIndexOf(u' ', end);
        if (space > at)
            end = space;
    }
    ContentHit hit;
    hit.body = body;
    const QString prefix = start > 0 ? QStringLiteral("…") : QString();
    hit.snippet = prefix + text.mid(start, end - start) + (end < text.size() ? u"…"_qs : QString());
    for (const QString &w : words) {
        qsizetype from = 0;
        while ((from = hit.snippet.indexOf(w, from, Qt::CaseInsensitive)) >= 0) {
            hit.highlights.append({int(from), int(w.size())});
            from += w.size();
        }
    }
    std::sort(hit.highlights.begin(), hit.highlights.end());
    return hit;
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "threads/ThreadLister.h"
#include "net/ServiceError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Outpost {

class PlatformCall;

// A thread found by what was said in it: the message that matched, cut to a snippet around
// the words, and where in the snippet the words are (to be highlighted).
struct ContentHit
{
    QString conversationId;
    QString threadId; // the conversation's channelIdentifier
    QString snippet;
    QList<QPair<int, int>> highlights; // (start, length) in `snippet`
    QString body; // the whole matching text (a narrower query is checked against it)
    QDateTime createdAt;
};

// The thread picker's search of message content (issue 17, item 1): after the typing pauses
// (`debounceMs`), the text is searched with GET /api/conversation/contact/{id}/messages/search
// for each contact the recipients are (ThreadLister::contacts(): the platform source already
// looked them up to list their threads, so no keystroke asks for contacts again, and only the
// threads the picker can offer are searched). A new query cancels the requests in flight and
// drops their answers. An instance without the endpoint (404) is not asked again in this
// picker and nothing is said; any other failure is reported by failed().
class ThreadContentSearch : public QObject
{
    Q_OBJECT
public:
    static constexpr int debounceMs = 250;
    // Matches asked for per contact. The platform counts matches, not conversations, and sends
    // each match's whole text: 500 covers many threads while keeping an answer to a few MB.
    static constexpr int matchLimit = 500;
    // Shorter queries are not sent: one letter is in nearly every message.
    static constexpr int minimumLength = 2;

    using Contacts = std::function<QList<ThreadLister::Contact>()>;
    explicit ThreadContentSearch(Contacts contacts, QObject *parent = nullptr);
    ~ThreadContentSearch() override;

    // Starts the debounce again for `text` (trimmed); an empty or short text stops searching.
    void setQuery(const QString &text);
    // Searches the current query again now (the contacts became known).
    void rerun();
    QString query() const { return m_query; }
    bool isSearching() const { return m_pending > 0; }
    bool wasTruncated() const { return m_truncated; }

    // The snippet of `body` around the first place `query` (or one of its words) occurs, about
    // `width` characters, whitespace collapsed; every word of the query highlighted in it.
    static ContentHit snippetOf(const QString &body, const QString &query, int width = 110);

Q_SIGNALS:
    void started(); // the debounce ended and the requests went out
    void searchingChanged(bool searching);
    // Every contact answered: one hit per thread, newest match first.
    void resultsReady(const QList<Outpost::ContentHit> &hits);
    void failed(const QString &message);

private:
    void search();
    void cancel();

    Contacts m_contacts;
    QTimer m_debounce;
    QString m_query;
    QObject *m_generation = nullptr; // answers of a superseded query land nowhere
    QList<QPointer<PlatformCall>> m_calls;
    QList<QPointer<PlatformClient>> m_without; // clients that answered 404
    QList<ContentHit> m_hits;
    int m_pending = 0;
    bool m_truncated = false;
};

} // namespace Outpost

Q_DECLARE_METATYPE(Outpost::ContentHit)

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation/ConversationDocument.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace Outpost {

// Builds the conversation page (sanitising every body) on a worker thread, never on the GUI
// thread: a message of 10 MB takes about a second to sanitise, and the window must go on
// answering meanwhile. One build runs at a time; a request made while one runs waits, and
// when several wait only the latest is built: a superseded page is never built nor shown.
// Results come back on the renderer's thread, by signal.
class ConversationRenderer : public QObject
{
    Q_OBJECT
public:
    explicit ConversationRenderer(QObject *parent = nullptr);
    ~ConversationRenderer() override;

    // Builds the page of `messages` (copied: the caller may change its own meanwhile).
    // `anchor` is handed back with it.
    void render(const ThreadSummary &thread, const QList<ConversationMessage> &messages,
        const ConversationDocument::Options &options, const QString &anchor = {});
    bool isBusy() const { return m_running; }

Q_SIGNALS:
    // The page of the latest request.
    void ready(const Outpost::ConversationDocument::Page &page, const QString &anchor);
    // Building the latest request's page failed (out of memory): what to tell the user.
    void failed(const QString &reason);

private:
    struct Request
    {
        ThreadSummary thread;
        QList<ConversationMessage> messages;
        ConversationDocument::Options options;
        QString anchor;
    };
    struct Outcome
    {
        std::optional<ConversationDocument::Page> page;
        QString error;
    };
    void start(Request request);
    void finished();

    QFutureWatcher<Outcome> m_watcher;
    std::optional<Request> m_waiting; // the latest request, while a build runs
    QString m_runningAnchor;
    bool m_running = false;
};

} // namespace Outpost

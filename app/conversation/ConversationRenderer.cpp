// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation/ConversationRenderer.h"

#include <QCoreApplication>
#include <QtConcurrentRun>

#include <new>

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::ConversationRenderer)
};
} // namespace

ConversationRenderer::ConversationRenderer(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ConversationRenderer::finished);
}

ConversationRenderer::~ConversationRenderer()
{
    // A build still running owns copies of everything it reads; its result is not wanted, but
    // the worker must not outlive what it was started from (the models' resources, Qt's).
    m_watcher.waitForFinished();
}

void ConversationRenderer::render(const ThreadSummary &thread,
    const QList<ConversationMessage> &messages, const ConversationDocument::Options &options,
    const QString &anchor)
{
    Request request {thread, messages, options, anchor};
    if (m_running) {
        m_waiting = std::move(request); // an earlier waiting one is superseded
        return;
    }
    start(std::move(request));
}

void ConversationRenderer::start(Request request)
{
    m_running = true;
    m_runningAnchor = request.anchor;
    m_watcher.setFuture(QtConcurrent::run([request = std::move(request)]() -> Outcome {
        Outcome outcome;
        try {
            outcome.page
                = ConversationDocument::build(request.thread, request.messages, request.options);
        } catch (const std::bad_alloc &) {
            outcome.error = Tr::tr("There is not enough memory to prepare these messages.");
        }
        return outcome;
    }));
}

void ConversationRenderer::finished()
{
    m_running = false;
    if (m_waiting) {
        // Superseded while it was built: dropped, and the latest request goes in.
        Request next = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(next));
        return;
    }
    const Outcome outcome = m_watcher.result();
    if (outcome.page)
        Q_EMIT ready(*outcome.page, m_runningAnchor);
    else
        Q_EMIT failed(outcome.error);
}

} // namespace Outpost

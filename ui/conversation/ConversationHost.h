// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/conversation/ConversationWire.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QSocketNotifier;

namespace Outpost {

class ConversationWindow;

// The conversation process's side (`outpost conversation-host`, started by ConversationProcess):
// QtWebEngine lives here, so that all of its memory goes back to the system with this process
// when the last conversation window closes, which it cannot while it is loaded in Outpost's own.
// It reads frames (ConversationWire) on `input` and answers on `output`: each conversation
// window mirrors a ConversationLoader that stays in Outpost (ConversationLoader::isMirror), so
// this process holds no token, store or settings; what the window asks (a reply, trusting a
// sender, a note, a reload) goes back to Outpost. It ends when its last window closes, when
// Outpost closes its input, or when Outpost dies.
class ConversationHost : public QObject
{
    Q_OBJECT
public:
    ConversationHost(int input, int output, QObject *parent = nullptr);

private:
    void readInput();
    void handle(const ConversationWire::Frame &frame);
    ConversationWindow *open(qint32 id, const ThreadSummary &thread);
    void send(const QByteArray &frame);
    void windowGone(qint32 id);

    int m_input;
    int m_output;
    QSocketNotifier *m_notifier;
    QByteArray m_buffer;
    QHash<qint32, QPointer<ConversationWindow>> m_windows;
};

} // namespace Outpost

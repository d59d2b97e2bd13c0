// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation/ConversationReply.h"
#include "mail/ConversationMessage.h"
#include "mail/ThreadSummary.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Outpost {

// The conversation's first paint, drawn by Qt's own widgets while the conversation view
// (QtWebEngine, a second or more to start cold on two cores) is still starting or building the
// page: the subject, how many messages there are, and the latest message, its sender, date and
// recipients over its text (an HTML body as its text, read without a parser and shown as plain
// text, never as markup), with Reply, Reply All and Forward. The window replaces it with the
// page as soon as the page is on screen.
class ConversationPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationPreview(QWidget *parent = nullptr);

    // Shows `latest`, the last of `count` messages of `thread`; `canAnswer`: there is mail to
    // answer (not only team notes).
    void showMessage(
        const ThreadSummary &thread, const ConversationMessage &latest, int count, bool canAnswer);
    // The text shown for the message (what a user reads, for tests and screen readers).
    QString messageText() const;

Q_SIGNALS:
    void answerRequested(Outpost::ReplyKind kind);
    // Drawn on screen (each paint).
    void painted();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateColours();

    QLabel *m_subject;
    QLabel *m_count;
    QLabel *m_sender;
    QLabel *m_when;
    QLabel *m_recipients;
    QPlainTextEdit *m_body;
    QList<QPushButton *> m_answers;
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation/ConversationReply.h"
#include "mail/ConversationMessage.h"
#include "mail/ThreadSummary.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace Outpost {

// The conversation's first paint, drawn by Qt's own widgets while the conversation view
// (QtWebEngine, a second or more to start cold on two cores) is still starting or building the
// page. It is laid out and coloured as the page's first screen is (ConversationDocument: the same
// header line, folded lines and colours), so that the page takes its place without a jump: the
// subject and the line under it, a folded line for each earlier message (or, for a conversation
// longer than the page's first page, the line saying they are coming), and the latest message
// open, its sender, date and headers over its text (an HTML body as its text, read without a
// parser and shown as plain text, never as markup), with Reply, Reply All and Forward. The window
// replaces it with the page as soon as the page is on screen.
class ConversationPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationPreview(QWidget *parent = nullptr);

    // Shows `messages` (oldest first, at least one) of `thread`: a folded line for each earlier
    // one when there are at most `foldedLimit` in all, else "Loading N earlier messages…" as the
    // page's first page says; `dark`: the page's dark colours. The latest message has Reply,
    // Reply All and Forward when the page gives it them.
    void showMessages(const ThreadSummary &thread, const QList<ConversationMessage> &messages,
        bool dark, int foldedLimit);
    // The text shown for the latest message (what a user reads, for tests and screen readers).
    QString messageText() const;
    // The folded lines shown for the earlier messages: "<author> <snippet> <time>" each.
    QStringList foldedLines() const;

    // The longest text shown for the latest message (characters), about a screenful: the page
    // shows it whole a moment later, and a label's layout delays this first paint by the length
    // of its text (on two cores under Xvfb: about 55 ms more for 6000 characters than for 100,
    // 130 ms more for 20000).
    static constexpr int maxBodyChars = 3000;

Q_SIGNALS:
    void answerRequested(Outpost::ReplyKind kind);
    // The latest message drawn on screen (each paint).
    void painted();

private:
    void setColours(bool dark);
    void addHeader(const QString &name, const QString &value, const QString &objectName);

    bool m_dark = false;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QLabel *m_subject;
    QLabel *m_meta;
    QWidget *m_earlier; // the folded lines, or the line saying they are coming
    QVBoxLayout *m_earlierLayout;
    QWidget *m_latest; // the latest message's box
    QLabel *m_sender;
    QLabel *m_tag; // "Internal note"
    QLabel *m_when;
    QLabel *m_noteBadge;
    QGridLayout *m_headers;
    QLabel *m_body;
    QWidget *m_actions; // Reply, Reply All, Forward
    QList<QPushButton *> m_answers;
};

} // namespace Outpost

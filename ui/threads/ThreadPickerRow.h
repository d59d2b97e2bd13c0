// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation/ConversationLoader.h"
#include "mail/SendRules.h"
#include "mail/ThreadSummary.h"
#include "platform/PlatformClient.h"
#include "ui/conversation/ConversationProcess.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QToolButton;

namespace Outpost {

class ComposeController;
class ConversationReadAhead;
class ThreadLister;
class ThreadPicker;

// The compose window's "Thread:" row: which thread the message continues ("New thread" or
// the chosen subject, mailbox and provider), a button opening the thread picker (Ctrl+T), and
// one showing the conversation. Choosing goes through the controller's draft (ThreadChoice).
class ThreadPickerRow : public QWidget
{
    Q_OBJECT
public:
    // `recipients` gives the To field's text when the picker opens.
    ThreadPickerRow(ComposeController *controller, std::function<QString()> recipients,
        QWidget *parent = nullptr);
    ~ThreadPickerRow() override;

    QToolButton *chooseButton() const { return m_choose; }
    QToolButton *conversationButton() const { return m_show; }
    ThreadLister *lister() const { return m_lister; }
    ThreadPicker *picker() const { return m_picker; }
    const ThreadSummary &thread() const { return m_thread; }
    // The conversation opened from this row (its window may be in the conversation process).
    ConversationHandle *conversation() const { return m_conversation; }
    // The chosen thread's conversation, read ahead of a click on Conversation (none when there
    // is no thread to read, or after ConversationReadAhead::kept).
    ConversationLoader *readAhead() const;

    // The thread a restored or prefilled draft continues (details the draft does not keep
    // stay unknown until it is chosen again). Its conversation opens when the draft knows it
    // and a signed-in platform sends from the draft's mailbox; it is read ahead only once the
    // pointer or the keyboard is on Conversation.
    void showThread(const ComposeInput &draft);
    void openPicker();
    void showConversation();
    bool canShowConversation() const; // a thread with a known conversation, and a client
    // Text typed while Choose… or Conversation has the keyboard goes on to the field `next`
    // gives (focused, its caret where the typing goes on; null: the key stays here). Tab from
    // To lands on Choose…, where mail clients have Subject; back from a conversation or the
    // picker, the keyboard is on these buttons too. What the user types then is meant for the
    // mail, not lost on a button. Space and Return still press the button.
    void passTypingTo(std::function<QWidget *()> next);

Q_SIGNALS:
    void threadChanged(const Outpost::ThreadSummary &thread);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const ThreadSummary &thread, PlatformClient *client);
    void clearThread();
    void updateLabel();
    // The thread's conversation is likely to be read next: QtWebEngine starts in the background,
    // and its messages are read ahead.
    void warmUpConversation();
    // The pointer came onto Conversation, or the keyboard: a restored draft's thread, which
    // nothing read at start, is warmed and read ahead in the few hundred ms before the click.
    void anticipateConversation();
    // Where the conversation is read: the picker's choice, else the platform of the draft's
    // mailbox (null: none, or not signed in yet).
    PlatformClient *client() const;
    // The provider of the thread's mailbox: the picker's choice, else the restored draft's
    // mailbox as the From list knows it (nullopt: not known yet).
    std::optional<Provider> provider() const;

    ComposeController *m_controller;
    std::function<QString()> m_recipients;
    ThreadLister *m_lister;
    ThreadPicker *m_picker = nullptr;
    QLabel *m_label;
    QToolButton *m_choose;
    QToolButton *m_show;
    ThreadSummary m_thread;
    QPointer<PlatformClient> m_client; // the picker's choice
    std::optional<Provider> m_draftProvider; // the restored draft's, beside m_thread.mailbox
    QPointer<ConversationHandle> m_conversation;
    ConversationReadAhead *m_readAhead;
    std::function<QWidget *()> m_typingNext;
};

} // namespace Outpost

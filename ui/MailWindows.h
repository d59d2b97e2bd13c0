// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"
#include "net/ServiceError.h"
#include "store/DraftRecord.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class QAction;

namespace Outpost {

class ComposeController;
class ComposeWindow;
class ConversationLoader;
class ConversationReadAhead;
class DraftListModel;
class DraftsWindow;
class LocalStore;
class Outbox;
class OutboxModel;
class OutboxWindow;
class PlatformClient;
class SendNotifier;
class SentListModel;
class SentWindow;
class SessionRegistry;
class Settings;
class TemplateLibrary;
class TemplatesWindow;
struct ThreadSummary;
struct OutboxEntry;

// Outpost's windows and what happens between them: compose windows (new, reopened after a
// crash, back from the outbox), the Drafts, Outbox and Sent windows, the questions at start
// (scheduled mail that fell due while closed) and at quit (mail still queued). Every compose
// window gets the same menus here (createWindow: View ▸ Drafts/Outbox/Sent, File ▸ Quit, and
// through windowCreated() the Account menu).
class MailWindows : public QObject
{
    Q_OBJECT
public:
    // `settings`: the process's one (not owned), handed to every window.
    MailWindows(
        PlatformClient *client, Outbox *outbox, Settings &settings, QObject *parent = nullptr);
    ~MailWindows() override;

    // Runs for every new compose controller before its window shows (e.g. to share sessions).
    void setControllerSetup(std::function<void(ComposeController *)> setup);
    void setCloseDelayAfterSend(int ms) { m_closeDelayMs = ms; }
    // New mail starts as the settings say (rich text unless plain was chosen); without this,
    // in plain text.
    void setRichTextFromSettings(bool follow) { m_richTextSetting = follow; }
    // The undo window the user chose in the Outbox window (default 5 s).
    static std::chrono::milliseconds savedUndoDelay(const Settings &settings);

    ComposeWindow *openNew(const Draft &prefill = {});
    // Reply, Reply All or Forward from a conversation: a compose window of its own, on the
    // conversation's thread, brought up for the user's keyboard.
    ComposeWindow *openAnswer(const Draft &draft);
    // Opens the draft, or brings forward the window that already holds it.
    ComposeWindow *openDraft(const DraftRecord &record);
    ComposeWindow *windowFor(const QString &draftId) const;
    QList<ComposeWindow *> composeWindows() const;
    static ComposeController *controllerOf(const ComposeWindow *window);
    DraftsWindow *showDrafts();
    OutboxWindow *showOutbox();
    SentWindow *showSent();
    // Templates (issue 17, item 2; MailWindowsTemplates.cpp): one library for every window (the
    // user's own and the signed-in instance's), and the window that edits the user's own.
    TemplateLibrary *templates();
    TemplatesWindow *showTemplates();
    SentListModel *sentModel() const { return m_sentModel; }
    SendNotifier *notifier() const { return m_notifier; }
    // Where a sent message's conversation is read from (the session owning its mailbox).
    // Also where the templates of the instance are read from (its first session).
    void setSessions(SessionRegistry *sessions);
    // The conversation a sent message went into, in a window of its own.
    void showConversation(const OutboxEntry &entry);
    // The conversation of the mail chosen in the Sent window, read ahead of a click on Open
    // Conversation (none once it is taken, or after ConversationReadAhead::kept).
    ConversationLoader *sentReadAhead() const;
    DraftListModel *drafts() const { return m_drafts; }
    OutboxModel *outboxModel() const { return m_outboxModel; }

    // Starts the outbox and reopens the drafts that were open when Outpost last stopped
    // (a crash, a kill): the first into a new window nobody has typed in yet. From here on,
    // closing the last window quits once the mail on its way has gone (asking first when mail
    // waits for a later time or for the user).
    void start();

    // File ▸ Quit (Ctrl+Q, from every window): closes the windows (each asks about what it
    // holds) and quits as closing the last window does.
    void quit();
    // Mail that goes out without the user doing anything more: held for Undo, queued, being
    // sent, backing off, waiting for the network, or being looked for after a lost answer.
    int mailOnItsWay() const;
    QAction *quitAction();
    // View ▸ Drafts, Outbox, Sent, Templates: one action each, shared by every window (one
    // shortcut).
    QList<QAction *> windowActions();

Q_SIGNALS:
    void restored(int count);
    // A compose window was made, menus and all, before it shows: what else every window
    // has is added here (AccountActions: the Account menu).
    void windowCreated(Outpost::ComposeWindow *window);
    void undoDelayChanged(int seconds);

private:
    PlatformClient *templatesClient() const;
    // The conversation a sent message went into, and the platform that reads it (none for
    // mail sent straight through Gmail or Graph).
    ThreadSummary sentThread(const OutboxEntry &entry) const;
    PlatformClient *sentClient(const OutboxEntry &entry) const;
    ComposeWindow *createWindow();
    void onFailed(const QString &entryId, const ServiceError &error);
    void editEntry(const QString &entryId);
    void askAboutDueMail(const QList<OutboxEntry> &entries);
    void onLastWindowClosed();
    // Quits once no mail is on its way and no window shows (issue 15, item 5).
    void quitOnceSent();
    void quitIfDone();
    void onStoreOpened(bool ok, const QString &error);
    void noticeToAll(const QString &text);

    Settings &m_settings;
    PlatformClient *m_client;
    Outbox *m_outbox;
    LocalStore *m_store;
    DraftListModel *m_drafts;
    OutboxModel *m_outboxModel;
    std::function<void(ComposeController *)> m_setup;
    QList<QPointer<ComposeWindow>> m_windows;
    QPointer<DraftsWindow> m_draftsWindow;
    QPointer<OutboxWindow> m_outboxWindow;
    QPointer<SentWindow> m_sentWindow;
    QPointer<TemplatesWindow> m_templatesWindow;
    TemplateLibrary *m_templates = nullptr;
    QAction *m_manageTemplates = nullptr; // the Templates button's Manage Templates…
    SentListModel *m_sentModel;
    SendNotifier *m_notifier;
    ConversationReadAhead *m_sentReadAhead; // the conversation of the mail chosen in Sent
    SessionRegistry *m_sessions = nullptr;
    QList<QAction *> m_windowActions;
    QString m_storeProblem;
    QString m_pendingNotice; // for the first window to open
    int m_closeDelayMs = 1500;
    bool m_started = false;
    bool m_askingToQuit = false;
    bool m_quitWhenSent = false; // the last window closed (or Quit) with mail on its way
    int m_returning = 0; // refused mail on its way back into a window (Outbox::takeBack)
    bool m_richTextSetting = false;
    QAction *m_quit = nullptr;
};

} // namespace Outpost

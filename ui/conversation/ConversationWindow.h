// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation/ConversationDocument.h"
#include "conversation/ConversationReply.h"
#include "mail/Draft.h"
#include "mail/Mailbox.h"
#include "net/ServiceError.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace Outpost {

class ConversationLoader;
class ConversationPreview;
class ConversationRenderer;
class ConversationViewInterface;
class LocalStore;
class Settings;

// One conversation, read in a window: its messages in the conversation view (created the
// first time the window shows, from the plugin), Reply / Reply all / Forward on each, remote
// images shown per message or per sender when asked, a send into the thread shown at once.
// Until the page is on screen, the latest message is shown by Qt's own widgets
// (ConversationPreview), as soon as it is read: QtWebEngine takes a second or more to start
// cold. The page is built off the GUI thread (ConversationRenderer); a page that cannot be shown
// (its load failed, the renderer died) is said so in the window, with the plain-text version
// of the conversation offered in its place.
class ConversationWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Takes `loader` (its thread and messages); `mailboxes` are the user's own.
    ConversationWindow(
        ConversationLoader *loader, QList<Mailbox> mailboxes, QWidget *parent = nullptr);
    ~ConversationWindow() override;

    ConversationLoader *loader() const { return m_loader; }
    void setMailboxes(const QList<Mailbox> &mailboxes) { m_mailboxes = mailboxes; }
    // The view, once created (null before the window was first shown, or without the plugin).
    ConversationViewInterface *view() const { return m_view; }
    // How long the last page took from data to shown (ms; -1: not yet).
    qint64 lastPageMs() const { return m_lastPageMs; }
    // The page on screen shows every message (not the first page of a long conversation,
    // which shows the latest ones while the whole page is built and loaded).
    bool showsAllMessages() const { return m_shownEarlierNotShown == 0; }
    // The latest message, drawn before the page (null once the page was shown).
    ConversationPreview *preview() const { return m_preview; }
    // A conversation longer than this shows its latest message first, then the whole page.
    static constexpr int firstPageLimit = 10;
    // How long the view waits for the latest message to be read and drawn before it is made
    // anyway (ms): a read that long is a slow platform, and QtWebEngine starts meanwhile. Cold,
    // that start holds the GUI thread and both cores of a small machine for 0.3 s or more: with
    // 400 ms, a 500-message thread's answer (about 0.5 s) met it, and its latest message was
    // painted about 0.1 s later (bench_conversation 500 cold, stop 39).
    static constexpr int viewWaitMs = 1000;
    // What the page is built with: dark or light, the remote images allowed (the settings').
    ConversationDocument::Options options() const;
    // The action keys the window honours: the page on screen's, the loading page's.
    QStringList actionKeys() const;
    // Where "Always show images from <sender>" is kept (per sender and this thread's
    // mailbox); without one, the trust lasts as long as the window.
    void setTrustStore(LocalStore *store);
    // Where the remote-images policy is read (the process's Settings, not owned); without
    // one, images wait until the reader asks for them.
    void setSettings(const Settings *settings) { m_settings = settings; }
    // In the conversation process, which has neither the store nor the settings: the senders
    // trusted in this thread's mailbox, and whether every remote image shows (Settings), as
    // Outpost says them.
    void setTrustedSenders(const QSet<QString> &senders);
    void setAllImages(bool all);
    // The note button, there: offered or not (and why), as Outpost says; pressing it asks
    // Outpost for the dialog (noteAsked).
    void setNoteOffer(bool offered, const QString &why);

Q_SIGNALS:
    // Reply, Reply all or Forward: a compose window should open with this message.
    void composeRequested(const Outpost::Draft &draft);
    // The same request, by the message answered (what the conversation process hands to
    // Outpost, which builds the draft from its own copy of the message).
    void answerAsked(Outpost::ReplyKind kind, const QString &messageId);
    // "Always show images from <sender>" (lower case), to be kept where the store is.
    void senderTrusted(const QString &address);
    // A mirror's note button (ConversationLoader::isMirror): Outpost opens the dialog.
    void noteAsked();
    void viewCreated();
    // The latest message is on screen, drawn by the window's own widgets before the page.
    void previewShown();
    // The window's native window was made again (winId()): adding the view to the window drawn
    // without it makes Qt recreate it for OpenGL.
    void nativeWindowChanged();
    void pageShown(bool ok);

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createView();
    void createViewSoon();
    void render(const QString &anchor = {});
    void showPage(const ConversationDocument::Page &page, const QString &anchor);
    void showFailure(const QString &reason);
    void onAction(const QUrl &url);
    // Reply, Reply All or Forward on the latest message that is mail (Ctrl+R, Ctrl+Shift+R,
    // Ctrl+L).
    void answerLatest(ReplyKind kind);
    void onFailed(const ServiceError &error);
    void updateHeader();
    void updatePreview();
    void loadTrust();
    void answer(ReplyKind kind, const ConversationMessage &message);

    ConversationLoader *m_loader;
    QList<Mailbox> m_mailboxes;
    QLabel *m_status;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    ConversationPreview *m_preview; // until the first page is shown
    QWidget *m_failure; // "could not be shown", and the plain-text offer
    QLabel *m_failureText;
    QPushButton *m_plainTextButton;
    ConversationRenderer *m_renderer;
    ConversationViewInterface *m_view = nullptr;
    QString m_shownKey; // the action key of the page on screen
    QString m_loadingKey; // of the page handed to the view, until it is shown
    bool m_plainText = false; // the user asked for the plain-text version
    QSet<QString> m_imagesForMessages;
    QSet<QString> m_imagesFromSenders; // trusted in this thread's mailbox, lower case
    QPointer<LocalStore> m_trustStore;
    const Settings *m_settings = nullptr;
    std::optional<bool> m_allImages; // said by Outpost, over m_settings
    QAction *m_noteAction = nullptr;
    QElapsedTimer m_pageTimer;
    qint64 m_lastPageMs = -1;
    bool m_viewRequested = false;
    bool m_viewScheduled = false;
    bool m_viewMissing = false; // the plugin could not be loaded
    std::optional<ReplyKind> m_answerWhenRead; // asked for before the messages were read
    bool m_wholePageAsked = false; // the first page was shown: every later page is whole
    int m_loadingEarlierNotShown = 0; // of the page handed to the view
    int m_shownEarlierNotShown = 0; // of the page on screen
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"
#include "mail/Mailbox.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QIcon;
class QProcess;
class QWidget;
class QWindow;

namespace Outpost {

class ConversationHandle;
class ConversationLoader;
class ConversationReadAhead;
class ConversationWindow;
class LocalStore;
class PlatformClient;
class Settings;

// Outpost's end of the conversation process (`outpost conversation-host`, ConversationHost):
// the conversation windows, and QtWebEngine with them, run there, so that closing the last one
// gives all of QtWebEngine's memory back (Chromium cannot be unloaded from a process once
// started). Started when a conversation is likely to be read (ConversationViewLoader's warm-up),
// or when one opens; it ends with its last window, or when nothing needs a warm view any more
// (stopWhenIdle). It holds no token, store or settings: what the windows show is sent to it,
// what they ask for comes back (ConversationHandle).
class ConversationProcess : public QObject
{
    Q_OBJECT
public:
    // The program run as the conversation process: Outpost's own executable, set where Outpost
    // starts (GuiLauncher). Unset (the tests of one window, the benchmarks of the view itself),
    // conversation windows open in the calling process, as ConversationHandle does then.
    static void setProgram(const QString &program);
    static bool isUsed();
    // The one of this process (made on first use); null when not used.
    static ConversationProcess *instance();
    ~ConversationProcess() override;
    // Outpost's actions whose keys work in every window (Quit, Drafts, Outbox, Sent,
    // Templates): pressed in a conversation window there, they act here.
    static void setApplicationActions(const QList<QAction *> &actions);

    // Starts the process if it does not run, with a warm view ready.
    void warmUp();
    // Ends the process when no conversation window is open in it.
    void stopWhenIdle();
    bool isRunning() const;
    qint64 processId() const;

Q_SIGNALS:
    void started();
    void finished();

private:
    friend class ConversationHandle;
    explicit ConversationProcess(QObject *parent = nullptr);
    void ensureStarted();
    qint32 add(ConversationHandle *handle);
    void send(const QByteArray &bytes);
    void readOutput();
    void onFinished();

    QProcess *m_process = nullptr;
    QByteArray m_buffer;
    QHash<qint32, QPointer<ConversationHandle>> m_open;
    qint32 m_nextId = 1;
};

// One conversation window, wherever it runs: in the conversation process (ConversationProcess
// is used) or in this one (a ConversationWindow). Takes the loader, which stays in this process
// with the client, the outbox it follows, the trust store and the settings; deleted once its
// window has closed (closed()).
class ConversationHandle : public QObject
{
    Q_OBJECT
public:
    // `owner`: the window the conversation belongs to (closes with it), or null.
    ConversationHandle(ConversationLoader *loader, QList<Mailbox> mailboxes, QWidget *owner);
    ~ConversationHandle() override;

    // The open window of `conversationId` read through `client`, wherever it was opened from
    // (a compose window's thread row, the Sent window); null: none. Opening it again from
    // elsewhere brings that one up instead of a second window of the same conversation.
    static ConversationHandle *openFor(const PlatformClient *client, const QString &conversationId);

    // Null once the window has closed and the loader was kept (keepLoaderIn).
    ConversationLoader *loader() const { return m_loader; }
    // Once the window has closed, its loader goes to `readAhead` (ConversationReadAhead::keep),
    // not with it: opened again soon, the conversation shows what was read without reading it
    // again. In the conversation process only: a window in this one owns its loader.
    void keepLoaderIn(ConversationReadAhead *readAhead);
    // The window, when it is in this process (null in the conversation process's case).
    ConversationWindow *window() const;
    void setSettings(Settings *settings); // also where a note's Attach opens
    void setTrustStore(LocalStore *store);
    void setWindowIcon(const QIcon &icon);
    // One of Outpost's actions, for its keys in a window of this process (a window in the
    // conversation process has ConversationProcess::setApplicationActions's).
    void addAction(QAction *action);
    // Opens the window, or brings it up with the keyboard focus.
    void show();
    void close();

Q_SIGNALS:
    void composeRequested(const Outpost::Draft &draft);
    void previewShown();
    void pageShown(bool ok);
    void closed();

private:
    friend class ConversationProcess;
    void openRemote();
    void received(quint8 command, QDataStream &in);
    void processEnded(bool crashed);
    bool allImages() const; // the settings' remote-images policy: every image shows
    void sendState();
    void sendTrust();
    void openNote();
    void gone();

    ConversationLoader *m_loader;
    QPointer<ConversationReadAhead> m_keepIn;
    QList<Mailbox> m_mailboxes;
    QPointer<QWidget> m_owner;
    QPointer<ConversationWindow> m_window; // in this process
    QPointer<LocalStore> m_store;
    Settings *m_settings = nullptr;
    qint32 m_id = 0; // in the conversation process; 0: not opened there
    quint64 m_nativeWindow = 0; // its window, once shown
    QWindow *m_foreignWindow = nullptr;
    bool m_inProcess = false;
    bool m_counted = false; // told ConversationViewLoader a window is open
    bool m_reopened = false;
    bool m_gone = false;
};

} // namespace Outpost

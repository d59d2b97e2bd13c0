// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/MailboxConnector.h"
#include "mail/Mailbox.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Outpost {

class DirectMailboxes;
class InstanceSession;
class SessionRegistry;

// The signed-in instances and their connected mailboxes (with provider icons). Connects a new
// Gmail or Outlook mailbox through the system browser, with a cancellable wait; signs out.
// A platform mailbox can be synced now (progress polled from the instance) or disconnected
// (after a question). Direct mode: adds a Gmail or Outlook mailbox Outpost sends through itself
// (the provider's sign-in in the browser, with PKCE; tokens only in the keychain), and removes one.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    using OpenUrl = std::function<bool(const QUrl &url)>;

    AccountsDialog(SessionRegistry *sessions, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // Replaces QDesktopServices::openUrl (tests play the browser).
    void setOpenUrl(OpenUrl openUrl) { m_openUrl = std::move(openUrl); }
    MailboxConnector *connector() const { return m_connector; }
    void refresh();

Q_SIGNALS:
    void signInRequested();
    void mailboxConnected(const Outpost::Mailbox &mailbox);
    void signedOut();
    // A direct mailbox was added or removed (the From list reloads).
    void directChanged(const QString &address);
    // A platform mailbox was disconnected (the From list reloads).
    void mailboxDisconnected(const Outpost::Mailbox &mailbox);
    // The instance finished syncing a mailbox: threads written elsewhere are now listed.
    void mailboxSynced(const Outpost::Mailbox &mailbox);

private:
    void rebuild();
    void startConnecting(Provider provider);
    void signOutSelected();
    void startDirect(Provider provider);
    void removeSelectedDirect();
    int selectedDirect() const; // index in DirectMailboxes::list(), or -1
    InstanceSession *selectedSession() const;
    std::optional<Mailbox> selectedMailbox() const; // a platform mailbox, if one is selected
    void syncSelected();
    void pollSync();
    void disconnectSelected();
    void setStatus(const QString &text, bool isError = false);
    void updateButtons();

    SessionRegistry *m_sessions;
    DirectMailboxes *m_direct;
    OpenUrl m_openUrl;
    QPointer<MailboxConnector> m_connector;
    QTreeWidget *m_tree;
    QLabel *m_status;
    // One button per row of ProviderRegistry the platform connects ("Connect Gmail…"), and one
    // per row for adding a mailbox directly ("Add Gmail directly…"): a new provider is a new
    // row there, not a new button here.
    QList<QPushButton *> m_connectButtons;
    QPushButton *m_cancelConnect;
    QPushButton *m_syncNow;
    QPushButton *m_disconnect;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    QLineEdit *m_directAddress;
    QList<QPushButton *> m_directButtons;
    QPushButton *m_directCancel;
    QPushButton *m_directRemove;
    // The sync under way: its mailbox, its instance and the poll of its status.
    QPointer<InstanceSession> m_syncSession;
    Mailbox m_syncing;
    QTimer m_syncPoll;
};

} // namespace Outpost

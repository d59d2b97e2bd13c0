// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"
#include "models/MailboxConnector.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Outpost {

class InstanceSession;
class SessionRegistry;

// The signed-in instances and their connected mailboxes (with provider icons). Connects a new
// Gmail or Outlook mailbox through the system browser, with a cancellable wait; signs out.
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

private:
    void rebuild();
    void startConnecting(Provider provider);
    void signOutSelected();
    InstanceSession *selectedSession() const;
    void setStatus(const QString &text, bool isError = false);
    void updateButtons();

    SessionRegistry *m_sessions;
    OpenUrl m_openUrl;
    QPointer<MailboxConnector> m_connector;
    QTreeWidget *m_tree;
    QLabel *m_status;
    QPushButton *m_connectGmail;
    QPushButton *m_connectOutlook;
    QPushButton *m_cancelConnect;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
};

} // namespace Outpost

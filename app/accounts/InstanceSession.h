// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "mail/Mailbox.h"
#include "net/ServiceError.h"

#include <QObject>

class QNetworkAccessManager;

namespace Outpost {

class PlatformClient;
class TokenStore;

// One signed-in instance and user: its PlatformClient, the mailboxes it last listed, and (when
// persisted) every rotated token written back to the keychain.
class InstanceSession : public QObject
{
    Q_OBJECT
public:
    // `store` null: the session is not kept (sandbox, OUTPOST_TOKEN).
    InstanceSession(QNetworkAccessManager *network, const Session &session, TokenStore *store,
        QObject *parent = nullptr);
    ~InstanceSession() override;

    PlatformClient *client() const { return m_client; }
    QUrl instance() const;
    QString email() const;
    bool isPersisted() const { return m_store != nullptr; }
    // What a person reads: `dana@acme.example on acme.example`.
    QString title() const;

    const QList<Mailbox> &mailboxes() const { return m_mailboxes; }
    void setMailboxes(const QList<Mailbox> &mailboxes) { m_mailboxes = mailboxes; }

Q_SIGNALS:
    // Refreshing failed too: the user must sign in to this instance again.
    void signInRequired(Outpost::InstanceSession *session, const Outpost::ServiceError &error);

private:
    PlatformClient *m_client;
    TokenStore *m_store;
    QList<Mailbox> m_mailboxes;
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/InstanceList.h"
#include "auth/Session.h"
#include "mail/Mailbox.h"
#include "mail/Route.h"
#include "net/ServiceError.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace Outpost {

class DirectMailboxes;
class PlatformClient;
class InstanceSession;
class TokenStore;

// Every instance Outpost is signed in to at once. Tokens go to the TokenStore only; the
// InstanceList remembers which instances and users (no secret). The From list shows the
// mailboxes of all of them, and a send goes through the instance that owns its mailbox.
class SessionRegistry : public QObject
{
    Q_OBJECT
public:
    SessionRegistry(QNetworkAccessManager *network, TokenStore *store, InstanceList *list,
        QObject *parent = nullptr);
    ~SessionRegistry() override;

    QNetworkAccessManager *network() const { return m_network; }
    TokenStore *tokenStore() const { return m_store; }
    const QList<InstanceSession *> &sessions() const { return m_sessions; }
    InstanceSession *find(const QUrl &instance, const QString &email = {}) const;
    // Direct mode: the mailboxes Outpost sends through itself (Gmail API, Graph). Their
    // mailboxes join the From list; a send from one of them goes straight to its provider.
    void setDirect(DirectMailboxes *direct);
    DirectMailboxes *direct() const { return m_direct; }
    // Signed in to an instance, or at least one direct mailbox: something to send from.
    bool hasMailboxSources() const;

    // Some account is listed as signed in: its tokens are in the keychain (or were).
    bool hasKeptAccounts() const;
    // Opens a session for every listed account whose tokens the keychain has; `done` gets the
    // accounts that have none (they must sign in again).
    void restore(QObject *context, std::function<void(const QList<SignedInAccount> &)> done);
    // A session that is not kept anywhere (the sandbox, OUTPOST_TOKEN).
    InstanceSession *addTransient(const Session &session);
    // Keeps the tokens (keychain, or memory when none works) and lists the account.
    void signIn(const Session &session, QObject *context,
        std::function<void(InstanceSession *session, bool inKeychain)> done);
    // Deletes the keychain entry and the listing; the session is gone afterwards.
    void signOut(InstanceSession *session, QObject *context, std::function<void()> done = {});

    // The session whose last mailbox list connects `from` (through `provider`, when given).
    InstanceSession *sessionFor(const QString &from, std::optional<Provider> provider) const;
    // That session's client, which reads the conversations of mail from `from`; null when no
    // session connects it (a direct mailbox, or mailbox lists not loaded yet).
    PlatformClient *clientFor(const QString &from, std::optional<Provider> provider) const;
    // The way a mail from `from` leaves, resolved here and only here: a direct mailbox goes
    // straight to its provider; else the session whose mailboxes connect it (with a single
    // session, that one, its mailbox list perhaps not loaded yet after a new sign-in).
    // nullopt when nothing signed in owns it. ComposeController::send asks once per mail and
    // the route stays with the outbox entry (Route).
    std::optional<Route> routeFor(const QString &from, std::optional<Provider> provider) const;
    // The client of the first signed-in instance, for what belongs to an instance rather than
    // to one mail (its email templates, users, contact notes, contacts); null with none.
    PlatformClient *firstClient() const;
    // The session a platform route names (its instance and account); null once signed out.
    InstanceSession *sessionOf(const Route &route) const;
    // Every session's mailboxes, fetched in parallel, then the direct ones; the errors of those
    // that failed.
    void fetchMailboxes(QObject *context,
        std::function<void(const QList<Mailbox> &, const QList<ServiceError> &)> done);

Q_SIGNALS:
    void sessionsChanged();
    void signInRequired(
        const QUrl &instance, const QString &email, const Outpost::ServiceError &error);

private:
    InstanceSession *add(const Session &session, bool persisted);

    QNetworkAccessManager *m_network;
    TokenStore *m_store;
    InstanceList *m_list;
    DirectMailboxes *m_direct = nullptr;
    QList<InstanceSession *> m_sessions;
};

} // namespace Outpost

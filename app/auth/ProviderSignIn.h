// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AccountIdentity.h"
#include "auth/OAuthFlow.h"
#include "mail/Clock.h"

#include <QHash>
#include <QObject>

namespace Outpost {

class TokenStore;
struct StoredTokens;

// A provider account for direct sending (Gmail API, Microsoft Graph): connects it through an
// OAuthFlow and keeps its tokens only in the TokenStore, hands out a fresh access token
// (refreshing, and keeping a rotated refresh token, when it is due; refreshes wanted at once
// for one account are one request), and signs out by revoking the grant where the provider
// offers it and deleting the entry.
class ProviderSignIn : public QObject
{
    Q_OBJECT
public:
    using TokenDone
        = std::function<void(const std::optional<QString> &accessToken, const OAuthError &error)>;

    ProviderSignIn(QNetworkAccessManager *network, TokenStore *store, OAuthFlow::OpenUrl openUrl,
        QObject *parent = nullptr);

    OAuthFlow *flow() const { return m_flow; }
    void setClock(const Clock *clock);

    // `account` names the entry (the mailbox address); it is also sent as the login hint.
    void connectAccount(const OAuthProfile &profile, const QString &account);
    void accessToken(const OAuthProfile &profile, const QString &account, QObject *context,
        TokenDone done, bool forceRefresh = false);
    // `done(message)`: empty when the provider forgot the grant (or offers no revocation).
    void signOut(const OAuthProfile &profile, const QString &account, QObject *context,
        std::function<void(const QString &message)> done);

    // Whose mailbox the grant of `account` opens, as kept in its keychain entry (an empty
    // identity: not learned yet, or no entry).
    void storedIdentity(const OAuthProfile &profile, const QString &account, QObject *context,
        std::function<void(const AccountIdentity &identity)> done);
    // Keeps `identity` in the keychain entry of `account`, beside its tokens (a refresh keeps
    // it). `done(inKeychain)`; false also when there is no entry.
    void rememberIdentity(const OAuthProfile &profile, const QString &account,
        const AccountIdentity &identity, QObject *context,
        std::function<void(bool inKeychain)> done = {});
    // The grant kept for `from` belongs to `to` (the sign-in page signed in another account):
    // its entry moves to `to`, with `identity`. `done(inKeychain)`; false without an entry.
    void moveAccount(const OAuthProfile &profile, const QString &from, const QString &to,
        const AccountIdentity &identity, QObject *context,
        std::function<void(bool inKeychain)> done = {});

Q_SIGNALS:
    void connected(const QString &profile, const QString &account, bool inKeychain);
    void connectFailed(const Outpost::OAuthError &error);
    // The stored grant is dead (invalid_grant, invalid_scope): it was deleted; the user must
    // connect again. `error.message` names the mailbox.
    void reconnectRequired(
        const QString &profile, const QString &account, const Outpost::OAuthError &error);

private:
    void refresh(const OAuthProfile &profile, const QString &account, const StoredTokens &tokens,
        TokenDone done);

    OAuthFlow *m_flow;
    TokenStore *m_store;
    const Clock *m_clock = nullptr; // none: the system's time
    OAuthProfile m_pendingProfile;
    QString m_pendingAccount;
    // Per keychain entry: who waits for the refresh in flight.
    QHash<QString, QList<TokenDone>> m_refreshing;
    // Per keychain entry: refreshes finished, so that a read older than one is read again.
    QHash<QString, quint64> m_refreshes;
    // Per keychain entry: the identity last learned, so that a refresh written meanwhile keeps it.
    QHash<QString, AccountIdentity> m_identities;
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/ProviderSignIn.h"

#include "auth/TokenStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::ProviderSignIn)
};

constexpr qint64 refreshMarginSecs = 60;

StoredTokens stored(const ProviderTokens &t, const AccountIdentity &identity = {})
{
    return StoredTokens {t.accessToken, t.refreshToken, t.expiresAt, t.scopes, identity};
}
} // namespace

ProviderSignIn::ProviderSignIn(
    QNetworkAccessManager *network, TokenStore *store, OAuthFlow::OpenUrl openUrl, QObject *parent)
    : QObject(parent), m_flow(new OAuthFlow(network, std::move(openUrl), this)), m_store(store)
{
    connect(m_flow, &OAuthFlow::finished, this, [this](const ProviderTokens &tokens) {
        const QString profile = m_pendingProfile.name;
        const QString account = m_pendingAccount;
        // A new grant: whose it is must be learned again.
        m_identities.remove(TokenStore::providerKey(profile, account));
        m_store->write(TokenStore::providerKey(profile, account), stored(tokens), this,
            [this, profile, account](
                bool inKeychain) { Q_EMIT connected(profile, account, inKeychain); });
    });
    connect(m_flow, &OAuthFlow::failed, this, &ProviderSignIn::connectFailed);
}

void ProviderSignIn::setClock(const Clock *clock)
{
    m_clock = clock;
    m_flow->tokenClient()->setClock(clock);
}

void ProviderSignIn::connectAccount(const OAuthProfile &profile, const QString &account)
{
    m_pendingProfile = profile;
    m_pendingAccount = account;
    m_flow->authorize(profile, account);
}

void ProviderSignIn::accessToken(const OAuthProfile &profile, const QString &account,
    QObject *context, TokenDone done, bool forceRefresh)
{
    const QString key = TokenStore::providerKey(profile.name, account);
    QPointer<QObject> guard(context);
    const quint64 seen = m_refreshes.value(key);
    m_store->read(key, this,
        [this, profile, account, key, context, guard, done, forceRefresh, seen](
            const std::optional<StoredTokens> &tokens) {
            // A refresh finished while the keychain was read: what was read may hold a refresh
            // token rotated away since. Read again (the store answers with the newest).
            if (m_refreshes.value(key) != seen) {
                if (guard)
                    accessToken(profile, account, context, done, false);
                return;
            }
            if (!tokens) {
                if (guard)
                    done(std::nullopt,
                        OAuthError {OAuthError::Kind::InvalidGrant,
                            Tr::tr("%1 is not connected for direct sending. Connect it first.")
                                .arg(account)});
                return;
            }
            const bool fresh = tokens->expiresAt.isValid()
                && nowOf(m_clock).secsTo(tokens->expiresAt) > refreshMarginSecs;
            if (fresh && !forceRefresh) {
                if (guard)
                    done(tokens->accessToken, {});
                return;
            }
            refresh(profile, account, *tokens,
                [guard, done](const std::optional<QString> &token, const OAuthError &error) {
                    if (guard)
                        done(token, error);
                });
        });
}

void ProviderSignIn::refresh(
    const OAuthProfile &profile, const QString &account, const StoredTokens &tokens, TokenDone done)
{
    const QString key = TokenStore::providerKey(profile.name, account);
    // One refresh per account at a time: a second would present a refresh token the first
    // may be rotating away (and cost the provider a request for nothing).
    const auto waiting = m_refreshing.find(key);
    if (waiting != m_refreshing.end()) {
        waiting->append(std::move(done));
        return;
    }
    m_refreshing.insert(key, {std::move(done)});
    if (tokens.identity.isKnown() && !m_identities.contains(key))
        m_identities.insert(key, tokens.identity);
    m_flow->tokenClient()->refresh(profile, tokens.refreshToken, tokens.scopes, this,
        [this, profile, account, key](const OAuthResult &result) {
            const QList<TokenDone> waiters = m_refreshing.take(key);
            ++m_refreshes[key];
            if (!result.ok()) {
                OAuthError error = result.error;
                const bool dead = error.kind == OAuthError::Kind::InvalidGrant
                    || error.kind == OAuthError::Kind::InvalidScope;
                if (dead) {
                    // A dead grant is worth nothing: forget it, ask to connect again.
                    error.message = error.kind == OAuthError::Kind::InvalidScope
                        ? Tr::tr("%1 no longer grants Outpost what it needs to send from %2 "
                                 "(invalid scope). Connect %2 again.")
                              .arg(profile.displayName, account)
                        : Tr::tr("%1 no longer accepts Outpost's sign-in for %2 (it expired or "
                                 "was revoked). Connect %2 again.")
                              .arg(profile.displayName, account);
                    m_store->remove(key, this);
                    m_identities.remove(key);
                    Q_EMIT reconnectRequired(profile.name, account, error);
                }
                for (const TokenDone &waiter : waiters)
                    waiter(std::nullopt, error);
                return;
            }
            // The newest refresh token replaces the old one (rotation); read back from here on.
            // The identity stays with the grant: a refresh does not change whose it is.
            m_store->write(key, stored(*result.tokens, m_identities.value(key)), this);
            for (const TokenDone &waiter : waiters)
                waiter(result.tokens->accessToken, {});
        });
}

void ProviderSignIn::storedIdentity(const OAuthProfile &profile, const QString &account,
    QObject *context, std::function<void(const AccountIdentity &)> done)
{
    const QString key = TokenStore::providerKey(profile.name, account);
    if (const auto known = m_identities.constFind(key); known != m_identities.cend()) {
        done(*known);
        return;
    }
    QPointer<QObject> guard(context);
    m_store->read(key, this, [this, key, guard, done](const std::optional<StoredTokens> &t) {
        if (t && t->identity.isKnown() && !m_identities.contains(key))
            m_identities.insert(key, t->identity);
        if (guard)
            done(t ? t->identity : AccountIdentity {});
    });
}

void ProviderSignIn::rememberIdentity(const OAuthProfile &profile, const QString &account,
    const AccountIdentity &identity, QObject *context, std::function<void(bool)> done)
{
    const QString key = TokenStore::providerKey(profile.name, account);
    m_identities.insert(key, identity);
    QPointer<QObject> guard(context);
    m_store->read(
        key, this, [this, key, identity, guard, done](const std::optional<StoredTokens> &t) {
            if (!t) {
                if (guard && done)
                    done(false);
                return;
            }
            StoredTokens next = *t;
            next.identity = identity;
            m_store->write(key, next, this, [guard, done](bool inKeychain) {
                if (guard && done)
                    done(inKeychain);
            });
        });
}

void ProviderSignIn::moveAccount(const OAuthProfile &profile, const QString &from,
    const QString &to, const AccountIdentity &identity, QObject *context,
    std::function<void(bool)> done)
{
    const QString oldKey = TokenStore::providerKey(profile.name, from);
    const QString newKey = TokenStore::providerKey(profile.name, to);
    QPointer<QObject> guard(context);
    m_store->read(oldKey, this,
        [this, oldKey, newKey, identity, guard, done](const std::optional<StoredTokens> &t) {
            if (!t) {
                if (guard && done)
                    done(false);
                return;
            }
            StoredTokens next = *t;
            next.identity = identity;
            m_identities.remove(oldKey);
            m_identities.insert(newKey, identity);
            m_store->write(newKey, next, this, [this, oldKey, guard, done](bool inKeychain) {
                m_store->remove(oldKey, this);
                if (guard && done)
                    done(inKeychain);
            });
        });
}

void ProviderSignIn::signOut(const OAuthProfile &profile, const QString &account, QObject *context,
    std::function<void(const QString &)> done)
{
    const QString key = TokenStore::providerKey(profile.name, account);
    QPointer<QObject> guard(context);
    m_store->read(
        key, this, [this, profile, key, guard, done](const std::optional<StoredTokens> &t) {
            const QString token
                = t ? (t->refreshToken.isEmpty() ? t->accessToken : t->refreshToken) : QString();
            m_flow->tokenClient()->revoke(
                profile, token, this, [this, key, guard, done](bool, const QString &message) {
                    // Deleted locally whatever the provider said.
                    m_identities.remove(key);
                    m_store->remove(key, this, [guard, done, message] {
                        if (guard && done)
                            done(message);
                    });
                });
        });
}

} // namespace Outpost

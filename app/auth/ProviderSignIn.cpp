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

StoredTokens stored(const ProviderTokens &t)
{
    return StoredTokens {t.accessToken, t.refreshToken, t.expiresAt, t.scopes};
}
} // namespace

ProviderSignIn::ProviderSignIn(
    QNetworkAccessManager *network, TokenStore *store, OAuthFlow::OpenUrl openUrl, QObject *parent)
    : QObject(parent)
    , m_flow(new OAuthFlow(network, std::move(openUrl), this))
    , m_store(store)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(m_flow, &OAuthFlow::finished, this, [this](const ProviderTokens &tokens) {
        const QString profile = m_pendingProfile.name;
        const QString account = m_pendingAccount;
        m_store->write(TokenStore::providerKey(profile, account), stored(tokens), this,
            [this, profile, account](
                bool inKeychain) { Q_EMIT connected(profile, account, inKeychain); });
    });
    connect(m_flow, &OAuthFlow::failed, this, &ProviderSignIn::connectFailed);
}

void ProviderSignIn::setClock(std::function<QDateTime()> now)
{
    m_now = now;
    m_flow->tokenClient()->setClock(std::move(now));
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
                && m_now().secsTo(tokens->expiresAt) > refreshMarginSecs;
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
                    Q_EMIT reconnectRequired(profile.name, account, error);
                }
                for (const TokenDone &waiter : waiters)
                    waiter(std::nullopt, error);
                return;
            }
            // The newest refresh token replaces the old one (rotation); read back from here on.
            m_store->write(key, stored(*result.tokens), this);
            for (const TokenDone &waiter : waiters)
                waiter(result.tokens->accessToken, {});
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
                    m_store->remove(key, this, [guard, done, message] {
                        if (guard && done)
                            done(message);
                    });
                });
        });
}

} // namespace Outpost

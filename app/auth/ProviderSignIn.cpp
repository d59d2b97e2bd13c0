// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/ProviderSignIn.h"

#include "auth/TokenStore.h"

#include <QCoreApplication>
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
    return StoredTokens {t.accessToken, t.refreshToken, t.expiresAt};
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
    m_store->read(key, this,
        [this, profile, account, key, guard, done, forceRefresh](
            const std::optional<StoredTokens> &tokens) {
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
            m_flow->tokenClient()->refresh(profile, tokens->refreshToken, this,
                [this, profile, account, key, guard, done](const OAuthResult &result) {
                    if (!result.ok()) {
                        if (result.error.kind == OAuthError::Kind::InvalidGrant) {
                            // A dead grant is worth nothing: forget it, ask to connect again.
                            m_store->remove(key, this);
                            Q_EMIT reconnectRequired(profile.name, account, result.error);
                        }
                        if (guard)
                            done(std::nullopt, result.error);
                        return;
                    }
                    // The newest refresh token replaces the old one (rotation).
                    m_store->write(key, stored(*result.tokens), this);
                    if (guard)
                        done(result.tokens->accessToken, {});
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
                    m_store->remove(key, this, [guard, done, message] {
                        if (guard && done)
                            done(message);
                    });
                });
        });
}

} // namespace Outpost

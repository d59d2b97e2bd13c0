// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/OAuthProfile.h"
#include "auth/OAuthResult.h"
#include "mail/Clock.h"
#include "net/HttpClient.h"

#include <QDateTime>
#include <QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Outpost {

// The back-channel POSTs of OAuth 2.0, done by hand through the HTTP core (net/HttpClient.h)
// with a timeout (Qt NetworkAuth 6.4 loses token errors): code exchange with the PKCE
// verifier, refresh (a rotated refresh token replaces the old one; an unrotated one is kept),
// revocation.
// A token answer must be of type Bearer (RFC 6750); its `scope` is what was granted.
class OAuthTokenClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const OAuthResult &)>;

    explicit OAuthTokenClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setClock(const Clock *clock) { m_clock = clock; }
    void setTimeout(int ms) { m_http->setTimeout(ms); }

    // `requireRefreshToken`: fail with NoRefreshToken when the answer has none.
    void exchangeCode(const OAuthProfile &profile, const QString &code, const QString &redirectUri,
        const QByteArray &verifier, QObject *context, Done done);
    // `grantedScopes`: what the grant holds (the scopes of the last token answer); asked for
    // again where the provider wants a scope on refresh. Never the profile's list: a scope
    // the server did not grant (offline_access) is an invalid_scope (RFC 6749 §6).
    void refresh(const OAuthProfile &profile, const QString &refreshToken,
        const QStringList &grantedScopes, QObject *context, Done done);
    // Revokes the grant where the provider offers it, authenticated as the client (RFC 7009
    // §2.1); `done(true)` when it is gone (or there is nothing to revoke).
    void revoke(const OAuthProfile &profile, const QString &token, QObject *context,
        std::function<void(bool revoked, const QString &message)> done);

private:
    void post(const QUrl &url, const QList<QPair<QString, QString>> &form, HttpClient::Done done);
    OAuthResult read(const HttpClient::Answer &answer, const OAuthProfile &profile,
        const QString &keptRefresh, const QStringList &requestedScopes,
        bool requireRefreshToken) const;

    HttpClient *m_http;
    const Clock *m_clock = nullptr; // none: the system's time
};

} // namespace Outpost

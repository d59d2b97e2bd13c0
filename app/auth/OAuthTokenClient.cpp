// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/OAuthTokenClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::OAuthTokenClient)
};

OAuthResult failure(OAuthError::Kind kind, const QString &message)
{
    return OAuthResult {std::nullopt, OAuthError {kind, message}};
}

QByteArray formEncoded(const QList<QPair<QString, QString>> &form)
{
    // Every value percent-encoded by hand: `+` in a secret or code must not become a space.
    QByteArray out;
    for (const auto &[key, value] : form) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

// The core's words for a request that got no answer (TLS, timeout, unreachable).
OAuthResult noAnswer(const ServiceError &error)
{
    return failure(
        error.kind == ServiceError::Kind::Tls ? OAuthError::Kind::Tls : OAuthError::Kind::Network,
        error.message);
}
} // namespace

OAuthTokenClient::OAuthTokenClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_http(new HttpClient(network, nullptr, nullptr, this))
{
    m_http->setTimeout(30'000);
    // A token endpoint that redirects is refused as it is, never followed with the code.
    m_http->setRedirects(HttpClient::Redirects::Answer);
}

void OAuthTokenClient::post(
    const QUrl &url, const QList<QPair<QString, QString>> &form, HttpClient::Done done)
{
    HttpClient::Request request;
    request.method = "POST";
    request.url = url;
    request.contentType = "application/x-www-form-urlencoded";
    request.headers = {{"Accept", "application/json"}};
    request.body = formEncoded(form);
    request.authenticated = false; // the client authenticates in the form (RFC 6749 §2.3.1)
    m_http->send(request, this, std::move(done));
}

OAuthResult OAuthTokenClient::read(const HttpClient::Answer &answer, const OAuthProfile &profile,
    const QString &keptRefresh, const QStringList &requestedScopes, bool requireRefreshToken) const
{
    const int status = answer.status;
    if (status == 0 && answer.error)
        return noAnswer(*answer.error);
    const QJsonObject o = answer.json();
    if (status < 200 || status >= 300) {
        const QString code = o.value(u"error").toString();
        const QString description = o.value(u"error_description").toString();
        if (code == u"invalid_grant")
            return failure(OAuthError::Kind::InvalidGrant,
                Tr::tr("%1 no longer accepts this sign-in (it expired, was already used or was "
                       "revoked). Connect the mailbox again.")
                    .arg(profile.displayName));
        if (code == u"invalid_scope")
            return failure(OAuthError::Kind::InvalidScope,
                Tr::tr("%1 no longer grants what Outpost asked for (invalid scope). Connect the "
                       "mailbox again.")
                    .arg(profile.displayName));
        const QString detail = description.isEmpty() ? code : description;
        return failure(OAuthError::Kind::Provider,
            detail.isEmpty()
                ? Tr::tr("%1 refused the sign-in (HTTP %2).").arg(profile.displayName).arg(status)
                : Tr::tr("%1 refused the sign-in: %2").arg(profile.displayName, detail));
    }
    // RFC 6749 §5.1: token_type is REQUIRED, its value case-insensitive; Outpost only knows
    // how to use a Bearer token (RFC 6750), so anything else would fail on the first send.
    const QString tokenType = o.value(u"token_type").toString();
    if (tokenType.compare(u"Bearer", Qt::CaseInsensitive) != 0)
        return failure(OAuthError::Kind::Protocol,
            tokenType.isEmpty()
                ? Tr::tr("%1 answered without saying what kind of token it issued, so Outpost "
                         "cannot use it (it needs a Bearer token).")
                      .arg(profile.displayName)
                : Tr::tr("%1 issued a token of type “%2”, which Outpost cannot use (it needs a "
                         "Bearer token).")
                      .arg(profile.displayName, tokenType.left(40)));
    ProviderTokens tokens;
    tokens.accessToken = o.value(u"access_token").toString();
    if (tokens.accessToken.isEmpty())
        return failure(OAuthError::Kind::Protocol,
            Tr::tr("%1 answered without an access token.").arg(profile.displayName));
    tokens.refreshToken = o.value(u"refresh_token").toString();
    if (tokens.refreshToken.isEmpty()) {
        if (requireRefreshToken)
            return failure(OAuthError::Kind::NoRefreshToken,
                Tr::tr("%1 granted access for this hour only (no refresh token), so Outpost "
                       "would have to ask again soon. Remove Outpost from your %1 account's "
                       "connected apps and connect again.")
                    .arg(profile.displayName));
        tokens.refreshToken = keptRefresh; // not rotated: the old one stays valid
    }
    const qint64 expiresIn = o.value(u"expires_in").toVariant().toLongLong();
    if (expiresIn > 0)
        tokens.expiresAt = nowOf(m_clock).addSecs(expiresIn);
    // RFC 6749 §5.1: `scope` may be left out only when it is what was requested.
    tokens.scopes = o.contains(u"scope")
        ? o.value(u"scope").toString().split(u' ', Qt::SkipEmptyParts)
        : requestedScopes;
    return OAuthResult {tokens, {}};
}

void OAuthTokenClient::exchangeCode(const OAuthProfile &profile, const QString &code,
    const QString &redirectUri, const QByteArray &verifier, QObject *context, Done done)
{
    QList<QPair<QString, QString>> form {
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code}, {QStringLiteral("redirect_uri"), redirectUri},
        {QStringLiteral("client_id"), profile.clientId},
        {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}};
    if (!profile.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), profile.clientSecret});
    QPointer<QObject> guard(context);
    post(profile.tokenUrl, form, [=, this](const HttpClient::Answer &answer) {
        const OAuthResult result = read(answer, profile, {}, profile.scopes, true);
        if (guard)
            done(result);
    });
}

void OAuthTokenClient::refresh(const OAuthProfile &profile, const QString &refreshToken,
    const QStringList &grantedScopes, QObject *context, Done done)
{
    // No redirect_uri, and a client_secret only where the profile has one (Google).
    QList<QPair<QString, QString>> form {
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), refreshToken},
        {QStringLiteral("client_id"), profile.clientId}};
    if (!profile.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), profile.clientSecret});
    // What was granted, never the profile's list again (it may hold more than was granted);
    // the profile's only for an entry kept before the granted scopes were.
    if (profile.refreshSendsScope)
        form.append({QStringLiteral("scope"),
            (grantedScopes.isEmpty() ? profile.scopes : grantedScopes).join(u' ')});
    QPointer<QObject> guard(context);
    post(profile.tokenUrl, form, [=, this](const HttpClient::Answer &answer) {
        const OAuthResult result = read(answer, profile, refreshToken, grantedScopes, false);
        if (guard)
            done(result);
    });
}

void OAuthTokenClient::revoke(const OAuthProfile &profile, const QString &token, QObject *context,
    std::function<void(bool, const QString &)> done)
{
    QPointer<QObject> guard(context);
    if (profile.revocationUrl.isEmpty() || token.isEmpty()) {
        done(true, {});
        return;
    }
    // RFC 7009 §2.1: the client authenticates as at the token endpoint: its client_id (a
    // public client), and its secret where it has one (Google's desktop clients).
    QList<QPair<QString, QString>> form {
        {QStringLiteral("token"), token}, {QStringLiteral("client_id"), profile.clientId}};
    if (!profile.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), profile.clientSecret});
    post(profile.revocationUrl, form, [=](const HttpClient::Answer &answer) {
        const int status = answer.status;
        const QJsonObject o = answer.json();
        // An unknown token is as revoked as it gets.
        const bool revoked = (status >= 200 && status < 300)
            || (status == 400 && o.value(u"error").toString() == u"invalid_token");
        const QString message = revoked
            ? QString()
            : Tr::tr("%1 could not be told to forget Outpost's access (%2); remove it from your "
                     "account's connected apps.")
                  .arg(profile.displayName,
                      status ? QString::number(status)
                             : answer.error.value_or(ServiceError()).serverMessage);
        if (guard)
            done(revoked, message);
    });
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/OAuthServers.h"

#include "sandbox/ProviderSeed.h"
#include "sandbox/ProviderTokens.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/SandboxSeed.h"

#include <QCryptographicHash>
#include <QHostAddress>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;
using Access = SandboxRouter::Access;

namespace {
constexpr int codeLifetimeSecs = 60;
constexpr int accessLifetimeSecs = 3599;

HttpResponse oauthError(int status, const QString &code, const QString &description)
{
    HttpResponse r = HttpResponse::json(
        status, QJsonObject {{u"error"_s, code}, {u"error_description"_s, description}});
    r.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return r;
}

HttpResponse redirect(QUrl target, const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query(target);
    for (const auto &[key, value] : items)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    target.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    HttpResponse r;
    r.status = 302;
    r.contentType = {};
    r.headers.append({QByteArrayLiteral("Location"), target.toEncoded()});
    return r;
}

// A loopback redirect as RFC 8252 §7.3 wants it: http, 127.0.0.1 or localhost, any port.
bool isLoopbackRedirect(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != u"http" || url.port() <= 0 || url.hasFragment())
        return false;
    return url.host() == u"localhost" || QHostAddress(url.host()).isLoopback();
}

QStringList requiredScopes(const QString &provider)
{
    if (provider == u"google")
        return {u"https://www.googleapis.com/auth/gmail.send"_s};
    return {u"Mail.Send"_s, u"offline_access"_s};
}
} // namespace

OAuthServers::OAuthServers(SandboxContext &context) : m_context(context) { }

QList<QPair<QByteArray, QString>> OAuthServers::environment(const QUrl &base)
{
    const auto at = [&base](const QString &path) { return base.resolved(QUrl(path)).toString(); };
    return {{"OUTPOST_GOOGLE_AUTH_URL", at(u"/oauth/google/authorize"_s)},
        {"OUTPOST_GOOGLE_TOKEN_URL", at(u"/oauth/google/token"_s)},
        {"OUTPOST_GOOGLE_REVOKE_URL", at(u"/oauth/google/revoke"_s)},
        {"OUTPOST_GOOGLE_CLIENT_ID", googleClientId()},
        {"OUTPOST_GOOGLE_CLIENT_SECRET", googleClientSecret()},
        {"OUTPOST_MICROSOFT_AUTH_URL", at(u"/oauth/microsoft/authorize"_s)},
        {"OUTPOST_MICROSOFT_TOKEN_URL", at(u"/oauth/microsoft/token"_s)},
        {"OUTPOST_MICROSOFT_CLIENT_ID", microsoftClientId()},
        // Where a mailbox connected through these servers is sent from.
        {"OUTPOST_GMAIL_API_URL", at(u"/gmail-api"_s)}, {"OUTPOST_GRAPH_API_URL", at(u"/graph"_s)}};
}

void OAuthServers::addRoutes(SandboxRouter &router)
{
    for (const QString &provider : {u"google"_s, u"microsoft"_s}) {
        router.add("GET", u"/oauth/%1/authorize"_s.arg(provider), Access::Public,
            [this, provider](
                const HttpRequest &r, const User &) { return authorize(provider, r); });
        router.add("POST", u"/oauth/%1/token"_s.arg(provider), Access::Public,
            [this, provider](const HttpRequest &r, const User &) { return token(provider, r); });
    }
    router.add("POST", u"/oauth/google/revoke"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return revoke(r); });
}

HttpResponse OAuthServers::authorize(const QString &provider, const HttpRequest &request)
{
    const auto value = [&request](const QString &key) { return request.queryValue(key); };
    const QString clientId = value(u"client_id"_s);
    const QUrl redirectUri(value(u"redirect_uri"_s), QUrl::StrictMode);
    const QString expectedClient = provider == u"google" ? googleClientId() : microsoftClientId();
    // Without a trustworthy redirect the error is shown here, never sent anywhere.
    if (clientId != expectedClient)
        return HttpResponse::html(400, u"Unknown client"_s,
            u"The client_id “%1” is not registered with this sandbox."_s.arg(clientId));
    if (!isLoopbackRedirect(redirectUri))
        return HttpResponse::html(400, u"Bad redirect"_s,
            u"redirect_uri must be http://127.0.0.1:PORT/ or http://localhost:PORT/."_s);
    const QString state = value(u"state"_s);
    const auto fail = [&](const QString &code, const QString &description) {
        return redirect(redirectUri,
            {{u"error"_s, code}, {u"error_description"_s, description}, {u"state"_s, state}});
    };
    if (value(u"response_type"_s) != u"code")
        return fail(u"unsupported_response_type"_s, u"response_type must be code"_s);
    if (value(u"code_challenge_method"_s) != u"S256" || value(u"code_challenge"_s).size() != 43)
        return fail(u"invalid_request"_s, u"PKCE with S256 is required"_s);
    const QStringList scopes = value(u"scope"_s).split(u' ', Qt::SkipEmptyParts);
    for (const QString &needed : requiredScopes(provider)) {
        if (!scopes.contains(needed))
            return fail(u"invalid_scope"_s, u"the scope must include "_s + needed);
    }
    const QString hint = value(u"login_hint"_s);
    if (hint == u"deny")
        return fail(u"access_denied"_s, u"The user declined."_s);
    Code code;
    code.provider = provider;
    code.clientId = clientId;
    code.redirectUri = value(u"redirect_uri"_s);
    code.challenge = value(u"code_challenge"_s);
    // The direct mailbox the grant opens: the hinted one, or the seeded one of the provider.
    code.account = hint.contains(u'@') ? hint
        : provider == u"google"        ? ProviderSeed::gmailAddress.toString()
                                       : ProviderSeed::outlookAddress.toString();
    code.scope = scopes.join(u' ');
    code.withRefresh = hint != u"norefresh";
    code.expiresAt = m_context.now().addSecs(codeLifetimeSecs);
    const QString id = u"sbx_code_"_s + randomHex(16);
    m_codes.insert(id, code);
    qCDebug(lcSandbox) << provider << "authorization approved";
    return redirect(redirectUri, {{u"code"_s, id}, {u"state"_s, state}});
}

bool OAuthServers::clientAuthenticated(
    const QString &provider, const QUrlQuery &form, HttpResponse *error) const
{
    const QString clientId = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    const QString secret = form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded);
    const bool ok = provider == u"google"
        ? clientId == googleClientId() && secret == googleClientSecret()
        // A public client: sending a secret is as wrong as a wrong id.
        : clientId == microsoftClientId() && !form.hasQueryItem(u"client_secret"_s);
    if (!ok)
        *error = oauthError(401, u"invalid_client"_s, u"Client authentication failed."_s);
    return ok;
}

HttpResponse OAuthServers::token(const QString &provider, const HttpRequest &request)
{
    if (!request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return oauthError(400, u"invalid_request"_s, u"The body must be form-encoded."_s);
    // A form body decodes `+` as a space; QUrlQuery does not.
    QByteArray body = request.body;
    body.replace('+', "%20");
    const QUrlQuery form(QString::fromLatin1(body));
    const auto value
        = [&form](const QString &key) { return form.queryItemValue(key, QUrl::FullyDecoded); };
    HttpResponse error;
    if (!clientAuthenticated(provider, form, &error))
        return error;
    const QString grantType = value(u"grant_type"_s);
    if (grantType == u"authorization_code") {
        const auto found = m_codes.find(value(u"code"_s));
        if (found == m_codes.end() || found->provider != provider)
            return oauthError(400, u"invalid_grant"_s, u"Unknown authorization code."_s);
        if (found->used)
            return oauthError(400, u"invalid_grant"_s, u"The code was already used."_s);
        found->used = true; // spent on its first presentation, whatever comes next
        if (m_context.now() > found->expiresAt)
            return oauthError(400, u"invalid_grant"_s, u"The code has expired."_s);
        if (value(u"redirect_uri"_s) != found->redirectUri)
            return oauthError(400, u"invalid_grant"_s, u"redirect_uri does not match."_s);
        if (found->clientId != value(u"client_id"_s))
            return oauthError(400, u"invalid_grant"_s, u"The code was issued to another client."_s);
        const QByteArray challenge
            = QCryptographicHash::hash(
                value(u"code_verifier"_s).toLatin1(), QCryptographicHash::Sha256)
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (value(u"code_verifier"_s).size() < 43
            || QString::fromLatin1(challenge) != found->challenge)
            return oauthError(400, u"invalid_grant"_s, u"The PKCE code_verifier does not match."_s);
        const QString grantId = randomHex(8);
        m_grants.insert(grantId, Grant {provider, found->account, found->scope, {}, {}, false});
        return issue(provider, grantId, found->withRefresh);
    }
    if (grantType == u"refresh_token") {
        const QString grantId = m_refreshTokens.value(value(u"refresh_token"_s));
        const auto grant = m_grants.find(grantId);
        if (grantId.isEmpty() || grant == m_grants.end() || grant->revoked
            || grant->provider != provider || grant->refreshToken != value(u"refresh_token"_s))
            return oauthError(
                400, u"invalid_grant"_s, u"The refresh token is unknown, rotated or revoked."_s);
        return issue(provider, grantId, provider == u"microsoft");
    }
    return oauthError(400, u"unsupported_grant_type"_s, u"Unknown grant_type."_s);
}

HttpResponse OAuthServers::issue(const QString &provider, const QString &grantId, bool withRefresh)
{
    Grant &grant = m_grants[grantId];
    const QString access = u"sbx_%1_at_"_s.arg(provider) + randomHex(20);
    grant.accessTokens += access;
    // The sandbox's Gmail and Graph endpoints accept it for the grant's mailbox.
    ProviderTokens(m_context.store)
        .add(access, provider == u"google" ? Provider::Gmail : Provider::Outlook, grant.account,
            Seed::demoUserId.toString(), m_context.now().addSecs(accessLifetimeSecs));
    QJsonObject answer {{u"access_token"_s, access}, {u"token_type"_s, u"Bearer"_s},
        {u"expires_in"_s, accessLifetimeSecs}, {u"scope"_s, grant.scope}};
    if (withRefresh) {
        // Rotation: the previous refresh token of this grant stops working.
        m_refreshTokens.remove(grant.refreshToken);
        grant.refreshToken = u"sbx_%1_rt_"_s.arg(provider) + randomHex(20);
        m_refreshTokens.insert(grant.refreshToken, grantId);
        answer.insert(u"refresh_token"_s, grant.refreshToken);
    }
    qCDebug(lcSandbox) << provider << "tokens issued";
    HttpResponse r = HttpResponse::json(200, answer);
    r.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return r;
}

HttpResponse OAuthServers::revoke(const HttpRequest &request)
{
    QByteArray body = request.body;
    body.replace('+', "%20");
    const QString token
        = QUrlQuery(QString::fromLatin1(body)).queryItemValue(u"token"_s, QUrl::FullyDecoded);
    for (auto it = m_grants.begin(); it != m_grants.end(); ++it) {
        if (it->provider == u"google" && !it->revoked
            && (it->refreshToken == token || it->accessTokens.contains(token))) {
            it->revoked = true; // the whole grant: refresh and access tokens alike
            return HttpResponse::json(200, QJsonObject {});
        }
    }
    return oauthError(400, u"invalid_token"_s, u"Token is not valid."_s);
}

} // namespace Outpost::Sandbox

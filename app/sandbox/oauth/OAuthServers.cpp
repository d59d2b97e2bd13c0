// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/oauth/OAuthServers.h"

#include "sandbox/ProviderSeed.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/oauth/ProviderTokens.h"
#include "sandbox/platform/PlatformApi.h"

#include <QCryptographicHash>
#include <QHostAddress>

#include <optional>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;
using Access = SandboxRouter::Access;

namespace {
// RFC 6749 §4.1.2: a code "MUST expire shortly", 10 minutes at most recommended, and is
// used once. Google's and Microsoft's exact lifetimes are not published: 60 s, the stricter.
constexpr int codeLifetimeSecs = 60;
constexpr int accessLifetimeSecs = 3599;

HttpResponse oauthError(int status, const QString &code, const QString &description)
{
    HttpResponse r = HttpResponse::json(
        status, QJsonObject {{u"error"_s, code}, {u"error_description"_s, description}});
    r.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return r;
}

// application/x-www-form-urlencoded, as RFC 6749 appendix B says a redirect's query and a
// token request are encoded: a space is `+`, everything but unreserved characters is %XX.
QByteArray formEncoded(const QString &text)
{
    return QUrl::toPercentEncoding(text, " ").replace(' ', '+');
}

// The fields of a form-encoded query or body (`+` is a space). Nothing when a parameter
// comes twice: "Request and response parameters MUST NOT be included more than once"
// (RFC 6749 §3.1, §3.2).
std::optional<QHash<QString, QString>> formFields(const QByteArray &encoded)
{
    QHash<QString, QString> fields;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const auto decoded = [](QByteArray part) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(part.replace('+', ' ')));
        };
        const QString key = decoded(eq < 0 ? pair : pair.left(eq));
        if (fields.contains(key))
            return std::nullopt;
        fields.insert(key, eq < 0 ? QString() : decoded(pair.mid(eq + 1)));
    }
    return fields;
}

HttpResponse redirect(QUrl target, const QList<QPair<QString, QString>> &items)
{
    QByteArray query = target.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[key, value] : items) {
        if (!query.isEmpty())
            query += '&';
        query += formEncoded(key) + '=' + formEncoded(value);
    }
    target.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
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

// What the token answer says was granted. Microsoft's answers list the resource's scopes and
// not offline_access, which only shows as the refresh token being there (the examples of
// https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow#successful-response-2).
QString grantedScope(const QString &provider, QStringList requested)
{
    if (provider == u"microsoft")
        requested.removeAll(u"offline_access"_s);
    return requested.join(u' ');
}

HttpResponse duplicateParameter()
{
    return oauthError(400, u"invalid_request"_s, u"A parameter was sent more than once."_s);
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

void OAuthServers::addControlRoutes(SandboxRouter &controls)
{
    controls.add("POST", u"/_sandbox/sign-in-as"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return setSignInAs(r); });
    controls.add("DELETE", u"/_sandbox/sign-in-as"_s, Access::Public,
        [this](const HttpRequest &, const User &) {
            m_signInAs.clear();
            return HttpResponse::json(200, QJsonObject {{u"cleared"_s, true}});
        });
}

HttpResponse OAuthServers::setSignInAs(const HttpRequest &request)
{
    QJsonObject body;
    HttpResponse error;
    if (!jsonBody(request, &body, &error))
        return error;
    const QString provider = body.value(u"provider"_s).toString();
    const QString account = body.value(u"account"_s).toString().trimmed();
    const int times = body.value(u"times"_s).toInt(1);
    if (provider != u"google" && provider != u"microsoft")
        return HttpResponse::apiError(
            400, u"invalid_request"_s, u"provider must be google or microsoft"_s, u"provider"_s);
    if (!account.contains(u'@'))
        return HttpResponse::apiError(
            400, u"invalid_request"_s, u"account must be an address"_s, u"account"_s);
    if (times == 0 || times < -1)
        return HttpResponse::apiError(
            400, u"invalid_request"_s, u"times must be positive, or -1"_s, u"times"_s);
    m_signInAs.insert(provider, SignInAs {account, times});
    return HttpResponse::json(
        200, QJsonObject {{u"provider"_s, provider}, {u"account"_s, account}, {u"times"_s, times}});
}

HttpResponse OAuthServers::authorize(const QString &provider, const HttpRequest &request)
{
    // Decoded as a form: `+` is a space (RFC 6749 appendix B).
    const auto fields = formFields(request.rawQuery.toLatin1());
    if (!fields)
        return HttpResponse::html(400, u"Bad request"_s, u"A parameter was sent twice."_s);
    const auto value = [&fields](const QString &key) { return fields->value(key); };
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
    // RFC 6749 §4.1.2.1: the server is overloaded or under maintenance.
    if (hint == u"unavailable")
        return fail(u"temporarily_unavailable"_s, u"The sign-in service is down"_s);
    Code code;
    code.provider = provider;
    code.clientId = clientId;
    code.redirectUri = value(u"redirect_uri"_s);
    code.challenge = value(u"code_challenge"_s);
    // The direct mailbox the grant opens: the hinted one, or the seeded one of the provider.
    code.account = hint.contains(u'@') ? hint
        : provider == u"google"        ? ProviderSeed::gmailAddress.toString()
                                       : ProviderSeed::outlookAddress.toString();
    // The user chose another account on the page (the sign-in-as control): the hint was only
    // a hint.
    if (const auto chosen = m_signInAs.find(provider); chosen != m_signInAs.end()) {
        code.account = chosen->account;
        if (chosen->remaining > 0 && --chosen->remaining == 0)
            m_signInAs.erase(chosen);
        qCDebug(lcSandbox) << provider << "signs in another account than the hint";
    }
    code.scope = scopes.join(u' ');
    code.withRefresh = hint != u"norefresh";
    code.tokenType = hint.startsWith(u"tokentype:") ? hint.mid(10) : u"Bearer"_s;
    code.expiresAt = m_context.now().addSecs(codeLifetimeSecs);
    // RFC 6749 appendix A.11: a code is any VSCHAR (%x20-7E). Google's start with `4/`; this one
    // also holds a space, `+` and `%`, so that only a client that form-decodes it gets it right.
    const QString id = u"4/sbx+code %"_s + randomHex(16);
    m_codes.insert(id, code);
    qCDebug(lcSandbox) << provider << "authorization approved";
    return redirect(redirectUri, {{u"code"_s, id}, {u"state"_s, state}});
}

bool OAuthServers::clientAuthenticated(
    const QString &provider, const QHash<QString, QString> &form, HttpResponse *error) const
{
    const QString clientId = form.value(u"client_id"_s);
    const QString secret = form.value(u"client_secret"_s);
    const bool ok = provider == u"google"
        // Installed apps send their client secret even with PKCE:
        // https://developers.google.com/identity/protocols/oauth2/native-app#exchange-authorization-code
        ? clientId == googleClientId() && secret == googleClientSecret()
        // A public client: sending a secret is as wrong as a wrong id (AADSTS700025).
        : clientId == microsoftClientId() && !form.contains(u"client_secret"_s);
    if (!ok)
        *error = oauthError(401, u"invalid_client"_s, u"Client authentication failed."_s);
    return ok;
}

HttpResponse OAuthServers::token(const QString &provider, const HttpRequest &request)
{
    if (!request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return oauthError(400, u"invalid_request"_s, u"The body must be form-encoded."_s);
    // A form body decodes `+` as a space (RFC 6749 §4.1.3, appendix B).
    const auto form = formFields(request.body);
    if (!form)
        return duplicateParameter();
    const auto value = [&form](const QString &key) { return form->value(key); };
    HttpResponse error;
    if (!clientAuthenticated(provider, *form, &error))
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
        m_grants.insert(grantId,
            Grant {provider, found->account,
                grantedScope(provider, found->scope.split(u' ', Qt::SkipEmptyParts)), {}, {}, false,
                found->tokenType});
        return issue(provider, grantId, found->withRefresh, m_grants.value(grantId).scope);
    }
    if (grantType == u"refresh_token") {
        const QString grantId = m_refreshTokens.value(value(u"refresh_token"_s));
        const auto grant = m_grants.find(grantId);
        // An earlier refresh token of the grant stays valid: "The Microsoft identity platform
        // doesn't revoke old refresh tokens when used to fetch new access tokens"
        // (learn.microsoft.com/entra/identity-platform/refresh-tokens); Google keeps one.
        if (grantId.isEmpty() || grant == m_grants.end() || grant->revoked
            || grant->provider != provider)
            return oauthError(
                400, u"invalid_grant"_s, u"The refresh token is unknown or revoked."_s);
        // Microsoft: "scope: Required" on a refresh
        // (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow#refresh-the-access-token);
        // RFC 6749 §6 makes it optional and, left out, the grant's scope.
        if (provider == u"microsoft" && !form->contains(u"scope"_s))
            return oauthError(400, u"invalid_request"_s, u"The scope parameter is missing."_s);
        const QStringList granted = grant->scope.split(u' ', Qt::SkipEmptyParts);
        const QStringList asked = form->contains(u"scope"_s)
            ? value(u"scope"_s).split(u' ', Qt::SkipEmptyParts)
            : granted;
        // RFC 6749 §6: "The requested scope MUST NOT include any scope not originally granted
        // by the resource owner". Microsoft itself tolerates offline_access here; the RFC and
        // oidc-provider do not, and the stand-in follows them.
        for (const QString &scope : asked) {
            if (!granted.contains(scope))
                return oauthError(400, u"invalid_scope"_s,
                    u"The scope %1 was not granted to this refresh token."_s.arg(scope));
        }
        return issue(provider, grantId, provider == u"microsoft", asked.join(u' '));
    }
    return oauthError(400, u"unsupported_grant_type"_s, u"Unknown grant_type."_s);
}

HttpResponse OAuthServers::issue(
    const QString &provider, const QString &grantId, bool withRefresh, const QString &scope)
{
    Grant &grant = m_grants[grantId];
    const QString access = u"sbx_%1_at_"_s.arg(provider) + randomHex(20);
    grant.accessTokens += access;
    // The sandbox's Gmail and Graph endpoints accept it for the grant's mailbox.
    ProviderTokens tokens(m_context.store);
    tokens.add(access, provider == u"google" ? Provider::Gmail : Provider::Outlook, grant.account,
        Seed::demoUserId.toString(), m_context.now().addSecs(accessLifetimeSecs));
    // What it may do is what was granted: the Gmail and Graph stand-ins check each method's
    // scopes against it (users.getProfile, GET /me, …).
    tokens.restrictScope(access, scope);
    // RFC 6749 §5.1: token_type is required (RFC 6750: Bearer); `scope` is what was granted.
    QJsonObject answer {{u"access_token"_s, access}, {u"token_type"_s, grant.tokenType},
        {u"expires_in"_s, accessLifetimeSecs}, {u"scope"_s, scope}};
    if (withRefresh) {
        // A new refresh token each time ("Refresh tokens replace themselves with a fresh token
        // upon every use", learn.microsoft.com/entra/identity-platform/refresh-tokens); the
        // previous one keeps working until the grant is revoked.
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
    // RFC 7009 §2.1: a POST with an application/x-www-form-urlencoded body.
    if (!request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return oauthError(400, u"invalid_request"_s, u"The body must be form-encoded."_s);
    const auto form = formFields(request.body);
    if (!form)
        return duplicateParameter();
    // RFC 7009 §2.1: "The client also includes its authentication credentials as described in
    // Section 2.3. of [RFC6749]": a public client its client_id, Google's desktop client also
    // its secret. Google's own endpoint is known to accept the token alone; this stand-in is as
    // strict as the RFC (and oidc-provider), so that a client revoking without them is seen.
    HttpResponse error;
    if (!form->contains(u"client_id"_s))
        return oauthError(401, u"invalid_client"_s, u"client_id is missing."_s);
    if (!clientAuthenticated(u"google"_s, *form, &error))
        return error;
    const QString token = form->value(u"token"_s);
    if (token.isEmpty())
        return oauthError(400, u"invalid_request"_s, u"The token parameter is missing."_s);
    for (auto it = m_grants.begin(); it != m_grants.end(); ++it) {
        if (it->provider == u"google" && !it->revoked
            && (it->refreshToken == token || it->accessTokens.contains(token))) {
            it->revoked = true; // the whole grant: refresh and access tokens alike
            return HttpResponse::json(200, QJsonObject {});
        }
    }
    // RFC 7009 §2.2 answers 200 for an invalid token; Google answers 400 invalid_token
    // (https://developers.google.com/identity/protocols/oauth2/native-app#tokenrevoke).
    return oauthError(400, u"invalid_token"_s, u"Token is not valid."_s);
}

} // namespace Outpost::Sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxRouter.h"

#include <QDateTime>
#include <QHash>

namespace Outpost::Sandbox {

class SandboxContext;

// Google- and Microsoft-shaped OAuth 2.0 authorization servers for direct mode:
//   GET  /oauth/{google,microsoft}/authorize  approves at once: 302 to redirect_uri with code
//        and state, form-encoded as a real server does (`+` for a space; codes hold `/`, `+`,
//        a space and `%`, as RFC 6749 allows). login_hint=deny answers error=access_denied,
//        login_hint=unavailable error=temporarily_unavailable with a description,
//        login_hint=norefresh makes the token answer carry no refresh_token, and
//        login_hint=tokentype:X makes it carry token_type X.
//   POST /oauth/{google,microsoft}/token      authorization_code (PKCE S256 verifier, the same
//        redirect_uri and client id, Google's client secret; codes single-use, 60 s) and
//        refresh_token (Microsoft hands out a new refresh token each time, the old ones still
//        valid until revoked; Google keeps one; a scope beyond
//        the grant is invalid_scope). Microsoft's answer does not list offline_access.
//   POST /oauth/google/revoke                  forgets a grant; the client authenticates
// login_hint only prefills the real pages' sign-in field: "the user can sign in with any
// account"
// (https://developers.google.com/identity/protocols/oauth2/web-server#request-parameter-login_hint
// calls it a hint; Microsoft's login_hint "pre-fills the username/email address field",
// https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow#request-an-authorization-code).
// By default the stand-in signs in the hinted account (the README's demo relies on it); the
// control POST /_sandbox/sign-in-as {provider: google|microsoft, account, times?} makes the
// next sign-ins (1 by default, -1 until DELETE /_sandbox/sign-in-as) sign in `account`
// whatever the hint, as a user choosing another account on the page would.
// Errors follow RFC 6749 (`invalid_grant`, `invalid_client`, …); each rule names its source in
// the .cpp. Codes and grants are kept in memory; every access token issued is registered with
// ProviderTokens, so the sandbox's Gmail and Graph endpoints accept it for the grant's mailbox.
class OAuthServers
{
public:
    explicit OAuthServers(SandboxContext &context);
    void addRoutes(SandboxRouter &router);
    void addControlRoutes(SandboxRouter &controls);

    static QString googleClientId()
    {
        return QStringLiteral("outpost-sandbox.apps.googleusercontent.com");
    }
    static QString googleClientSecret() { return QStringLiteral("sandbox-google-not-a-secret"); }
    static QString microsoftClientId()
    {
        return QStringLiteral("9f1c7d3e-0b7a-4c55-a1d2-5a4d0bed0c57");
    }
    // The OUTPOST_* variables that point Outpost's OAuth profiles (and the Gmail and Graph
    // API addresses of mailboxes connected through them) at this sandbox.
    static QList<QPair<QByteArray, QString>> environment(const QUrl &base);

private:
    struct Code
    {
        QString provider;
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString account;
        QString scope;
        bool withRefresh = true;
        QString tokenType;
        QDateTime expiresAt;
        bool used = false;
    };
    struct Grant
    {
        QString provider;
        QString account;
        QString scope;
        QString refreshToken;
        QStringList accessTokens;
        bool revoked = false;
        QString tokenType;
    };

    HttpResponse authorize(const QString &provider, const HttpRequest &request);
    HttpResponse token(const QString &provider, const HttpRequest &request);
    HttpResponse revoke(const HttpRequest &request);
    HttpResponse issue(
        const QString &provider, const QString &grantId, bool withRefresh, const QString &scope);
    bool clientAuthenticated(
        const QString &provider, const QHash<QString, QString> &form, HttpResponse *error) const;

    struct SignInAs
    {
        QString account;
        int remaining = 1; // -1: until cleared
    };
    HttpResponse setSignInAs(const HttpRequest &request);

    SandboxContext &m_context;
    QHash<QString, SignInAs> m_signInAs; // by provider
    QHash<QString, Code> m_codes;
    QHash<QString, Grant> m_grants; // by grant id
    QHash<QString, QString> m_refreshTokens; // refresh token → grant id
};

} // namespace Outpost::Sandbox

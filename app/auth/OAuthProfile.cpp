// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/OAuthProfile.h"

#include "auth/InstanceUrl.h"

#include <QCoreApplication>
#include <QSettings>

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::OAuthProfile)
};

// The overrides handed in (the environment over the embedded sandbox's servers) win over the
// settings, which win over the default.
QString configured(const QSettings *settings, const ConfigOverrides &overrides,
    const QString &profile, const char *envSuffix, const QString &key, const QString &fallback)
{
    const QByteArray env = "OUTPOST_" + profile.toUpper().toLatin1() + '_' + envSuffix;
    const QString given = overrides.value(env);
    if (!given.isEmpty())
        return given;
    // No settings given: the application's (what the Settings dialog writes).
    const QSettings application;
    const QString fromSettings = (settings ? settings : &application)
                                     ->value(QStringLiteral("oauth/%1/%2").arg(profile, key))
                                     .toString();
    if (!fromSettings.isEmpty())
        return fromSettings;
    return fallback;
}

QUrl endpoint(const QSettings *s, const ConfigOverrides &o, const QString &profile, const char *env,
    const QString &key, const QString &fallback)
{
    const QString text = configured(s, o, profile, env, key, fallback);
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

bool secureEnough(const QUrl &url)
{
    return url.isValid()
        && (url.scheme() == u"https" || (url.scheme() == u"http" && InstanceUrl::isLoopback(url)));
}
} // namespace

ConfigOverrides layered(ConfigOverrides base, const ConfigOverrides &over)
{
    for (auto it = over.cbegin(); it != over.cend(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

OAuthProfile OAuthProfile::google(const QSettings *s, const ConfigOverrides &o)
{
    const QString n = QStringLiteral("google");
    OAuthProfile p;
    p.name = n;
    p.displayName = QStringLiteral("Google");
    p.authorizationUrl = endpoint(s, o, n, "AUTH_URL", QStringLiteral("authUrl"),
        QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    p.tokenUrl = endpoint(s, o, n, "TOKEN_URL", QStringLiteral("tokenUrl"),
        QStringLiteral("https://oauth2.googleapis.com/token"));
    p.revocationUrl = endpoint(s, o, n, "REVOKE_URL", QStringLiteral("revokeUrl"),
        QStringLiteral("https://oauth2.googleapis.com/revoke"));
    p.clientId = configured(s, o, n, "CLIENT_ID", QStringLiteral("clientId"), {});
    p.clientSecret = configured(s, o, n, "CLIENT_SECRET", QStringLiteral("clientSecret"), {});
    // "The client secret obtained from the API Console Credentials page" is a required
    // parameter of the code exchange for installed apps, PKCE or not:
    // https://developers.google.com/identity/protocols/oauth2/native-app#exchange-authorization-code
    p.clientSecretRequired = true;
    // Sending, plus reading thread metadata to continue the right thread. gmail.readonly also
    // covers learning whose account the grant opens: users.getProfile accepts gmail.metadata,
    // gmail.readonly, gmail.compose, gmail.modify or mail.google.com
    // (https://developers.google.com/gmail/api/reference/rest/v1/users/getProfile#authorization-scopes),
    // users.settings.sendAs.list gmail.settings.basic, gmail.readonly, gmail.modify or
    // mail.google.com (…/users.settings.sendAs/list#authorization-scopes). The narrowest pair for
    // those two alone would be gmail.metadata + gmail.settings.basic; gmail.readonly, needed
    // anyway for the threads, serves both without asking the user for anything more.
    p.scopes = {QStringLiteral("https://www.googleapis.com/auth/gmail.send"),
        QStringLiteral("https://www.googleapis.com/auth/gmail.readonly")};
    p.redirectHost = QStringLiteral("127.0.0.1");
    // A refresh token, every time (Google omits it on a repeated consent otherwise).
    p.extraAuthorizationParameters = {{QStringLiteral("access_type"), QStringLiteral("offline")},
        {QStringLiteral("prompt"), QStringLiteral("consent")}};
    return p;
}

OAuthProfile OAuthProfile::microsoft(const QSettings *s, const ConfigOverrides &o)
{
    const QString n = QStringLiteral("microsoft");
    OAuthProfile p;
    p.name = n;
    p.displayName = QStringLiteral("Microsoft");
    p.authorizationUrl = endpoint(s, o, n, "AUTH_URL", QStringLiteral("authUrl"),
        QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize"));
    p.tokenUrl = endpoint(s, o, n, "TOKEN_URL", QStringLiteral("tokenUrl"),
        QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token"));
    p.clientId = configured(s, o, n, "CLIENT_ID", QStringLiteral("clientId"), {});
    // User.Read: GET /me, whose mailbox the grant opens (its least privileged delegated
    // permission: https://learn.microsoft.com/graph/api/user-get#permissions).
    p.scopes = {QStringLiteral("Mail.Send"), QStringLiteral("Mail.ReadWrite"),
        QStringLiteral("User.Read"), QStringLiteral("offline_access")};
    // Microsoft ignores the port of a loopback redirect only for `localhost`.
    p.redirectHost = QStringLiteral("localhost");
    // `scope` is required on a refresh:
    // https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow#refresh-the-access-token
    p.refreshSendsScope = true;
    return p;
}

std::optional<OAuthProfile> OAuthProfile::byName(
    const QString &name, const QSettings *settings, const ConfigOverrides &overrides)
{
    if (name == u"google")
        return google(settings, overrides);
    if (name == u"microsoft")
        return microsoft(settings, overrides);
    return std::nullopt;
}

QString OAuthProfile::problem() const
{
    if (clientId.isEmpty())
        return Tr::tr(
            "No %1 client id is configured: set OUTPOST_%2_CLIENT_ID or oauth/%3/clientId "
            "in the settings.")
            .arg(displayName, name.toUpper(), name);
    // Found before the browser opens, not after the user has signed in for nothing.
    if (clientSecretRequired && clientSecret.isEmpty())
        return Tr::tr("No %1 client secret is configured: %1's desktop clients need it even "
                      "with PKCE. Set oauth/%2/clientSecret in Outpost's settings file (next to "
                      "the client id of Settings → Direct sending) or OUTPOST_%3_CLIENT_SECRET.")
            .arg(displayName, name, name.toUpper());
    for (const QUrl &url : {authorizationUrl, tokenUrl}) {
        if (!secureEnough(url))
            return Tr::tr("The %1 endpoint “%2” must be an https:// address.")
                .arg(displayName, url.toString());
    }
    if (!revocationUrl.isEmpty() && !secureEnough(revocationUrl))
        return Tr::tr("The %1 endpoint “%2” must be an https:// address.")
            .arg(displayName, revocationUrl.toString());
    return {};
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Outpost {

// One OAuth 2.0 authorization server as Outpost uses it for direct sending: where it is, who
// Outpost is to it, and what it asks for. Endpoints and client ids come from the environment
// (OUTPOST_GOOGLE_AUTH_URL, …), then the settings (`oauth/google/authUrl`, …), then the
// provider's real defaults, so that the sandbox and tests can stand in for the provider.
struct OAuthProfile
{
    QString name; // google | microsoft
    QString displayName; // Google | Microsoft
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QUrl revocationUrl; // empty: the provider offers none
    QString clientId;
    QString clientSecret; // Google desktop clients only; not a secret, but required
    // Google's desktop ("installed app") clients must send their client secret at the token
    // endpoint even with PKCE; Microsoft's public clients must not have one.
    bool clientSecretRequired = false;
    // Microsoft's v2.0 endpoint wants `scope` on a refresh; RFC 6749 §6 makes it optional.
    bool refreshSendsScope = false;
    QStringList scopes;
    QString redirectHost; // 127.0.0.1, or `localhost` where the provider ignores only its port
    QList<QPair<QString, QString>> extraAuthorizationParameters;

    static OAuthProfile google(const QSettings *settings = nullptr);
    static OAuthProfile microsoft(const QSettings *settings = nullptr);
    // `google` or `microsoft`; nullopt for anything else.
    static std::optional<OAuthProfile> byName(
        const QString &name, const QSettings *settings = nullptr);

    // What stops this profile from being used (no client id, an endpoint not on https), in
    // words for the user; empty when usable.
    QString problem() const;
};

} // namespace Outpost

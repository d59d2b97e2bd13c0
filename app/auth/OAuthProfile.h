// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Outpost {

// Configuration handed in explicitly, which wins over the settings: values under the names of
// the OUTPOST_* environment variables (OUTPOST_GOOGLE_TOKEN_URL, OUTPOST_GMAIL_API_URL, …).
// The program's wiring (GuiLauncher, the command line) reads the environment once
// (cli/Environment.h, configFromEnvironment) and hands the result down with the embedded sandbox's
// servers under it; no library reads the environment itself (cmake/CheckLayers.cmake fails the
// build if one does), so a test sets endpoints by passing them, never by changing the process.
using ConfigOverrides = QHash<QByteArray, QString>;

// `base` with `over`'s values in place of its own (what the user set wins over a stand-in's).
ConfigOverrides layered(ConfigOverrides base, const ConfigOverrides &over);

// One OAuth 2.0 authorization server as Outpost uses it for direct sending: where it is, who
// Outpost is to it, and what it asks for. Endpoints and client ids come from the overrides
// passed in (OUTPOST_GOOGLE_AUTH_URL, …: what the user set when starting Outpost, over the
// embedded sandbox's servers), then the settings (`oauth/google/authUrl`, …), then the
// provider's real defaults.
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

    static OAuthProfile google(
        const QSettings *settings = nullptr, const ConfigOverrides &overrides = {});
    static OAuthProfile microsoft(
        const QSettings *settings = nullptr, const ConfigOverrides &overrides = {});
    // `google` or `microsoft`; nullopt for anything else.
    static std::optional<OAuthProfile> byName(const QString &name,
        const QSettings *settings = nullptr, const ConfigOverrides &overrides = {});

    // What stops this profile from being used (no client id, an endpoint not on https), in
    // words for the user; empty when usable.
    QString problem() const;
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/OAuthProfile.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QUrl>

namespace Outpost::Interop {

// node's oidc-provider (tests/interop/oidc-server.mjs) in a child process on 127.0.0.1: started
// by start(), stopped with the object (its stdin closes, it exits).
class OidcServer
{
public:
    ~OidcServer();
    // Empty when it answers; otherwise why not (node missing is told apart by nodeMissing()).
    QString start();
    static bool nodeMissing();
    QUrl issuer() const { return m_issuer; }
    QString log() const { return QString::fromUtf8(m_stderr); }

    // The overrides that point the profile `name` (google | microsoft) at this server, as the
    // embedded sandbox points them at its stand-ins.
    ConfigOverrides overrides(const QString &name) const;

private:
    QProcess m_node;
    QByteArray m_stderr;
    QUrl m_issuer;
};

// Plays the person at the browser over real HTTP: keeps the server's cookies, signs in on its
// login page, consents or declines on its consent page, and stops at the redirect that leaves
// the server for the loopback listener (not followed: the test delivers it, maybe tampered).
class UserAgent
{
public:
    enum class Decision { Consent, Decline };
    struct Visit
    {
        int status = 0; // 0: no HTTP answer
        QUrl location;
        QByteArray body;
    };

    Visit get(const QUrl &url);
    Visit post(const QUrl &url, const QByteArray &form);
    // The redirect to the loopback listener; empty (and `problem` set) when the pages went
    // somewhere else.
    QUrl authorize(
        const QUrl &authorizationUrl, const QString &login, Decision decision, QString *problem);

private:
    Visit send(const QUrl &url, const QByteArray *form);
    QNetworkAccessManager m_network; // its cookie jar keeps the interaction's cookies
};

} // namespace Outpost::Interop

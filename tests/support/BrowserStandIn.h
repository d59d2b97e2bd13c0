// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkAccessManager>
#include <QUrl>

namespace Outpost::Testing {

// Plays the system browser of an OAuth flow over real HTTP: asks the authorization server,
// and follows its redirect to the loopback listener (each step synchronously).
class BrowserStandIn
{
public:
    struct Hop
    {
        int status = 0; // 0: no HTTP answer (refused, dropped)
        QUrl location; // the Location of a redirect
        QByteArray body;
    };

    Hop get(const QUrl &url);
    // The authorization server's redirect (not followed).
    QUrl authorize(const QUrl &authorizationUrl);
    // The whole leg: authorize, then deliver the redirect to the listener; its answer.
    Hop signIn(const QUrl &authorizationUrl);

private:
    QNetworkAccessManager m_network;
};

} // namespace Outpost::Testing

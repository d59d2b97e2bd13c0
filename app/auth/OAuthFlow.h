// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/LoopbackReceiver.h"
#include "auth/OAuthProfile.h"
#include "auth/OAuthResult.h"
#include "auth/OAuthTokenClient.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Outpost {

// One desktop sign-in with a provider for direct sending: authorization code with PKCE
// (S256) in the system browser, the redirect caught on 127.0.0.1 (closed as soon as it
// arrives, on cancel or on timeout), a random `state` checked, the code exchanged by hand.
// The browser's page tells the outcome only once the exchange has answered.
// Exactly one of finished() and failed() per authorize().
class OAuthFlow : public QObject
{
    Q_OBJECT
public:
    // Opens a URL in the system browser (QDesktopServices in the UI; a test plays the browser).
    using OpenUrl = std::function<void(const QUrl &url)>;

    OAuthFlow(QNetworkAccessManager *network, OpenUrl openUrl, QObject *parent = nullptr);
    ~OAuthFlow() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    OAuthTokenClient *tokenClient() const { return m_tokens; }

    void authorize(const OAuthProfile &profile, const QString &loginHint = {});
    void cancel();
    bool isRunning() const { return m_running; }
    // While waiting for the browser: where the redirect is expected.
    QString redirectUri() const { return m_redirectUri; }
    const LoopbackReceiver &receiver() const { return m_receiver; }

Q_SIGNALS:
    void browserOpened(const QUrl &authorizationUrl);
    void finished(const Outpost::ProviderTokens &tokens);
    void failed(const Outpost::OAuthError &error);

private:
    void onRedirect(const RedirectFields &fields);
    // `page`: what the waiting browser shows; the message itself when empty.
    void fail(OAuthError::Kind kind, const QString &message, const QString &page = {});

    OAuthTokenClient *m_tokens;
    OpenUrl m_openUrl;
    LoopbackReceiver m_receiver;
    QTimer m_deadline;
    std::chrono::milliseconds m_timeout = std::chrono::minutes(5);
    OAuthProfile m_profile;
    QByteArray m_verifier;
    QByteArray m_state;
    QString m_redirectUri;
    bool m_running = false;
};

} // namespace Outpost

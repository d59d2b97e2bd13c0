// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/OAuthFlow.h"

#include "auth/Pkce.h"
#include "auth/TokenStore.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::OAuthFlow)
};
} // namespace

OAuthFlow::OAuthFlow(QNetworkAccessManager *network, OpenUrl openUrl, QObject *parent)
    : QObject(parent), m_tokens(new OAuthTokenClient(network, this)), m_openUrl(std::move(openUrl))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(OAuthError::Kind::TimedOut,
            Tr::tr("Nothing came back from the browser in time. Start again to connect %1.")
                .arg(m_profile.displayName));
    });
    connect(&m_receiver, &LoopbackReceiver::redirected, this, &OAuthFlow::onRedirect);
}

OAuthFlow::~OAuthFlow() = default;

void OAuthFlow::authorize(const OAuthProfile &profile, const QString &loginHint)
{
    if (m_running)
        cancel();
    m_profile = profile;
    m_running = true;
    const QString problem = profile.problem();
    if (!problem.isEmpty()) {
        fail(OAuthError::Kind::Configuration, problem);
        return;
    }
    QString error;
    if (!m_receiver.listen(&error)) {
        fail(OAuthError::Kind::Network,
            Tr::tr("Outpost could not wait for the browser on 127.0.0.1: %1").arg(error));
        return;
    }
    m_verifier = Pkce::verifier();
    m_state = Pkce::state();
    m_redirectUri
        = QStringLiteral("http://%1:%2/").arg(profile.redirectHost).arg(m_receiver.port());

    // Encoded by hand: QUrlQuery would leave `+` alone, which a server reads as a space.
    QByteArray query = profile.authorizationUrl.query(QUrl::FullyEncoded).toLatin1();
    const auto add = [&query](const QString &key, const QString &value) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), profile.clientId);
    add(QStringLiteral("redirect_uri"), m_redirectUri);
    add(QStringLiteral("scope"), profile.scopes.join(u' '));
    add(QStringLiteral("state"), QString::fromLatin1(m_state));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challenge(m_verifier)));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    for (const auto &[key, value] : profile.extraAuthorizationParameters)
        add(key, value);
    if (!loginHint.isEmpty())
        add(QStringLiteral("login_hint"), loginHint);
    QUrl url = profile.authorizationUrl;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);

    m_deadline.start(m_timeout);
    qCInfo(lcAuth).noquote() << "waiting for" << profile.name << "on" << m_redirectUri;
    Q_EMIT browserOpened(url);
    if (m_openUrl)
        m_openUrl(url);
}

void OAuthFlow::cancel()
{
    if (!m_running)
        return;
    fail(OAuthError::Kind::Cancelled, Tr::tr("Cancelled."));
}

void OAuthFlow::onRedirect(const RedirectFields &fields)
{
    if (!m_running) {
        m_receiver.answer(Tr::tr("Not signed in"),
            Tr::tr("Outpost is not waiting for this sign-in any more. Return to Outpost and "
                   "start again."));
        return;
    }
    m_deadline.stop();
    // Every field form-decoded (RFC 6749 appendix B): `+` is a space in a description.
    const auto value
        = [&fields](const char *key) { return fields.value(QString::fromLatin1(key)); };
    // Checked first: an answer to someone else's request tells us nothing, not even an error.
    if (value("state").toLatin1() != m_state) {
        fail(OAuthError::Kind::StateMismatch,
            Tr::tr("The browser came back with an answer that does not belong to this sign-in "
                   "(state mismatch), so it was ignored. Start again to connect %1.")
                .arg(m_profile.displayName));
        return;
    }
    const QString error = value("error");
    if (!error.isEmpty()) {
        if (error == u"access_denied") {
            fail(OAuthError::Kind::AccessDenied,
                Tr::tr("%1 did not give Outpost access (access denied). Nothing was connected.")
                    .arg(m_profile.displayName),
                Tr::tr("Outpost was not given access. You can close this window."));
        } else {
            const QString description = value("error_description");
            fail(OAuthError::Kind::Provider,
                Tr::tr("%1 refused the sign-in: %2")
                    .arg(m_profile.displayName, description.isEmpty() ? error : description));
        }
        return;
    }
    const QString code = value("code");
    if (code.isEmpty()) {
        fail(OAuthError::Kind::Protocol,
            Tr::tr("%1 came back without a code. Start again.").arg(m_profile.displayName));
        return;
    }
    // The browser keeps waiting: its page says "Signed in" only once the tokens are in.
    m_tokens->exchangeCode(
        m_profile, code, m_redirectUri, m_verifier, this, [this](const OAuthResult &result) {
            if (!m_running)
                return;
            if (!result.ok()) {
                fail(result.error.kind, result.error.message);
                return;
            }
            m_running = false;
            m_verifier.clear();
            m_receiver.answer(
                Tr::tr("Signed in"), Tr::tr("You can close this window and return to Outpost."));
            Q_EMIT finished(*result.tokens);
        });
}

void OAuthFlow::fail(OAuthError::Kind kind, const QString &message, const QString &page)
{
    m_receiver.answer(Tr::tr("Not signed in"), page.isEmpty() ? message : page);
    m_receiver.close();
    m_deadline.stop();
    m_verifier.clear();
    m_running = false;
    qCInfo(lcAuth) << "flow failed:" << int(kind);
    Q_EMIT failed(OAuthError {kind, message});
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
// The direct-mode OAuth flow end to end against the sandbox's Google and Microsoft
// authorization servers: the test plays the browser over real HTTP on 127.0.0.1.
#include "auth/OAuthFlow.h"
#include "auth/Pkce.h"
#include "sandbox/oauth/OAuthServers.h"
#include "tests/support/BrowserStandIn.h"
#include "tests/support/SandboxTestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestOAuthFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void googleSignInWithPkceOnLoopbackOnly();
    void microsoftSignInUsesLocalhostAndNoSecret();
    void stateMismatchIsRejected();
    void accessDeniedIsReported();
    void expiredCodeIsRefused();
    void reusedCodeIsRefused();
    void secondHitOnListenerIsRefused();
    void otherPathsDoNotEndTheFlow();
    void tokenAnswerWithoutRefreshTokenIsRefused();
    void refreshKeepsOrRotatesRefreshToken();
    void refreshAnsweredWithInvalidGrant();
    void cancelAndTimeoutCloseTheListener();
    void missingClientIdIsAConfigurationError();
    void issuedTokensOpenTheSandboxMailboxes();
    void errorRedirectIsFormDecoded();
    void browserPageWaitsForTheCodeExchange();
    void tokenTypeMustBeBearer();
    void revocationAuthenticatesTheClient();
    void googleWithoutClientSecretIsRefusedBeforeTheBrowser();
    void refreshAsksForTheGrantedScopes();

private:
    OAuthProfile profile(const QString &name) const;
    // The redirect the authorization server sends for the flow's current request.
    QUrl authorizationUrl() const { return m_opened; }

    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<OAuthFlow> flow;
    Testing::BrowserStandIn browser;
    QUrl m_opened;
    qint64 clockOffsetSecs = 0;
};

void TestOAuthFlow::init()
{
    Sandbox::SandboxOptions options = Sandbox::Testing::testOptions();
    clockOffsetSecs = 0;
    options.clock = [this] { return QDateTime::currentDateTimeUtc().addSecs(clockOffsetSecs); };
    sandbox = Sandbox::Testing::startSandbox(options);
    QVERIFY(sandbox);
    network = std::make_unique<QNetworkAccessManager>();
    m_opened.clear();
    flow = std::make_unique<OAuthFlow>(network.get(), [this](const QUrl &url) { m_opened = url; });
}

void TestOAuthFlow::cleanup()
{
    flow.reset();
    network.reset();
    sandbox.reset();
}

OAuthProfile TestOAuthFlow::profile(const QString &name) const
{
    return *OAuthProfile::byName(name, nullptr, Sandbox::Testing::sandboxServers(sandbox->url()));
}

void TestOAuthFlow::googleSignInWithPkceOnLoopbackOnly()
{
    QSignalSpy finished(flow.get(), &OAuthFlow::finished);
    QSignalSpy failed(flow.get(), &OAuthFlow::failed);
    flow->authorize(profile(u"google"_s), u"dana@acme.example"_s);
    QVERIFY(flow->receiver().isListening());
    QCOMPARE(flow->receiver().address(), QHostAddress(QHostAddress::LocalHost));
    const QUrlQuery sent(m_opened);
    QCOMPARE(sent.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(sent.queryItemValue(u"code_challenge"_s).size(), 43);
    QVERIFY(sent.queryItemValue(u"state"_s).size() >= 40);
    QCOMPARE(
        QUrl(sent.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)).host(), u"127.0.0.1"_s);
    const QString scope = sent.queryItemValue(u"scope"_s, QUrl::FullyDecoded);
    QVERIFY2(
        scope.contains(u"gmail.send"_s) && scope.contains(u"gmail.readonly"_s), qPrintable(scope));
    QCOMPARE(sent.queryItemValue(u"access_type"_s), u"offline"_s);

    const auto page = browser.signIn(m_opened);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("return to Outpost"));
    QVERIFY(!flow->receiver().isListening()); // closed as soon as the redirect arrived
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 0);
    const auto tokens = finished.first().first().value<ProviderTokens>();
    QVERIFY(tokens.accessToken.startsWith(u"sbx_google_at_"_s));
    QVERIFY(tokens.refreshToken.startsWith(u"sbx_google_rt_"_s));
    QVERIFY(tokens.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
    // The sandbox's token endpoint checked the verifier, redirect_uri, client id and secret.
}

void TestOAuthFlow::microsoftSignInUsesLocalhostAndNoSecret()
{
    QSignalSpy finished(flow.get(), &OAuthFlow::finished);
    flow->authorize(profile(u"microsoft"_s));
    const QUrlQuery sent(m_opened);
    const QUrl redirect(sent.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), u"localhost"_s);
    QCOMPARE(flow->receiver().address(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(sent.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
        u"Mail.Send Mail.ReadWrite User.Read offline_access"_s);
    QCOMPARE(browser.signIn(m_opened).status, 200);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<ProviderTokens>().refreshToken.startsWith(
        u"sbx_microsoft_rt_"_s));
}

void TestOAuthFlow::stateMismatchIsRejected()
{
    QSignalSpy finished(flow.get(), &OAuthFlow::finished);
    QSignalSpy failed(flow.get(), &OAuthFlow::failed);
    flow->authorize(profile(u"google"_s));
    QUrl redirect = browser.authorize(m_opened);
    QUrlQuery query(redirect);
    query.removeAllQueryItems(u"state"_s);
    query.addQueryItem(u"state"_s, QString::fromLatin1(Pkce::state()));
    redirect.setQuery(query);
    const auto page = browser.get(redirect);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("does not belong"));
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<OAuthError>();
    QCOMPARE(error.kind, OAuthError::Kind::StateMismatch);
    QVERIFY2(error.message.contains(u"state mismatch"_s), qPrintable(error.message));
    QCOMPARE(finished.size(), 0);
    QVERIFY(!flow->receiver().isListening());
}

void TestOAuthFlow::accessDeniedIsReported()
{
    QSignalSpy failed(flow.get(), &OAuthFlow::failed);
    flow->authorize(profile(u"google"_s), u"deny"_s);
    const auto page = browser.signIn(m_opened);
    QVERIFY(page.body.contains("not given access"));
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<OAuthError>();
    QCOMPARE(error.kind, OAuthError::Kind::AccessDenied);
    QVERIFY2(
        error.message.contains(u"Google did not give Outpost access"_s), qPrintable(error.message));
}

void TestOAuthFlow::expiredCodeIsRefused()
{
    QSignalSpy failed(flow.get(), &OAuthFlow::failed);
    flow->authorize(profile(u"google"_s));
    const QUrl redirect = browser.authorize(m_opened);
    clockOffsetSecs = 120; // the user dawdled: codes live 60 s
    browser.get(redirect);
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<OAuthError>();
    QCOMPARE(error.kind, OAuthError::Kind::InvalidGrant);
    QVERIFY2(error.message.contains(u"expired"_s), qPrintable(error.message));
}

void TestOAuthFlow::reusedCodeIsRefused()
{
    QSignalSpy finished(flow.get(), &OAuthFlow::finished);
    QSignalSpy failed(flow.get(), &OAuthFlow::failed);
    const OAuthProfile google = profile(u"google"_s);
    flow->authorize(google);
    const QUrl redirect = browser.authorize(m_opened);
    // Someone else presents the code first (without the verifier): it is spent.
    Sandbox::Testing::SandboxTestClient thief(sandbox->url());
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    form.addQueryItem(u"code"_s,
        QString::fromLatin1(QUrl::toPercentEncoding(
            RedirectFields::fromQuery(redirect.query(QUrl::FullyEncoded).toLatin1())
                .value(u"code"))));
    form.addQueryItem(u"redirect_uri"_s, flow->redirectUri());
    form.addQueryItem(u"client_id"_s, google.clientId);
    form.addQueryItem(u"client_secret"_s, google.clientSecret);
    form.addQueryItem(u"code_verifier"_s, QString::fromLatin1(Pkce::verifier()));
    const auto stolen = thief.postRaw(u"/oauth/google/token"_s,
        form.query(QUrl::FullyEncoded).toLatin1(), "application/x-www-form-urlencoded");
    QCOMPARE(stolen.status, 400);
    QCOMPARE(stolen.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    browser.get(redirect);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<OAuthError>().kind, OAuthError::Kind::InvalidGrant);
    QCOMPARE(finished.size(), 0);
}

void TestOAuthFlow::secondHitOnListenerIsRefused()
{
    QSignalSpy finished(flow.get(), &OAuthFlow::finished);
    QSignalSpy failed(flow.get(), &OAuthFlow::failed);
    flow->authorize(profile(u"google"_s));
    const QUrl redirect = browser.authorize(m_opened);
    QCOMPARE(browser.get(redirect).status, 200);
    const auto again = browser.get(redirect);
    QCOMPARE(again.status, 0); // nobody listens any more
    QTRY_COMPARE(finished.size(), 1);
    // Over: its listener is closed and its deadline stopped, so nothing more can come from it.
    QVERIFY(!flow->isRunning());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 0);
}

void TestOAuthFlow::otherPathsDoNotEndTheFlow()
{
    QSignalSpy finished(flow.get(), &OAuthFlow::finished);
    flow->authorize(profile(u"google"_s));
    const QUrl redirect = browser.authorize(m_opened);
    QUrl favicon = redirect;
    favicon.setPath(u"/favicon.ico"_s);
    favicon.setQuery(QString());
    QCOMPARE(browser.get(favicon).status, 404);
    QVERIFY(flow->receiver().isListening());
    QCOMPARE(browser.get(redirect).status, 200);
    QTRY_COMPARE(finished.size(), 1);
}

void TestOAuthFlow::tokenAnswerWithoutRefreshTokenIsRefused()
{
    QSignalSpy finished(flow.get(), &OAuthFlow::finished);
    QSignalSpy failed(flow.get(), &OAuthFlow::failed);
    flow->authorize(profile(u"google"_s), u"norefresh"_s);
    browser.signIn(m_opened);
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<OAuthError>();
    QCOMPARE(error.kind, OAuthError::Kind::NoRefreshToken);
    QVERIFY2(error.message.contains(u"no refresh token"_s), qPrintable(error.message));
    QCOMPARE(finished.size(), 0);
}

void TestOAuthFlow::refreshKeepsOrRotatesRefreshToken()
{
    for (const QString &name : {u"google"_s, u"microsoft"_s}) {
        const OAuthProfile p = profile(name);
        QSignalSpy finished(flow.get(), &OAuthFlow::finished);
        flow->authorize(p);
        browser.signIn(m_opened);
        QTRY_COMPARE(finished.size(), 1);
        const auto first = finished.first().first().value<ProviderTokens>();
        std::optional<OAuthResult> refreshed;
        flow->tokenClient()->refresh(p, first.refreshToken, first.scopes, this,
            [&](const OAuthResult &r) { refreshed = r; });
        QTRY_VERIFY(refreshed.has_value());
        QVERIFY2(refreshed->ok(), qPrintable(refreshed->error.message));
        QVERIFY(refreshed->tokens->accessToken != first.accessToken);
        if (name == u"google") {
            QCOMPARE(refreshed->tokens->refreshToken, first.refreshToken); // kept
        } else {
            QVERIFY(refreshed->tokens->refreshToken != first.refreshToken); // a new one
            // The old one is not one-shot: Microsoft does not revoke it on use.
            std::optional<OAuthResult> again;
            flow->tokenClient()->refresh(p, first.refreshToken, first.scopes, this,
                [&](const OAuthResult &r) { again = r; });
            QTRY_VERIFY(again.has_value());
            QVERIFY2(again->ok(), qPrintable(again->error.message));
            QVERIFY(again->tokens->accessToken != refreshed->tokens->accessToken);
        }
    }
}

void TestOAuthFlow::refreshAnsweredWithInvalidGrant()
{
    const OAuthProfile google = profile(u"google"_s);
    QSignalSpy finished(flow.get(), &OAuthFlow::finished);
    flow->authorize(google);
    browser.signIn(m_opened);
    QTRY_COMPARE(finished.size(), 1);
    const auto tokens = finished.first().first().value<ProviderTokens>();
    std::optional<bool> revoked;
    flow->tokenClient()->revoke(
        google, tokens.refreshToken, this, [&](bool ok, const QString &) { revoked = ok; });
    QTRY_VERIFY(revoked.has_value());
    QVERIFY(*revoked);
    std::optional<OAuthResult> refreshed;
    flow->tokenClient()->refresh(google, tokens.refreshToken, tokens.scopes, this,
        [&](const OAuthResult &r) { refreshed = r; });
    QTRY_VERIFY(refreshed.has_value());
    QVERIFY(!refreshed->ok());
    QCOMPARE(refreshed->error.kind, OAuthError::Kind::InvalidGrant);
    QVERIFY2(refreshed->error.message.contains(u"Connect the mailbox again"_s),
        qPrintable(refreshed->error.message));
}

void TestOAuthFlow::cancelAndTimeoutCloseTheListener()
{
    QSignalSpy failed(flow.get(), &OAuthFlow::failed);
    flow->authorize(profile(u"google"_s));
    const quint16 port = flow->receiver().port();
    flow->cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<OAuthError>().kind, OAuthError::Kind::Cancelled);
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!probe.waitForConnected(2000));

    flow->setTimeout(std::chrono::milliseconds(200));
    flow->authorize(profile(u"google"_s));
    QTRY_COMPARE(failed.size(), 2);
    QCOMPARE(failed.last().first().value<OAuthError>().kind, OAuthError::Kind::TimedOut);
    QVERIFY(!flow->receiver().isListening());
}

void TestOAuthFlow::missingClientIdIsAConfigurationError()
{
    OAuthProfile p = profile(u"microsoft"_s);
    p.clientId.clear();
    QSignalSpy failed(flow.get(), &OAuthFlow::failed);
    flow->authorize(p);
    QCOMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<OAuthError>();
    QCOMPARE(error.kind, OAuthError::Kind::Configuration);
    QVERIFY2(error.message.contains(u"OUTPOST_MICROSOFT_CLIENT_ID"_s), qPrintable(error.message));
    QVERIFY(m_opened.isEmpty()); // no browser for a flow that cannot work
    p = profile(u"google"_s);
    p.tokenUrl = QUrl(u"http://oauth2.example.com/token"_s);
    flow->authorize(p);
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.last().first().value<OAuthError>().message.contains(u"https"_s));
}

void TestOAuthFlow::issuedTokensOpenTheSandboxMailboxes()
{
    // What the flow obtains is what direct sending then uses against Gmail and Graph.
    const QHash<QString, QString> probes {{u"google"_s, u"/gmail-api/gmail/v1/users/me/threads"_s},
        {u"microsoft"_s, u"/graph/v1.0/me/messages"_s}};
    for (auto it = probes.cbegin(); it != probes.cend(); ++it) {
        QSignalSpy finished(flow.get(), &OAuthFlow::finished);
        flow->authorize(profile(it.key()));
        browser.signIn(m_opened);
        QTRY_COMPARE(finished.size(), 1);
        const auto tokens = finished.first().first().value<ProviderTokens>();
        Sandbox::Testing::SandboxTestClient api(sandbox->url(), tokens.accessToken);
        QCOMPARE(api.get(it.value()).status, 200);
        api.setToken(u"sbx_not_issued"_s);
        QCOMPARE(api.get(it.value()).status, 401);
    }
}

void TestOAuthFlow::errorRedirectIsFormDecoded()
{
    QSignalSpy failed(flow.get(), &OAuthFlow::failed);
    flow->authorize(profile(u"google"_s), u"unavailable"_s);
    const QUrl redirect = browser.authorize(m_opened);
    // The stand-in encodes as a form, like the real servers: a space is `+`.
    QVERIFY2(redirect.query(QUrl::FullyEncoded).contains(u"The+sign-in+service+is+down"_s),
        qPrintable(redirect.toString()));
    const auto page = browser.get(redirect);
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains("The sign-in service is down"), page.body.constData());
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<OAuthError>();
    QCOMPARE(error.kind, OAuthError::Kind::Provider);
    QCOMPARE(error.message, u"Google refused the sign-in: The sign-in service is down"_s);

    // Every field, not just the description: `+` is a space, `%2B` a plus.
    const RedirectFields fields
        = RedirectFields::fromQuery("code=4%2Fa+b%2Bc%25d&state=x+y&error=e+1&error_description=");
    QCOMPARE(fields.value(u"code"), u"4/a b+c%d"_s);
    QCOMPARE(fields.value(u"state"), u"x y"_s);
    QCOMPARE(fields.value(u"error"), u"e 1"_s);
    QVERIFY(fields.contains(u"error_description") && fields.value(u"error_description").isEmpty());
}

void TestOAuthFlow::browserPageWaitsForTheCodeExchange()
{
    QSignalSpy finished(flow.get(), &OAuthFlow::finished);
    QSignalSpy failed(flow.get(), &OAuthFlow::failed);
    flow->authorize(profile(u"microsoft"_s));
    const auto ok = browser.signIn(m_opened);
    // The page came after the tokens: the flow had finished when the browser got it.
    QCOMPARE(finished.size(), 1);
    QVERIFY(ok.body.contains("<h1>Signed in</h1>"));

    flow->authorize(profile(u"google"_s));
    const QUrl redirect = browser.authorize(m_opened);
    clockOffsetSecs = 120; // the code expires before the browser comes back
    const auto refused = browser.get(redirect);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(!refused.body.contains("<h1>Signed in</h1>"), refused.body.constData());
    QVERIFY(refused.body.contains("<h1>Not signed in</h1>"));
    QVERIFY2(refused.body.contains("expired"), refused.body.constData()); // why, in words
}

void TestOAuthFlow::tokenTypeMustBeBearer()
{
    QSignalSpy finished(flow.get(), &OAuthFlow::finished);
    QSignalSpy failed(flow.get(), &OAuthFlow::failed);
    flow->authorize(profile(u"google"_s), u"tokentype:mac"_s);
    const auto page = browser.signIn(m_opened);
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<OAuthError>();
    QCOMPARE(error.kind, OAuthError::Kind::Protocol);
    QVERIFY2(error.message.contains(u"type “mac”"_s) && error.message.contains(u"Bearer"_s),
        qPrintable(error.message));
    QVERIFY(page.body.contains("<h1>Not signed in</h1>"));
    QCOMPARE(finished.size(), 0);
    // The type is case-insensitive (RFC 6749 §5.1).
    flow->authorize(profile(u"google"_s), u"tokentype:bearer"_s);
    QCOMPARE(browser.signIn(m_opened).status, 200);
    QTRY_COMPARE(finished.size(), 1);
}

void TestOAuthFlow::revocationAuthenticatesTheClient()
{
    const OAuthProfile google = profile(u"google"_s);
    QSignalSpy finished(flow.get(), &OAuthFlow::finished);
    flow->authorize(google);
    browser.signIn(m_opened);
    QTRY_COMPARE(finished.size(), 1);
    const auto tokens = finished.first().first().value<ProviderTokens>();
    // The stand-in is as strict as RFC 7009 §2.1: the token alone ends nothing.
    Sandbox::Testing::SandboxTestClient anyone(sandbox->url());
    const auto bare = anyone.postRaw(u"/oauth/google/revoke"_s,
        "token=" + QUrl::toPercentEncoding(tokens.refreshToken),
        "application/x-www-form-urlencoded");
    QCOMPARE(bare.status, 401);
    QCOMPARE(bare.json().value(u"error"_s).toString(), u"invalid_client"_s);

    std::optional<bool> revoked;
    flow->tokenClient()->revoke(
        google, tokens.refreshToken, this, [&](bool ok, const QString &) { revoked = ok; });
    QTRY_VERIFY(revoked.has_value());
    QVERIFY(*revoked);
    const QJsonArray sent = anyone.recorded(u"/oauth/google/revoke"_s);
    const QString body = sent.last().toObject().value(u"body"_s).toString();
    QVERIFY2(
        body.contains(u"client_id="_s) && body.contains(u"client_secret="_s), qPrintable(body));
    // The grant really ended: its refresh token is refused.
    std::optional<OAuthResult> refreshed;
    flow->tokenClient()->refresh(google, tokens.refreshToken, tokens.scopes, this,
        [&](const OAuthResult &r) { refreshed = r; });
    QTRY_VERIFY(refreshed.has_value());
    QCOMPARE(refreshed->error.kind, OAuthError::Kind::InvalidGrant);
}

void TestOAuthFlow::googleWithoutClientSecretIsRefusedBeforeTheBrowser()
{
    OAuthProfile p = profile(u"google"_s);
    p.clientSecret.clear();
    QSignalSpy failed(flow.get(), &OAuthFlow::failed);
    flow->authorize(p);
    QCOMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<OAuthError>();
    QCOMPARE(error.kind, OAuthError::Kind::Configuration);
    QVERIFY2(error.message.contains(u"client secret"_s) && error.message.contains(u"Settings"_s),
        qPrintable(error.message));
    QVERIFY(m_opened.isEmpty()); // the user never signs in for nothing
    QVERIFY(!flow->receiver().isListening());
}

void TestOAuthFlow::refreshAsksForTheGrantedScopes()
{
    const OAuthProfile microsoft = profile(u"microsoft"_s);
    QSignalSpy finished(flow.get(), &OAuthFlow::finished);
    flow->authorize(microsoft);
    browser.signIn(m_opened);
    QTRY_COMPARE(finished.size(), 1);
    const auto tokens = finished.first().first().value<ProviderTokens>();
    // Asked for offline_access, granted what the answer's `scope` says.
    QCOMPARE(tokens.scopes, QStringList({u"Mail.Send"_s, u"Mail.ReadWrite"_s, u"User.Read"_s}));
    std::optional<OAuthResult> refreshed;
    flow->tokenClient()->refresh(microsoft, tokens.refreshToken, tokens.scopes, this,
        [&](const OAuthResult &r) { refreshed = r; });
    QTRY_VERIFY(refreshed.has_value());
    QVERIFY2(refreshed->ok(), qPrintable(refreshed->error.message));
    QCOMPARE(refreshed->tokens->scopes, tokens.scopes);
    Sandbox::Testing::SandboxTestClient log(sandbox->url());
    const QString body
        = log.recorded(u"/oauth/microsoft/token"_s).last().toObject().value(u"body"_s).toString();
    QVERIFY2(body.contains(u"scope=Mail.Send%20Mail.ReadWrite%20User.Read"_s), qPrintable(body));
    // Asking for more than was granted is what an RFC-strict server refuses.
    std::optional<OAuthResult> greedy;
    flow->tokenClient()->refresh(microsoft, refreshed->tokens->refreshToken, microsoft.scopes, this,
        [&](const OAuthResult &r) { greedy = r; });
    QTRY_VERIFY(greedy.has_value());
    QCOMPARE(greedy->error.kind, OAuthError::Kind::InvalidScope);
}

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "tst_oauthflow.moc"

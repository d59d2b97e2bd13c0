// SPDX-License-Identifier: GPL-3.0-or-later
// Outpost's Google and Microsoft OAuth profiles against an authorization server it did not
// write: node's oidc-provider (OpenID-certified), PKCE required, refresh tokens rotated, access
// tokens of 120 s (tests/interop/oidc-server.mjs). The profiles are pointed at it the way the
// sandbox points them at its stand-ins (ConfigOverrides); the test plays the person at the
// browser (UserAgent), so the redirect reaches Outpost's own LoopbackReceiver, and the tokens
// land in the keychain through ProviderSignIn and TokenStore as in the app.
#include "auth/OAuthTokenClient.h"
#include "auth/ProviderSignIn.h"
#include "auth/TokenStore.h"
#include "tests/interop/OidcServer.h"
#include "tests/support/ManualClock.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Outpost;
using namespace Outpost::Interop;
using namespace Qt::StringLiterals;

class TestOidcInterop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signInStoresTheGrant_data() { profiles(); }
    void signInStoresTheGrant();
    void refreshRotatesTheStoredRefreshToken_data() { profiles(); }
    void refreshRotatesTheStoredRefreshToken();
    void declinedConsentIsAccessDenied_data() { profiles(); }
    void declinedConsentIsAccessDenied();
    void tamperedCodeIsRefused_data() { profiles(); }
    void tamperedCodeIsRefused();
    void grantRevokedAtTheServerAsksToConnectAgain_data() { profiles(); }
    void grantRevokedAtTheServerAsksToConnectAgain();
    void removingAGoogleMailboxRevokesItsGrant();
    void removingAMicrosoftMailboxForgetsItHere();

private:
    static void profiles();
    OAuthProfile profile() const;
    QString nextAccount() { return u"dana.%1@interop.example"_s.arg(++m_accounts); }
    // The browser's leg; the redirect that reached the listener, or empty.
    QUrl browse(const QString &account, UserAgent::Decision decision);
    // Signs `account` in with `p` and returns what the keychain holds for it.
    std::optional<StoredTokens> signIn(const OAuthProfile &p, const QString &account);
    std::optional<StoredTokens> stored(const OAuthProfile &p, const QString &account);
    // A refresh as Outpost sends it, with the scopes the grant holds.
    OAuthResult refreshAtServer(const OAuthProfile &p, const StoredTokens &tokens);

    OidcServer m_server;
    TokenStore m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProviderSignIn> m_signIn;
    std::unique_ptr<UserAgent> m_agent;
    QUrl m_opened;
    Outpost::Testing::ShiftedClock m_clock;
    int m_accounts = 0;
};

void TestOidcInterop::initTestCase()
{
    if (OidcServer::nodeMissing())
        QSKIP("node is not installed (packaging/install-deps.sh installs Debian's nodejs and npm): "
              "the interoperability test against oidc-provider cannot run.");
    const QString problem = m_server.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    bool probed = false;
    m_store.probe(this, [&] { probed = true; });
    QTRY_VERIFY(probed);
    QCOMPARE(m_store.backend(), TokenStore::Backend::Keychain);
}

void TestOidcInterop::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_agent = std::make_unique<UserAgent>();
    m_opened.clear();
    m_clock.shiftSecs = 0;
    m_signIn = std::make_unique<ProviderSignIn>(
        m_network.get(), &m_store, [this](const QUrl &url) { m_opened = url; });
    m_signIn->setClock(&m_clock);
}

void TestOidcInterop::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << "oidc-server.mjs said:" << m_server.log().right(3000);
    m_signIn.reset();
    m_network.reset();
}

void TestOidcInterop::profiles()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("google") << u"google"_s;
    QTest::newRow("microsoft") << u"microsoft"_s;
}

OAuthProfile TestOidcInterop::profile() const
{
    QFETCH(QString, name);
    return *OAuthProfile::byName(name, nullptr, m_server.overrides(name));
}

QUrl TestOidcInterop::browse(const QString &account, UserAgent::Decision decision)
{
    if (m_opened.isEmpty())
        return {};
    QString problem;
    const QUrl redirect = m_agent->authorize(m_opened, account, decision, &problem);
    if (redirect.isEmpty())
        qWarning().noquote() << "the authorization server's pages:" << problem;
    return redirect;
}

std::optional<StoredTokens> TestOidcInterop::stored(const OAuthProfile &p, const QString &account)
{
    std::optional<std::optional<StoredTokens>> result;
    m_store.read(TokenStore::providerKey(p.name, account), this,
        [&result](const std::optional<StoredTokens> &t) { result = t; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return std::nullopt;
    return *result;
}

std::optional<StoredTokens> TestOidcInterop::signIn(const OAuthProfile &p, const QString &account)
{
    QSignalSpy connected(m_signIn.get(), &ProviderSignIn::connected);
    m_signIn->connectAccount(p, account);
    const QUrl redirect = browse(account, UserAgent::Decision::Consent);
    if (redirect.isEmpty() || m_agent->get(redirect).status != 200
        || (connected.isEmpty() && !connected.wait(10000)))
        return std::nullopt;
    return stored(p, account);
}

OAuthResult TestOidcInterop::refreshAtServer(const OAuthProfile &p, const StoredTokens &tokens)
{
    OAuthTokenClient client(m_network.get());
    std::optional<OAuthResult> result;
    client.refresh(p, tokens.refreshToken, tokens.scopes, this,
        [&result](const OAuthResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return {};
    return *result;
}

void TestOidcInterop::signInStoresTheGrant()
{
    const OAuthProfile p = profile();
    const QString account = nextAccount();
    QSignalSpy connected(m_signIn.get(), &ProviderSignIn::connected);
    QSignalSpy failed(m_signIn.get(), &ProviderSignIn::connectFailed);
    m_signIn->connectAccount(p, account);
    QVERIFY(!m_opened.isEmpty());
    const QUrl redirect = browse(account, UserAgent::Decision::Consent);
    QVERIFY(!redirect.isEmpty());
    // Google's profile waits on 127.0.0.1, Microsoft's on `localhost`: the server sent the
    // code back to exactly the redirect Outpost asked for, port and all.
    QCOMPARE(redirect.host(), p.redirectHost);
    QCOMPARE(redirect.port(), int(m_signIn->flow()->receiver().port()));
    QVERIFY(QUrlQuery(redirect).hasQueryItem(u"code"_s));

    const UserAgent::Visit page = m_agent->get(redirect);
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains("Signed in"), page.body.constData());
    QTRY_COMPARE(connected.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(connected.first().at(1).toString(), account);
    QVERIFY(connected.first().at(2).toBool()); // in the keychain

    const auto tokens = stored(p, account);
    QVERIFY(tokens);
    QVERIFY(!tokens->accessToken.isEmpty());
    QVERIFY(!tokens->refreshToken.isEmpty());
    // What the server granted, as it said: the mail scopes, never offline_access (which
    // Microsoft's profile asks for and neither server lists as granted).
    QStringList expected = p.scopes;
    expected.removeAll(u"offline_access"_s);
    QCOMPARE(QStringList(tokens->scopes).join(u' '), expected.join(u' '));
    // The server's 120 s, counted from its answer (a busy machine may have spent some of it).
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(tokens->expiresAt);
    QVERIFY2(lifetime > 60 && lifetime <= 120, qPrintable(QString::number(lifetime)));
}

void TestOidcInterop::refreshRotatesTheStoredRefreshToken()
{
    const OAuthProfile p = profile();
    const QString account = nextAccount();
    const auto first = signIn(p, account);
    QVERIFY(first);

    // Past the access token's 120 s: the next send asks for a token and gets a refreshed one.
    m_clock.shiftSecs = 121;
    std::optional<QString> token;
    OAuthError error;
    bool done = false;
    m_signIn->accessToken(
        p, account, this, [&](const std::optional<QString> &t, const OAuthError &e) {
            token = t;
            error = e;
            done = true;
        });
    QTRY_VERIFY(done);
    QVERIFY2(token, qPrintable(error.message));
    QVERIFY(*token != first->accessToken);
    const auto second = stored(p, account);
    QVERIFY(second);
    QCOMPARE(second->accessToken, *token);
    // The server rotated the refresh token; the keychain holds the new one.
    QVERIFY(!second->refreshToken.isEmpty());
    QVERIFY(second->refreshToken != first->refreshToken);
    QVERIFY(second->expiresAt > first->expiresAt);

    // The new one works (Microsoft's profile asks again for what was granted, not for
    // offline_access: this server answers invalid_scope to more than the grant holds).
    done = false;
    m_signIn->accessToken(
        p, account, this,
        [&](const std::optional<QString> &t, const OAuthError &e) {
            token = t;
            error = e;
            done = true;
        },
        true);
    QTRY_VERIFY(done);
    QVERIFY2(token, qPrintable(error.message));
    const auto third = stored(p, account);
    QVERIFY(third && third->refreshToken != second->refreshToken);

    // The rotated-away one is dead at the server.
    const OAuthResult old = refreshAtServer(p, *first);
    QVERIFY(!old.ok());
    QCOMPARE(old.error.kind, OAuthError::Kind::InvalidGrant);
}

void TestOidcInterop::declinedConsentIsAccessDenied()
{
    const OAuthProfile p = profile();
    const QString account = nextAccount();
    QSignalSpy connected(m_signIn.get(), &ProviderSignIn::connected);
    QSignalSpy failed(m_signIn.get(), &ProviderSignIn::connectFailed);
    m_signIn->connectAccount(p, account);
    const QUrl redirect = browse(account, UserAgent::Decision::Decline);
    QVERIFY(!redirect.isEmpty());
    QCOMPARE(QUrlQuery(redirect).queryItemValue(u"error"_s), u"access_denied"_s);

    const UserAgent::Visit page = m_agent->get(redirect);
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains("Outpost was not given access"), page.body.constData());
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<OAuthError>();
    QCOMPARE(error.kind, OAuthError::Kind::AccessDenied);
    QCOMPARE(error.message,
        u"%1 did not give Outpost access (access denied). Nothing was connected."_s.arg(
            p.displayName));
    QCOMPARE(connected.size(), 0);
    QVERIFY(!stored(p, account));
}

void TestOidcInterop::tamperedCodeIsRefused()
{
    const OAuthProfile p = profile();
    const QString account = nextAccount();
    QSignalSpy connected(m_signIn.get(), &ProviderSignIn::connected);
    QSignalSpy failed(m_signIn.get(), &ProviderSignIn::connectFailed);
    m_signIn->connectAccount(p, account);
    QUrl redirect = browse(account, UserAgent::Decision::Consent);
    QVERIFY(!redirect.isEmpty());
    // Someone on the way changed the code (the state is still right).
    QUrlQuery query(redirect);
    QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    QVERIFY(code.size() > 8);
    code[code.size() / 2] = code.at(code.size() / 2) == u'A' ? u'B' : u'A';
    query.removeQueryItem(u"code"_s);
    query.addQueryItem(u"code"_s, code);
    redirect.setQuery(query);

    const UserAgent::Visit page = m_agent->get(redirect);
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains("Not signed in"), page.body.constData());
    QVERIFY(!page.body.contains("Signed in<"));
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<OAuthError>();
    QCOMPARE(error.kind, OAuthError::Kind::InvalidGrant);
    QVERIFY2(error.message.contains(u"Connect the mailbox again"_s), qPrintable(error.message));
    QCOMPARE(connected.size(), 0);
    QVERIFY(!stored(p, account));
}

void TestOidcInterop::grantRevokedAtTheServerAsksToConnectAgain()
{
    OAuthProfile p = profile();
    const QString account = nextAccount();
    const auto tokens = signIn(p, account);
    QVERIFY(tokens);
    // The person removes Outpost from the account's connected apps: the grant ends at the
    // server (RFC 7009, as the client; Microsoft's profile has no endpoint of its own for it).
    OAuthProfile revoking = p;
    revoking.revocationUrl = QUrl(m_server.issuer().toString() + u"/token/revocation"_s);
    std::optional<QString> refused;
    OAuthTokenClient client(m_network.get());
    client.revoke(revoking, tokens->refreshToken, this,
        [&](bool ok, const QString &message) { refused = ok ? QString() : message; });
    QTRY_VERIFY(refused);
    QVERIFY2(refused->isEmpty(), qPrintable(*refused));

    QSignalSpy reconnect(m_signIn.get(), &ProviderSignIn::reconnectRequired);
    bool done = false;
    std::optional<QString> token;
    m_signIn->accessToken(
        p, account, this,
        [&](const std::optional<QString> &t, const OAuthError &) {
            token = t;
            done = true;
        },
        true);
    QTRY_VERIFY(done);
    QVERIFY(!token);
    QCOMPARE(reconnect.size(), 1);
    const auto error = reconnect.first().at(2).value<OAuthError>();
    QCOMPARE(error.kind, OAuthError::Kind::InvalidGrant);
    QVERIFY2(error.message.contains(u"Connect %1 again"_s.arg(account)), qPrintable(error.message));
    QTRY_VERIFY(!stored(p, account)); // the dead grant is not kept
}

void TestOidcInterop::removingAGoogleMailboxRevokesItsGrant()
{
    const OAuthProfile p
        = *OAuthProfile::byName(u"google"_s, nullptr, m_server.overrides(u"google"_s));
    const QString account = nextAccount();
    const auto tokens = signIn(p, account);
    QVERIFY(tokens);
    std::optional<QString> message;
    m_signIn->signOut(p, account, this, [&](const QString &m) { message = m; });
    QTRY_VERIFY(message);
    QVERIFY2(message->isEmpty(), qPrintable(*message)); // the server took the revocation
    QVERIFY(!stored(p, account));
    const OAuthResult after = refreshAtServer(p, *tokens);
    QVERIFY(!after.ok());
    QCOMPARE(after.error.kind, OAuthError::Kind::InvalidGrant);
}

void TestOidcInterop::removingAMicrosoftMailboxForgetsItHere()
{
    const OAuthProfile p
        = *OAuthProfile::byName(u"microsoft"_s, nullptr, m_server.overrides(u"microsoft"_s));
    QVERIFY(p.revocationUrl.isEmpty()); // Microsoft offers public clients no RFC 7009 endpoint
    const QString account = nextAccount();
    QVERIFY(signIn(p, account));
    std::optional<QString> message;
    m_signIn->signOut(p, account, this, [&](const QString &m) { message = m; });
    QTRY_VERIFY(message);
    QVERIFY(!stored(p, account));
}

QTEST_GUILESS_MAIN(TestOidcInterop)
#include "tst_oidc_interop.moc"

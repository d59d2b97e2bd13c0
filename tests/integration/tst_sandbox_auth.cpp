// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox as a server: loopback-only listener, sign-in, token expiry and refresh, and state
// that survives a restart on the same data folder. Real HTTP on 127.0.0.1.
#include "tests/support/SandboxTestClient.h"

#include "sandbox/SandboxSeed.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost::Sandbox;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listensOnLoopbackOnly();
    void loginReturnsTokensAndUser();
    void loginWithWrongPasswordIs401();
    void loginWithoutFieldsIs400();
    void missingOrUnknownTokenIs401_data();
    void missingOrUnknownTokenIs401();
    void refreshRotatesTheRefreshToken();
    void expiredTokensAre401UntilRefreshed();
    void tokensExpireAfterTheirLifetime();
    void restartOnTheSameDataDirKeepsState();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxAuth::init()
{
    m_server = startSandbox();
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(m_server->url(), m_server->demoToken());
}

void TestSandboxAuth::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxAuth::listensOnLoopbackOnly()
{
    QCOMPARE(m_server->url().host(), u"127.0.0.1"_s);
    const QList<QTcpServer *> servers = m_server->servers();
    QCOMPARE(servers.size(), 1);
    QCOMPARE(servers.first()->serverAddress(), QHostAddress(QHostAddress::LocalHost));
    const quint16 port = m_server->serverPorts().first();
    QCOMPARE(port, m_server->url().port());

    // Every other address of this machine refuses the port.
    QList<QHostAddress> others {QHostAddress(QHostAddress::LocalHostIPv6)};
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol)
            others += a;
    }
    for (const QHostAddress &address : std::as_const(others)) {
        QTcpSocket socket;
        QSignalSpy failed(&socket, &QTcpSocket::errorOccurred);
        QSignalSpy connected(&socket, &QTcpSocket::connected);
        socket.connectToHost(address, port);
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() + connected.size() > 0, 10000);
        QVERIFY2(connected.isEmpty(), qPrintable(address.toString()));
    }
    // And 127.0.0.1 answers.
    QCOMPARE(m_client->get(u"/api/email/accounts"_s).status, 200);
}

void TestSandboxAuth::loginReturnsTokensAndUser()
{
    SandboxTestClient anonymous(m_server->url());
    const TestReply r = anonymous.post(u"/api/auth/login"_s,
        {{u"email"_s, u"Demo@Outpost.example"_s}, {u"password"_s, DemoUser::password()}});
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(keysOf(o), sorted({u"token"_s, u"refreshToken"_s, u"user"_s}));
    QVERIFY(!o.value(u"token"_s).toString().isEmpty());
    QVERIFY(!o.value(u"refreshToken"_s).toString().isEmpty());
    const QJsonObject user = o.value(u"user"_s).toObject();
    QCOMPARE(user,
        QJsonObject({{u"_id"_s, Seed::demoUserId.toString()}, {u"email"_s, DemoUser::email()},
            {u"firstName"_s, u"Dana"_s}, {u"lastName"_s, u"Demo"_s}}));
    anonymous.setToken(o.value(u"token"_s).toString());
    QCOMPARE(anonymous.get(u"/api/email/accounts"_s).status, 200);
}

void TestSandboxAuth::loginWithWrongPasswordIs401()
{
    SandboxTestClient anonymous(m_server->url());
    const TestReply r = anonymous.post(
        u"/api/auth/login"_s, {{u"email"_s, DemoUser::email()}, {u"password"_s, u"wrong"_s}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json(),
        QJsonObject({{u"success"_s, false}, {u"message"_s, u"Invalid email or password"_s},
            {u"error"_s, u"UNAUTHORIZED"_s}}));
    const TestReply unknown = anonymous.post(u"/api/auth/login"_s,
        {{u"email"_s, u"nobody@outpost.example"_s}, {u"password"_s, DemoUser::password()}});
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.json().value(u"message"_s).toString(), u"Invalid email or password"_s);
}

void TestSandboxAuth::loginWithoutFieldsIs400()
{
    SandboxTestClient anonymous(m_server->url());
    const TestReply r = anonymous.post(u"/api/auth/login"_s, {{u"email"_s, DemoUser::email()}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error"_s).toString(), u"BAD_REQUEST"_s);
    QCOMPARE(r.json().value(u"message"_s).toString(), u"email and password are required"_s);
}

void TestSandboxAuth::missingOrUnknownTokenIs401_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("unknown") << QByteArray("Bearer sbx_at_0000");
    QTest::newRow("not bearer") << QByteArray("Basic ZGVtbzpkZW1v");
    QTest::newRow("empty bearer") << QByteArray("Bearer ");
}

void TestSandboxAuth::missingOrUnknownTokenIs401()
{
    QFETCH(QByteArray, authorization);
    SandboxTestClient anonymous(m_server->url());
    SandboxTestClient::Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    for (const QString &path : {u"/api/email/accounts"_s, u"/api/contacts"_s}) {
        const TestReply r = anonymous.get(path, headers);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json(), QJsonObject({{u"error"_s, u"Invalid or expired token"_s}}));
    }
    const TestReply send = anonymous.post(u"/api/email/messages/send"_s, {}, headers);
    QCOMPARE(send.status, 401);
    QCOMPARE(send.json(), QJsonObject({{u"error"_s, u"Invalid or expired token"_s}}));
}

void TestSandboxAuth::refreshRotatesTheRefreshToken()
{
    SandboxTestClient c(m_server->url());
    const QJsonObject login
        = c.post(u"/api/auth/login"_s,
               {{u"email"_s, DemoUser::email()}, {u"password"_s, DemoUser::password()}})
              .json();
    const QString firstRefresh = login.value(u"refreshToken"_s).toString();
    const TestReply r = c.post(u"/api/auth/refresh"_s, {{u"refreshToken"_s, firstRefresh}});
    QCOMPARE(r.status, 200);
    QCOMPARE(keysOf(r.json()), sorted({u"token"_s, u"refreshToken"_s}));
    const QString secondRefresh = r.json().value(u"refreshToken"_s).toString();
    QVERIFY(secondRefresh != firstRefresh);
    c.setToken(r.json().value(u"token"_s).toString());
    QCOMPARE(c.get(u"/api/email/accounts"_s).status, 200);

    // The spent refresh token no longer works; the newest one does, once.
    const TestReply again = c.post(u"/api/auth/refresh"_s, {{u"refreshToken"_s, firstRefresh}});
    QCOMPARE(again.status, 401);
    QCOMPARE(again.json().value(u"error"_s).toString(), u"UNAUTHORIZED"_s);
    QCOMPARE(c.post(u"/api/auth/refresh"_s, {{u"refreshToken"_s, secondRefresh}}).status, 200);
    QCOMPARE(c.post(u"/api/auth/refresh"_s, {{u"refreshToken"_s, u"sbx_rt_nope"_s}}).status, 401);
    QCOMPARE(c.post(u"/api/auth/refresh"_s, QJsonObject()).status, 400);
}

void TestSandboxAuth::expiredTokensAre401UntilRefreshed()
{
    SandboxTestClient c(m_server->url());
    const QJsonObject login
        = c.post(u"/api/auth/login"_s,
               {{u"email"_s, DemoUser::email()}, {u"password"_s, DemoUser::password()}})
              .json();
    c.setToken(login.value(u"token"_s).toString());
    QCOMPARE(c.get(u"/api/email/accounts"_s).status, 200);

    const TestReply expire = c.post(u"/_sandbox/expire-tokens"_s, {});
    QCOMPARE(expire.status, 200);
    QVERIFY(expire.json().value(u"expired"_s).toInt() >= 1);
    const TestReply refused = c.get(u"/api/email/accounts"_s);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.json(), QJsonObject({{u"error"_s, u"Invalid or expired token"_s}}));

    const TestReply refreshed
        = c.post(u"/api/auth/refresh"_s, {{u"refreshToken"_s, login.value(u"refreshToken"_s)}});
    QCOMPARE(refreshed.status, 200);
    c.setToken(refreshed.json().value(u"token"_s).toString());
    QCOMPARE(c.get(u"/api/email/accounts"_s).status, 200);
    // The demo token is not touched.
    QCOMPARE(m_client->get(u"/api/email/accounts"_s).status, 200);
}

void TestSandboxAuth::tokensExpireAfterTheirLifetime()
{
    auto now = std::make_shared<QDateTime>(QDateTime(QDate(2026, 5, 18), QTime(12, 0), Qt::UTC));
    SandboxOptions options = testOptions();
    options.clock = [now] { return *now; };
    auto server = startSandbox(options);
    QVERIFY(server);
    SandboxTestClient c(server->url());
    const QJsonObject login
        = c.post(u"/api/auth/login"_s,
               {{u"email"_s, DemoUser::email()}, {u"password"_s, DemoUser::password()}})
              .json();
    c.setToken(login.value(u"token"_s).toString());
    *now = now->addSecs(3599);
    QCOMPARE(c.get(u"/api/email/accounts"_s).status, 200);
    *now = now->addSecs(2);
    QCOMPARE(c.get(u"/api/email/accounts"_s).status, 401);
    c.setToken(server->demoToken());
    QCOMPARE(c.get(u"/api/email/accounts"_s).status, 200);
}

void TestSandboxAuth::restartOnTheSameDataDirKeepsState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options = testOptions();
    options.dataDir = dir.path();
    QString token;
    QString conversationId;
    {
        auto first = startSandbox(options);
        QVERIFY(first);
        token = first->demoToken();
        SandboxTestClient c(first->url(), token);
        const TestReply sent
            = c.send({{u"from"_s, u"dana@acme.example"_s}, {u"to"_s, u"noah.fischer@example.de"_s},
                {u"subject"_s, u"Kept across restarts"_s}, {u"body"_s, u"Still here?"_s}});
        QCOMPARE(sent.status, 200);
        conversationId = sent.json().value(u"conversationId"_s).toString();
    }
    auto second = startSandbox(options);
    QVERIFY(second);
    QCOMPARE(second->demoToken(), token);
    SandboxTestClient c(second->url(), token);
    const TestReply conversation = c.get(u"/api/conversation/"_s + conversationId);
    QCOMPARE(conversation.status, 200);
    QCOMPARE(conversation.json().value(u"subject"_s).toString(), u"Kept across restarts"_s);
    const QJsonArray messages = c.get(u"/api/conversation/%1/messages"_s.arg(conversationId))
                                    .json()
                                    .value(u"messages"_s)
                                    .toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().toObject().value(u"body"_s).toString(), u"Still here?"_s);
    // Not seeded twice.
    QCOMPARE(c.allMessages().size(), 73);
    QCOMPARE(c.get(u"/api/contacts?size=100"_s).json().value(u"total"_s).toInt(), 8);
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"

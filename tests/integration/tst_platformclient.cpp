// SPDX-License-Identifier: GPL-3.0-or-later
// PlatformClient and PlatformSubmission over real HTTP against the sandbox: the model layer's
// half of every contract rule (what it sends, what it makes of each answer).
#include "mail/MailboxResolver.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxServer.h"
#include "submit/PlatformSubmission.h"
#include "submit/RetryingSend.h"
#include "tests/support/SandboxTestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestPlatformClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void mailboxesIncludeAddressConnectedTwice();
    void sendReturnsReceiptAndCarriesIdempotencyKey();
    void refusalsBecomeTypedErrors_data();
    void refusalsBecomeTypedErrors();
    void expiredTokenIsRefreshedOnceAndRetried();
    void refreshRefusedAsksForSignIn();
    void refusalsAtOnceShareOneRefresh();
    void loginWithWrongPasswordShowsServerMessage();
    void droppedConnectionRetriedWithSameKeyStoresOnce();
    void unreachableHostIsNetworkError();

private:
    Draft simpleDraft(const QString &subject) const;
    Result<Receipt> sendNow(const Draft &draft, const QString &key);

    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
};

void TestPlatformClient::init()
{
    Sandbox::SandboxOptions options;
    options.faults = true;
    sandbox = std::make_unique<Sandbox::SandboxServer>(options);
    QVERIFY(sandbox->start());
    network = std::make_unique<QNetworkAccessManager>();
    client = std::make_unique<PlatformClient>(
        network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    http = std::make_unique<Sandbox::Testing::SandboxTestClient>(
        sandbox->url(), sandbox->demoToken());
}

void TestPlatformClient::cleanup()
{
    client.reset();
    network.reset();
    http.reset();
    sandbox.reset();
}

Draft TestPlatformClient::simpleDraft(const QString &subject) const
{
    Draft d;
    d.from = u"dana@acme.example"_s;
    d.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    d.subject = subject;
    d.body = u"Body of "_s + subject;
    return d;
}

Result<Receipt> TestPlatformClient::sendNow(const Draft &draft, const QString &key)
{
    std::optional<Result<Receipt>> result;
    client->send(draft, key, this, [&](const Result<Receipt> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return ServiceError::network(ServiceError::Kind::Timeout, u"test"_s, u"no answer"_s);
    return *result;
}

void TestPlatformClient::mailboxesIncludeAddressConnectedTwice()
{
    std::optional<Result<QList<Mailbox>>> result;
    client->fetchMailboxes(this, [&](const Result<QList<Mailbox>> &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok());
    int ops = 0;
    for (const Mailbox &m : result->value())
        ops += AddressList::sameAddress(m.address, u"ops@acme.example"_s) ? 1 : 0;
    QCOMPARE(ops, 2);
    const auto r = MailboxResolver::resolve(result->value(), u"ops@acme.example"_s, std::nullopt);
    QCOMPARE(r.kind, MailboxResolution::Kind::Ambiguous);
}

void TestPlatformClient::sendReturnsReceiptAndCarriesIdempotencyKey()
{
    const Result<Receipt> r = sendNow(simpleDraft(u"Receipt check"_s), u"key-receipt-1"_s);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY(!r.value().conversationId.isEmpty());
    QVERIFY(!r.value().threadId.isEmpty());
    QVERIFY(!r.value().messageId.isEmpty());
    QCOMPARE(
        http->idempotencyKeys(u"/api/email/messages/send"_s), QStringList {u"key-receipt-1"_s});
    // The same key again: the first answer, nothing new.
    const Result<Receipt> again = sendNow(simpleDraft(u"Receipt check"_s), u"key-receipt-1"_s);
    QVERIFY(again.ok());
    QCOMPARE(again.value().messageId, r.value().messageId);
}

void TestPlatformClient::refusalsBecomeTypedErrors_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("threadId");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addColumn<DraftField>("field");
    QTest::newRow("403 not my mailbox") << u"stranger@acme.example"_s << QString() << QString()
                                        << ServiceError::Kind::Forbidden << DraftField::From;
    QTest::newRow("409 provider mismatch") << u"dana@acme.example"_s << u"outlook"_s << QString()
                                           << ServiceError::Kind::Conflict << DraftField::Provider;
    QTest::newRow("404 unknown thread") << u"dana@acme.example"_s << QString() << u"gthread-nope"_s
                                        << ServiceError::Kind::NotFound << DraftField::Thread;
}

void TestPlatformClient::refusalsBecomeTypedErrors()
{
    QFETCH(QString, from);
    QFETCH(QString, provider);
    QFETCH(QString, threadId);
    QFETCH(ServiceError::Kind, kind);
    QFETCH(DraftField, field);
    Draft d = simpleDraft(u"Refused"_s);
    d.from = from;
    d.provider = providerFromName(provider);
    d.threadId = threadId;
    const Result<Receipt> r = sendNow(d, u"key-"_s + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, kind);
    QCOMPARE(r.error().field, field);
    QVERIFY(!r.error().isRetryable());
    QVERIFY(!r.error().message.isEmpty());
}

void TestPlatformClient::expiredTokenIsRefreshedOnceAndRetried()
{
    // Sign in properly to get a refresh token, then let the access token expire.
    std::optional<Result<Session>> login;
    client->login(Sandbox::DemoUser::email(), Sandbox::DemoUser::password(), this,
        [&](const Result<Session> &s) { login = s; });
    QTRY_VERIFY(login.has_value());
    QVERIFY(login->ok());
    const Session before = client->session();
    QVERIFY(!before.refreshToken.isEmpty());
    QCOMPARE(http->post(u"/_sandbox/expire-tokens"_s, {}).status, 200);

    QSignalSpy refreshed(client.get(), &PlatformClient::sessionRefreshed);
    const Result<Receipt> r = sendNow(simpleDraft(u"After refresh"_s), u"key-refresh"_s);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(refreshed.count(), 1);
    QVERIFY(client->session().accessToken != before.accessToken);
    QVERIFY(client->session().refreshToken != before.refreshToken); // rotated, newest kept
    // The 401, then the retry: the same key.
    QCOMPARE(http->idempotencyKeys(u"/api/email/messages/send"_s),
        (QStringList {u"key-refresh"_s, u"key-refresh"_s}));
}

void TestPlatformClient::refreshRefusedAsksForSignIn()
{
    client->setSession(Session {sandbox->url(), u"expired"_s, u"unknown-refresh"_s, {}});
    QSignalSpy signIn(client.get(), &PlatformClient::signInRequired);
    const Result<Receipt> r = sendNow(simpleDraft(u"No way in"_s), u"key-no-way"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ServiceError::Kind::Unauthorized);
    QCOMPARE(signIn.count(), 1);
}

// Issue 13: concurrent refreshes merge into one. The platform rotates the refresh token, so a
// second refresh with the spent one would fail and ask the user to sign in again.
void TestPlatformClient::refusalsAtOnceShareOneRefresh()
{
    std::optional<Result<Session>> login;
    client->login(Sandbox::DemoUser::email(), Sandbox::DemoUser::password(), this,
        [&](const Result<Session> &s) { login = s; });
    QTRY_VERIFY(login.has_value());
    QVERIFY(login->ok());
    QCOMPARE(http->post(u"/_sandbox/expire-tokens"_s, {}).status, 200);
    QSignalSpy signIn(client.get(), &PlatformClient::signInRequired);
    QSignalSpy refreshed(client.get(), &PlatformClient::sessionRefreshed);

    // Three calls leave with the expired token before any answer comes back.
    std::optional<Result<Receipt>> first;
    std::optional<Result<Receipt>> second;
    std::optional<Result<QList<Mailbox>>> mailboxes;
    client->send(simpleDraft(u"At once 1"_s), u"key-once-1"_s, this,
        [&](const Result<Receipt> &r) { first = r; });
    client->send(simpleDraft(u"At once 2"_s), u"key-once-2"_s, this,
        [&](const Result<Receipt> &r) { second = r; });
    client->fetchMailboxes(this, [&](const Result<QList<Mailbox>> &r) { mailboxes = r; });
    QTRY_VERIFY_WITH_TIMEOUT(first && second && mailboxes, 10000);
    QVERIFY2(first->ok(), qPrintable(first->ok() ? QString() : first->error().message));
    QVERIFY2(second->ok(), qPrintable(second->ok() ? QString() : second->error().message));
    QVERIFY(mailboxes->ok());
    QCOMPARE(http->recorded(u"/api/auth/refresh"_s).size(), 1);
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(signIn.count(), 0);
}

void TestPlatformClient::loginWithWrongPasswordShowsServerMessage()
{
    std::optional<Result<Session>> login;
    client->login(
        Sandbox::DemoUser::email(), u"wrong"_s, this, [&](const Result<Session> &s) { login = s; });
    QTRY_VERIFY(login.has_value());
    QVERIFY(!login->ok());
    QCOMPARE(login->error().kind, ServiceError::Kind::Unauthorized);
    QVERIFY2(!login->error().serverMessage.isEmpty(), "the server's words reach the user");
    QVERIFY(login->error().message.contains(login->error().serverMessage));
}

void TestPlatformClient::droppedConnectionRetriedWithSameKeyStoresOnce()
{
    // The server stores the mail, then the connection drops before its answer: the outcome is
    // unknown, so the mail is looked for before any repeat; found, it is sent, once.
    QVERIFY(http->addFault(
        {{u"path"_s, u"/api/email/messages/send"_s}, {u"drop"_s, u"after"_s}, {u"times"_s, 4}}));
    PlatformSubmission submission(client.get());
    RetryingSend send(
        &submission, RetryPolicy {std::chrono::milliseconds(10), std::chrono::milliseconds(50), 5});
    QSignalSpy sent(&send, &RetryingSend::succeeded);
    QSignalSpy failed(&send, &RetryingSend::failed);
    send.start(simpleDraft(u"Dropped twice"_s), u"key-dropped"_s);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 15000);
    QCOMPARE(failed.count(), 0);
    const QStringList keys = http->idempotencyKeys(u"/api/email/messages/send"_s);
    QCOMPARE(keys, QStringList {u"key-dropped"_s}); // never repeated: it was found
    QString storedId;
    int stored = 0;
    const QJsonArray all = http->allMessages();
    for (const QJsonValue &v : all) {
        if (v.toObject().value(u"emailMetadata").toObject().value(u"subject").toString()
            == u"Dropped twice"_s) {
            ++stored;
            storedId = v.toObject().value(u"_id").toString();
        }
    }
    QCOMPARE(stored, 1);
    // The receipt is the message found.
    QCOMPARE(sent.first().first().value<Receipt>().messageId, storedId);
}

void TestPlatformClient::unreachableHostIsNetworkError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    client->setSession(Session {QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"t"_s, {}, {}});
    const Result<Receipt> r = sendNow(simpleDraft(u"Nowhere"_s), u"key-nowhere"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ServiceError::Kind::Network);
    QVERIFY(r.error().isRetryable());
    QVERIFY(r.error().message.contains(u"127.0.0.1"_s));
}

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platformclient.moc"

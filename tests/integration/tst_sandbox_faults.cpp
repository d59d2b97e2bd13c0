// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's /_sandbox/ controls: injected statuses, dropped connections, delays, request
// recording and the message list tests count sends with.
#include "tests/support/SandboxTestClient.h"

#include "sandbox/SandboxSeed.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Outpost::Sandbox;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;

namespace {
const QString sendPath = u"/api/email/messages/send"_s;
const QJsonObject plainSend {{u"from"_s, u"dana@acme.example"_s},
    {u"to"_s, u"jamie.lee@example.com"_s}, {u"subject"_s, u"Fault drill"_s},
    {u"body"_s, u"Testing, testing."_s}};
constexpr int seededMessages = 72;
} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void controlsAre404WithoutFaults();
    void statusFaultWithRetryAfterStoresNothing();
    void statusFaultWithCustomBodies();
    void dropBeforeStoresNothing();
    void networkAccessManagerResendsADroppedRequest();
    void dropAfterStoresOnceAndRetryReplays();
    void ignoringTheKeyThroughTheFaultApi();
    void ignoringTheKeyFromTheStart();
    void delayAnswersLateWithoutBlocking();
    void faultsMatchPrefixMethodAndTimes();
    void probabilityIsDeterministicWithASeed();
    void invalidFaultsAre400();
    void clearingFaults();
    void requestsAreRecordedExactly();
    void recordedBodiesAreCapped();
    void sandboxMessagesListsEveryMessage();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxFaults::init()
{
    m_server = startSandbox();
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(m_server->url(), m_server->demoToken());
}

void TestSandboxFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxFaults::controlsAre404WithoutFaults()
{
    SandboxOptions options = testOptions();
    options.faults = false;
    auto server = startSandbox(options);
    QVERIFY(server);
    SandboxTestClient c(server->url(), server->demoToken());
    const TestReply add
        = c.post(u"/_sandbox/faults"_s, {{u"path"_s, sendPath}, {u"status"_s, 503}});
    QCOMPARE(add.status, 404);
    QCOMPARE(add.error().value(u"code"_s).toString(), u"not_found"_s);
    for (const QString &path :
        {u"/_sandbox/requests"_s, u"/_sandbox/messages"_s, u"/_sandbox/faults"_s})
        QCOMPARE(c.get(path).status, 404);
    QCOMPARE(c.post(u"/_sandbox/expire-tokens"_s, {}).status, 404);
    QCOMPARE(c.send(plainSend).status, 200); // and nothing was injected
}

void TestSandboxFaults::statusFaultWithRetryAfterStoresNothing()
{
    const int id = m_client->addFault(
        {{u"path"_s, sendPath}, {u"status"_s, 503}, {u"retryAfter"_s, u"7"_s}});
    QVERIFY(id > 0);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const TestReply refused = m_client->send(plainSend, key);
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.header("Retry-After"), QByteArray("7"));
    QCOMPARE(refused.error().value(u"code"_s).toString(), u"unavailable"_s);
    QCOMPARE(refused.error().value(u"message"_s).toString(),
        u"Service Unavailable (injected by the sandbox)"_s);
    QCOMPARE(m_client->allMessages().size(), seededMessages);

    // times defaults to 1: the retry with the same key goes through, once.
    const TestReply retried = m_client->send(plainSend, key);
    QCOMPARE(retried.status, 200);
    QVERIFY(retried.header("Retry-After").isEmpty());
    QCOMPARE(m_client->allMessages().size(), seededMessages + 1);
    const QJsonArray recorded = m_client->recorded(sendPath);
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(recorded.at(0).toObject().value(u"status"_s).toInt(), 503);
    QCOMPARE(recorded.at(0).toObject().value(u"faultId"_s).toInt(), id);
    QCOMPARE(recorded.at(0).toObject().value(u"outcome"_s).toString(), u"injected"_s);
    QCOMPARE(recorded.at(1).toObject().value(u"status"_s).toInt(), 200);
}

void TestSandboxFaults::statusFaultWithCustomBodies()
{
    const QJsonObject custom {
        {u"success"_s, false}, {u"message"_s, u"Slow down"_s}, {u"error"_s, u"RATE_LIMITED"_s}};
    m_client->addFault(
        {{u"path"_s, sendPath}, {u"status"_s, 429}, {u"retryAfter"_s, 2}, {u"body"_s, custom}});
    const TestReply limited = m_client->send(plainSend);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("2"));
    QCOMPARE(limited.json(), custom);

    m_client->addFault(
        {{u"path"_s, sendPath}, {u"status"_s, 502}, {u"body"_s, u"<html>Bad gateway</html>"_s}});
    const TestReply html = m_client->send(plainSend);
    QCOMPARE(html.status, 502);
    QCOMPARE(html.body, QByteArray("<html>Bad gateway</html>"));
    QVERIFY(html.header("Content-Type").startsWith("text/plain"));

    m_client->addFault({{u"path"_s, sendPath}, {u"status"_s, 500}, {u"body"_s, QJsonValue()}});
    const TestReply empty = m_client->send(plainSend);
    QCOMPARE(empty.status, 500);
    QVERIFY(empty.body.isEmpty());
    QCOMPARE(m_client->allMessages().size(), seededMessages);
}

void TestSandboxFaults::dropBeforeStoresNothing()
{
    // Every attempt is dropped: QNetworkAccessManager re-sends on its own (see below).
    QVERIFY(m_client->addFault({{u"path"_s, sendPath}, {u"drop"_s, u"before"_s}, {u"times"_s, -1}})
        > 0);
    const TestReply dropped = m_client->send(plainSend);
    QCOMPARE(dropped.status, 0);
    QCOMPARE(dropped.networkError, QNetworkReply::RemoteHostClosedError);
    QVERIFY(dropped.body.isEmpty());
    QCOMPARE(m_client->allMessages().size(), seededMessages);
    const QJsonArray recorded = m_client->recorded(sendPath);
    QVERIFY(!recorded.isEmpty());
    for (const QJsonValue &r : recorded) {
        QCOMPARE(r.toObject().value(u"outcome"_s).toString(), u"dropped-before"_s);
        QCOMPARE(r.toObject().value(u"status"_s).toInt(), 0);
    }
}

void TestSandboxFaults::networkAccessManagerResendsADroppedRequest()
{
    // A single dropped connection is invisible to a QNetworkAccessManager client: it re-sends
    // the request (even a POST) before reporting an error. Hence Idempotency-Key on every send.
    QVERIFY(m_client->addFault({{u"path"_s, sendPath}, {u"drop"_s, u"after"_s}}) > 0);
    const TestReply unkeyed = m_client->send(plainSend);
    QCOMPARE(unkeyed.status, 200);
    const QJsonArray attempts = m_client->recorded(sendPath);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).toObject().value(u"outcome"_s).toString(), u"dropped-after"_s);
    QCOMPARE(attempts.at(1).toObject().value(u"outcome"_s).toString(), u"responded"_s);
    QCOMPARE(m_client->allMessages().size(), seededMessages + 2); // sent twice

    QVERIFY(m_client->addFault({{u"path"_s, sendPath}, {u"drop"_s, u"after"_s}}) > 0);
    const TestReply keyed = m_client->send(plainSend, QUuid::createUuid().toString());
    QCOMPARE(keyed.status, 200);
    QCOMPARE(keyed.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(m_client->allMessages().size(), seededMessages + 3); // sent once
}

void TestSandboxFaults::dropAfterStoresOnceAndRetryReplays()
{
    QVERIFY(
        m_client->addFault({{u"path"_s, sendPath}, {u"drop"_s, u"after"_s}, {u"times"_s, -1}}) > 0);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const TestReply dropped = m_client->send(plainSend, key);
    QCOMPARE(dropped.status, 0);
    QCOMPARE(dropped.networkError, QNetworkReply::RemoteHostClosedError);
    // The side effect happened although the client saw no answer, once for all attempts …
    const QJsonArray messages = m_client->allMessages();
    QCOMPARE(messages.size(), seededMessages + 1);
    QCOMPARE(messages.last().toObject().value(u"body"_s).toString(), u"Testing, testing."_s);
    for (const QJsonValue &r : m_client->recorded(sendPath))
        QCOMPARE(r.toObject().value(u"outcome"_s).toString(), u"dropped-after"_s);
    // … and a later retry with the same key gets that first result instead of a second send.
    QCOMPARE(m_client->del(u"/_sandbox/faults"_s).status, 200);
    const TestReply retried = m_client->send(plainSend, key);
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(retried.json().value(u"message"_s).toObject(), messages.last().toObject());
    QCOMPARE(m_client->allMessages().size(), seededMessages + 1);
}

void TestSandboxFaults::ignoringTheKeyThroughTheFaultApi()
{
    QCOMPARE(m_client->get(u"/_sandbox/faults"_s).json().value(u"ignoreIdempotencyKey"_s),
        QJsonValue(false));
    const TestReply on = m_client->post(u"/_sandbox/faults"_s, {{u"ignoreIdempotencyKey"_s, true}});
    QCOMPARE(on.status, 200);
    QCOMPARE(m_client->get(u"/_sandbox/faults"_s).json().value(u"ignoreIdempotencyKey"_s),
        QJsonValue(true));
    // A platform that ignores the key: a repeat is a second mail.
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const TestReply first = m_client->send(plainSend, key);
    const TestReply repeat = m_client->send(plainSend, key);
    QCOMPARE(first.status, 200);
    QCOMPARE(repeat.status, 200);
    QVERIFY(repeat.header("Idempotent-Replayed").isEmpty());
    QVERIFY(first.json().value(u"message"_s).toObject().value(u"_id"_s)
        != repeat.json().value(u"message"_s).toObject().value(u"_id"_s));
    QCOMPARE(m_client->allMessages().size(), seededMessages + 2);
    // Clearing the faults leaves it as it is; switching it back honours the key again.
    QCOMPARE(m_client->del(u"/_sandbox/faults"_s).status, 200);
    QCOMPARE(m_client->send(plainSend, key).status, 200);
    QCOMPARE(m_client->allMessages().size(), seededMessages + 3);
    QCOMPARE(
        m_client->post(u"/_sandbox/faults"_s, {{u"ignoreIdempotencyKey"_s, false}}).status, 200);
    const QString other = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(m_client->send(plainSend, other).status, 200);
    QCOMPARE(m_client->send(plainSend, other).header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(m_client->allMessages().size(), seededMessages + 4);
    // Anything but true or false, or mixed with a fault, is refused.
    QCOMPARE(
        m_client->post(u"/_sandbox/faults"_s, {{u"ignoreIdempotencyKey"_s, u"yes"_s}}).status, 400);
    QCOMPARE(m_client
                 ->post(u"/_sandbox/faults"_s,
                     {{u"ignoreIdempotencyKey"_s, true}, {u"path"_s, sendPath}, {u"status"_s, 500}})
                 .status,
        400);
}

void TestSandboxFaults::ignoringTheKeyFromTheStart()
{
    SandboxOptions options = testOptions();
    options.ignoreIdempotencyKey = true; // `outpost sandbox --faults --ignore-idempotency-key`
    const auto server = startSandbox(options);
    QVERIFY(server);
    SandboxTestClient client(server->url(), server->demoToken());
    QCOMPARE(client.get(u"/_sandbox/faults"_s).json().value(u"ignoreIdempotencyKey"_s),
        QJsonValue(true));
    QCOMPARE(client.send(plainSend, u"same-key"_s).status, 200);
    QCOMPARE(client.send(plainSend, u"same-key"_s).status, 200);
    QCOMPARE(client.allMessages().size(), seededMessages + 2);
}

void TestSandboxFaults::delayAnswersLateWithoutBlocking()
{
    QVERIFY(m_client->addFault({{u"path"_s, u"/api/email/accounts"_s}, {u"delayMs"_s, 700}}) > 0);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *slow = m_client->startGet(u"/api/email/accounts"_s);
    QSignalSpy slowDone(slow, &QNetworkReply::finished);
    // The event loop keeps serving others while the delayed answer waits.
    const TestReply quick = m_client->get(u"/api/contacts"_s);
    QCOMPARE(quick.status, 200);
    QVERIFY(slowDone.isEmpty());
    QVERIFY(clock.elapsed() < 700);
    const TestReply late = SandboxTestClient::wait(slow);
    QVERIFY(clock.elapsed() >= 700);
    QCOMPARE(late.status, 200);
    QCOMPARE(late.json().value(u"accounts"_s).toArray().size(), 4);
}

void TestSandboxFaults::faultsMatchPrefixMethodAndTimes()
{
    QVERIFY(m_client->addFault({{u"path"_s, u"/api/conversation/*"_s}, {u"method"_s, u"get"_s},
                {u"status"_s, 500}, {u"times"_s, 2}})
        > 0);
    const QString path = u"/api/conversation/"_s + Seed::lunchConversationId.toString();
    // POST under the same prefix is not affected, GET twice is, then no more.
    QCOMPARE(m_client->post(u"/api/conversation/all"_s, {}).status, 200);
    QCOMPARE(m_client->get(path).status, 500);
    QCOMPARE(m_client->get(path + u"/messages"_s).status, 500);
    QCOMPARE(m_client->get(path).status, 200);
    QCOMPARE(m_client->get(u"/_sandbox/faults"_s).json().value(u"faults"_s).toArray().size(), 0);
}

void TestSandboxFaults::probabilityIsDeterministicWithASeed()
{
    const QJsonObject fault {{u"path"_s, u"/api/email/accounts"_s}, {u"status"_s, 503},
        {u"probability"_s, 0.5}, {u"seed"_s, 42}, {u"times"_s, -1}};
    QList<int> runs[2];
    for (QList<int> &statuses : runs) {
        QVERIFY(m_client->addFault(fault) > 0);
        for (int i = 0; i < 24; ++i)
            statuses += m_client->get(u"/api/email/accounts"_s).status;
        QCOMPARE(m_client->del(u"/_sandbox/faults"_s).status, 200);
    }
    QCOMPARE(runs[0], runs[1]);
    QVERIFY(runs[0].contains(200));
    QVERIFY(runs[0].contains(503));
    QCOMPARE(runs[0].count(200) + runs[0].count(503), 24);
}

void TestSandboxFaults::invalidFaultsAre400()
{
    const QList<QPair<QJsonObject, QString>> cases {
        {{{u"status"_s, 503}}, u"path is required: an exact path or a prefix ending with *"_s},
        {{{u"path"_s, u"/api/upload"_s}},
            u"a fault needs at least one of status, drop or delayMs"_s},
        {{{u"path"_s, u"/api/upload"_s}, {u"status"_s, 42}},
            u"status must be an HTTP status code (100–599)"_s},
        {{{u"path"_s, u"/api/upload"_s}, {u"drop"_s, u"sometimes"_s}},
            u"drop must be \"before\" or \"after\""_s},
        {{{u"path"_s, u"/api/upload"_s}, {u"drop"_s, u"after"_s}, {u"status"_s, 500}},
            u"a dropped connection carries no status: give drop or status, not both"_s},
        {{{u"path"_s, u"/api/upload"_s}, {u"status"_s, 500}, {u"times"_s, 0}},
            u"times must be a positive integer, or -1 for every request"_s},
        {{{u"path"_s, u"/api/upload"_s}, {u"status"_s, 500}, {u"probability"_s, 2}},
            u"probability must be a number between 0 and 1"_s},
        {{{u"path"_s, u"/api/upload"_s}, {u"retryAfter"_s, u"5"_s}, {u"delayMs"_s, 5}},
            u"retryAfter and body need a status"_s},
    };
    for (const auto &[fault, message] : cases) {
        const TestReply r = m_client->post(u"/_sandbox/faults"_s, fault);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error().value(u"message"_s).toString(), message);
    }
    QCOMPARE(m_client->get(u"/_sandbox/faults"_s).json().value(u"faults"_s).toArray().size(), 0);
}

void TestSandboxFaults::clearingFaults()
{
    m_client->addFault({{u"path"_s, u"/api/*"_s}, {u"status"_s, 503}, {u"times"_s, -1}});
    QCOMPARE(m_client->get(u"/api/email/accounts"_s).status, 503);
    QCOMPARE(m_client->get(u"/_sandbox/faults"_s).json().value(u"faults"_s).toArray().size(), 1);
    QCOMPARE(m_client->del(u"/_sandbox/faults"_s).status, 200);
    QCOMPARE(m_client->get(u"/api/email/accounts"_s).status, 200);
}

void TestSandboxFaults::requestsAreRecordedExactly()
{
    const TestReply sent = m_client->send(plainSend, u"key-123"_s);
    QCOMPARE(sent.status, 200);
    m_client->get(u"/api/contacts?search=jamie&size=5"_s);
    const QJsonArray sends = m_client->recorded(sendPath);
    QCOMPARE(sends.size(), 1);
    const QJsonObject r = sends.first().toObject();
    QCOMPARE(r.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(r.value(u"path"_s).toString(), sendPath);
    QCOMPARE(r.value(u"status"_s).toInt(), 200);
    QCOMPARE(r.value(u"outcome"_s).toString(), u"responded"_s);
    const QJsonObject headers = r.value(u"headers"_s).toObject();
    QCOMPARE(headers.value(u"idempotency-key"_s).toString(), u"key-123"_s);
    QCOMPARE(headers.value(u"authorization"_s).toString(), u"Bearer "_s + m_server->demoToken());
    QCOMPARE(headers.value(u"content-type"_s).toString(), u"application/json"_s);
    QCOMPARE(QJsonDocument::fromJson(r.value(u"body"_s).toString().toUtf8()).object(), plainSend);
    QCOMPARE(r.value(u"bodyTruncated"_s).toBool(), false);
    QVERIFY(!r.value(u"time"_s).toString().isEmpty());

    const QJsonArray contacts = m_client->recorded(u"/api/contacts"_s);
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.first().toObject().value(u"query"_s).toString(), u"search=jamie&size=5"_s);
    QCOMPARE(m_client->recorded(u"/api/*"_s).size(), 2);
    // Control requests are not recorded; clearing empties the record.
    QCOMPARE(m_client->recorded(u"/_sandbox/*"_s).size(), 0);
    QCOMPARE(m_client->del(u"/_sandbox/requests"_s).status, 200);
    QCOMPARE(m_client->recorded().size(), 0);
}

void TestSandboxFaults::recordedBodiesAreCapped()
{
    const QByteArray big(100 * 1024, 'x');
    const TestReply r = m_client->postRaw(sendPath, big, "text/plain");
    QCOMPARE(r.status, 400);
    const QJsonObject recorded = m_client->recorded(sendPath).first().toObject();
    QCOMPARE(recorded.value(u"bodySize"_s).toInteger(), big.size());
    QCOMPARE(recorded.value(u"bodyTruncated"_s).toBool(), true);
    QCOMPARE(recorded.value(u"body"_s).toString().size(), 64 * 1024);
    QCOMPARE(recorded.value(u"status"_s).toInt(), 400);
}

void TestSandboxFaults::sandboxMessagesListsEveryMessage()
{
    const QJsonArray before = m_client->allMessages();
    QCOMPARE(before.size(), seededMessages); // every user's threads, notes included
    int internal = 0;
    for (const QJsonValue &m : before)
        internal += m.toObject().value(u"isInternal"_s).toBool() ? 1 : 0;
    QCOMPARE(internal, 1);
    QCOMPARE(m_client->send(plainSend).status, 200);
    const QJsonArray after = m_client->allMessages();
    QCOMPARE(after.size(), seededMessages + 1);
    QCOMPARE(
        after.last().toObject().value(u"emailMetadata"_s).toObject().value(u"subject"_s).toString(),
        u"Fault drill"_s);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"

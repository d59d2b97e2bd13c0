// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP core (net/HttpClient) over real HTTP against the sandbox on 127.0.0.1: a refused
// token is renewed once and the very same request (body, Idempotency-Key) goes again; the
// server's answers and the transport's failures become ServiceErrors; which failures leave a
// send's outcome unknown (the outbox's exactly-once rule); timeouts, cancelling, and the URLs
// it never connects to.
#include "net/HttpClient.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;
using K = ServiceError::Kind;

namespace {
const QString sendPath = u"/api/email/messages/send"_s;

// Tokens as a test sets them: what token() gives, what a renewal gives (or why it fails),
// and what the core asked for.
class ScriptedTokens : public BearerTokens
{
public:
    using BearerTokens::BearerTokens;
    QString current;
    QString renewed;
    std::optional<ServiceError> renewFails;
    QStringList refused; // the tokens a renewal was asked to replace
    QList<int> refusedWith; // the HTTP status of each
    QList<ServiceError> signIns;

    void token(QObject *, Handler done) override { done(current); }
    void renew(const QString &token, const ServiceError &why, QObject *, Handler done) override
    {
        refused += token;
        refusedWith += why.httpStatus;
        if (renewFails) {
            done(*renewFails);
            return;
        }
        current = renewed;
        done(renewed);
    }
    void signInRequired(const ServiceError &error) override { signIns += error; }
};

QByteArray sendBody(const QString &subject)
{
    return QJsonDocument(QJsonObject {{u"from"_s, u"dana@acme.example"_s},
                             {u"to"_s, QJsonArray {u"jamie.lee@example.com"_s}},
                             {u"subject"_s, subject}, {u"body"_s, u"Hello from the core."_s}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void refusedTokenIsRenewedOnceAndTheSameRequestRetried();
    void secondRefusalIsTheAnswer();
    void failedRenewalAsksForSignInWithItsReason();
    void unauthenticatedRequestIsNeverRenewed();
    void answersBecomeServiceErrors_data();
    void answersBecomeServiceErrors();
    void serviceWordsItsOwnErrors();
    void droppedConnectionsLeaveTheOutcomeUnknown_data();
    void droppedConnectionsLeaveTheOutcomeUnknown();
    void refusedConnectionIsAKnownOutcome();
    void noAnswerInTimeIsATimeout();
    void abortAnswersCancelled();
    void piecesFromMemoryAndDiskAreOneBody();
    void aLargeAnswerArrivesWholeAndInOrder();
    void onlyHttpsOrLoopbackIsConnectedTo_data();
    void onlyHttpsOrLoopbackIsConnectedTo();
    void nothingIsSentForACallerThatLeft();

private:
    HttpClient::Answer run(const HttpClient::Request &request);
    HttpClient::Request sendRequest(const QString &key, const QString &subject) const;

    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> control;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<ScriptedTokens> tokens;
    std::unique_ptr<HttpClient> client;
};

void TestHttpClient::init()
{
    sandbox = Sandbox::Testing::startSandbox();
    QVERIFY(sandbox);
    control = std::make_unique<Sandbox::Testing::SandboxTestClient>(
        sandbox->url(), sandbox->demoToken());
    network = std::make_unique<QNetworkAccessManager>();
    tokens = std::make_unique<ScriptedTokens>();
    tokens->current = sandbox->demoToken();
    client = std::make_unique<HttpClient>(network.get(), tokens.get(), nullptr);
}

void TestHttpClient::cleanup()
{
    client.reset();
    tokens.reset();
    network.reset();
    control.reset();
    sandbox.reset();
}

HttpClient::Answer TestHttpClient::run(const HttpClient::Request &request)
{
    std::optional<HttpClient::Answer> answer;
    client->send(request, this, [&](const HttpClient::Answer &a) { answer = a; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000)) {
        HttpClient::Answer none;
        none.error = ServiceError::network(K::Protocol, u"test"_s, u"no answer at all"_s);
        return none;
    }
    return *answer;
}

HttpClient::Request TestHttpClient::sendRequest(const QString &key, const QString &subject) const
{
    HttpClient::Request r;
    r.method = "POST";
    r.url = control->url(sendPath);
    r.contentType = "application/json";
    r.body = QList<OneShotBody::Piece> {sendBody(subject)};
    r.idempotencyKey = key;
    return r;
}

void TestHttpClient::refusedTokenIsRenewedOnceAndTheSameRequestRetried()
{
    tokens->current = u"sbx_revoked_long_ago"_s;
    tokens->renewed = sandbox->demoToken();
    const HttpClient::Answer answer = run(sendRequest(u"key-renewed"_s, u"Renewed"_s));
    QVERIFY2(!answer.error, qPrintable(answer.error ? answer.error->message : QString()));
    QCOMPARE(answer.status, 200);
    // The answer is the retry's alone: nothing of the refusal's body before it.
    QVERIFY(QJsonDocument::fromJson(answer.body).isObject());
    QCOMPARE(tokens->refused, QStringList {u"sbx_revoked_long_ago"_s});
    QCOMPARE(tokens->refusedWith, QList<int> {401});
    QVERIFY(tokens->signIns.isEmpty());
    // The 401, then the very same request with the new token: same key, same body.
    const QJsonArray sent = control->recorded(sendPath);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(
        control->idempotencyKeys(sendPath), (QStringList {u"key-renewed"_s, u"key-renewed"_s}));
    const auto header = [&](int i, const QString &name) {
        return sent.at(i).toObject().value(u"headers"_s).toObject().value(name).toString();
    };
    QCOMPARE(header(0, u"authorization"_s), u"Bearer sbx_revoked_long_ago"_s);
    QCOMPARE(header(1, u"authorization"_s), u"Bearer "_s + sandbox->demoToken());
    QCOMPARE(sent.at(1).toObject().value(u"body"_s), sent.at(0).toObject().value(u"body"_s));
    QCOMPARE(sent.at(1).toObject().value(u"status"_s).toInt(), 200);
}

void TestHttpClient::secondRefusalIsTheAnswer()
{
    tokens->current = u"sbx_first_bad"_s;
    tokens->renewed = u"sbx_second_bad"_s;
    const HttpClient::Answer answer = run(sendRequest(u"key-twice"_s, u"Twice refused"_s));
    QCOMPARE(answer.status, 401);
    QVERIFY(answer.error);
    QCOMPARE(answer.error->kind, K::Unauthorized);
    QVERIFY(answer.error->isDefinitive());
    QCOMPARE(tokens->refused.size(), 1); // renewed once, never twice
    QCOMPARE(control->idempotencyKeys(sendPath), (QStringList {u"key-twice"_s, u"key-twice"_s}));
    QCOMPARE(tokens->signIns.size(), 1);
    QCOMPARE(tokens->signIns.first().httpStatus, 401);
}

void TestHttpClient::failedRenewalAsksForSignInWithItsReason()
{
    tokens->current = u"sbx_expired"_s;
    ServiceError why = ServiceError::fromHttp(400, u"invalid_grant"_s, {}, DraftField::None, {});
    tokens->renewFails = why;
    const HttpClient::Answer answer = run(sendRequest(u"key-no-renewal"_s, u"No renewal"_s));
    QCOMPARE(answer.status, 401); // the answer stays the server's refusal
    QCOMPARE(answer.error->kind, K::Unauthorized);
    QCOMPARE(control->idempotencyKeys(sendPath), QStringList {u"key-no-renewal"_s}); // no retry
    QCOMPARE(tokens->signIns.size(), 1);
    QCOMPARE(tokens->signIns.first().code, u"invalid_grant"_s); // the renewal's reason
}

void TestHttpClient::unauthenticatedRequestIsNeverRenewed()
{
    HttpClient::Request r = sendRequest(u"key-anonymous"_s, u"Anonymous"_s);
    r.authenticated = false;
    const HttpClient::Answer answer = run(r);
    QCOMPARE(answer.status, 401);
    QVERIFY(tokens->refused.isEmpty());
    QVERIFY(tokens->signIns.isEmpty());
    const QJsonArray sent = control->recorded(sendPath);
    QCOMPARE(sent.size(), 1);
    QVERIFY(!sent.first().toObject().value(u"headers"_s).toObject().contains(u"authorization"_s));
}

void TestHttpClient::answersBecomeServiceErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<bool>("unknown");
    QTest::newRow("400") << 400 << K::BadRequest << false << false;
    QTest::newRow("403") << 403 << K::Forbidden << false << false;
    QTest::newRow("404") << 404 << K::NotFound << false << false;
    QTest::newRow("409") << 409 << K::Conflict << false << false;
    QTest::newRow("413") << 413 << K::TooLarge << false << false;
    QTest::newRow("429") << 429 << K::RateLimited << true << false;
    QTest::newRow("500") << 500 << K::Server << true << false;
    QTest::newRow("502") << 502 << K::Server << true << true;
    QTest::newRow("503") << 503 << K::Unavailable << true << false;
    QTest::newRow("504") << 504 << K::Server << true << true;
}

void TestHttpClient::answersBecomeServiceErrors()
{
    QFETCH(int, status);
    QFETCH(ServiceError::Kind, kind);
    QFETCH(bool, retryable);
    QFETCH(bool, unknown);
    QVERIFY(control->addFault(
        {{u"path"_s, sendPath}, {u"status"_s, status}, {u"retryAfter"_s, u"7"_s}}));
    const HttpClient::Answer answer = run(sendRequest(u"key-mapped"_s, u"Mapped"_s));
    QCOMPARE(answer.status, status);
    QVERIFY(answer.error);
    QCOMPARE(answer.error->kind, kind);
    QCOMPARE(answer.error->httpStatus, status);
    QCOMPARE(answer.error->isRetryable(), retryable);
    QCOMPARE(answer.error->outcomeUnknown(), unknown);
    QVERIFY(answer.error->retryAfter && *answer.error->retryAfter == std::chrono::seconds(7));
    QVERIFY(!answer.error->message.isEmpty());
}

void TestHttpClient::serviceWordsItsOwnErrors()
{
    // Each service reads its own error JSON: the mapper gets the status, body and Retry-After.
    QList<QByteArray> seen;
    client = std::make_unique<HttpClient>(network.get(), tokens.get(),
        [&seen](int status, const QByteArray &body, const QByteArray &retryAfter) {
            seen = {QByteArray::number(status), body, retryAfter};
            ServiceError e = ServiceError::fromHttp(status, u"quota"_s, {}, DraftField::To, {});
            e.kind = K::RateLimited;
            return e;
        });
    QVERIFY(control->addFault({{u"path"_s, sendPath}, {u"status"_s, 403},
        {u"retryAfter"_s, u"30"_s}, {u"body"_s, QJsonObject {{u"reason"_s, u"quota"_s}}}}));
    const HttpClient::Answer answer = run(sendRequest(u"key-worded"_s, u"Worded"_s));
    QCOMPARE(answer.error->kind, K::RateLimited);
    QCOMPARE(answer.error->field, DraftField::To);
    QCOMPARE(seen.value(0), QByteArrayLiteral("403"));
    QVERIFY2(seen.value(1).contains("quota"), seen.value(1).constData());
    QCOMPARE(seen.value(2), QByteArrayLiteral("30"));
    // A success never reaches the mapper.
    seen.clear();
    QVERIFY(!run(sendRequest(u"key-fine"_s, u"Fine"_s)).error);
    QVERIFY(seen.isEmpty());
}

void TestHttpClient::droppedConnectionsLeaveTheOutcomeUnknown_data()
{
    QTest::addColumn<QString>("drop");
    // Either way the request was written: whether the server acted on it is unknown.
    QTest::newRow("before the server acted") << u"before"_s;
    QTest::newRow("after the server acted") << u"after"_s;
}

void TestHttpClient::droppedConnectionsLeaveTheOutcomeUnknown()
{
    QFETCH(QString, drop);
    QVERIFY(control->addFault({{u"path"_s, sendPath}, {u"drop"_s, drop}}));
    const HttpClient::Answer answer = run(sendRequest(u"key-dropped"_s, u"Dropped"_s));
    QCOMPARE(answer.status, 0);
    QVERIFY(answer.error);
    QCOMPARE(answer.error->kind, K::Network);
    QVERIFY(answer.error->outcomeUnknown());
    QVERIFY(answer.error->isRetryable());
    // Never sent again behind the caller's back (the body is read once).
    QCOMPARE(control->idempotencyKeys(sendPath), QStringList {u"key-dropped"_s});
}

void TestHttpClient::refusedConnectionIsAKnownOutcome()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    HttpClient::Request r = sendRequest(u"key-refused"_s, u"Refused"_s);
    r.url = QUrl(u"http://127.0.0.1:%1/api/email/messages/send"_s.arg(port));
    const HttpClient::Answer answer = run(r);
    QCOMPARE(answer.error->kind, K::Network);
    QCOMPARE(answer.error->code, QString(ServiceError::connectionRefused));
    QVERIFY(!answer.error->outcomeUnknown()); // nothing can have arrived
    QVERIFY(answer.error->isRetryable());
    QVERIFY(answer.error->message.contains(u"127.0.0.1"_s));
}

void TestHttpClient::noAnswerInTimeIsATimeout()
{
    client->setTimeout(300);
    QVERIFY(control->addFault({{u"path"_s, sendPath}, {u"delayMs"_s, 5000}}));
    const HttpClient::Answer answer = run(sendRequest(u"key-slow"_s, u"Slow"_s));
    QCOMPARE(answer.status, 0);
    QCOMPARE(answer.error->kind, K::Timeout);
    QVERIFY(answer.error->outcomeUnknown());
    QVERIFY(answer.error->isRetryable());
    QVERIFY(answer.error->message.contains(u"127.0.0.1"_s));
}

void TestHttpClient::abortAnswersCancelled()
{
    QVERIFY(control->addFault({{u"path"_s, sendPath}, {u"delayMs"_s, 5000}, {u"times"_s, 2}}));
    std::optional<HttpClient::Answer> one;
    HttpCall *call = client->send(
        sendRequest(u"key-one"_s, u"One"_s), this, [&](const HttpClient::Answer &a) { one = a; });
    QTRY_COMPARE(control->recorded(sendPath).size(), 1); // on the wire
    call->abort();
    QTRY_VERIFY(one.has_value());
    QCOMPARE(one->error->kind, K::Cancelled);
    QVERIFY(!one->error->outcomeUnknown() && !one->error->isRetryable());

    std::optional<HttpClient::Answer> two;
    client->send(
        sendRequest(u"key-two"_s, u"Two"_s), this, [&](const HttpClient::Answer &a) { two = a; });
    QTRY_COMPARE(control->recorded(sendPath).size(), 2);
    client->abortAll();
    QTRY_VERIFY(two.has_value());
    QCOMPARE(two->error->kind, K::Cancelled);
}

void TestHttpClient::piecesFromMemoryAndDiskAreOneBody()
{
    // The send's JSON in two pieces: its start in memory, its end in a file read as it goes.
    const QByteArray json = sendBody(u"In pieces"_s);
    QTemporaryDir dir;
    QFile tail(dir.filePath(u"tail.json"_s));
    QVERIFY(tail.open(QIODevice::WriteOnly));
    tail.write(json.mid(20));
    tail.close();
    HttpClient::Request r = sendRequest(u"key-pieces"_s, {});
    r.body = QList<OneShotBody::Piece> {json.left(20), tail.fileName()};
    const HttpClient::Answer answer = run(r);
    QVERIFY2(!answer.error, qPrintable(answer.error ? answer.error->message : QString()));
    const QJsonArray sent = control->recorded(sendPath);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().toObject().value(u"body"_s).toString().toUtf8(), json);
    QCOMPARE(sent.first().toObject().value(u"headers"_s).toObject().value(u"content-length"_s),
        QString::number(json.size()));
}

void TestHttpClient::aLargeAnswerArrivesWholeAndInOrder()
{
    // An answer of megabytes comes in many pieces, taken as they arrive: the caller gets every
    // byte once, in order (a file the platform stores, fetched by its signed URL).
    Sandbox::SandboxOptions options = Sandbox::Testing::testOptions();
    options.maxUploadBytes = 8 * 1024 * 1024;
    sandbox = Sandbox::Testing::startSandbox(options);
    QVERIFY(sandbox);
    control = std::make_unique<Sandbox::Testing::SandboxTestClient>(
        sandbox->url(), sandbox->demoToken());
    QByteArray data(5 * 1024 * 1024 + 17, Qt::Uninitialized);
    QRandomGenerator random(18);
    for (char &c : data)
        c = char(random.bounded(256));
    const Sandbox::Testing::TestReply uploaded
        = control->upload({{u"export.bin"_s, "application/octet-stream", data}});
    QCOMPARE(uploaded.status, 200);
    HttpClient::Request r;
    r.url = QUrl(uploaded.json()
                     .value(u"files"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"signedUrl"_s)
                     .toString());
    r.authenticated = false;
    const HttpClient::Answer answer = run(r);
    QVERIFY2(!answer.error, qPrintable(answer.error ? answer.error->message : QString()));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.size(), data.size());
    QVERIFY(answer.body == data);
}

void TestHttpClient::onlyHttpsOrLoopbackIsConnectedTo_data()
{
    QTest::addColumn<QUrl>("url");
    // 192.0.2.0/24 is TEST-NET-1 (RFC 5737): nothing answers there, and nothing must try.
    QTest::newRow("plain http elsewhere") << QUrl(u"http://192.0.2.1/api/email/accounts"_s);
    QTest::newRow("a local file") << QUrl(u"file:///etc/hostname"_s);
    QTest::newRow("no scheme") << QUrl(u"//192.0.2.1/x"_s);
}

void TestHttpClient::onlyHttpsOrLoopbackIsConnectedTo()
{
    QFETCH(QUrl, url);
    HttpClient::Request r;
    r.url = url;
    const HttpClient::Answer answer = run(r);
    QCOMPARE(answer.status, 0);
    QVERIFY(answer.error);
    QCOMPARE(answer.error->kind, K::Tls);
    QCOMPARE(answer.error->code, u"insecure_url"_s);
    QVERIFY(!answer.error->outcomeUnknown()); // nothing left
    QVERIFY(!answer.error->isRetryable());
    QVERIFY(answer.body.isEmpty());
    QVERIFY(HttpClient::maySend(QUrl(u"http://localhost:8080/"_s)));
    QVERIFY(HttpClient::maySend(QUrl(u"http://[::1]/"_s)));
    QVERIFY(HttpClient::maySend(QUrl(u"https://acme.example/"_s)));
}

void TestHttpClient::nothingIsSentForACallerThatLeft()
{
    // The caller goes away while its request is refused: no renewal, no retry, no answer.
    // (The refusal is held back a second, so that the caller surely leaves first.)
    tokens->current = u"sbx_gone_token"_s;
    tokens->renewed = sandbox->demoToken();
    QVERIFY(control->addFault({{u"path"_s, sendPath}, {u"delayMs"_s, 1000}}));
    auto caller = std::make_unique<QObject>();
    bool answered = false;
    HttpCall *call = client->send(sendRequest(u"key-left"_s, u"Left"_s), caller.get(),
        [&](const HttpClient::Answer &) { answered = true; });
    QSignalSpy gone(call, &QObject::destroyed);
    QTRY_COMPARE(control->recorded(sendPath).size(), 1);
    caller.reset();
    QTRY_COMPARE(gone.size(), 1); // the call ended
    QVERIFY(!answered);
    QVERIFY(tokens->refused.isEmpty());
    QCOMPARE(control->idempotencyKeys(sendPath), QStringList {u"key-left"_s});
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"

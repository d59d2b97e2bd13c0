// SPDX-License-Identifier: GPL-3.0-or-later
// GmailSubmission and GraphSubmission over real HTTP against the sandbox's Gmail and Graph:
// the upload paths, threading, limits, rate limits and lost answers.
#include "mail/SendRules.h"
#include "providers/AccessTokenSource.h"
#include "providers/gmail/GmailSubmission.h"
#include "providers/outlook/GraphSubmission.h"
#include "sandbox/ProviderSeed.h"
#include "sandbox/SandboxServer.h"
#include "submit/RetryingSend.h"
#include "tests/support/SandboxTestClient.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {
const QString gmailBox = u"dana.direct@gmail.example"_s;
const QString graphBox = u"dana.direct@outlook.example"_s;
} // namespace

class TestDirectSend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void gmailSmallMessageIsOneMultipartUpload();
    void gmailLargeMessageIsResumable();
    void gmailTooLargeIsRefusedBeforeAnyByte();
    void gmailRateLimitIsRetried();
    void gmailLostAnswerIsNotSentTwice();
    void gmailReplyJoinsTheThread();
    void gmailEmlCopyIsWhatWasUploaded();
    void graphNewMailIsOneSendMail();
    void graphLargeAttachmentGoesThroughUploadSession();
    void graphReplyUsesCreateReply();
    void graphFailedReplyLeavesNoDraft();
    void graphReplyNeverAnswersADraft();
    void graphThrottlingHonoursRetryAfter();
    void refusedTokenIsAuthenticationError();

private:
    QString file(const QString &name, qint64 size);
    Draft draft(const QString &from, const QString &subject) const;
    struct Outcome
    {
        std::optional<Receipt> receipt;
        std::optional<ServiceError> error;
        int waits = 0;
    };
    Outcome run(Submission &submission, const Draft &d, const QString &key = {});
    QList<QJsonObject> requestsTo(const QString &pathPrefix);

    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<StaticTokenSource> gmailToken;
    std::unique_ptr<StaticTokenSource> graphToken;
    QTemporaryDir dir;
};

void TestDirectSend::init()
{
    sandbox = Sandbox::Testing::startSandbox();
    QVERIFY(sandbox);
    http = std::make_unique<Sandbox::Testing::SandboxTestClient>(
        sandbox->url(), sandbox->demoToken());
    network = std::make_unique<QNetworkAccessManager>();
    gmailToken = std::make_unique<StaticTokenSource>(sandbox->demoProviderToken(Provider::Gmail));
    graphToken = std::make_unique<StaticTokenSource>(sandbox->demoProviderToken(Provider::Outlook));
}

void TestDirectSend::cleanup()
{
    gmailToken.reset();
    graphToken.reset();
    network.reset();
    http.reset();
    sandbox.reset();
}

QString TestDirectSend::file(const QString &name, qint64 size)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    QByteArray block(64 * 1024, '\0');
    for (qint64 written = 0; written < size; written += block.size()) {
        for (qsizetype i = 0; i < block.size(); ++i)
            block[i] = char((written + i) * 31 % 251);
        f.write(block.constData(), std::min<qint64>(block.size(), size - written));
    }
    return path;
}

Draft TestDirectSend::draft(const QString &from, const QString &subject) const
{
    Draft d;
    d.from = from;
    d.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    d.bcc = {{{}, u"audit@acme.example"_s}};
    d.subject = subject;
    d.body = u"Body of "_s + subject + u'\n';
    return d;
}

TestDirectSend::Outcome TestDirectSend::run(
    Submission &submission, const Draft &d, const QString &key)
{
    RetryingSend send(
        &submission, RetryPolicy {std::chrono::milliseconds(10), std::chrono::seconds(2), 4});
    Outcome outcome;
    connect(&send, &RetryingSend::succeeded, this, [&](const Receipt &r) { outcome.receipt = r; });
    connect(&send, &RetryingSend::failed, this, [&](const ServiceError &e) { outcome.error = e; });
    connect(&send, &RetryingSend::waiting, this, [&] { ++outcome.waits; });
    send.start(d, key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key);
    if (!QTest::qWaitFor([&] { return outcome.receipt || outcome.error; }, 30000))
        outcome.error
            = ServiceError::network(ServiceError::Kind::Timeout, u"test"_s, u"no answer"_s);
    return outcome;
}

QList<QJsonObject> TestDirectSend::requestsTo(const QString &pathPrefix)
{
    QList<QJsonObject> found;
    for (const QJsonValue &r : http->recorded(pathPrefix + u'*'))
        found += r.toObject();
    return found;
}

void TestDirectSend::gmailSmallMessageIsOneMultipartUpload()
{
    GmailSubmission gmail(network.get(), gmailToken.get(),
        {Provider::Gmail, gmailBox, u"Dana Demo"_s, sandbox->gmailBaseUrl()});
    Draft d = draft(gmailBox, u"Direct hello"_s);
    d.attachments = {{u"notes.txt"_s, {}, {}, {}, file(u"notes.txt"_s, 1000), 1000}};
    const Outcome o = run(gmail, d);
    QVERIFY2(o.receipt, qPrintable(o.error ? o.error->message : u"no answer"_s));
    QVERIFY(!o.receipt->threadId.isEmpty());
    QVERIFY(o.receipt->rfcMessageId.endsWith(u"@gmail.example>"_s));
    const auto uploads = requestsTo(u"/gmail-api/upload/gmail/v1/users/me/messages/send"_s);
    QCOMPARE(uploads.size(), 1);
    QCOMPARE(uploads.first().value(u"query").toString(), u"uploadType=multipart"_s);
    QVERIFY(uploads.first()
                .value(u"headers")
                .toObject()
                .value(u"content-type")
                .toString()
                .startsWith(u"multipart/related; boundary="_s));
}

void TestDirectSend::gmailLargeMessageIsResumable()
{
    GmailSubmission gmail(
        network.get(), gmailToken.get(), {Provider::Gmail, gmailBox, {}, sandbox->gmailBaseUrl()});
    Draft d = draft(gmailBox, u"Big direct"_s);
    d.attachments = {{u"big.bin"_s, {}, {}, {}, file(u"big.bin"_s, 6 * 1024 * 1024), -1}};
    const Outcome o = run(gmail, d);
    QVERIFY2(o.receipt, qPrintable(o.error ? o.error->message : u"no answer"_s));
    const auto uploads = requestsTo(u"/gmail-api/upload/gmail/v1/users/me/messages/send"_s);
    QVERIFY(uploads.size() >= 2);
    QCOMPARE(uploads.first().value(u"method").toString(), u"POST"_s);
    QVERIFY(uploads.first().value(u"query").toString().contains(u"uploadType=resumable"_s));
    QCOMPARE(uploads.last().value(u"method").toString(), u"PUT"_s);
}

void TestDirectSend::gmailTooLargeIsRefusedBeforeAnyByte()
{
    GmailSubmission gmail(
        network.get(), gmailToken.get(), {Provider::Gmail, gmailBox, {}, sandbox->gmailBaseUrl()});
    Draft d = draft(gmailBox, u"Too big"_s);
    d.attachments = {{u"huge.bin"_s, {}, {}, {}, file(u"huge.bin"_s, 27 * 1024 * 1024), -1}};
    const Outcome o = run(gmail, d);
    QVERIFY(o.error);
    QCOMPARE(o.error->kind, ServiceError::Kind::TooLarge);
    QCOMPARE(o.error->field, DraftField::Attachments);
    // Gmail's limit, written the one way every size is (SendRules::sizeText).
    const QString limit
        = SendRules::sizeText(SendLimits::of(SendRoute::Direct, Provider::Gmail).maxMessageBytes);
    QVERIFY2(o.error->message.contains(limit), qPrintable(o.error->message));
    QVERIFY(requestsTo(u"/gmail-api/upload/"_s).isEmpty());
}

void TestDirectSend::gmailRateLimitIsRetried()
{
    QVERIFY(http->addFault({{u"path"_s, u"/gmail-api/upload/gmail/v1/users/me/messages/send"_s},
        {u"status"_s, 429}, {u"retryAfter"_s, u"0"_s}}));
    GmailSubmission gmail(
        network.get(), gmailToken.get(), {Provider::Gmail, gmailBox, {}, sandbox->gmailBaseUrl()});
    const Outcome o = run(gmail, draft(gmailBox, u"After 429"_s));
    QVERIFY2(o.receipt, qPrintable(o.error ? o.error->message : u"no answer"_s));
    QCOMPARE(o.waits, 1);
}

void TestDirectSend::gmailLostAnswerIsNotSentTwice()
{
    // Processed, then the connection drops: Qt must not resend it by itself, and the outbox's
    // lookup (not a retry) finds the message by its Message-ID.
    QVERIFY(http->addFault({{u"path"_s, u"/gmail-api/upload/gmail/v1/users/me/messages/send"_s},
        {u"drop"_s, u"after"_s}}));
    GmailSubmission gmail(
        network.get(), gmailToken.get(), {Provider::Gmail, gmailBox, {}, sandbox->gmailBaseUrl()});
    const Outcome o = run(gmail, draft(gmailBox, u"Lost answer"_s));
    QVERIFY2(o.receipt, qPrintable(o.error ? o.error->message : u"no answer"_s));
    QCOMPARE(o.waits, 0); // found: no second attempt at all
    QCOMPARE(requestsTo(u"/gmail-api/upload/gmail/v1/users/me/messages/send"_s).size(), 1);
    const auto stored = http->get(u"/_sandbox/provider-messages?provider=gmail"_s).json();
    int count = 0;
    for (const QJsonValue &m : stored.value(u"messages"_s).toArray())
        count += m.toObject().value(u"raw"_s).toString().contains(u"Subject: Lost answer"_s);
    QCOMPARE(count, 1);
}

void TestDirectSend::gmailReplyJoinsTheThread()
{
    GmailSubmission gmail(
        network.get(), gmailToken.get(), {Provider::Gmail, gmailBox, {}, sandbox->gmailBaseUrl()});
    const Outcome first = run(gmail, draft(gmailBox, u"Plan for Q3"_s));
    QVERIFY(first.receipt);
    Draft reply = draft(gmailBox, u"Re: Plan for Q3"_s);
    reply.threadId = first.receipt->threadId;
    reply.inReplyTo = first.receipt->rfcMessageId;
    reply.references = first.receipt->rfcMessageId;
    const Outcome second = run(gmail, reply);
    QVERIFY2(second.receipt, qPrintable(second.error ? second.error->message : u"none"_s));
    QCOMPARE(second.receipt->threadId, first.receipt->threadId);
    // Without the threading headers Gmail starts a new thread, as documented.
    Draft loose = draft(gmailBox, u"Re: Plan for Q3"_s);
    loose.threadId = first.receipt->threadId;
    const Outcome third = run(gmail, loose);
    QVERIFY(third.receipt);
    QVERIFY(third.receipt->threadId != first.receipt->threadId);
}

void TestDirectSend::gmailEmlCopyIsWhatWasUploaded()
{
    GmailSubmission gmail(
        network.get(), gmailToken.get(), {Provider::Gmail, gmailBox, {}, sandbox->gmailBaseUrl()});
    const QString eml = dir.filePath(u"sent.eml"_s);
    gmail.setEmlCopy(eml);
    Draft d = draft(gmailBox, u"Exported"_s);
    QVERIFY(run(gmail, d).receipt);
    QFile f(eml);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QString body = requestsTo(u"/gmail-api/upload/gmail/v1/users/me/messages/send"_s)
                             .first()
                             .value(u"body"_s)
                             .toString();
    QVERIFY2(body.toUtf8().contains(bytes), "the .eml is byte for byte the uploaded message");
    QVERIFY(bytes.contains("Bcc: audit@acme.example"));
}

void TestDirectSend::graphNewMailIsOneSendMail()
{
    GraphSubmission graph(network.get(), graphToken.get(),
        {Provider::Outlook, graphBox, {}, sandbox->graphBaseUrl()});
    Draft d = draft(graphBox, u"Graph hello"_s);
    d.attachments = {{u"small.pdf"_s, {}, {}, {}, file(u"small.pdf"_s, 200 * 1024), -1}};
    const Outcome o = run(graph, d);
    QVERIFY2(o.receipt, qPrintable(o.error ? o.error->message : u"no answer"_s));
    QCOMPARE(requestsTo(u"/graph/v1.0/me/sendMail"_s).size(), 1);
    QVERIFY(requestsTo(u"/graph/v1.0/me/messages"_s).isEmpty()
        || requestsTo(u"/graph/v1.0/me/messages"_s).first().value(u"method") == u"GET"_s);
    QVERIFY(!o.receipt->threadId.isEmpty());
}

void TestDirectSend::graphLargeAttachmentGoesThroughUploadSession()
{
    GraphSubmission graph(network.get(), graphToken.get(),
        {Provider::Outlook, graphBox, {}, sandbox->graphBaseUrl()});
    Draft d = draft(graphBox, u"Graph big"_s);
    const QString path = file(u"big.zip"_s, 9 * 1024 * 1024);
    d.attachments = {{u"big.zip"_s, u"application/zip"_s, {}, {}, path, -1}};
    const Outcome o = run(graph, d);
    QVERIFY2(o.receipt, qPrintable(o.error ? o.error->message : u"no answer"_s));
    QList<QJsonObject> puts;
    for (const QJsonValue &r : http->recorded()) {
        if (r.toObject().value(u"method").toString() == u"PUT")
            puts += r.toObject();
    }
    QCOMPARE(puts.size(), 3); // 9 MB in chunks under 4 MB
    for (const QJsonObject &put : puts) {
        const QJsonObject headers = put.value(u"headers").toObject();
        QVERIFY(!headers.contains(u"authorization"_s));
        QVERIFY(headers.value(u"content-range"_s).toString().startsWith(u"bytes "_s));
    }
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    const QByteArray stored = http->get(u"/_sandbox/provider-messages?provider=outlook"_s).body;
    QVERIFY2(stored.contains(sha.toLatin1()), "the uploaded bytes arrived whole");
}

void TestDirectSend::graphReplyUsesCreateReply()
{
    GraphSubmission graph(network.get(), graphToken.get(),
        {Provider::Outlook, graphBox, {}, sandbox->graphBaseUrl()});
    const Outcome first = run(graph, draft(graphBox, u"Graph thread"_s));
    QVERIFY(first.receipt);
    Draft reply = draft(graphBox, u"RE: Graph thread"_s);
    reply.threadId = first.receipt->threadId;
    const Outcome second = run(graph, reply);
    QVERIFY2(second.receipt, qPrintable(second.error ? second.error->message : u"none"_s));
    QCOMPARE(second.receipt->threadId, first.receipt->threadId);
    bool createdReply = false;
    for (const QJsonValue &r : http->recorded())
        createdReply |= r.toObject().value(u"path").toString().endsWith(u"/createReply"_s);
    QVERIFY(createdReply);
}

void TestDirectSend::graphFailedReplyLeavesNoDraft()
{
    // createReply made the draft, then the PATCH of its body is refused: the draft goes.
    QVERIFY(http->addFault(
        {{u"path"_s, u"/graph/v1.0/me/messages/*"_s}, {u"method"_s, u"PATCH"_s}, {u"status"_s, 400},
            {u"body"_s,
                QJsonObject {{u"error"_s,
                    QJsonObject {{u"code"_s, u"ErrorInvalidProperty"_s},
                        {u"message"_s, u"Refused for the test."_s}}}}}}));
    GraphSubmission graph(network.get(), graphToken.get(),
        {Provider::Outlook, graphBox, {}, sandbox->graphBaseUrl()});
    Draft reply = draft(graphBox, u"RE: Quarterly planning"_s);
    reply.threadId = Sandbox::ProviderSeed::planningConversationId.toString();
    const Outcome failed = run(graph, reply);
    QVERIFY(failed.error);
    QCOMPARE(failed.error->code, u"ErrorInvalidProperty"_s);
    const QList<QJsonObject> created = requestsTo(u"/graph/v1.0/me/messages/"_s
        + Sandbox::ProviderSeed::planningLatestMessageId.toString() + u"/createReply"_s);
    QCOMPARE(created.size(), 1);
    Sandbox::Testing::SandboxTestClient graphApi(
        sandbox->url(), sandbox->demoProviderToken(Provider::Outlook));
    QCOMPARE(graphApi.get(u"/graph/v1.0/me/mailFolders/drafts/messages"_s)
                 .json()
                 .value(u"value"_s)
                 .toArray()
                 .size(),
        0);
    QList<QJsonObject> deletes;
    for (const QJsonValue &r : http->recorded(u"/graph/v1.0/me/messages/*"_s)) {
        if (r.toObject().value(u"method"_s).toString() == u"DELETE")
            deletes += r.toObject();
    }
    QCOMPARE(deletes.size(), 1);
    // The retry (the fault is spent) replies to the conversation's real latest message.
    const Outcome retried = run(graph, reply);
    QVERIFY2(retried.receipt, qPrintable(retried.error ? retried.error->message : u"none"_s));
    QCOMPARE(retried.receipt->conversationId, reply.threadId);
    QCOMPARE(requestsTo(u"/graph/v1.0/me/messages/"_s
                 + Sandbox::ProviderSeed::planningLatestMessageId.toString() + u"/createReply"_s)
                 .size(),
        2);
}

void TestDirectSend::graphReplyNeverAnswersADraft()
{
    // A reply draft someone left in the conversation (in Outlook, or an older Outpost) is
    // its newest message; the reply must still answer the newest message sent or received.
    Sandbox::Testing::SandboxTestClient graphApi(
        sandbox->url(), sandbox->demoProviderToken(Provider::Outlook));
    const QString latest = Sandbox::ProviderSeed::planningLatestMessageId.toString();
    const QString abandoned
        = graphApi.post(u"/graph/v1.0/me/messages/"_s + latest + u"/createReply"_s, {})
              .json()
              .value(u"id"_s)
              .toString();
    QVERIFY(!abandoned.isEmpty());
    GraphSubmission graph(network.get(), graphToken.get(),
        {Provider::Outlook, graphBox, {}, sandbox->graphBaseUrl()});
    Draft reply = draft(graphBox, u"RE: Quarterly planning"_s);
    reply.threadId = Sandbox::ProviderSeed::planningConversationId.toString();
    const Outcome o = run(graph, reply);
    QVERIFY2(o.receipt, qPrintable(o.error ? o.error->message : u"none"_s));
    QCOMPARE(requestsTo(u"/graph/v1.0/me/messages/"_s + abandoned + u"/createReply"_s).size(), 0);
    QCOMPARE(requestsTo(u"/graph/v1.0/me/messages/"_s + latest + u"/createReply"_s).size(), 2);
}

void TestDirectSend::graphThrottlingHonoursRetryAfter()
{
    QVERIFY(http->addFault({{u"path"_s, u"/graph/v1.0/me/sendMail"_s}, {u"status"_s, 429},
        {u"retryAfter"_s, u"1"_s}}));
    GraphSubmission graph(network.get(), graphToken.get(),
        {Provider::Outlook, graphBox, {}, sandbox->graphBaseUrl()});
    QElapsedTimer timer;
    timer.start();
    const Outcome o = run(graph, draft(graphBox, u"Throttled"_s));
    QVERIFY(o.receipt);
    QCOMPARE(o.waits, 1);
    QVERIFY(timer.elapsed() >= 900);
}

void TestDirectSend::refusedTokenIsAuthenticationError()
{
    StaticTokenSource wrong(u"not-a-google-token"_s);
    GmailSubmission gmail(
        network.get(), &wrong, {Provider::Gmail, gmailBox, {}, sandbox->gmailBaseUrl()});
    const Outcome o = run(gmail, draft(gmailBox, u"No entry"_s));
    QVERIFY(o.error);
    QCOMPARE(o.error->kind, ServiceError::Kind::Unauthorized);
    QVERIFY(!o.error->isRetryable());
}

QTEST_GUILESS_MAIN(TestDirectSend)
#include "tst_directsend.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The Gmail and Graph request shapes and error mapping, as their documentation gives them.
#include "mail/SendLimits.h"
#include "providers/gmail/GmailWire.h"
#include "providers/outlook/GraphWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestProviderApis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gmailUploadUrls();
    void gmailMetadataCarriesThreadOnlyForReplies();
    void gmailRateLimitsRetry_data();
    void gmailRateLimitsRetry();
    void gmailThreadSummaryFromMetadata();
    void graphMessageShape();
    void graphODataLiteralsAreQuoted();
    void graphErrors();
};

void TestProviderApis::gmailUploadUrls()
{
    const QUrl base(u"https://gmail.googleapis.com"_s);
    QCOMPARE(GmailWire::uploadUrl(base, false).toString(),
        u"https://gmail.googleapis.com/upload/gmail/v1/users/me/messages/send?uploadType=multipart"_s);
    QCOMPARE(GmailWire::uploadUrl(QUrl(u"http://127.0.0.1:5/gmail-api/"_s), true).toString(),
        u"http://127.0.0.1:5/gmail-api/upload/gmail/v1/users/me/messages/send?uploadType=resumable"_s);
    const QUrl find = GmailWire::findByMessageIdUrl(base, u"<k1@acme.example>"_s);
    QCOMPARE(QUrlQuery(find).queryItemValue(u"q"_s, QUrl::FullyDecoded),
        u"rfc822msgid:k1@acme.example"_s);
}

void TestProviderApis::gmailMetadataCarriesThreadOnlyForReplies()
{
    QCOMPARE(GmailWire::sendMetadata({}), QByteArray("{}"));
    QCOMPARE(GmailWire::sendMetadata(u"18f3"_s), QByteArray(R"({"threadId":"18f3"})"));
}

void TestProviderApis::gmailRateLimitsRetry_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<DraftField>("field");
    QTest::newRow("403 rateLimitExceeded")
        << 403 << u"rateLimitExceeded"_s << true << DraftField::None;
    QTest::newRow("403 userRateLimitExceeded")
        << 403 << u"userRateLimitExceeded"_s << true << DraftField::None;
    QTest::newRow("403 forbidden") << 403 << u"forbidden"_s << false << DraftField::From;
    QTest::newRow("429") << 429 << u"rateLimitExceeded"_s << true << DraftField::None;
    QTest::newRow("404 thread") << 404 << u"notFound"_s << false << DraftField::Thread;
    QTest::newRow("413") << 413 << u"uploadTooLarge"_s << false << DraftField::Attachments;
    QTest::newRow("500") << 500 << u"backendError"_s << true << DraftField::None;
}

void TestProviderApis::gmailRateLimitsRetry()
{
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(bool, retryable);
    QFETCH(DraftField, field);
    const QByteArray body = QJsonDocument(
        QJsonObject {{u"error"_s,
            QJsonObject {{u"code"_s, status}, {u"message"_s, u"Words from Google"_s},
                {u"errors"_s,
                    QJsonArray {
                        QJsonObject {{u"reason"_s, reason}, {u"domain"_s, u"usageLimits"_s}}}},
                {u"status"_s,
                    u"X"_s}}}}).toJson();
    const ServiceError e = GmailWire::error(status, body, "3", QDateTime::currentDateTimeUtc());
    QCOMPARE(e.isRetryable(), retryable);
    QCOMPARE(e.field, field);
    QCOMPARE(e.code, reason);
    QCOMPARE(e.retryAfter, std::optional(std::chrono::seconds(3)));
    QVERIFY(!e.message.isEmpty());
}

void TestProviderApis::gmailThreadSummaryFromMetadata()
{
    const QJsonObject thread = QJsonDocument::fromJson(R"({"id":"t1","messages":[
        {"id":"m1","internalDate":"1779000000000","payload":{"headers":[
          {"name":"Subject","value":"Weekly report"},{"name":"From","value":"Jamie <jamie@x.com>"},
          {"name":"To","value":"dana@gmail.example"},{"name":"Message-ID","value":"<m1@x.com>"}]}},
        {"id":"m2","internalDate":"1779000100000","payload":{"headers":[
          {"name":"Subject","value":"Re: Weekly report"},{"name":"From","value":"dana@gmail.example"},
          {"name":"To","value":"Jamie <jamie@x.com>"},{"name":"Message-ID","value":"<m2@gmail.example>"},
          {"name":"References","value":"<m1@x.com>"}]}}]})")
                                   .object();
    const ThreadSummary t = GmailWire::threadSummary(thread, u"dana@gmail.example"_s);
    QCOMPARE(t.threadId, u"t1"_s);
    QCOMPARE(t.subject, u"Weekly report"_s);
    QCOMPARE(t.messageCount, 2);
    QCOMPARE(t.lastMessageId, u"<m2@gmail.example>"_s);
    QCOMPARE(t.references, u"<m1@x.com>"_s);
    QCOMPARE(t.lastMessageTime.toMSecsSinceEpoch(), 1779000100000);
    QCOMPARE(t.participants, (QStringList {u"Jamie <jamie@x.com>"_s, u"dana@gmail.example"_s}));
}

void TestProviderApis::graphMessageShape()
{
    Draft d;
    d.subject = u"Plan"_s;
    d.body = u"<p>Hi</p>"_s;
    d.isHtml = true;
    d.to = {{u"Jamie Lee"_s, u"jamie@x.com"_s}};
    d.bcc = {{{}, u"audit@acme.example"_s}};
    const QJsonObject m = GraphWire::message(d, u"<k@acme.example>"_s, {}, true);
    QCOMPARE(m.value(u"body").toObject().value(u"contentType").toString(), u"HTML"_s);
    QCOMPARE(m.value(u"toRecipients")
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"emailAddress")
                 .toObject()
                 .value(u"name")
                 .toString(),
        u"Jamie Lee"_s);
    QCOMPARE(m.value(u"bccRecipients").toArray().size(), 1);
    QVERIFY(!m.contains(u"ccRecipients"));
    QCOMPARE(m.value(u"internetMessageId").toString(), u"<k@acme.example>"_s);
    QVERIFY(!GraphWire::message(d, {}, {}, false).contains(u"subject"));
    const QJsonObject a = GraphWire::fileAttachment(u"a.txt"_s, u"text/plain"_s, "hello");
    QCOMPARE(a.value(u"@odata.type").toString(), u"#microsoft.graph.fileAttachment"_s);
    QCOMPARE(a.value(u"contentBytes").toString(), u"aGVsbG8="_s);
    const QJsonObject session
        = GraphWire::uploadSessionRequest(u"big.zip"_s, 9000000, u"application/zip"_s);
    QCOMPARE(session.value(u"AttachmentItem").toObject().value(u"size").toInteger(), 9000000);
    const qint64 chunk = SendLimits::of(SendRoute::Direct, Provider::Outlook).chunkBytes;
    QVERIFY(chunk % (320 * 1024) == 0 && chunk < 4 * 1024 * 1024);
}

void TestProviderApis::graphODataLiteralsAreQuoted()
{
    const QUrl u
        = GraphWire::latestInConversationUrl(QUrl(u"https://graph.microsoft.com"_s), u"AAQk'x"_s);
    QCOMPARE(u.path(), u"/v1.0/me/messages"_s);
    QCOMPARE(QUrlQuery(u).queryItemValue(u"$filter"_s, QUrl::FullyDecoded),
        u"receivedDateTime ge 1900-01-01T00:00:00Z and conversationId eq 'AAQk''x' and isDraft "
        u"eq false"_s);
    // '+' is a space to a server: encoded in every query, as every reserved character.
    const QUrl base(u"https://graph.microsoft.com"_s);
    const QString search
        = GraphWire::messagesWithUrl(base, u"Jamie+Billing@x.com"_s, 5).query(QUrl::FullyEncoded);
    QVERIFY2(search.contains(u"$search=%22participants%3Ajamie%2Bbilling%40x.com%22"_s),
        qPrintable(search));
    QVERIFY2(!search.contains(u"$orderby"_s), qPrintable(search));
    const QString gmail = GmailWire::threadsWithUrl(
        QUrl(u"https://gmail.googleapis.com"_s), u"jamie+billing@x.com"_s, 5)
                              .query(QUrl::FullyEncoded);
    QVERIFY2(gmail.contains(u"q=from%3Ajamie%2Bbilling%40x.com%20OR%20"_s), qPrintable(gmail));
}

void TestProviderApis::graphErrors()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ServiceError throttled = GraphWire::error(
        429, R"({"error":{"code":"ApplicationThrottled","message":"Slow down"}})", "12", now);
    QVERIFY(throttled.isRetryable());
    QCOMPARE(throttled.retryAfter, std::optional(std::chrono::seconds(12)));
    const ServiceError recipients = GraphWire::error(
        400, R"({"error":{"code":"ErrorInvalidRecipients","message":"bad"}})", {}, now);
    QCOMPARE(recipients.field, DraftField::To);
    QVERIFY(!recipients.isRetryable());
    QCOMPARE(GraphWire::error(413, {}, {}, now).field, DraftField::Attachments);
    QCOMPARE(GraphWire::error(401, {}, {}, now).kind, ServiceError::Kind::Unauthorized);
}

QTEST_GUILESS_MAIN(TestProviderApis)
#include "tst_providerapis.moc"

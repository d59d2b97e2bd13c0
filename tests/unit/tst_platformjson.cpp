// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/PlatformJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestPlatformJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sendRequestWritesOnlyDocumentedFields();
    void sendRequestReply();
    void sendRequestAttachments();
    void receiptFromSendAnswer();
    void receiptRejectsGarbage();
    void mailboxesReadTolerantly();
    void mailboxesBareArray();
    void errorShapes_data();
    void errorShapes();
    void statusTable_data();
    void statusTable();
    void retryAfter();
    void sessionKeepsNewestRefreshToken();

private:
    static QJsonObject object(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object();
    }
};

void TestPlatformJson::sendRequestWritesOnlyDocumentedFields()
{
    Draft d;
    d.from = u"ops@acme.example"_s;
    d.to = {{u"Lee, Jamie"_s, u"jamie@x.com"_s}};
    d.body = u"Hi"_s;
    const QJsonObject o = object(PlatformJson::sendRequest(d));
    QCOMPARE(o.keys(), (QStringList {u"body"_s, u"from"_s, u"isHtml"_s, u"to"_s}));
    QCOMPARE(o.value(u"to").toArray().first().toString(), u"\"Lee, Jamie\" <jamie@x.com>"_s);
    QCOMPARE(o.value(u"isHtml").toBool(true), false);
    QVERIFY(!o.contains(u"isInternal"));
}

void TestPlatformJson::sendRequestReply()
{
    Draft d;
    d.from = u"ops@acme.example"_s;
    d.provider = Provider::Outlook;
    d.to = {{{}, u"a@b.com"_s}};
    d.cc = {{{}, u"c@d.com"_s}};
    d.bcc = {{{}, u"e@f.com"_s}};
    d.subject = u"Re: Weekly"_s;
    d.body = u"<p>Hi</p>"_s;
    d.isHtml = true;
    d.threadId = u"gthread-1"_s;
    d.inReplyTo = u"<m1@acme.example>"_s;
    d.references = u"<m0@acme.example> <m1@acme.example>"_s;
    const QJsonObject o = object(PlatformJson::sendRequest(d));
    QCOMPARE(o.value(u"provider").toString(), u"outlook"_s);
    QCOMPARE(o.value(u"cc").toArray().size(), 1);
    QCOMPARE(o.value(u"bcc").toArray().first().toString(), u"e@f.com"_s);
    QCOMPARE(o.value(u"threadId").toString(), u"gthread-1"_s);
    QCOMPARE(o.value(u"inReplyTo").toString(), u"<m1@acme.example>"_s);
    QCOMPARE(o.value(u"references").toString(), u"<m0@acme.example> <m1@acme.example>"_s);
    QCOMPARE(o.value(u"isHtml").toBool(), true);
    QCOMPARE(o.value(u"subject").toString(), u"Re: Weekly"_s);
}

void TestPlatformJson::sendRequestAttachments()
{
    Draft d;
    d.attachments = {{u"a.pdf"_s, u"application/pdf"_s, u"orgs/1/a.pdf"_s, {}, u"/tmp/a.pdf"_s, 5},
        {u"b.zip"_s, u"application/zip"_s, {}, u"https://files.example/b.zip"_s, {}, -1}};
    const QJsonArray list = object(PlatformJson::sendRequest(d)).value(u"attachments").toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().keys(),
        (QStringList {u"contentType"_s, u"filename"_s, u"storageKey"_s}));
    QCOMPARE(list.at(1).toObject().keys(), (QStringList {u"filename"_s, u"url"_s}));
}

void TestPlatformJson::receiptFromSendAnswer()
{
    const QByteArray answer = R"({"message":{"_id":"665f1a0c0e0a4b001a2c9f60","channelType":"email",
        "status":"delivered","body":"Hi","createdAt":"2026-05-18T12:34:56.000Z",
        "emailMetadata":{"messageId":"<x@acme.example>","threadId":"gthread-1"},"extra":1},
        "conversationId":"665f1a0c0e0a4b001a2c9f70","threadId":"gthread-1902a9f3c4b1e0d5"})";
    const Result<Receipt> r = PlatformJson::receipt(answer);
    QVERIFY(r.ok());
    QCOMPARE(r.value().messageId, u"665f1a0c0e0a4b001a2c9f60"_s);
    QCOMPARE(r.value().conversationId, u"665f1a0c0e0a4b001a2c9f70"_s);
    QCOMPARE(r.value().threadId, u"gthread-1902a9f3c4b1e0d5"_s);
    QCOMPARE(r.value().status, u"delivered"_s);
    QCOMPARE(r.value().rfcMessageId, u"<x@acme.example>"_s);
    QCOMPARE(
        r.value().createdAt, QDateTime(QDate(2026, 5, 18), QTime(12, 34, 56), QTimeZone::utc()));
}

void TestPlatformJson::receiptRejectsGarbage()
{
    QCOMPARE(PlatformJson::receipt("<html>oops</html>").error().kind, ServiceError::Kind::Protocol);
    QCOMPARE(PlatformJson::receipt("{}").error().kind, ServiceError::Kind::Protocol);
}

void TestPlatformJson::mailboxesReadTolerantly()
{
    const QByteArray answer = R"({"accounts":[
        {"_id":"a1","provider":"gmail","emailAddress":"ops@acme.example","isActive":true,"new":"x"},
        {"_id":7,"provider":"outlook","emailAddress":"ops@acme.example"},
        {"_id":"a3","provider":"yahoo","emailAddress":"y@acme.example","isActive":true},
        {"_id":"a4","provider":"gmail","emailAddress":"gone@acme.example","isActive":false}]})";
    const auto r = PlatformJson::mailboxes(answer);
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), 2);
    QCOMPARE(r.value().at(0).provider, Provider::Gmail);
    QCOMPARE(r.value().at(1).id, u"7"_s);
    QCOMPARE(r.value().at(1).provider, Provider::Outlook);
}

void TestPlatformJson::mailboxesBareArray()
{
    const auto r = PlatformJson::mailboxes(
        R"([{"_id":"a1","provider":"gmail","emailAddress":"d@acme.example","isActive":true}])");
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), 1);
    QVERIFY(!PlatformJson::mailboxes("not json").ok());
}

void TestPlatformJson::errorShapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("serverMessage");
    QTest::addColumn<DraftField>("field");
    QTest::newRow("nested with field")
        << 400
        << QByteArray(R"({"error":{"code":"invalid_request","message":"Bad entry","field":"cc"}})")
        << u"invalid_request"_s << u"Bad entry"_s << DraftField::Cc;
    QTest::newRow("nested, field from words")
        << 400
        << QByteArray(
               R"({"error":{"code":"invalid_request","message":"Invalid recipient in bcc: x"}})")
        << u"invalid_request"_s << u"Invalid recipient in bcc: x"_s << DraftField::Bcc;
    QTest::newRow("success false")
        << 400
        << QByteArray(R"({"success":false,"message":"to is required","error":"BAD_REQUEST"})")
        << u"BAD_REQUEST"_s << u"to is required"_s << DraftField::To;
    QTest::newRow("string error") << 401 << QByteArray(R"({"error":"Invalid or expired token"})")
                                  << QString() << u"Invalid or expired token"_s << DraftField::None;
    QTest::newRow("empty body") << 500 << QByteArray() << QString() << QString()
                                << DraftField::None;
    QTest::newRow("html body") << 502 << QByteArray("<html><body>Bad gateway</body></html>")
                               << QString() << QString() << DraftField::None;
    QTest::newRow("plain text") << 400 << QByteArray("subject must be a string") << QString()
                                << u"subject must be a string"_s << DraftField::Subject;
    QTest::newRow("404 storage key")
        << 404
        << QByteArray(
               R"({"error":{"code":"not_found","message":"Unknown storageKey in attachments"}})")
        << u"not_found"_s << u"Unknown storageKey in attachments"_s << DraftField::Attachments;
    QTest::newRow("404 thread")
        << 404 << QByteArray(R"({"error":{"code":"not_found","message":"No such thread"}})")
        << u"not_found"_s << u"No such thread"_s << DraftField::Thread;
}

void TestPlatformJson::errorShapes()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, serverMessage);
    QFETCH(DraftField, field);
    const ServiceError e = PlatformJson::error(status, body, {}, QDateTime::currentDateTimeUtc());
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, code);
    QCOMPARE(e.serverMessage, serverMessage);
    QCOMPARE(e.field, field);
    QVERIFY(!e.message.isEmpty());
    if (!serverMessage.isEmpty())
        QVERIFY2(e.message.contains(serverMessage), qPrintable(e.message));
}

void TestPlatformJson::statusTable_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<DraftField>("field");
    QTest::newRow("400") << 400 << ServiceError::Kind::BadRequest << false << DraftField::None;
    QTest::newRow("401") << 401 << ServiceError::Kind::Unauthorized << false << DraftField::None;
    QTest::newRow("403") << 403 << ServiceError::Kind::Forbidden << false << DraftField::From;
    QTest::newRow("404") << 404 << ServiceError::Kind::NotFound << false << DraftField::Thread;
    QTest::newRow("409") << 409 << ServiceError::Kind::Conflict << false << DraftField::Provider;
    QTest::newRow("413") << 413 << ServiceError::Kind::TooLarge << false << DraftField::Attachments;
    QTest::newRow("429") << 429 << ServiceError::Kind::RateLimited << true << DraftField::None;
    QTest::newRow("500") << 500 << ServiceError::Kind::Server << true << DraftField::None;
    QTest::newRow("502") << 502 << ServiceError::Kind::Server << true << DraftField::None;
    QTest::newRow("503") << 503 << ServiceError::Kind::Unavailable << true << DraftField::None;
}

void TestPlatformJson::statusTable()
{
    QFETCH(int, status);
    QFETCH(ServiceError::Kind, kind);
    QFETCH(bool, retryable);
    QFETCH(DraftField, field);
    const ServiceError e = PlatformJson::error(status, {}, {}, QDateTime::currentDateTimeUtc());
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.isRetryable(), retryable);
    QCOMPARE(e.isDefinitive(), !retryable);
    QCOMPARE(e.field, field);
    QVERIFY(!e.message.isEmpty());
}

void TestPlatformJson::retryAfter()
{
    const QDateTime now(QDate(2026, 11, 25), QTime(10, 0, 0), QTimeZone::utc());
    QCOMPARE(PlatformJson::error(429, {}, "7", now).retryAfter, std::chrono::seconds(7));
    QCOMPARE(PlatformJson::error(503, {}, "Wed, 25 Nov 2026 10:01:30 GMT", now).retryAfter,
        std::chrono::seconds(90));
    QCOMPARE(PlatformJson::error(503, {}, "Wed, 25 Nov 2026 09:00:00 GMT", now).retryAfter,
        std::chrono::seconds(0));
    QVERIFY(!PlatformJson::error(503, {}, "soon", now).retryAfter);
    QVERIFY(!PlatformJson::error(503, {}, "-3", now).retryAfter);
}

void TestPlatformJson::sessionKeepsNewestRefreshToken()
{
    Session base {QUrl(u"https://acme.example"_s), u"old"_s, u"r1"_s, u"d@acme.example"_s};
    auto s = PlatformJson::session(R"({"token":"new","refreshToken":"r2"})", base);
    QVERIFY(s.ok());
    QCOMPARE(s.value().accessToken, u"new"_s);
    QCOMPARE(s.value().refreshToken, u"r2"_s);
    s = PlatformJson::session(R"({"accessToken":"newer"})", s.value());
    QCOMPARE(s.value().accessToken, u"newer"_s);
    QCOMPARE(s.value().refreshToken, u"r2"_s);
    QVERIFY(!PlatformJson::session("{}", base).ok());
}

QTEST_GUILESS_MAIN(TestPlatformJson)
#include "tst_platformjson.moc"

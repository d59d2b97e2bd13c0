// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's Gmail API (direct mode) over real HTTP: media uploads (multipart and
// resumable), the plain endpoint, Gmail's threading rule, lookups and Google's error shape.
#include "tests/support/SandboxTestClient.h"

#include "sandbox/ProviderSeed.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Outpost;
using namespace Outpost::Sandbox;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;

namespace {
const QString me = u"/gmail-api/gmail/v1/users/me"_s;
const QString uploadPath = u"/gmail-api/upload/gmail/v1/users/me/messages/send"_s;
const QByteArray self = "Dana Demo <dana.direct@gmail.example>";
const QByteArray jamie = "Jamie Lee <jamie.lee@example.com>";

// An RFC 5322 message with CRLF line ends; `headers` go after the standard ones.
QByteArray mime(const QByteArray &from, const QByteArray &to, const QByteArray &subject,
    const QByteArray &headers = {}, const QByteArray &body = "Hello Jamie,\r\n\r\nDana\r\n")
{
    QByteArray m;
    if (!from.isEmpty())
        m += "From: " + from + "\r\n";
    if (!to.isEmpty())
        m += "To: " + to + "\r\n";
    m += "Subject: " + subject + "\r\nDate: Mon, 18 May 2026 12:00:00 +0000\r\n" + headers
        + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body;
    return m;
}

QByteArray related(const QByteArray &json, const QByteArray &message,
    const QByteArray &messageType = "message/rfc822")
{
    return "--sbx_boundary\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n" + json
        + "\r\n--sbx_boundary\r\nContent-Type: " + messageType + "\r\n\r\n" + message
        + "\r\n--sbx_boundary--\r\n";
}

// A message of about `size` bytes: a text part and a base64 attachment of random bytes.
QByteArray largeMessage(qsizetype size)
{
    QByteArray random(size * 3 / 4, '\0');
    QRandomGenerator generator(7);
    generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    QByteArray encoded = random.toBase64();
    QByteArray lines;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        lines += encoded.mid(i, 76) + "\r\n";
    const QByteArray body = "--mixed\r\nContent-Type: text/plain\r\n\r\nThe numbers.\r\n--mixed\r\n"
                            "Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: "
                            "base64\r\nContent-Disposition: attachment; filename=data.bin\r\n\r\n"
        + lines + "--mixed--\r\n";
    return "From: " + self + "\r\nTo: " + jamie
        + "\r\nSubject: Large data\r\nMessage-ID: <large.1@gmail.example>\r\nMIME-Version: "
          "1.0\r\nContent-Type: multipart/mixed; boundary=mixed\r\n\r\n"
        + body;
}

QJsonObject googleError(const TestReply &reply)
{
    return reply.error();
}

QString reasonOf(const TestReply &reply)
{
    return googleError(reply)
        .value(u"errors"_s)
        .toArray()
        .first()
        .toObject()
        .value(u"reason"_s)
        .toString();
}
} // namespace

class TestSandboxGmail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void baseUrlAndDemoToken();
    void unknownOrExpiredTokenIs401();
    void anotherUserIdIs403();
    void multipartUploadSendsAndStripsBcc();
    void mediaUploadSends();
    void multipartMediaOver5MBIs413();
    void uploadNeedsAMessageMediaType();
    void plainEndpointTakesBase64UrlRaw();
    void plainEndpointRefusesBadBase64Url();
    void plainEndpointNeedsRaw();
    void plainEndpointOver1MBIs413();
    void fromMustBeTheMailbox();
    void profileAndSendAsNameTheAccount();
    void recipientsAreRequiredAndValid();
    void resumableUploadInOneRequest();
    void resumableUploadInThreeChunksOf9MB();
    void resumableCommitsWhole256KiBBlocks();
    void resumableOver35MBIs413();
    void threadingNeedsThreadIdReferencesAndSubject();
    void unknownThreadIs404();
    void rfc822msgidLookup();
    void threadListByAddress();
    void threadMetadata();
    void rateLimit429ThroughFaults();
    void rateLimit403WithGooglesBody();
    void providerDataSurvivesARestart();
    void controlsNeedFaults();

private:
    TestReply sendMultipart(const QByteArray &message, const QJsonObject &metadata = {});
    QString startResumable(qint64 size, TestReply *reply = nullptr);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxGmail::init()
{
    m_server = startSandbox();
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(
        m_server->url(), m_server->demoProviderToken(Provider::Gmail));
}

void TestSandboxGmail::cleanup()
{
    m_client.reset();
    m_server.reset();
}

TestReply TestSandboxGmail::sendMultipart(const QByteArray &message, const QJsonObject &metadata)
{
    return m_client->postRaw(uploadPath + u"?uploadType=multipart"_s,
        related(QJsonDocument(metadata).toJson(QJsonDocument::Compact), message),
        "multipart/related; boundary=sbx_boundary");
}

QString TestSandboxGmail::startResumable(qint64 size, TestReply *reply)
{
    const TestReply r = m_client->postRaw(uploadPath + u"?uploadType=resumable"_s, "{}",
        "application/json; charset=UTF-8",
        {{"X-Upload-Content-Type", "message/rfc822"},
            {"X-Upload-Content-Length", QByteArray::number(size)}});
    if (reply)
        *reply = r;
    return QString::fromLatin1(r.header("Location"));
}

void TestSandboxGmail::baseUrlAndDemoToken()
{
    QCOMPARE(m_server->gmailBaseUrl().toString(), m_server->url().toString() + u"/gmail-api"_s);
    QCOMPARE(m_server->graphBaseUrl().toString(), m_server->url().toString() + u"/graph"_s);
    const QString gmail = m_server->demoProviderToken(Provider::Gmail);
    QVERIFY(gmail.startsWith(u"ya29."_s));
    QVERIFY(gmail != m_server->demoProviderToken(Provider::Outlook));
    // The client's base URL stands for https://gmail.googleapis.com: paths go below it.
    const TestReply r = m_client->get(
        m_server->gmailBaseUrl().toString() + u"/gmail/v1/users/me/threads?maxResults=1"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"resultSizeEstimate"_s).toInt(), 3);
}

void TestSandboxGmail::unknownOrExpiredTokenIs401()
{
    const QString expired = m_client->providerToken(u"gmail"_s, -10);
    QVERIFY(!expired.isEmpty());
    for (const QString &token : {QString(), u"ya29.unknown"_s, expired,
             m_server->demoProviderToken(Provider::Outlook), m_server->demoToken()}) {
        SandboxTestClient c(m_server->url(), token);
        const TestReply r = c.get(me + u"/threads"_s);
        QCOMPARE(r.status, 401);
        const QJsonObject e = googleError(r);
        QCOMPARE(e.value(u"code"_s).toInt(), 401);
        QCOMPARE(e.value(u"status"_s).toString(), u"UNAUTHENTICATED"_s);
        QVERIFY(e.value(u"message"_s)
                    .toString()
                    .startsWith(u"Request had invalid authentication credentials."_s));
        QCOMPARE(reasonOf(r), u"authError"_s);
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
    }
    // A fresh, unexpired token works.
    SandboxTestClient fresh(m_server->url(), m_client->providerToken(u"gmail"_s, 3600));
    QCOMPARE(fresh.get(me + u"/threads"_s).status, 200);
}

void TestSandboxGmail::anotherUserIdIs403()
{
    const TestReply r = m_client->get(u"/gmail-api/gmail/v1/users/jamie.lee@example.com/threads"_s);
    QCOMPARE(r.status, 403);
    QCOMPARE(googleError(r).value(u"status"_s).toString(), u"PERMISSION_DENIED"_s);
    QCOMPARE(googleError(r).value(u"message"_s).toString(),
        u"Delegation denied for dana.direct@gmail.example"_s);
    // The mailbox's own address works like "me".
    QCOMPARE(m_client->get(u"/gmail-api/gmail/v1/users/Dana.Direct@gmail.example/threads"_s).status,
        200);
}

void TestSandboxGmail::multipartUploadSendsAndStripsBcc()
{
    const QByteArray message = mime(self, jamie, "Status update",
        "Bcc: boss@example.com\r\nMessage-ID: <status.1@gmail.example>\r\n");
    const TestReply r = sendMultipart(message);
    QCOMPARE(r.status, 200);
    const QJsonObject sent = r.json();
    QCOMPARE(keysOf(sent), QStringList({u"id"_s, u"labelIds"_s, u"threadId"_s}));
    QCOMPARE(sent.value(u"threadId"_s).toString(), sent.value(u"id"_s).toString());
    QCOMPARE(sent.value(u"labelIds"_s).toArray(), QJsonArray({u"SENT"_s}));
    const QJsonArray stored = m_client->providerMessages(u"gmail"_s);
    QCOMPARE(stored.size(), 1);
    const QJsonObject s = stored.first().toObject();
    QCOMPARE(s.value(u"id"_s).toString(), sent.value(u"id"_s).toString());
    QCOMPARE(s.value(u"messageId"_s).toString(), u"<status.1@gmail.example>"_s);
    const QString raw = s.value(u"raw"_s).toString();
    QVERIFY(!raw.contains(u"boss@example.com"_s));
    QVERIFY(!raw.contains(u"Bcc:"_s, Qt::CaseInsensitive));
    QByteArray withoutBcc = message;
    withoutBcc.replace("Bcc: boss@example.com\r\n", "");
    QCOMPARE(raw.toUtf8(), withoutBcc);
    QCOMPARE(s.value(u"sha256"_s).toString(), QString::fromLatin1(sha256(withoutBcc)));
}

void TestSandboxGmail::mediaUploadSends()
{
    const TestReply r = m_client->postRaw(
        uploadPath + u"?uploadType=media"_s, mime(self, jamie, "Simple upload"), "message/rfc822");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"labelIds"_s).toArray(), QJsonArray({u"SENT"_s}));
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 1);
}

void TestSandboxGmail::multipartMediaOver5MBIs413()
{
    QByteArray body(5 * 1024 * 1024, 'a');
    const TestReply r = sendMultipart(mime(self, jamie, "Too big", {}, body));
    QCOMPARE(r.status, 413);
    QCOMPARE(googleError(r).value(u"code"_s).toInt(), 413);
    QVERIFY(googleError(r).value(u"message"_s).toString().contains(u"5242880"_s));
    QVERIFY(googleError(r).value(u"message"_s).toString().contains(u"resumable"_s));
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 0);
}

void TestSandboxGmail::uploadNeedsAMessageMediaType()
{
    const TestReply wrongPart = m_client->postRaw(uploadPath + u"?uploadType=multipart"_s,
        related("{}", mime(self, jamie, "x"), "text/plain"),
        "multipart/related; boundary=sbx_boundary");
    QCOMPARE(wrongPart.status, 400);
    QCOMPARE(googleError(wrongPart).value(u"message"_s).toString(),
        u"Media type 'text/plain' is not supported. Valid media types: [message/*]"_s);
    const TestReply missing
        = m_client->postRaw(uploadPath + u"?uploadType=resumable"_s, "{}", "application/json");
    QCOMPARE(missing.status, 400);
    QCOMPARE(googleError(missing).value(u"status"_s).toString(), u"INVALID_ARGUMENT"_s);
    const TestReply noUploadType
        = m_client->postRaw(uploadPath, mime(self, jamie, "x"), "message/rfc822");
    QCOMPARE(noUploadType.status, 400);
    QVERIFY(googleError(noUploadType).value(u"message"_s).toString().contains(u"uploadType"_s));
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 0);
}

void TestSandboxGmail::plainEndpointTakesBase64UrlRaw()
{
    // Bytes whose base64 has '+' and '/' in the standard alphabet: base64url has '-' and '_'.
    const QByteArray message = mime(self, jamie, "Plain", {}, "\xfb\xff\xbe ok\r\n");
    const QString raw = QString::fromLatin1(message.toBase64(QByteArray::Base64UrlEncoding));
    QVERIFY(raw.contains(u'-') || raw.contains(u'_'));
    const TestReply r = m_client->post(me + u"/messages/send"_s, {{u"raw"_s, raw}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"labelIds"_s).toArray(), QJsonArray({u"SENT"_s}));
    const QJsonObject stored = m_client->providerMessages(u"gmail"_s).first().toObject();
    // Not UTF-8, so given as base64; Gmail added the Message-ID the message lacked.
    const QByteArray bytes
        = QByteArray::fromBase64(stored.value(u"rawBase64"_s).toString().toLatin1());
    QVERIFY(bytes.startsWith("Message-ID: <"));
    QVERIFY(bytes.endsWith(message));
    QCOMPARE(stored.value(u"size"_s).toInteger(), bytes.size());
}

void TestSandboxGmail::plainEndpointRefusesBadBase64Url()
{
    const QByteArray message = mime(self, jamie, "Plain", {}, "\xfb\xff\xbe ok\r\n");
    const QString standard = QString::fromLatin1(message.toBase64());
    QVERIFY(standard.contains(u'+') || standard.contains(u'/'));
    for (const QString &raw : {standard, u"not*base64"_s, u"QUJDRA=A"_s}) {
        const TestReply r = m_client->post(me + u"/messages/send"_s, {{u"raw"_s, raw}});
        QCOMPARE(r.status, 400);
        QVERIFY(googleError(r)
                    .value(u"message"_s)
                    .toString()
                    .startsWith(u"Invalid value for ByteString"_s));
        QCOMPARE(googleError(r).value(u"status"_s).toString(), u"INVALID_ARGUMENT"_s);
    }
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 0);
}

void TestSandboxGmail::plainEndpointNeedsRaw()
{
    const TestReply r = m_client->post(me + u"/messages/send"_s, {{u"threadId"_s, u"x"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(googleError(r).value(u"message"_s).toString(),
        u"'raw' RFC822 payload message string or uploading message via /upload/* URL required"_s);
}

void TestSandboxGmail::plainEndpointOver1MBIs413()
{
    const QByteArray message = mime(self, jamie, "Big", {}, QByteArray(800 * 1000, 'b'));
    const QString raw = QString::fromLatin1(message.toBase64(QByteArray::Base64UrlEncoding));
    const TestReply r = m_client->post(me + u"/messages/send"_s, {{u"raw"_s, raw}});
    QCOMPARE(r.status, 413);
    QCOMPARE(googleError(r).value(u"code"_s).toInt(), 413);
    QVERIFY(googleError(r).value(u"message"_s).toString().contains(u"1000000 bytes"_s));
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 0);
}

void TestSandboxGmail::fromMustBeTheMailbox()
{
    // Another address is not refused: Gmail sends the mail from the account instead.
    const TestReply other = sendMultipart(mime("Mallory <mallory@example.com>", jamie, "Hi"));
    QCOMPARE(other.status, 200);
    QJsonArray sent = m_client->providerMessages(u"gmail"_s);
    QCOMPARE(sent.size(), 1);
    QString raw = sent.last().toObject().value(u"raw"_s).toString();
    QVERIFY2(raw.startsWith(u"From: dana.direct@gmail.example\r\n"_s), qPrintable(raw));
    QVERIFY(!raw.contains(u"mallory"_s, Qt::CaseInsensitive));
    // A verified send-as alias stays; a pending one is rewritten like any other address.
    QCOMPARE(sendMultipart(mime("Dana <dana@direct-team.example>", jamie, "Alias")).status, 200);
    raw = m_client->providerMessages(u"gmail"_s).last().toObject().value(u"raw"_s).toString();
    QVERIFY2(raw.contains(u"From: Dana <dana@direct-team.example>\r\n"_s), qPrintable(raw));
    QCOMPARE(sendMultipart(mime("dana.pending@direct-team.example", jamie, "Pending")).status, 200);
    raw = m_client->providerMessages(u"gmail"_s).last().toObject().value(u"raw"_s).toString();
    QVERIFY2(raw.startsWith(u"From: dana.direct@gmail.example\r\n"_s), qPrintable(raw));
    QVERIFY(!raw.contains(u"dana.pending"_s));
    // A From that cannot be read, or names two mailboxes, is refused outright.
    const TestReply two = sendMultipart(mime("a@example.com, b@example.com", jamie, "Two"));
    QCOMPARE(two.status, 400);
    QCOMPARE(googleError(two).value(u"message"_s).toString(), u"Invalid From header"_s);
    QCOMPARE(reasonOf(two), u"invalidArgument"_s);
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 3);
    // Case does not matter; a missing From is filled in, as Gmail does.
    QCOMPARE(sendMultipart(mime("DANA.DIRECT@gmail.example", jamie, "Hi")).status, 200);
    QCOMPARE(sendMultipart(mime({}, jamie, "No From")).status, 200);
    raw = m_client->providerMessages(u"gmail"_s).last().toObject().value(u"raw"_s).toString();
    QVERIFY(raw.startsWith(u"From: dana.direct@gmail.example\r\n"_s));
    QVERIFY(raw.contains(u"Message-ID: <"_s)); // Gmail gives it one too
}

void TestSandboxGmail::profileAndSendAsNameTheAccount()
{
    const TestReply profile = m_client->get(me + u"/profile"_s);
    QCOMPARE(profile.status, 200);
    QCOMPARE(profile.json().value(u"emailAddress"_s).toString(), u"dana.direct@gmail.example"_s);
    QVERIFY(profile.json().value(u"messagesTotal"_s).toInt() > 0);
    const TestReply sendAs = m_client->get(me + u"/settings/sendAs"_s);
    QCOMPARE(sendAs.status, 200);
    QHash<QString, QJsonObject> byAddress;
    for (const QJsonValue &v : sendAs.json().value(u"sendAs"_s).toArray())
        byAddress.insert(v.toObject().value(u"sendAsEmail"_s).toString(), v.toObject());
    QCOMPARE(byAddress.size(), 3);
    QVERIFY(byAddress.value(u"dana.direct@gmail.example"_s).value(u"isPrimary"_s).toBool());
    QCOMPARE(byAddress.value(u"dana@direct-team.example"_s).value(u"verificationStatus"_s),
        QJsonValue(u"accepted"_s));
    QCOMPARE(byAddress.value(u"dana.pending@direct-team.example"_s).value(u"verificationStatus"_s),
        QJsonValue(u"pending"_s));
    // Another user's settings are not this token's to read.
    QCOMPARE(
        m_client->get(u"/gmail-api/gmail/v1/users/someone@else.example/profile"_s).status, 403);
}

void TestSandboxGmail::recipientsAreRequiredAndValid()
{
    const TestReply none = sendMultipart(mime(self, {}, "Nobody"));
    QCOMPARE(none.status, 400);
    QCOMPARE(googleError(none).value(u"message"_s).toString(), u"Recipient address required"_s);
    const TestReply badTo = sendMultipart(mime(self, "not an address", "Bad"));
    QCOMPARE(badTo.status, 400);
    QCOMPARE(googleError(badTo).value(u"message"_s).toString(), u"Invalid To header"_s);
    const TestReply badCc = sendMultipart(mime(self, jamie, "Bad", "Cc: jamie@@x\r\n"));
    QCOMPARE(badCc.status, 400);
    QCOMPARE(googleError(badCc).value(u"message"_s).toString(), u"Invalid Cc header"_s);
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 0);
    // Bcc alone is a recipient.
    QCOMPARE(sendMultipart(mime(self, {}, "Blind", "Bcc: jamie.lee@example.com\r\n")).status, 200);
}

void TestSandboxGmail::resumableUploadInOneRequest()
{
    const QByteArray message = mime(self, jamie, "Resumable");
    TestReply started;
    const QString location = startResumable(message.size(), &started);
    QCOMPARE(started.status, 200);
    QVERIFY(started.body.isEmpty());
    const QUrl url(location);
    QCOMPARE(url.path(), uploadPath);
    QCOMPARE(QUrlQuery(url).queryItemValue(u"uploadType"_s), u"resumable"_s);
    QCOMPARE(QUrlQuery(url).queryItemValue(u"upload_id"_s),
        QString::fromLatin1(started.header("X-GUploader-UploadID")));
    const TestReply done
        = m_client->custom("PUT", location, message, {{"Content-Type", "message/rfc822"}});
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json().value(u"labelIds"_s).toArray(), QJsonArray({u"SENT"_s}));
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 1);
    // The finished session answers the same again; nothing is sent twice.
    const TestReply again = m_client->custom("PUT", location, message);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json(), done.json());
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 1);
}

void TestSandboxGmail::resumableUploadInThreeChunksOf9MB()
{
    const QByteArray message = largeMessage(9 * 1024 * 1024);
    const qint64 total = message.size();
    QVERIFY(total > 9 * 1000 * 1000);
    const QString location = startResumable(total);
    QVERIFY(!location.isEmpty());
    constexpr qint64 chunk = 3 * 1024 * 1024; // a multiple of 256 KiB
    for (qint64 first = 0; first < total; first += chunk) {
        const qint64 last = std::min(first + chunk, total) - 1;
        const TestReply r = m_client->custom("PUT", location, message.mid(first, last - first + 1),
            {{"Content-Range",
                "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                    + QByteArray::number(total)}});
        if (last + 1 < total) {
            QCOMPARE(r.status, 308);
            QCOMPARE(r.header("Range"), "bytes=0-" + QByteArray::number(last));
            // Asking where the upload stands gives the same answer.
            const TestReply status = m_client->custom(
                "PUT", location, {}, {{"Content-Range", "bytes */" + QByteArray::number(total)}});
            QCOMPARE(status.status, 308);
            QCOMPARE(status.header("Range"), "bytes=0-" + QByteArray::number(last));
            QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 0);
        } else {
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(u"labelIds"_s).toArray(), QJsonArray({u"SENT"_s}));
        }
    }
    const QJsonObject stored = m_client->providerMessages(u"gmail"_s).first().toObject();
    QCOMPARE(stored.value(u"size"_s).toInteger(), total);
    QCOMPARE(stored.value(u"sha256"_s).toString(), QString::fromLatin1(sha256(message)));
    QVERIFY(!stored.contains(u"raw"_s)); // over 1 MiB: the hash stands for the bytes
}

void TestSandboxGmail::resumableCommitsWhole256KiBBlocks()
{
    const QByteArray message = mime(self, jamie, "Blocks",
        "Message-ID: <blocks.1@gmail.example>\r\n", QByteArray(600 * 1000, 'c'));
    const qint64 total = message.size();
    const QString location = startResumable(total);
    const auto range = [total](qint64 first, qint64 last) -> QByteArray {
        return "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
            + QByteArray::number(total);
    };
    const TestReply first = m_client->custom(
        "PUT", location, message.first(300000), {{"Content-Range", range(0, 299999)}});
    QCOMPARE(first.status, 308);
    QCOMPARE(first.header("Range"), QByteArray("bytes=0-262143"));
    const TestReply ahead = m_client->custom(
        "PUT", location, message.mid(300000), {{"Content-Range", range(300000, total - 1)}});
    QCOMPARE(ahead.status, 400);
    QVERIFY(googleError(ahead)
                .value(u"message"_s)
                .toString()
                .contains(u"which exceeds already uploaded size of 262144 byte(s)"_s));
    const TestReply rest = m_client->custom(
        "PUT", location, message.mid(262144), {{"Content-Range", range(262144, total - 1)}});
    QCOMPARE(rest.status, 200);
    const QJsonObject stored = m_client->providerMessages(u"gmail"_s).first().toObject();
    QCOMPARE(stored.value(u"sha256"_s).toString(), QString::fromLatin1(sha256(message)));
}

void TestSandboxGmail::resumableOver35MBIs413()
{
    TestReply r;
    QVERIFY(startResumable(35LL * 1024 * 1024 + 1, &r).isEmpty());
    QCOMPARE(r.status, 413);
    QCOMPARE(googleError(r).value(u"code"_s).toInt(), 413);
    QVERIFY(googleError(r).value(u"message"_s).toString().contains(u"36700160"_s));
    QVERIFY(startResumable(35LL * 1024 * 1024, &r).size() > 0);
    QCOMPARE(r.status, 200);
}

void TestSandboxGmail::threadingNeedsThreadIdReferencesAndSubject()
{
    const QString thread = ProviderSeed::kickoffThreadId.toString();
    const QByteArray latest = ProviderSeed::kickoffLatestRfcId.toString().toLatin1();
    const QByteArray refs = "In-Reply-To: " + latest + "\r\nReferences: " + latest + "\r\n";
    const QJsonObject withThread {{u"threadId"_s, thread}};
    struct Case
    {
        const char *name;
        QByteArray subject;
        QByteArray headers;
        QJsonObject metadata;
        bool joins;
    };
    const QList<Case> cases {
        {"all three", "Re: Project kickoff", refs, withThread, true},
        {"different subject", "Re: Something else", refs, withThread, false},
        {"no In-Reply-To/References", "Re: Project kickoff", {}, withThread, false},
        {"no threadId", "Re: Project kickoff", refs, {}, false},
        {"References only, Fwd: prefix", "Fwd: Re: project KICKOFF",
            "References: <kickoff-1.sbx@gmail.example>\r\n", withThread, true},
    };
    for (const Case &c : cases) {
        const TestReply r = sendMultipart(mime(self, jamie, c.subject, c.headers), c.metadata);
        QVERIFY2(r.status == 200, c.name);
        const QString threadId = r.json().value(u"threadId"_s).toString();
        if (c.joins)
            QVERIFY2(threadId == thread, c.name);
        else
            QVERIFY2(threadId == r.json().value(u"id"_s).toString() && threadId != thread, c.name);
    }
    const TestReply t = m_client->get(me + u"/threads/"_s + thread + u"?format=minimal"_s);
    QCOMPARE(t.json().value(u"messages"_s).toArray().size(), 3 + 2);
}

void TestSandboxGmail::unknownThreadIs404()
{
    const TestReply r
        = sendMultipart(mime(self, jamie, "Re: Lost"), {{u"threadId"_s, u"ffffffffffffffff"_s}});
    QCOMPARE(r.status, 404);
    const QJsonObject e = googleError(r);
    QCOMPARE(e.value(u"code"_s).toInt(), 404);
    QCOMPARE(e.value(u"message"_s).toString(), u"Requested entity was not found."_s);
    QCOMPARE(e.value(u"status"_s).toString(), u"NOT_FOUND"_s);
    QCOMPARE(reasonOf(r), u"notFound"_s);
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 0);
    QCOMPARE(m_client->get(me + u"/threads/ffffffffffffffff"_s).status, 404);
    // Paths Gmail does not have answer in Google's shape too.
    const TestReply nowhere = m_client->get(me + u"/nowhere"_s);
    QCOMPARE(nowhere.status, 404);
    QCOMPARE(googleError(nowhere).value(u"status"_s).toString(), u"NOT_FOUND"_s);
}

void TestSandboxGmail::rfc822msgidLookup()
{
    const TestReply sent
        = sendMultipart(mime(self, jamie, "Lookup", "Message-ID: <lookup.42@gmail.example>\r\n"));
    QCOMPARE(sent.status, 200);
    for (const QString &q :
        {u"rfc822msgid:<lookup.42@gmail.example>"_s, u"rfc822msgid:lookup.42@gmail.example"_s}) {
        QUrlQuery query {{u"q"_s, q}};
        const TestReply r
            = m_client->get(me + u"/messages?"_s + query.toString(QUrl::FullyEncoded));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"resultSizeEstimate"_s).toInt(), 1);
        const QJsonObject found = r.json().value(u"messages"_s).toArray().first().toObject();
        QCOMPARE(found.value(u"id"_s).toString(), sent.json().value(u"id"_s).toString());
        QCOMPARE(
            found.value(u"threadId"_s).toString(), sent.json().value(u"threadId"_s).toString());
    }
    const TestReply none
        = m_client->get(me + u"/messages?q=rfc822msgid%3A%3Cnever%40x.example%3E"_s);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json(), QJsonObject({{u"resultSizeEstimate"_s, 0}})); // no "messages" at all
}

void TestSandboxGmail::threadListByAddress()
{
    const auto threads = [this](const QString &q, int max) {
        QUrlQuery query {{u"q"_s, q}, {u"maxResults"_s, QString::number(max)}};
        return m_client->get(me + u"/threads?"_s + query.toString(QUrl::FullyEncoded));
    };
    for (const QString &q : {u"to:jamie.lee@example.com OR from:jamie.lee@example.com"_s,
             u"{from:jamie.lee@example.com to:jamie.lee@example.com}"_s,
             u"from:JAMIE.LEE@example.com OR to:jamie.lee@example.com "
             u"OR cc:jamie.lee@example.com"_s}) {
        const TestReply r = threads(q, 10);
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.json().value(u"threads"_s).toArray();
        // Newest activity first: the design review (May 7) before the kickoff (May 5).
        QCOMPARE(valuesOf(list, u"id"_s),
            QStringList({ProviderSeed::designThreadId.toString(),
                ProviderSeed::kickoffThreadId.toString()}));
        QCOMPARE(
            keysOf(list.first().toObject()), QStringList({u"historyId"_s, u"id"_s, u"snippet"_s}));
        QCOMPARE(list.at(1).toObject().value(u"snippet"_s).toString(),
            u"Done — the plan now has a budget section. See you Thursday. Dana"_s);
        QCOMPARE(r.json().value(u"resultSizeEstimate"_s).toInt(), 2);
    }
    const TestReply priya
        = threads(u"to:priya.raman@example.org OR from:priya.raman@example.org"_s, 10);
    QCOMPARE(valuesOf(priya.json().value(u"threads"_s).toArray(), u"id"_s),
        QStringList({ProviderSeed::invoiceThreadId.toString()}));
    const TestReply paged = threads(u"from:jamie.lee@example.com OR to:jamie.lee@example.com"_s, 1);
    QCOMPARE(paged.json().value(u"threads"_s).toArray().size(), 1);
    QCOMPARE(paged.json().value(u"nextPageToken"_s).toString().isEmpty(), false);
    QCOMPARE(threads(u"from:nobody@example.com"_s, 10).json(),
        QJsonObject({{u"resultSizeEstimate"_s, 0}}));
}

void TestSandboxGmail::threadMetadata()
{
    const TestReply r = m_client->get(me + u"/threads/"_s + ProviderSeed::kickoffThreadId
        + u"?format=metadata&metadataHeaders=Subject&metadataHeaders=Message-ID"
          u"&metadataHeaders=References&metadataHeaders=From&metadataHeaders=To"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject thread = r.json();
    QCOMPARE(thread.value(u"id"_s).toString(), ProviderSeed::kickoffThreadId.toString());
    const QJsonArray messages = thread.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 3);
    const QJsonObject last = messages.last().toObject();
    QCOMPARE(last.value(u"id"_s).toString(), ProviderSeed::kickoffLatestMessageId.toString());
    QCOMPARE(last.value(u"threadId"_s).toString(), ProviderSeed::kickoffThreadId.toString());
    QCOMPARE(last.value(u"internalDate"_s).toString(),
        QString::number(
            QDateTime::fromString(u"2026-05-05T08:15:00Z"_s, Qt::ISODate).toMSecsSinceEpoch()));
    QHash<QString, QString> headers;
    QStringList names;
    for (const QJsonValue &h : last.value(u"payload"_s).toObject().value(u"headers"_s).toArray()) {
        names += h.toObject().value(u"name"_s).toString();
        headers.insert(names.last(), h.toObject().value(u"value"_s).toString());
    }
    // Only the headers asked for, in the message's order, names as written.
    QCOMPARE(
        names, QStringList({u"From"_s, u"To"_s, u"Subject"_s, u"Message-ID"_s, u"References"_s}));
    QCOMPARE(headers.value(u"Subject"_s), u"Re: Project kickoff"_s);
    QCOMPARE(headers.value(u"Message-ID"_s), ProviderSeed::kickoffLatestRfcId.toString());
    QCOMPARE(headers.value(u"References"_s),
        u"<kickoff-1.sbx@gmail.example> <kickoff-2.sbx@gmail.example>"_s);
    QCOMPARE(headers.value(u"From"_s), QString::fromLatin1(self));
}

void TestSandboxGmail::rateLimit429ThroughFaults()
{
    QVERIFY(m_client->addFault(
        {{u"path"_s, u"/gmail-api/*"_s}, {u"status"_s, 429}, {u"retryAfter"_s, u"7"_s}}));
    const TestReply limited = sendMultipart(mime(self, jamie, "Limited"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("7"));
    QCOMPARE(googleError(limited).value(u"status"_s).toString(), u"RESOURCE_EXHAUSTED"_s);
    QCOMPARE(reasonOf(limited), u"rateLimitExceeded"_s);
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 0);
    QCOMPARE(sendMultipart(mime(self, jamie, "Limited")).status, 200); // times defaults to 1
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 1);
}

void TestSandboxGmail::rateLimit403WithGooglesBody()
{
    // How a test makes Gmail's 403 rate limit: a fault whose body is Google's error document.
    const QJsonObject body {{u"error"_s,
        QJsonObject {{u"code"_s, 403}, {u"message"_s, u"User Rate Limit Exceeded"_s},
            {u"errors"_s,
                QJsonArray {QJsonObject {{u"message"_s, u"User Rate Limit Exceeded"_s},
                    {u"domain"_s, u"usageLimits"_s}, {u"reason"_s, u"rateLimitExceeded"_s}}}},
            {u"status"_s, u"PERMISSION_DENIED"_s}}}};
    QVERIFY(m_client->addFault({{u"path"_s, uploadPath}, {u"method"_s, u"POST"_s},
        {u"status"_s, 403}, {u"body"_s, body}}));
    const TestReply r = sendMultipart(mime(self, jamie, "Limited"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json(), body);
    QCOMPARE(reasonOf(r), u"rateLimitExceeded"_s);
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 0);
}

void TestSandboxGmail::providerDataSurvivesARestart()
{
    QTemporaryDir dir;
    SandboxOptions options = testOptions();
    options.dataDir = dir.path();
    QString token;
    {
        const auto first = startSandbox(options);
        QVERIFY(first);
        token = first->demoProviderToken(Provider::Gmail);
        SandboxTestClient c(first->url(), token);
        const TestReply sent = c.postRaw(uploadPath + u"?uploadType=media"_s,
            mime(self, jamie, "Before the restart"), "message/rfc822");
        QCOMPARE(sent.status, 200);
    }
    const auto second = startSandbox(options);
    QVERIFY(second);
    QCOMPARE(second->demoProviderToken(Provider::Gmail), token);
    SandboxTestClient c(second->url(), token);
    const TestReply threads = c.get(me + u"/threads"_s);
    QCOMPARE(threads.status, 200);
    QCOMPARE(threads.json().value(u"resultSizeEstimate"_s).toInt(), 4);
    QCOMPARE(c.providerMessages(u"gmail"_s).size(), 1);
}

void TestSandboxGmail::controlsNeedFaults()
{
    SandboxOptions options = testOptions();
    options.faults = false;
    const auto server = startSandbox(options);
    QVERIFY(server);
    SandboxTestClient c(server->url(), server->demoProviderToken(Provider::Gmail));
    QCOMPARE(c.get(u"/_sandbox/provider-messages?provider=gmail"_s).status, 404);
    QCOMPARE(c.post(u"/_sandbox/provider-tokens"_s, {{u"provider"_s, u"gmail"_s}}).status, 404);
    QCOMPARE(c.get(me + u"/threads"_s).status, 200); // the API itself does not need faults
}

QTEST_GUILESS_MAIN(TestSandboxGmail)
#include "tst_sandbox_gmail.moc"

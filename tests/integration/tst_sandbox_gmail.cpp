// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's Gmail API (direct mode) over real HTTP, sending: the token and user id, media
// uploads (multipart and resumable), the plain endpoint, From and recipients, and Google's
// error shape. Threads, lookups, rate limits and state: tst_sandbox_gmail_threads.
#include "tests/integration/GmailTestSupport.h"

using namespace Outpost;
using namespace Outpost::Sandbox;
using namespace Outpost::Sandbox::Testing;
using namespace Outpost::Sandbox::Testing::Gmail;
using namespace Qt::StringLiterals;

class TestSandboxGmail : public QObject, GmailFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { start(); }
    void cleanup() { stop(); }

    void baseUrlAndDemoToken();
    void unknownOrExpiredTokenIs401();
    void anotherUserIdIs403();
    void multipartUploadSendsAndStripsBcc();
    void mediaUploadSends();
    void mediaOver5MBIs413();
    void multipartUpTo35MB();
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
};

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

void TestSandboxGmail::mediaOver5MBIs413()
{
    QByteArray body(5 * 1024 * 1024, 'a');
    const TestReply r = m_client->postRaw(uploadPath + u"?uploadType=media"_s,
        mime(self, jamie, "Too big", {}, body), "message/rfc822");
    QCOMPARE(r.status, 413);
    QCOMPARE(googleError(r).value(u"code"_s).toInt(), 413);
    QVERIFY(googleError(r).value(u"message"_s).toString().contains(u"5242880"_s));
    QVERIFY(googleError(r).value(u"message"_s).toString().contains(u"resumable"_s));
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 0);
}

// Issue 13: uploadType=multipart carries a message up to users.messages.send's 35 MB.
void TestSandboxGmail::multipartUpTo35MB()
{
    QByteArray line(76, 'a');
    line += "\r\n";
    const QByteArray sixMb = line.repeated(6 * 1024 * 1024 / line.size() + 1);
    const TestReply ok = sendMultipart(mime(self, jamie, "Six MB in one request", {}, sixMb));
    QCOMPARE(ok.status, 200);
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 1);

    const QByteArray over = line.repeated(35 * 1024 * 1024 / line.size() + 1);
    const TestReply r = sendMultipart(mime(self, jamie, "Over 35 MB", {}, over));
    QCOMPARE(r.status, 413);
    QVERIFY(googleError(r).value(u"message"_s).toString().contains(u"36700160"_s));
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 1);
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

QTEST_GUILESS_MAIN(TestSandboxGmail)
#include "tst_sandbox_gmail.moc"

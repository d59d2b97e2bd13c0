// SPDX-License-Identifier: GPL-3.0-or-later
// What the tests of the sandbox's Gmail API share (tst_sandbox_gmail: sending and uploads;
// tst_sandbox_gmail_threads: threads, lookups, limits and state): messages, request bodies,
// Google's error shape, and a sandbox with a client holding the Gmail demo token.
#pragma once

#include "tests/support/SandboxTestClient.h"

#include "sandbox/ProviderSeed.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace Outpost::Sandbox::Testing::Gmail {

using namespace Qt::StringLiterals;

inline const QString me = u"/gmail-api/gmail/v1/users/me"_s;
inline const QString uploadPath = u"/gmail-api/upload/gmail/v1/users/me/messages/send"_s;
inline const QByteArray self = "Dana Demo <dana.direct@gmail.example>";
inline const QByteArray jamie = "Jamie Lee <jamie.lee@example.com>";

// An RFC 5322 message with CRLF line ends; `headers` go after the standard ones.
inline QByteArray mime(const QByteArray &from, const QByteArray &to, const QByteArray &subject,
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

inline QByteArray related(const QByteArray &json, const QByteArray &message,
    const QByteArray &messageType = "message/rfc822")
{
    return "--sbx_boundary\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n" + json
        + "\r\n--sbx_boundary\r\nContent-Type: " + messageType + "\r\n\r\n" + message
        + "\r\n--sbx_boundary--\r\n";
}

// A message of about `size` bytes: a text part and a base64 attachment of random bytes.
inline QByteArray largeMessage(qsizetype size)
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

inline QJsonObject googleError(const TestReply &reply)
{
    return reply.error();
}

inline QString reasonOf(const TestReply &reply)
{
    return googleError(reply)
        .value(u"errors"_s)
        .toArray()
        .first()
        .toObject()
        .value(u"reason"_s)
        .toString();
}

class GmailFixture
{
protected:
    // A sandbox and a client with its Gmail demo token (each test's init()).
    void start();
    void stop();
    TestReply sendMultipart(const QByteArray &message, const QJsonObject &metadata = {});
    QString startResumable(qint64 size, TestReply *reply = nullptr);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

inline void GmailFixture::start()
{
    m_server = startSandbox();
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(
        m_server->url(), m_server->demoProviderToken(Provider::Gmail));
}

inline void GmailFixture::stop()
{
    m_client.reset();
    m_server.reset();
}

inline TestReply GmailFixture::sendMultipart(const QByteArray &message, const QJsonObject &metadata)
{
    return m_client->postRaw(uploadPath + u"?uploadType=multipart"_s,
        related(QJsonDocument(metadata).toJson(QJsonDocument::Compact), message),
        "multipart/related; boundary=sbx_boundary");
}

inline QString GmailFixture::startResumable(qint64 size, TestReply *reply)
{
    const TestReply r = m_client->postRaw(uploadPath + u"?uploadType=resumable"_s, "{}",
        "application/json; charset=UTF-8",
        {{"X-Upload-Content-Type", "message/rfc822"},
            {"X-Upload-Content-Length", QByteArray::number(size)}});
    if (reply)
        *reply = r;
    return QString::fromLatin1(r.header("Location"));
}

} // namespace Outpost::Sandbox::Testing::Gmail

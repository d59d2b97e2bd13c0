// SPDX-License-Identifier: GPL-3.0-or-later
// POST /api/upload on the sandbox: multipart parsing, limits, and the bytes kept on disk.
#include "tests/support/SandboxTestClient.h"

#include "sandbox/SandboxSeed.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Outpost::Sandbox;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;

class TestSandboxUpload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void uploadStoresTheBytes();
    void uploadKeepsNonAsciiFilenames();
    void uploadOfElevenFilesIs400();
    void uploadTooLargeIs413NamingTheFile();
    void uploadWithWrongPartNameIs400();
    void uploadThatIsNotMultipartIs400();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxUpload::init()
{
    m_server = startSandbox();
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(m_server->url(), m_server->demoToken());
}

void TestSandboxUpload::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxUpload::uploadStoresTheBytes()
{
    QByteArray binary(20000, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919) % 251);
    const QByteArray text("Quarterly numbers\r\n--not-a-boundary\r\n\r\nend");
    const TestReply r = m_client->upload({{u"report.bin"_s, "application/octet-stream", binary},
        {u"notes.txt"_s, "text/plain", text}});
    QCOMPARE(r.status, 200);
    const QJsonArray files = r.json().value(u"files"_s).toArray();
    QCOMPARE(files.size(), 2);
    const QByteArray expected[] = {binary, text};
    const QString names[] = {u"report.bin"_s, u"notes.txt"_s};
    const QString types[] = {u"application/octet-stream"_s, u"text/plain"_s};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject f = files.at(i).toObject();
        QCOMPARE(keysOf(f),
            sorted({u"key"_s, u"type"_s, u"name"_s, u"size"_s, u"signedUrl"_s, u"bucket"_s}));
        const QString key = f.value(u"key"_s).toString();
        const QRegularExpression shape(
            u"^orgs/%1/uploads/\\d{4}-\\d{2}-\\d{2}/([0-9a-f-]{36})-%2$"_s.arg(
                Seed::demoOrgId, QRegularExpression::escape(names[i])));
        const QRegularExpressionMatch match = shape.match(key);
        QVERIFY2(match.hasMatch(), qPrintable(key));
        QCOMPARE(f.value(u"name"_s).toString(), names[i]);
        QCOMPARE(f.value(u"type"_s).toString(), types[i]);
        QCOMPARE(f.value(u"size"_s).toInteger(), expected[i].size());
        // Stored on disk, byte for byte, and served at the signed URL.
        QFile stored(QDir(m_server->dataDir()).filePath(u"uploads/"_s + match.captured(1)));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(sha256(stored.readAll()), sha256(expected[i]));
        const QUrl signedUrl(f.value(u"signedUrl"_s).toString());
        SandboxTestClient anonymous(m_server->url());
        const TestReply fetched = anonymous.get(
            signedUrl.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded));
        QCOMPARE(fetched.status, 200);
        QCOMPARE(sha256(fetched.body), sha256(expected[i]));
    }
}

void TestSandboxUpload::uploadKeepsNonAsciiFilenames()
{
    const QString name = u"Résumé – 2026 €.pdf"_s;
    const QByteArray boundary("----outpost7d1e");
    const QList<QByteArray> headers {
        "Content-Disposition: form-data; name=\"files\"; filename=\"Resume.pdf\"; filename*=UTF-8''"
            + QUrl::toPercentEncoding(name) + "\r\nContent-Type: application/pdf",
        "Content-Disposition: form-data; name=\"files\"; filename=\"" + name.toUtf8()
            + "\"\r\nContent-Type: application/pdf",
        "Content-Disposition: form-data; name=\"files\"; filename=\"C:\\\\Users\\\\dana\\\\"
        "\\\"quoted\\\" name.txt\""};
    const TestReply r = m_client->postRaw(u"/api/upload"_s,
        multipartBody(boundary, headers, {"%PDF-1.4", "%PDF-1.5", "x"}),
        "multipart/form-data; boundary=\"" + boundary + '"');
    QCOMPARE(r.status, 200);
    const QJsonArray files = r.json().value(u"files"_s).toArray();
    QCOMPARE(valuesOf(files, u"name"_s), QStringList({name, name, u"\"quoted\" name.txt"_s}));
    QVERIFY(files.at(0).toObject().value(u"key"_s).toString().endsWith(u'-' + name));
    QCOMPARE(files.at(0).toObject().value(u"size"_s).toInt(), 8);
}

void TestSandboxUpload::uploadOfElevenFilesIs400()
{
    QList<TestFile> files;
    for (int i = 0; i < 11; ++i)
        files.append({u"file%1.txt"_s.arg(i), "text/plain", "x"});
    const TestReply r = m_client->upload(files);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error().value(u"code"_s).toString(), u"invalid_request"_s);
    QCOMPARE(r.error().value(u"field"_s).toString(), u"files"_s);
    QCOMPARE(r.error().value(u"message"_s).toString(),
        u"At most 10 files per upload; this one has 11"_s);
    files.removeLast();
    QCOMPARE(m_client->upload(files).status, 200);
}

void TestSandboxUpload::uploadTooLargeIs413NamingTheFile()
{
    const TestReply r = m_client->upload({{u"small.txt"_s, "text/plain", "ok"},
        {u"huge.iso"_s, "", QByteArray(64 * 1024 + 1, 'a')}});
    QCOMPARE(r.status, 413);
    QCOMPARE(r.error().value(u"code"_s).toString(), u"payload_too_large"_s);
    QCOMPARE(r.error().value(u"field"_s).toString(), u"files"_s);
    const QString message = r.error().value(u"message"_s).toString();
    QCOMPARE(message, u"“huge.iso” is 65537 bytes, more than the limit of 65536 bytes per file"_s);
    // Nothing of the refused request was kept; exactly the limit passes.
    QCOMPARE(QDir(m_server->dataDir() + u"/uploads"_s).entryList(QDir::Files).size(), 0);
    QCOMPARE(m_client->upload({{u"edge.bin"_s, "", QByteArray(64 * 1024, 'a')}}).status, 200);
}

void TestSandboxUpload::uploadWithWrongPartNameIs400()
{
    const TestReply r = m_client->upload(
        {{u"a.txt"_s, "text/plain", "a"}, {u"b.txt"_s, "text/plain", "b", u"file"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error().value(u"field"_s).toString(), u"files"_s);
    QCOMPARE(r.error().value(u"message"_s).toString(),
        u"Unexpected part “file”: send every file in a part named “files”"_s);
}

void TestSandboxUpload::uploadThatIsNotMultipartIs400()
{
    const TestReply json = m_client->post(u"/api/upload"_s, {{u"files"_s, u"x"_s}});
    QCOMPARE(json.status, 400);
    QCOMPARE(
        json.error().value(u"message"_s).toString(), u"the body must be multipart/form-data"_s);
    const TestReply truncated = m_client->postRaw(u"/api/upload"_s,
        "--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a\"\r\n\r\nabc",
        "multipart/form-data; boundary=b");
    QCOMPARE(truncated.status, 400);
    QCOMPARE(truncated.error().value(u"message"_s).toString(),
        u"The multipart body is malformed: the body ends before the closing boundary"_s);
}

QTEST_GUILESS_MAIN(TestSandboxUpload)
#include "tst_sandbox_upload.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/OAuthProfile.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/oauth/OAuthServers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>
#include <optional>

namespace Outpost::Sandbox::Testing {

// The sandbox's OAuth servers and provider APIs as the configuration Outpost is handed
// (OUTPOST_GOOGLE_TOKEN_URL, OUTPOST_GMAIL_API_URL, …), never through the environment.
inline ConfigOverrides sandboxServers(const QUrl &sandbox)
{
    ConfigOverrides servers;
    for (const auto &[name, value] : OAuthServers::environment(sandbox))
        servers.insert(name, value);
    return servers;
}

// What came back over the wire, read synchronously.
struct TestReply
{
    int status = 0; // 0: no HTTP response (connection dropped, refused, timed out)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const;
    QJsonObject error() const { return json().value(QStringLiteral("error")).toObject(); }
    QByteArray header(QByteArrayView name) const;
};

struct TestFile
{
    QString filename;
    QByteArray contentType;
    QByteArray data;
    QString partName = QStringLiteral("files");
};

// Real HTTP against a sandbox on 127.0.0.1: each call waits for its reply on a QSignalSpy.
class SandboxTestClient
{
public:
    explicit SandboxTestClient(QUrl base, QString token = {});

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    QUrl url(const QString &pathAndQuery) const;
    QNetworkAccessManager &network() { return m_network; }

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    TestReply get(const QString &pathAndQuery, const Headers &headers = {});
    TestReply post(const QString &path, const QJsonObject &body, const Headers &headers = {});
    TestReply postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType,
        const Headers &headers = {});
    TestReply del(const QString &path);
    TestReply upload(const QList<TestFile> &files, const Headers &headers = {});
    TestReply send(const QJsonObject &body, const QString &idempotencyKey = {});
    // Any verb and body; redirects are never followed (Gmail answers chunks with 308).
    TestReply custom(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
        const Headers &headers = {});

    // Starts a request without waiting (for tests that overlap requests).
    QNetworkReply *startGet(const QString &pathAndQuery);
    static TestReply wait(QNetworkReply *reply, int timeoutMs = 20000);

    // /_sandbox/ controls
    int addFault(const QJsonObject &fault); // its id, or 0 when refused
    QJsonArray recorded(const QString &path = {});
    QJsonArray allMessages();
    // The Idempotency-Key of each request recorded for `path`, oldest first.
    QStringList idempotencyKeys(const QString &path);
    // Direct mode: what was sent through the sandbox's Gmail or Graph (provider gmail|outlook),
    // and a fresh provider token (`expiresInSecs` < 0: already expired).
    QJsonArray providerMessages(const QString &provider);
    QString providerToken(const QString &provider, std::optional<int> expiresInSecs = {});

private:
    QNetworkRequest request(const QString &pathAndQuery, const Headers &headers) const;

    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_network;
};

SandboxOptions testOptions(); // faults on, 64 KiB upload limit, fresh temporary data dir
// A started sandbox, or nullptr with the reason printed.
std::unique_ptr<SandboxServer> startSandbox(const SandboxOptions &options = testOptions());
QByteArray sha256(const QByteArray &data);
// A fresh access token of the seeded second user (for 403/404 tests across users).
QString otherUserToken(const QUrl &base);

// JSON helpers for assertions.
QStringList keysOf(const QJsonObject &object); // sorted
QStringList sorted(QStringList list);
QStringList valuesOf(const QJsonArray &array, const QString &key);
QJsonObject withFields(QJsonObject object, const QJsonObject &more);
QJsonObject without(QJsonObject object, const QString &key);
// A multipart/form-data body written by hand, for bytes QHttpMultiPart would not produce.
QByteArray multipartBody(const QByteArray &boundary, const QList<QByteArray> &partHeaders,
    const QList<QByteArray> &partBodies);

} // namespace Outpost::Sandbox::Testing

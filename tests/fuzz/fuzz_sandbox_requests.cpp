// SPDX-License-Identifier: GPL-3.0-or-later
// Whole requests through the running sandbox (SandboxServer on 127.0.0.1, its SQLite store in a
// temporary folder, the demo user's tokens): JSON bodies of the platform, Gmail and Graph
// stand-ins, multipart uploads, and $filter, $search and q values in the URL. The first byte
// picks the endpoint, the rest is the body (or the query value). Property: whatever the body,
// the stand-in answers as the service would, with a status below 500 (a 5xx would be the
// stand-in failing, not the client), and a JSON answer is JSON.
#include "FuzzSupport.h"

#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <memory>

using namespace Outpost;
using namespace Outpost::Sandbox;

namespace {

struct Endpoint
{
    QByteArray method;
    const char *path;
    enum Token { None, Platform, Gmail, Graph } token;
    QByteArray contentType; // empty: the input goes into `query` instead of the body
    const char *query = nullptr; // the query parameter that carries the input
};

const Endpoint endpoints[] {
    {"POST", "/api/auth/login", Endpoint::None, "application/json"},
    {"POST", "/api/auth/refresh", Endpoint::None, "application/json"},
    {"POST", "/api/email/messages/send", Endpoint::Platform, "application/json"},
    {"POST", "/api/upload", Endpoint::Platform, "multipart/form-data; boundary=fuzzboundary"},
    {"POST", "/api/conversation/all", Endpoint::Platform, "application/json"},
    {"POST", "/api/conversation/messages", Endpoint::Platform, "application/json"},
    {"POST", "/gmail-api/gmail/v1/users/me/messages/send", Endpoint::Gmail, "application/json"},
    {"POST", "/gmail-api/upload/gmail/v1/users/me/messages/send?uploadType=media", Endpoint::Gmail,
        "message/rfc822"},
    {"POST", "/gmail-api/upload/gmail/v1/users/me/messages/send?uploadType=multipart",
        Endpoint::Gmail, "multipart/related; boundary=fuzzboundary"},
    {"GET", "/gmail-api/gmail/v1/users/me/messages", Endpoint::Gmail, {}, "q"},
    {"POST", "/graph/v1.0/me/sendMail", Endpoint::Graph, "application/json"},
    {"POST", "/graph/v1.0/me/messages", Endpoint::Graph, "application/json"},
    {"GET", "/graph/v1.0/me/messages", Endpoint::Graph, {}, "$filter"},
    {"GET", "/graph/v1.0/me/messages", Endpoint::Graph, {}, "$search"},
    {"POST", "/oauth/google/token", Endpoint::None, "application/x-www-form-urlencoded"},
    {"POST", "/oauth/microsoft/token", Endpoint::None, "application/x-www-form-urlencoded"},
};

struct Running
{
    QTemporaryDir dir;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<QNetworkAccessManager> network;
    QByteArray tokens[4];
};

Running *sandbox = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    sandbox = new Running;
    SandboxOptions options;
    options.dataDir = sandbox->dir.path();
    options.graphSentCopyDelayMs = 0;
    sandbox->server = std::make_unique<SandboxServer>(options);
    QString error;
    if (!sandbox->server->start(&error))
        Outpost::Fuzz::fail(__FILE__, __LINE__, "the sandbox starts", error);
    sandbox->network = std::make_unique<QNetworkAccessManager>();
    sandbox->tokens[Endpoint::Platform] = sandbox->server->demoToken().toUtf8();
    sandbox->tokens[Endpoint::Gmail] = sandbox->server->demoProviderToken(Provider::Gmail).toUtf8();
    sandbox->tokens[Endpoint::Graph]
        = sandbox->server->demoProviderToken(Provider::Outlook).toUtf8();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const Endpoint &endpoint = endpoints[data[0] % std::size(endpoints)];
    const QByteArray input = Fuzz::bytes(data + 1, size - 1);

    QUrl url(sandbox->server->url().toString() + QString::fromLatin1(endpoint.path));
    if (endpoint.query) {
        // The value's bytes as a client sends them: percent-encoded, nothing else changed.
        url.setQuery(QString::fromLatin1(
                         QByteArray(endpoint.query + QByteArray("=") + input.toPercentEncoding())),
            QUrl::StrictMode);
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(20'000);
    if (!endpoint.contentType.isEmpty())
        request.setRawHeader("Content-Type", endpoint.contentType);
    if (endpoint.token != Endpoint::None)
        request.setRawHeader("Authorization", "Bearer " + sandbox->tokens[endpoint.token]);
    const std::unique_ptr<QNetworkReply> reply(sandbox->network->sendCustomRequest(
        request, endpoint.method, endpoint.query ? QByteArray() : input));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    const QString what
        = QStringLiteral("%1 %2 → %3 %4\nbody: %5\nanswer: %6")
              .arg(QString::fromLatin1(endpoint.method), url.toString())
              .arg(status)
              .arg(reply->errorString(), QString::fromUtf8(input), QString::fromUtf8(answer));
    FUZZ_CHECK(status >= 200 && status < 500, what);
    if (reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"application/json")
        && !answer.isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(answer, &error);
        FUZZ_CHECK(error.error == QJsonParseError::NoError, what);
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SandboxTestClient.h"

#include "sandbox/SandboxSeed.h"

#include <QCryptographicHash>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QUuid>

namespace Outpost::Sandbox::Testing {

using namespace Qt::StringLiterals;

QJsonObject TestReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray TestReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxTestClient::SandboxTestClient(QUrl base, QString token)
    : m_base(std::move(base)), m_token(std::move(token))
{
}

QUrl SandboxTestClient::url(const QString &pathAndQuery) const
{
    return m_base.resolved(QUrl(pathAndQuery));
}

QNetworkRequest SandboxTestClient::request(
    const QString &pathAndQuery, const Headers &headers) const
{
    QNetworkRequest r(url(pathAndQuery));
    if (!m_token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto &[name, value] : headers)
        r.setRawHeader(name, value);
    r.setTransferTimeout(30000);
    return r;
}

TestReply SandboxTestClient::wait(QNetworkReply *reply, int timeoutMs)
{
    std::unique_ptr<QNetworkReply> owner(reply);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(timeoutMs))
            reply->abort();
    }
    TestReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.networkError = reply->error();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    return r;
}

TestReply SandboxTestClient::get(const QString &pathAndQuery, const Headers &headers)
{
    return wait(m_network.get(request(pathAndQuery, headers)));
}

TestReply SandboxTestClient::post(
    const QString &path, const QJsonObject &body, const Headers &headers)
{
    return postRaw(
        path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", headers);
}

TestReply SandboxTestClient::postRaw(const QString &path, const QByteArray &body,
    const QByteArray &contentType, const Headers &headers)
{
    QNetworkRequest r = request(path, headers);
    r.setRawHeader("Content-Type", contentType);
    return wait(m_network.post(r, body));
}

TestReply SandboxTestClient::del(const QString &path)
{
    return wait(m_network.deleteResource(request(path, {})));
}

TestReply SandboxTestClient::upload(const QList<TestFile> &files, const Headers &headers)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const TestFile &f : files) {
        QHttpPart part;
        part.setRawHeader("Content-Disposition",
            "form-data; name=\"" + f.partName.toUtf8() + "\"; filename=\"" + f.filename.toUtf8()
                + '"');
        if (!f.contentType.isEmpty())
            part.setRawHeader("Content-Type", f.contentType);
        part.setBody(f.data);
        multipart->append(part);
    }
    QNetworkReply *reply = m_network.post(request(u"/api/upload"_s, headers), multipart);
    multipart->setParent(reply);
    return wait(reply);
}

TestReply SandboxTestClient::send(const QJsonObject &body, const QString &idempotencyKey)
{
    Headers headers;
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey.toLatin1()});
    return post(u"/api/email/messages/send"_s, body, headers);
}

TestReply SandboxTestClient::custom(const QByteArray &verb, const QString &pathAndQuery,
    const QByteArray &body, const Headers &headers)
{
    QNetworkRequest r = request(pathAndQuery, headers);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return wait(m_network.sendCustomRequest(r, verb, body));
}

QNetworkReply *SandboxTestClient::startGet(const QString &pathAndQuery)
{
    return m_network.get(request(pathAndQuery, {}));
}

int SandboxTestClient::addFault(const QJsonObject &fault)
{
    const TestReply r = post(u"/_sandbox/faults"_s, fault);
    return r.status == 200 ? r.json().value(u"id"_s).toInt() : 0;
}

QJsonArray SandboxTestClient::recorded(const QString &path)
{
    QUrl u = url(u"/_sandbox/requests"_s);
    if (!path.isEmpty())
        u.setQuery(QUrlQuery {{u"path"_s, path}});
    return wait(m_network.get(QNetworkRequest(u))).json().value(u"requests"_s).toArray();
}

QJsonArray SandboxTestClient::allMessages()
{
    return get(u"/_sandbox/messages"_s).json().value(u"messages"_s).toArray();
}

QStringList SandboxTestClient::idempotencyKeys(const QString &path)
{
    QStringList keys;
    for (const QJsonValue &r : recorded(path))
        keys += r.toObject().value(u"headers"_s).toObject().value(u"idempotency-key"_s).toString();
    return keys;
}

QJsonArray SandboxTestClient::providerMessages(const QString &provider)
{
    return get(u"/_sandbox/provider-messages?provider="_s + provider)
        .json()
        .value(u"messages"_s)
        .toArray();
}

QString SandboxTestClient::providerToken(const QString &provider, std::optional<int> expiresInSecs)
{
    QJsonObject spec {{u"provider"_s, provider}};
    if (expiresInSecs)
        spec.insert(u"expiresInSecs"_s, *expiresInSecs);
    return post(u"/_sandbox/provider-tokens"_s, spec).json().value(u"token"_s).toString();
}

SandboxOptions testOptions()
{
    SandboxOptions options;
    options.faults = true;
    options.maxUploadBytes = 64 * 1024;
    return options;
}

std::unique_ptr<SandboxServer> startSandbox(const SandboxOptions &options)
{
    auto server = std::make_unique<SandboxServer>(options);
    QString error;
    if (!server->start(&error)) {
        qWarning("sandbox did not start: %s", qPrintable(error));
        return nullptr;
    }
    return server;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QString otherUserToken(const QUrl &base)
{
    SandboxTestClient c(base);
    return c
        .post(u"/api/auth/login"_s,
            {{u"email"_s, Seed::otherEmail.toString()},
                {u"password"_s, Seed::otherPassword.toString()}})
        .json()
        .value(u"token"_s)
        .toString();
}

QStringList keysOf(const QJsonObject &object)
{
    return sorted(object.keys());
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList valuesOf(const QJsonArray &array, const QString &key)
{
    QStringList values;
    for (const QJsonValue &v : array)
        values += v.toObject().value(key).toString();
    return values;
}

QJsonObject withFields(QJsonObject object, const QJsonObject &more)
{
    for (auto it = more.begin(); it != more.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject without(QJsonObject object, const QString &key)
{
    object.remove(key);
    return object;
}

QByteArray multipartBody(const QByteArray &boundary, const QList<QByteArray> &partHeaders,
    const QList<QByteArray> &partBodies)
{
    QByteArray body;
    for (qsizetype i = 0; i < partHeaders.size(); ++i)
        body += "--" + boundary + "\r\n" + partHeaders.at(i) + "\r\n\r\n" + partBodies.at(i)
            + "\r\n";
    body += "--" + boundary + "--\r\n";
    return body;
}

} // namespace Outpost::Sandbox::Testing

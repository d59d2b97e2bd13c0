// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A test's own HTTP client: real requests on loopback, waited for with an event loop, so a
// test can look at what the sandbox stored the way any other client would.
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace Outpost::Test {

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

class SyncHttp
{
public:
    SyncHttp(QUrl base, QString token = {}) : m_base(std::move(base)), m_token(std::move(token)) { }

    void setToken(const QString &token) { m_token = token; }

    HttpAnswer request(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QUrl url = m_base;
        const qsizetype q = path.indexOf(u'?');
        url.setPath(url.path() + (q < 0 ? path : path.left(q)));
        if (q >= 0)
            url.setQuery(path.mid(q + 1));
        QNetworkRequest r(url);
        if (!m_token.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        if (!body.isNull())
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            r.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(r, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
        loop.exec();
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return answer;
    }

    HttpAnswer get(const QString &path) { return request("GET", path); }
    HttpAnswer post(const QString &path, const QJsonDocument &json,
        const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return request("POST", path, json.toJson(QJsonDocument::Compact), headers);
    }

    // The Idempotency-Key of every request the sandbox recorded for `path`, oldest first.
    QStringList recordedIdempotencyKeys(const QString &path)
    {
        QStringList keys;
        const QJsonArray requests = get(QStringLiteral("/_sandbox/requests?path=") + path)
                                        .json()
                                        .object()
                                        .value(QStringLiteral("requests"))
                                        .toArray();
        for (const QJsonValue &r : requests) {
            keys += r.toObject()
                        .value(QStringLiteral("headers"))
                        .toObject()
                        .value(QStringLiteral("idempotency-key"))
                        .toString();
        }
        return keys;
    }

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QString m_token;
};

} // namespace Outpost::Test

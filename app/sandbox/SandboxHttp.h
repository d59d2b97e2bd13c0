// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
QT_END_NAMESPACE

namespace Outpost::Sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A request copied out of QHttpServerRequest, so that it can outlive its socket (delays).
struct HttpRequest
{
    QByteArray method; // upper case: GET, POST, …
    QString path; // decoded
    QString rawQuery;
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QHash<QString, QString> params; // path parameters of the matched route

    static HttpRequest from(const QHttpServerRequest &request);
    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
    QString queryValue(const QString &key) const;
    QString bearerToken() const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    HeaderList headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    static HttpResponse html(int status, const QString &title, const QString &text);
    // { "error": { "code": …, "message": …, "field": … } }: the contract's first shape.
    static HttpResponse apiError(
        int status, const QString &code, const QString &message, const QString &field = {});
    // { "success": false, "message": …, "error": "BAD_REQUEST" }: the second shape (auth).
    static HttpResponse legacyError(int status, const QString &message, const QString &code);
    // { "error": "Invalid or expired token" }: the third shape.
    static HttpResponse invalidToken();
    static HttpResponse notFound(const QString &path);

    // The HTTP/1.1 message's status line and headers, up to the empty line. The body is
    // written after it as it is, not copied behind them (a 500-message thread's answer is
    // 6.9 MB).
    QByteArray head() const;
};

QByteArray reasonPhrase(int status);

} // namespace Outpost::Sandbox

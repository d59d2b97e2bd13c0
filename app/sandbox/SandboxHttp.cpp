// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxHttp.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QUrl>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return QByteArrayLiteral("GET");
    case M::Put:
        return QByteArrayLiteral("PUT");
    case M::Delete:
        return QByteArrayLiteral("DELETE");
    case M::Post:
        return QByteArrayLiteral("POST");
    case M::Head:
        return QByteArrayLiteral("HEAD");
    case M::Options:
        return QByteArrayLiteral("OPTIONS");
    case M::Patch:
        return QByteArrayLiteral("PATCH");
    case M::Connect:
        return QByteArrayLiteral("CONNECT");
    case M::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

HttpRequest HttpRequest::from(const QHttpServerRequest &request)
{
    HttpRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyDecoded);
    r.rawQuery = url.query(QUrl::FullyEncoded);
    r.query = QUrlQuery(url);
    r.headers = request.headers();
    r.body = request.body();
    return r;
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QString HttpRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QString HttpRequest::bearerToken() const
{
    const QByteArray value = header("authorization").trimmed();
    static constexpr QByteArrayView scheme("bearer ");
    if (value.size() <= scheme.size()
        || QByteArrayView(value).first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(value.mid(scheme.size()).trimmed());
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::json(int status, const QJsonArray &array)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::html(int status, const QString &title, const QString &text)
{
    HttpResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    const QString page = u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                         u"<title>"
        % htmlEscaped(title) % u"</title></head>\n<body><h1>" % htmlEscaped(title) % u"</h1>\n<p>"
        % htmlEscaped(text) % u"</p></body></html>\n";
    r.body = page.toUtf8();
    return r;
}

HttpResponse HttpResponse::apiError(
    int status, const QString &code, const QString &message, const QString &field)
{
    QJsonObject error {{u"code"_s, code}, {u"message"_s, message}};
    if (!field.isEmpty())
        error.insert(u"field"_s, field);
    return json(status, QJsonObject {{u"error"_s, error}});
}

HttpResponse HttpResponse::legacyError(int status, const QString &message, const QString &code)
{
    return json(
        status, QJsonObject {{u"success"_s, false}, {u"message"_s, message}, {u"error"_s, code}});
}

HttpResponse HttpResponse::invalidToken()
{
    HttpResponse r = json(401, QJsonObject {{u"error"_s, u"Invalid or expired token"_s}});
    r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
    return r;
}

HttpResponse HttpResponse::notFound(const QString &path)
{
    return apiError(404, u"not_found"_s, u"No endpoint at " % path);
}

QByteArray HttpResponse::head() const
{
    QByteArray out;
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!body.isEmpty() || !contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "\r\n";
    return out;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace Outpost::Sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/gmail/GmailJson.h"

#include "sandbox/gmail/GmailMime.h"

#include <QJsonArray>

namespace Outpost::Sandbox::GmailJson {

using namespace Qt::StringLiterals;

QJsonObject errorBody(int code, const QString &message, const QString &reason,
    const QString &status, const QString &domain)
{
    const QJsonObject detail {
        {u"message"_s, message}, {u"domain"_s, domain}, {u"reason"_s, reason}};
    return {{u"error"_s,
        QJsonObject {{u"code"_s, code}, {u"message"_s, message}, {u"errors"_s, QJsonArray {detail}},
            {u"status"_s, status}}}};
}

HttpResponse error(int code, const QString &message, const QString &reason, const QString &status,
    const QString &domain)
{
    HttpResponse r = HttpResponse::json(code, errorBody(code, message, reason, status, domain));
    r.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    return r;
}

HttpResponse invalid(const QString &message)
{
    return error(400, message, u"invalidArgument"_s, u"INVALID_ARGUMENT"_s);
}

HttpResponse tooLarge(const QString &message)
{
    return error(413, message, u"uploadTooLarge"_s, u"INVALID_ARGUMENT"_s);
}

HttpResponse notFound()
{
    return error(404, u"Requested entity was not found."_s, u"notFound"_s, u"NOT_FOUND"_s);
}

HttpResponse unauthenticated()
{
    QJsonObject detail {{u"message"_s, u"Invalid Credentials"_s}, {u"domain"_s, u"global"_s},
        {u"reason"_s, u"authError"_s}, {u"location"_s, u"Authorization"_s},
        {u"locationType"_s, u"header"_s}};
    const QString message = u"Request had invalid authentication credentials. Expected OAuth 2 "
                            u"access token, login cookie or other valid authentication "
                            u"credential. See "
                            u"https://developers.google.com/identity/sign-in/web/"
                            u"devconsole-project."_s;
    HttpResponse r = HttpResponse::json(401,
        QJsonObject {{u"error"_s,
            QJsonObject {{u"code"_s, 401}, {u"message"_s, message},
                {u"errors"_s, QJsonArray {detail}}, {u"status"_s, u"UNAUTHENTICATED"_s}}}});
    r.contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    r.headers.append({QByteArrayLiteral("WWW-Authenticate"),
        QByteArrayLiteral(
            "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"")});
    return r;
}

HttpResponse forStatus(int status)
{
    switch (status) {
    case 400:
        return invalid(u"Bad Request (injected by the sandbox)"_s);
    case 401:
        return unauthenticated();
    case 403:
        return error(
            403, u"The caller does not have permission"_s, u"forbidden"_s, u"PERMISSION_DENIED"_s);
    case 404:
        return notFound();
    case 413:
        return tooLarge(u"Request Entity Too Large (injected by the sandbox)"_s);
    case 429:
        return error(429, u"Too many concurrent requests for user"_s, u"rateLimitExceeded"_s,
            u"RESOURCE_EXHAUSTED"_s, u"usageLimits"_s);
    case 500:
        return error(500, u"Internal error encountered."_s, u"backendError"_s, u"INTERNAL"_s);
    case 503:
        return error(
            503, u"The service is currently unavailable."_s, u"backendError"_s, u"UNAVAILABLE"_s);
    default:
        return error(status,
            QString::fromLatin1(reasonPhrase(status)) + u" (injected by the sandbox)"_s,
            status >= 500 ? u"backendError"_s : u"failedPrecondition"_s,
            status >= 500 ? u"UNAVAILABLE"_s : u"FAILED_PRECONDITION"_s);
    }
}

QString snippet(const QString &text)
{
    QString s = text.simplified();
    if (s.size() > 160)
        s = s.first(160);
    return s.toHtmlEscaped().replace(u'\'', u"&#39;"_s);
}

QJsonObject sent(const GmailMessage &m)
{
    return {{u"id"_s, m.id}, {u"threadId"_s, m.threadId},
        {u"labelIds"_s, QJsonArray::fromStringList(m.labelIds)}};
}

QJsonObject message(const GmailMessage &m, const QString &format, const QStringList &headerNames)
{
    QJsonObject o {{u"id"_s, m.id}, {u"threadId"_s, m.threadId},
        {u"labelIds"_s, QJsonArray::fromStringList(m.labelIds)}, {u"snippet"_s, m.snippet},
        {u"historyId"_s, QString::number(m.historyId)},
        {u"internalDate"_s, QString::number(m.internalDate.toMSecsSinceEpoch())},
        {u"sizeEstimate"_s, m.size}};
    if (format == u"minimal")
        return o;
    if (format == u"raw") {
        o.insert(u"raw"_s, QString::fromLatin1(m.raw.toBase64(QByteArray::Base64UrlEncoding)));
        return o;
    }
    QJsonArray headers;
    QString mimeType = u"text/plain"_s;
    for (const auto &[name, value] : GmailMime::headers(m.raw)) {
        if (name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0)
            mimeType = value.section(u';', 0, 0).trimmed().toLower();
        const bool wanted
            = headerNames.isEmpty() || headerNames.contains(name, Qt::CaseInsensitive);
        if (wanted)
            headers.append(QJsonObject {{u"name"_s, name}, {u"value"_s, value}});
    }
    o.insert(u"payload"_s,
        QJsonObject {{u"partId"_s, QString()}, {u"mimeType"_s, mimeType},
            {u"filename"_s, QString()}, {u"headers"_s, headers}});
    return o;
}

} // namespace Outpost::Sandbox::GmailJson

// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ServiceError.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::ServiceError)
};

ServiceError::Kind kindForStatus(int status)
{
    using K = ServiceError::Kind;
    switch (status) {
    case 400:
        return K::BadRequest;
    case 401:
        return K::Unauthorized;
    case 403:
        return K::Forbidden;
    case 404:
        return K::NotFound;
    case 409:
        return K::Conflict;
    case 413:
        return K::TooLarge;
    case 429:
        return K::RateLimited;
    case 503:
        return K::Unavailable;
    default:
        break;
    }
    if (status >= 500)
        return K::Server;
    if (status == 408)
        return K::Timeout;
    return K::BadRequest; // any other 4xx: the request was refused as it is
}

QString withDetail(const QString &summary, const QString &detail)
{
    if (detail.isEmpty())
        return summary;
    return Tr::tr("%1 The server said: “%2”").arg(summary, detail);
}
} // namespace

bool ServiceError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Unavailable:
    case Kind::Server:
        return true;
    default:
        return false;
    }
}

bool ServiceError::outcomeUnknown() const
{
    switch (kind) {
    case Kind::Network:
        // HttpClient names the failures that happen before the request is written.
        return code != connectionRefused && code != hostNotFound;
    case Kind::Timeout:
        return true;
    case Kind::Server:
        // 502 Bad Gateway and 504 Gateway Timeout: a proxy lost the server mid-request
        // (RFC 9110 §15.6.3, §15.6.5). A plain 500 is the server's own answer about the
        // request; the sandbox stores nothing when it gives one.
        return httpStatus == 502 || httpStatus == 504;
    default:
        return false;
    }
}

ServiceError ServiceError::fromHttp(int status, const QString &code, const QString &serverMessage,
    DraftField field, std::optional<std::chrono::seconds> retryAfter)
{
    ServiceError e;
    e.kind = kindForStatus(status);
    e.httpStatus = status;
    e.code = code;
    e.serverMessage = serverMessage;
    e.field = field;
    e.retryAfter = retryAfter;
    switch (e.kind) {
    case Kind::BadRequest:
        e.message = serverMessage.isEmpty() ? Tr::tr("The server refused the message as written.")
                                            : serverMessage;
        break;
    case Kind::Unauthorized:
        e.message = withDetail(
            Tr::tr("Your sign-in has expired or was revoked. Sign in again."), serverMessage);
        break;
    case Kind::Forbidden:
        e.message = withDetail(
            Tr::tr("This mailbox or conversation is not one of yours on this instance."),
            serverMessage);
        break;
    case Kind::NotFound:
        e.message = withDetail(
            Tr::tr("The thread, conversation or attachment no longer exists."), serverMessage);
        break;
    case Kind::Conflict:
        e.message = withDetail(
            Tr::tr("Choose whether this address sends through Gmail or Outlook."), serverMessage);
        break;
    case Kind::TooLarge:
        e.message = withDetail(Tr::tr("A file or the message is too large."), serverMessage);
        break;
    case Kind::RateLimited:
        e.message = Tr::tr("The server is busy (too many requests); Outpost will try again.");
        break;
    case Kind::Unavailable:
        e.message = Tr::tr("The server is temporarily unavailable; Outpost will try again.");
        break;
    default:
        e.message = withDetail(Tr::tr("The server failed (HTTP %1).").arg(status), serverMessage);
        break;
    }
    return e;
}

ServiceError ServiceError::network(Kind kind, const QString &host, const QString &detail)
{
    ServiceError e;
    e.kind = kind;
    e.serverMessage = detail;
    switch (kind) {
    case Kind::Tls:
        e.message = Tr::tr("The secure connection to %1 could not be verified (%2). Nothing was "
                           "sent.")
                        .arg(host, detail);
        break;
    case Kind::Timeout:
        e.message = Tr::tr("%1 did not answer in time.").arg(host);
        break;
    case Kind::Cancelled:
        e.message = Tr::tr("Cancelled.");
        break;
    case Kind::Protocol:
        e.message
            = Tr::tr("%1 answered with something Outpost cannot read (%2).").arg(host, detail);
        break;
    default:
        e.message = Tr::tr("Cannot reach %1 (%2).").arg(host, detail);
        break;
    }
    return e;
}

std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = v.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional(std::chrono::seconds(seconds));
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), and the two obsolete forms RFC 9110
    // still asks recipients to read: RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT") and asctime
    // ("Sun Nov  6 08:49:37 1994").
    const QString text = QString::fromLatin1(v).remove(QStringLiteral(" GMT")).simplified();
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    // The obsolete forms without their day names (a two-digit year would make Qt check the
    // name against 19xx).
    const QString dayless = text.section(QLatin1Char(' '), 1);
    if (!when.isValid()) {
        when = QLocale::c().toDateTime(dayless, QStringLiteral("dd-MMM-yy HH:mm:ss"));
        if (when.isValid() && when.date().year() < 1970) // two digits: 19xx or 20xx
            when = when.addYears(100);
    }
    if (!when.isValid())
        when = QLocale::c().toDateTime(dayless, QStringLiteral("MMM d HH:mm:ss yyyy"));
    if (!when.isValid())
        return std::nullopt;
    const QDateTime utc(when.date(), when.time(), QTimeZone::utc());
    const qint64 delta = now.secsTo(utc);
    return std::chrono::seconds(std::max<qint64>(0, delta));
}

} // namespace Outpost

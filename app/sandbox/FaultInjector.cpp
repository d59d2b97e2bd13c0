// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/FaultInjector.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

namespace {
QString errorCodeFor(int status)
{
    switch (status) {
    case 400:
        return u"invalid_request"_s;
    case 401:
        return u"unauthorized"_s;
    case 403:
        return u"forbidden"_s;
    case 404:
        return u"not_found"_s;
    case 409:
        return u"conflict"_s;
    case 413:
        return u"payload_too_large"_s;
    case 429:
        return u"rate_limited"_s;
    case 503:
        return u"unavailable"_s;
    default:
        return status >= 500 ? u"server_error"_s : u"error"_s;
    }
}

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
}
} // namespace

HttpResponse Fault::response() const
{
    HttpResponse r;
    if (!body) {
        r = HttpResponse::apiError(status, errorCodeFor(status),
            QString::fromLatin1(reasonPhrase(status)) + u" (injected by the sandbox)"_s);
    } else if (body->isString()) {
        // A string is sent as it is: for clients that must cope with a body that is not JSON.
        r.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
        r.body = body->toString().toUtf8();
    } else if (body->isNull()) {
        r.contentType.clear();
    } else if (body->isArray()) {
        r = HttpResponse::json(status, body->toArray());
    } else {
        r = HttpResponse::json(status, body->toObject());
    }
    r.status = status;
    if (!retryAfter.isEmpty())
        r.headers.append({QByteArrayLiteral("Retry-After"), retryAfter.toLatin1()});
    return r;
}

QJsonObject Fault::toJson() const
{
    QJsonObject o {{u"id"_s, id}, {u"path"_s, path}};
    if (!method.isEmpty())
        o.insert(u"method"_s, QString::fromLatin1(method));
    if (status)
        o.insert(u"status"_s, status);
    if (!retryAfter.isEmpty())
        o.insert(u"retryAfter"_s, retryAfter);
    if (body)
        o.insert(u"body"_s, *body);
    if (drop != Drop::None)
        o.insert(u"drop"_s, drop == Drop::Before ? u"before"_s : u"after"_s);
    if (delayMs)
        o.insert(u"delayMs"_s, delayMs);
    o.insert(u"times"_s, remaining);
    o.insert(u"probability"_s, probability);
    return o;
}

std::optional<int> FaultInjector::add(const QJsonObject &d, QString *error)
{
    Fault f;
    f.path = d.value(u"path"_s).toString();
    if (f.path.isEmpty() || !f.path.startsWith(u'/')) {
        *error = u"path is required: an exact path or a prefix ending with *"_s;
        return std::nullopt;
    }
    if (d.contains(u"method"_s)) {
        f.method = d.value(u"method"_s).toString().toUpper().toLatin1();
        if (f.method.isEmpty()) {
            *error = u"method must be a string such as POST"_s;
            return std::nullopt;
        }
    }
    if (d.contains(u"status"_s)) {
        const QJsonValue s = d.value(u"status"_s);
        f.status = isInteger(s) ? s.toInt() : 0;
        if (f.status < 100 || f.status > 599) {
            *error = u"status must be an HTTP status code (100–599)"_s;
            return std::nullopt;
        }
    }
    const QJsonValue retry = d.value(u"retryAfter"_s);
    f.retryAfter = retry.isDouble() ? QString::number(retry.toInteger()) : retry.toString();
    if (d.contains(u"body"_s))
        f.body = d.value(u"body"_s);
    if ((!f.retryAfter.isEmpty() || f.body) && f.status == 0) {
        *error = u"retryAfter and body need a status"_s;
        return std::nullopt;
    }
    const QString drop = d.value(u"drop"_s).toString();
    if (drop == u"before")
        f.drop = Fault::Drop::Before;
    else if (drop == u"after")
        f.drop = Fault::Drop::After;
    else if (d.contains(u"drop"_s)) {
        *error = u"drop must be \"before\" or \"after\""_s;
        return std::nullopt;
    }
    if (f.drop != Fault::Drop::None && f.status != 0) {
        *error = u"a dropped connection carries no status: give drop or status, not both"_s;
        return std::nullopt;
    }
    if (d.contains(u"delayMs"_s)) {
        const QJsonValue v = d.value(u"delayMs"_s);
        f.delayMs = isInteger(v) ? v.toInt() : -1;
        if (f.delayMs < 0 || f.delayMs > 600000) {
            *error = u"delayMs must be an integer between 0 and 600000"_s;
            return std::nullopt;
        }
    }
    if (d.contains(u"times"_s)) {
        const QJsonValue v = d.value(u"times"_s);
        f.remaining = isInteger(v) ? v.toInt() : 0;
        if (f.remaining == 0 || f.remaining < -1) {
            *error = u"times must be a positive integer, or -1 for every request"_s;
            return std::nullopt;
        }
    }
    if (d.contains(u"probability"_s)) {
        f.probability = d.value(u"probability"_s).toDouble(-1);
        if (f.probability < 0 || f.probability > 1) {
            *error = u"probability must be a number between 0 and 1"_s;
            return std::nullopt;
        }
    }
    const QJsonValue seed = d.value(u"seed"_s);
    if (isInteger(seed))
        f.random.seed(static_cast<quint32>(seed.toInteger()));
    else
        f.random.seed(QRandomGenerator::global()->generate());
    if (f.status == 0 && f.drop == Fault::Drop::None && f.delayMs == 0) {
        *error = u"a fault needs at least one of status, drop or delayMs"_s;
        return std::nullopt;
    }
    f.id = m_nextId++;
    m_faults.append(f);
    return f.id;
}

void FaultInjector::clear()
{
    m_faults.clear();
}

bool FaultInjector::pathMatches(const QString &pattern, const QString &path)
{
    if (pattern.endsWith(u'*'))
        return path.startsWith(QStringView(pattern).chopped(1));
    return pattern == path;
}

std::optional<Fault> FaultInjector::take(const HttpRequest &request)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!pathMatches(it->path, request.path))
            continue;
        if (!it->method.isEmpty() && it->method != request.method)
            continue;
        if (it->probability < 1.0 && it->random.generateDouble() >= it->probability)
            continue;
        Fault fired = *it;
        if (it->remaining > 0 && --it->remaining == 0)
            m_faults.erase(it);
        return fired;
    }
    return std::nullopt;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray array;
    for (const Fault &f : m_faults)
        array.append(f.toJson());
    return array;
}

} // namespace Outpost::Sandbox

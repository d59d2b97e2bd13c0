// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/RequestLog.h"

#include "sandbox/FaultInjector.h"

#include <QJsonArray>
#include <QStringDecoder>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

int RequestLog::add(const HttpRequest &request, const QDateTime &time)
{
    Entry e;
    e.id = m_nextId++;
    e.request = request;
    e.bodySize = request.body.size();
    e.request.body.truncate(maxBodyBytes);
    e.time = time;
    m_entries.append(e);
    if (m_entries.size() > maxEntries)
        m_entries.removeFirst();
    return e.id;
}

void RequestLog::finish(int id, int status, const QString &outcome, int faultId)
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->id == id) {
            it->status = status;
            it->outcome = outcome;
            it->faultId = faultId;
            return;
        }
    }
}

void RequestLog::clear()
{
    m_entries.clear();
}

QJsonArray RequestLog::toJson(const QString &path, const QByteArray &method) const
{
    QJsonArray array;
    for (const Entry &e : m_entries) {
        if (!path.isEmpty() && !FaultInjector::pathMatches(path, e.request.path))
            continue;
        if (!method.isEmpty() && method.compare(e.request.method, Qt::CaseInsensitive) != 0)
            continue;
        QJsonObject headers;
        for (const auto &[name, value] : e.request.headers) {
            const QString key = QString::fromLatin1(name).toLower();
            const QString text = QString::fromUtf8(value);
            headers.insert(
                key, headers.contains(key) ? headers.value(key).toString() + u", "_s + text : text);
        }
        QJsonObject o {{u"id"_s, e.id}, {u"method"_s, QString::fromLatin1(e.request.method)},
            {u"path"_s, e.request.path}, {u"query"_s, e.request.rawQuery}, {u"headers"_s, headers},
            {u"bodySize"_s, e.bodySize}, {u"bodyTruncated"_s, e.bodySize > e.request.body.size()},
            {u"status"_s, e.status}, {u"outcome"_s, e.outcome},
            {u"time"_s, e.time.toString(Qt::ISODateWithMs)}};
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8.decode(e.request.body);
        if (utf8.hasError())
            o.insert(u"bodyBase64"_s, QString::fromLatin1(e.request.body.toBase64()));
        else
            o.insert(u"body"_s, text);
        if (e.faultId)
            o.insert(u"faultId"_s, e.faultId);
        array.append(o);
    }
    return array;
}

} // namespace Outpost::Sandbox

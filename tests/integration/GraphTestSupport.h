// SPDX-License-Identifier: GPL-3.0-or-later
// What the tests of the sandbox's Microsoft Graph share: request bodies and query strings.
#pragma once

#include "tests/support/SandboxTestClient.h"

#include <QRandomGenerator>
#include <QUrl>

namespace Outpost::Sandbox::Testing::Graph {

using namespace Qt::StringLiterals;

inline const QString me = u"/graph/v1.0/me"_s;
inline const QString jamie = u"jamie.lee@example.com"_s;

inline QJsonArray to(const QStringList &addresses)
{
    QJsonArray list;
    for (const QString &a : addresses)
        list.append(QJsonObject {{u"emailAddress"_s, QJsonObject {{u"address"_s, a}}}});
    return list;
}

inline QJsonObject fileAttachment(const QString &name, const QByteArray &bytes)
{
    return {{u"@odata.type"_s, u"#microsoft.graph.fileAttachment"_s}, {u"name"_s, name},
        {u"contentType"_s, u"application/octet-stream"_s},
        {u"contentBytes"_s, QString::fromLatin1(bytes.toBase64())}};
}

inline QJsonObject message(const QString &subject, const QJsonArray &recipients = to({jamie}))
{
    return {{u"subject"_s, subject},
        {u"body"_s, QJsonObject {{u"contentType"_s, u"Text"_s}, {u"content"_s, u"Hello Jamie"_s}}},
        {u"toRecipients"_s, recipients}};
}

inline QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator generator(seed);
    for (char &c : bytes)
        c = static_cast<char>(generator.bounded(256));
    return bytes;
}

// path?name=value&… with every value percent-encoded (Graph ids carry '=' and '-').
inline QString query(const QString &path, const QList<QPair<QString, QString>> &options)
{
    QStringList parts;
    for (const auto &[name, value] : options)
        parts += name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    return path + u'?' + parts.join(u'&');
}

inline QString code(const TestReply &reply)
{
    return reply.error().value(u"code"_s).toString();
}

} // namespace Outpost::Sandbox::Testing::Graph

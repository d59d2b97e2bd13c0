// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Outpost::ProviderQuery {

// Sets `url`'s query to `items` with every value percent-encoded except RFC 3986's unreserved
// characters (ALPHA DIGIT - . _ ~). QUrlQuery leaves the sub-delimiters as they are, '+'
// included, and servers read a query string as application/x-www-form-urlencoded, where '+'
// is a space (WHATWG URL Standard, "application/x-www-form-urlencoded parsing"): a
// plus-address such as jamie+billing@example.com would arrive as "jamie billing@example.com".
// Names keep '$' ($filter, $search: OData's system query options, spelled so in Graph's pages).
inline void set(QUrl &url, const QList<QPair<QString, QString>> &items)
{
    QByteArray query;
    for (const auto &[name, value] : items) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(name, "$") + '=' + QUrl::toPercentEncoding(value);
    }
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
}

} // namespace Outpost::ProviderQuery

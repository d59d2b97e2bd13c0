// SPDX-License-Identifier: GPL-3.0-or-later
// GraphApi, second half: reading messages (GET one, list with $filter, $orderby, $select, or
// $search).
#include "sandbox/graph/GraphApi.h"

#include "mail/MimeMessage.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/graph/GraphFilter.h"
#include "sandbox/graph/GraphSearch.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

namespace {
// A query option decoded as ASP.NET does: '+' is a space, then percent-decoding.
QString option(const HttpRequest &request, const QString &name)
{
    for (const QString &item : request.rawQuery.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        const auto decode
            = [](QString s) { return QUrl::fromPercentEncoding(s.replace(u'+', u' ').toUtf8()); };
        if (decode(item.left(eq)).compare(name, Qt::CaseInsensitive) == 0)
            return eq < 0 ? QString() : decode(item.mid(eq + 1));
    }
    return {};
}

// The body as the client prefers it: `Prefer: outlook.body-content-type="text"` asks for text
// (learn.microsoft.com/graph/api/resources/message, "body"); HTML otherwise, as stored. Graph's
// own HTML-to-text conversion is not documented: the stand-in's is the client's.
QJsonObject withPreferredBody(QJsonObject message, const HttpRequest &request)
{
    const QJsonObject body = message.value(u"body"_s).toObject();
    if (!request.header("prefer").contains("outlook.body-content-type=\"text\"")
        || body.value(u"contentType"_s).toString() != u"html")
        return message;
    message.insert(u"body"_s,
        QJsonObject {{u"contentType"_s, u"text"_s},
            {u"content"_s, plainTextFromHtml(body.value(u"content"_s).toString())}});
    return message;
}

// internetMessageHeaders is "returned only on applying a $select query option"
// (learn.microsoft.com/graph/api/resources/message, Properties).
QJsonObject unselected(QJsonObject full)
{
    full.remove(u"internetMessageHeaders"_s);
    return full;
}
} // namespace

HttpResponse GraphApi::get(const HttpRequest &request)
{
    HttpResponse error;
    const auto account = authenticate(request, &error);
    if (!account)
        return error;
    const auto m = shown(*account, request.params.value(u"id"_s));
    if (!m)
        return itemNotFound();
    const QJsonObject full = withPreferredBody(resource(*m), request);
    const QString select = option(request, u"$select"_s);
    if (select.isEmpty())
        return HttpResponse::json(200, unselected(full));
    QJsonObject chosen {{u"id"_s, m->id}};
    for (const QString &name : select.split(u',', Qt::SkipEmptyParts)) {
        if (!isGraphMessageProperty(name.trimmed()))
            return fail(400, u"BadRequest"_s,
                u"Could not find a property named '%1' on type 'microsoft.graph.message'."_s.arg(
                    name.trimmed()));
        chosen.insert(name.trimmed(), graphValueAt(full, name.trimmed()));
    }
    return HttpResponse::json(200, chosen);
}

HttpResponse GraphApi::list(const HttpRequest &request, const QString &folder)
{
    HttpResponse error;
    const auto account = authenticate(request, &error);
    if (!account)
        return error;
    static const QStringList folders {u"inbox"_s, u"drafts"_s, u"sentitems"_s, u"deleteditems"_s};
    if (!folder.isEmpty() && !folders.contains(folder))
        return itemNotFound();
    std::optional<GraphFilter> filter;
    const QString filterText = option(request, u"$filter"_s);
    const QString searchText = option(request, u"$search"_s);
    std::optional<GraphSearch> search;
    if (!searchText.isEmpty()) {
        // Search results come "sorted by the date and time that the message was sent"
        // (learn.microsoft.com/graph/search-query-parameter), and Graph refuses another order
        // or a filter beside $search: 400 SearchWithOrderBy "The query parameter '$orderBy' is
        // not supported with '$search'." and SearchWithFilter "The query parameter '$filter'
        // is not supported with '$search'." (Graph's answers as quoted in public client code,
        // e.g. PipedreamHQ/pipedream issue 19132; the pages do not list them).
        if (!option(request, u"$orderby"_s).isEmpty())
            return fail(400, u"SearchWithOrderBy"_s,
                u"The query parameter '$orderBy' is not supported with '$search'."_s);
        if (!filterText.isEmpty())
            return fail(400, u"SearchWithFilter"_s,
                u"The query parameter '$filter' is not supported with '$search'."_s);
        QString why;
        search = GraphSearch::parse(searchText, &why);
        if (!search)
            return fail(400, u"BadRequest"_s, why);
    }
    if (!filterText.isEmpty()) {
        QString why;
        QString code;
        filter = GraphFilter::parse(filterText, &why, &code);
        if (!filter)
            return fail(400, code, why);
    }
    QList<QPair<QString, bool>> order; // property, descending
    for (const QString &item : option(request, u"$orderby"_s).split(u',', Qt::SkipEmptyParts)) {
        const QStringList words = item.simplified().split(u' ');
        if (!isGraphMessageProperty(words.first().section(u'/', 0, 0)) || words.size() > 2)
            return fail(400, u"BadRequest"_s, u"Invalid $orderby: '%1'."_s.arg(item));
        order.append({words.first(), words.size() == 2 && words.last().toLower() == u"desc"});
    }
    if (filter && !order.isEmpty()) {
        // Documented for messages: $orderby properties must appear first in $filter, in order
        // (learn.microsoft.com/graph/api/user-list-messages, "Using filter and orderby in the
        // same query").
        const QStringList named = filter->properties();
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (i >= named.size() || named.at(i).compare(order.at(i).first, Qt::CaseInsensitive))
                return fail(400, u"InefficientFilter"_s,
                    u"The restriction or sort order is too complex for this operation."_s);
        }
    }
    QStringList select;
    for (const QString &name : option(request, u"$select"_s).split(u',', Qt::SkipEmptyParts)) {
        if (!isGraphMessageProperty(name.trimmed()))
            return fail(400, u"BadRequest"_s,
                u"Could not find a property named '%1' on type 'microsoft.graph.message'."_s.arg(
                    name.trimmed()));
        select += name.trimmed();
    }
    bool ok = true;
    const QString topText = option(request, u"$top"_s);
    const qsizetype top = topText.isEmpty() ? 10 : topText.toInt(&ok);
    const QString skipText = option(request, u"$skip"_s);
    const qsizetype skip = skipText.isEmpty() ? 0 : skipText.toInt(&ok);
    if (!ok || top < 1 || top > 1000 || skip < 0)
        return fail(400, u"BadRequest"_s, u"Invalid $top or $skip."_s);

    QList<QJsonObject> found;
    for (const GraphMessage &m : m_store.graphMessages(account->address)) {
        if (!isShown(m) || (!folder.isEmpty() && m.folder != folder))
            continue;
        const QJsonObject full = withPreferredBody(resource(m), request);
        if ((!filter || filter->matches(full)) && (!search || search->matches(full)))
            found += full;
    }
    if (search) {
        // Newest sent first. Where an unsent draft goes among them is not documented: last.
        std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
            const QJsonValue x = a.value(u"sentDateTime"_s);
            const QJsonValue y = b.value(u"sentDateTime"_s);
            if (x.isNull() || y.isNull())
                return !x.isNull() && y.isNull();
            return compareGraphValues(x, y) > 0;
        });
    }
    if (!order.isEmpty()) {
        std::stable_sort(found.begin(), found.end(), [&order](const auto &a, const auto &b) {
            for (const auto &[property, descending] : order) {
                const int c
                    = compareGraphValues(graphValueAt(a, property), graphValueAt(b, property));
                if (c != 0)
                    return descending ? c > 0 : c < 0;
            }
            return false;
        });
    }
    QJsonArray value;
    for (qsizetype i = skip; i < found.size() && value.size() < top; ++i) {
        if (select.isEmpty()) {
            value.append(unselected(found.at(i)));
            continue;
        }
        QJsonObject chosen {{u"id"_s, found.at(i).value(u"id"_s)}};
        for (const QString &name : std::as_const(select))
            chosen.insert(name, graphValueAt(found.at(i), name));
        value.append(chosen);
    }
    const QString context = m_context.baseUrl.toString() + u"/graph/v1.0/$metadata#users('"_s
        + account->address + u"')/messages"_s;
    QJsonObject answer {{u"@odata.context"_s, context}, {u"value"_s, value}};
    if (skip + top < found.size()) {
        QUrl next = m_context.baseUrl;
        next.setPath(request.path);
        QUrlQuery query(request.rawQuery);
        query.removeAllQueryItems(u"$skip"_s);
        query.addQueryItem(u"$skip"_s, QString::number(skip + top));
        next.setQuery(query);
        answer.insert(u"@odata.nextLink"_s, next.toString(QUrl::FullyEncoded));
    }
    return HttpResponse::json(200, answer);
}

} // namespace Outpost::Sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/platform/MessageSearchApi.h"

#include "mail/MimeMessage.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/platform/SandboxJson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

namespace {
HttpResponse invalid(const QString &field, const QString &message)
{
    return HttpResponse::apiError(400, u"invalid_request"_s, message, field);
}

// "true" or "false"; absent is false. Nothing when it is neither.
std::optional<bool> flag(const HttpRequest &request, const QString &name)
{
    const QString value = request.queryValue(name);
    if (value.isEmpty() || value == u"false")
        return false;
    if (value == u"true")
        return true;
    return std::nullopt;
}

// YYYY-MM-DD, a real day; absent is an invalid QDate. Nothing when malformed.
std::optional<QDate> day(const HttpRequest &request, const QString &name)
{
    const QString value = request.queryValue(name);
    if (value.isEmpty())
        return QDate();
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!shape.match(value).hasMatch() || !date.isValid())
        return std::nullopt;
    return date;
}
} // namespace

MessageSearchApi::MessageSearchApi(SandboxContext &context) : m_context(context) { }

void MessageSearchApi::addRoutes(SandboxRouter &router)
{
    if (m_context.options.profile == InstanceProfile::Minimal)
        return; // not offered: 404, as any unknown path (SandboxServer.h)
    router.add("GET", u"/api/conversation/contact/{contactId}/messages/search"_s,
        SandboxRouter::Access::Bearer,
        [this](const HttpRequest &r, const User &u) { return search(r, u); });
}

HttpResponse MessageSearchApi::search(const HttpRequest &request, const User &user)
{
    const QString q = request.queryValue(u"q"_s);
    if (q.isEmpty() || q.size() > 500)
        return invalid(u"q"_s, u"q must be 1 to 500 characters"_s);
    const auto matchCase = flag(request, u"matchCase"_s);
    if (!matchCase)
        return invalid(u"matchCase"_s, u"matchCase must be true or false"_s);
    const auto wholeWord = flag(request, u"wholeWord"_s);
    if (!wholeWord)
        return invalid(u"wholeWord"_s, u"wholeWord must be true or false"_s);
    const auto from = day(request, u"fromDate"_s);
    if (!from)
        return invalid(u"fromDate"_s, u"fromDate must be a date as YYYY-MM-DD"_s);
    const auto to = day(request, u"toDate"_s);
    if (!to)
        return invalid(u"toDate"_s, u"toDate must be a date as YYYY-MM-DD"_s);
    if (from->isValid() && to->isValid() && *to < *from)
        return invalid(u"toDate"_s, u"toDate is before fromDate"_s);
    const QString channelType = request.queryValue(u"channelType"_s);
    static const QStringList channels {u"email"_s, u"sms"_s, u"whatsapp"_s, u"voice"_s};
    if (!channelType.isEmpty() && !channels.contains(channelType))
        return invalid(u"channelType"_s, u"Unknown channelType “%1”"_s.arg(channelType));
    int limit = 50;
    if (const QString text = request.queryValue(u"limit"_s); !text.isEmpty()) {
        bool ok = false;
        limit = text.toInt(&ok);
        if (!ok || limit < 1 || limit > 5000)
            return invalid(u"limit"_s, u"limit must be 1 to 5000"_s);
    }

    const QString contactId = request.params.value(u"contactId"_s);
    const QList<Contact> contacts = m_context.store.contacts(user.orgId);
    if (std::none_of(
            contacts.begin(), contacts.end(), [&](const Contact &c) { return c.id == contactId; }))
        return HttpResponse::apiError(
            404, u"not_found"_s, u"No contact with id “%1”"_s.arg(contactId), u"contactId"_s);

    QString pattern = QRegularExpression::escape(q);
    if (*wholeWord)
        pattern = u"(?<![\\w])"_s + pattern + u"(?![\\w])"_s;
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!*matchCase)
        options |= QRegularExpression::CaseInsensitiveOption;
    const QRegularExpression needle(pattern, options);

    QJsonArray results;
    int total = 0;
    int shown = 0;
    for (const Conversation &c : m_context.store.conversations(user.id)) {
        if (c.contactId != contactId || (!channelType.isEmpty() && c.channelType != channelType))
            continue;
        QList<Message> messages = m_context.store.messages(c.id);
        std::reverse(messages.begin(), messages.end()); // newest first
        QJsonArray matches;
        for (const Message &m : std::as_const(messages)) {
            const QDate on = m.createdAt.toUTC().date();
            if ((from->isValid() && on < *from) || (to->isValid() && on > *to))
                continue;
            const QString text = m.html ? plainTextFromHtml(m.body) : m.body;
            if (!needle.match(text).hasMatch())
                continue;
            ++total;
            if (shown >= limit)
                continue;
            ++shown;
            matches.append(QJsonObject {{u"messageId"_s, m.id}, {u"body"_s, text},
                {u"createdAt"_s, Json::time(m.createdAt)}});
        }
        if (!matches.isEmpty())
            results.append(
                QJsonObject {{u"conversationId"_s, c.id}, {u"channelType"_s, c.channelType},
                    {u"channelIdentifier"_s, c.threadId}, {u"matches"_s, matches}});
    }
    return HttpResponse::json(200,
        QJsonObject {
            {u"results"_s, results}, {u"total"_s, total}, {u"truncated"_s, total > shown}});
}

} // namespace Outpost::Sandbox

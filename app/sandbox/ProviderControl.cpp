// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ProviderControl.h"

#include "mail/AddressList.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/ProviderSeed.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/gmail/GmailJson.h"
#include "sandbox/graph/GraphApi.h"
#include "sandbox/oauth/ProviderTokens.h"
#include "sandbox/platform/PlatformApi.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLocale>
#include <QStringDecoder>
#include <QUuid>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;
using Access = SandboxRouter::Access;

namespace {
constexpr qsizetype maxRawInAnswer = 1024 * 1024;
}

ProviderControl::ProviderControl(SandboxContext &context, GraphApi &graph)
    : m_context(context), m_graph(graph)
{
}

void ProviderControl::addRoutes(SandboxRouter &controls)
{
    controls.add("GET", u"/_sandbox/provider-messages"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return messages(r); });
    controls.add("POST", u"/_sandbox/provider-tokens"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return addToken(r); });
    controls.add("POST", u"/_sandbox/provider-deliver"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return deliver(r); });
}

HttpResponse ProviderControl::faultResponse(
    const Fault &fault, const HttpRequest &request, const QDateTime &now)
{
    HttpResponse r;
    if (fault.body)
        return fault.response();
    if (request.path.startsWith(u"/gmail-api/"))
        r = GmailJson::forStatus(fault.status);
    else if (request.path.startsWith(u"/graph/") || request.path.startsWith(u"/outlook-upload/"))
        r = GraphJson::forStatus(fault.status, now);
    else
        return fault.response();
    if (!fault.retryAfter.isEmpty())
        r.headers.append({QByteArrayLiteral("Retry-After"), fault.retryAfter.toLatin1()});
    return r;
}

HttpResponse ProviderControl::messages(const HttpRequest &request)
{
    const std::optional<Provider> provider = providerFromName(request.queryValue(u"provider"_s));
    if (!provider)
        return HttpResponse::apiError(
            400, u"invalid_request"_s, u"provider must be gmail or outlook"_s, u"provider"_s);
    ProviderStore &store = m_graph.store();
    QJsonArray list;
    if (*provider == Provider::Gmail) {
        for (const GmailMessage &m : store.gmailSent()) {
            QJsonObject o {{u"id"_s, m.id}, {u"threadId"_s, m.threadId}, {u"mailbox"_s, m.mailbox},
                {u"labelIds"_s, QJsonArray::fromStringList(m.labelIds)},
                {u"messageId"_s, m.messageId}, {u"subject"_s, m.subject}, {u"size"_s, m.size},
                {u"sha256"_s,
                    QString::fromLatin1(
                        QCryptographicHash::hash(m.raw, QCryptographicHash::Sha256).toHex())}};
            if (m.raw.size() <= maxRawInAnswer) {
                QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                const QString text = utf8.decode(m.raw);
                if (utf8.hasError())
                    o.insert(u"rawBase64"_s, QString::fromLatin1(m.raw.toBase64()));
                else
                    o.insert(u"raw"_s, text);
            }
            list.append(o);
        }
    } else {
        for (const GraphMessage &m : store.graphSent()) {
            QJsonArray attachments;
            for (const GraphAttachment &a : store.graphAttachments(m.id))
                attachments.append(QJsonObject {{u"id"_s, a.id}, {u"name"_s, a.name},
                    {u"contentType"_s, a.contentType}, {u"size"_s, a.size}, {u"sha256"_s, a.sha256},
                    {u"isInline"_s, a.inline_}, {u"via"_s, a.via}});
            list.append(QJsonObject {{u"id"_s, m.id}, {u"mailbox"_s, m.mailbox},
                {u"conversationId"_s, m.resource.value(u"conversationId"_s)},
                {u"internetMessageId"_s, m.resource.value(u"internetMessageId"_s)},
                {u"saveToSentItems"_s, m.saveToSentItems}, {u"message"_s, m_graph.resource(m)},
                {u"attachments"_s, attachments}});
        }
    }
    return HttpResponse::json(200, QJsonObject {{u"messages"_s, list}});
}

HttpResponse ProviderControl::addToken(const HttpRequest &request)
{
    QJsonObject body;
    HttpResponse error;
    if (!jsonBody(request, &body, &error))
        return error;
    const std::optional<Provider> provider = providerFromName(body.value(u"provider"_s).toString());
    if (!provider)
        return HttpResponse::apiError(
            400, u"invalid_request"_s, u"provider must be gmail or outlook"_s, u"provider"_s);
    const QString mailbox
        = body.value(u"mailbox"_s)
              .toString(*provider == Provider::Gmail ? ProviderSeed::gmailAddress.toString()
                                                     : ProviderSeed::outlookAddress.toString());
    QDateTime expires;
    if (body.contains(u"expiresInSecs"_s))
        expires = m_context.now().addSecs(body.value(u"expiresInSecs"_s).toInteger());
    const QString token = ProviderTokens::generate(*provider);
    if (!ProviderTokens(m_context.store)
             .add(token, *provider, mailbox, Seed::demoUserId.toString(), expires))
        return HttpResponse::apiError(500, u"server_error"_s, u"could not store the token"_s);
    return HttpResponse::json(200, QJsonObject {{u"token"_s, token}, {u"mailbox"_s, mailbox}});
}

HttpResponse ProviderControl::deliver(const HttpRequest &request)
{
    QJsonObject body;
    HttpResponse error;
    if (!jsonBody(request, &body, &error))
        return error;
    const std::optional<Provider> provider = providerFromName(body.value(u"provider"_s).toString());
    if (!provider)
        return HttpResponse::apiError(
            400, u"invalid_request"_s, u"provider must be gmail or outlook"_s, u"provider"_s);
    const QString from = body.value(u"from"_s).toString();
    if (from.isEmpty() || from.contains(u'\r') || from.contains(u'\n'))
        return HttpResponse::apiError(400, u"invalid_request"_s, u"from is required"_s, u"from"_s);
    QStringList results;
    for (const QJsonValue &v : body.value(u"authenticationResults"_s).toArray()) {
        const QString value = v.toString();
        if (value.contains(u'\r') || value.contains(u'\n'))
            return HttpResponse::apiError(400, u"invalid_request"_s,
                u"a header value is one line"_s, u"authenticationResults"_s);
        results += value;
    }
    const QString subject = body.value(u"subject"_s).toString();
    const QString html = body.value(u"html"_s).toString();
    const QDateTime now = m_context.now();
    ProviderStore &store = m_graph.store();
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (*provider == Provider::Gmail) {
        GmailMessage m;
        m.id = suffix;
        m.threadId = suffix;
        m.mailbox = body.value(u"mailbox"_s).toString(ProviderSeed::gmailAddress.toString());
        m.messageId = u"<delivered-%1@mail.example>"_s.arg(suffix);
        m.subject = subject;
        m.from = from;
        m.to = m.mailbox;
        m.internalDate = now;
        m.labelIds = {u"INBOX"_s};
        m.snippet = GmailJson::snippet(html);
        m.historyId = store.nextHistoryId();
        // The receiving server prepends its Authentication-Results above the message's own
        // headers (RFC 8601 §5); Gmail lists every header in users.messages.get's
        // payload.headers, repeated ones as separate entries
        // (developers.google.com/gmail/api/reference/rest/v1/users.messages#MessagePart).
        QString raw;
        for (const QString &r : std::as_const(results))
            raw += u"Authentication-Results: "_s + r + u"\r\n"_s;
        raw += u"From: %1\r\nTo: %2\r\nSubject: %3\r\nDate: %4\r\nMessage-ID: %5\r\n"
               u"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n"
               u"Content-Transfer-Encoding: 8bit\r\n\r\n"_s.arg(from, m.to, subject,
                   QLocale::c().toString(now.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s),
                   m.messageId)
            + html + u"\r\n"_s;
        m.raw = raw.toUtf8();
        m.size = m.raw.size();
        if (!store.insertGmail(m))
            return HttpResponse::apiError(500, u"server_error"_s, u"could not store it"_s);
        return HttpResponse::json(200, QJsonObject {{u"id"_s, m.id}, {u"threadId"_s, m.threadId}});
    }
    // Graph lists the headers in internetMessageHeaders, "returned only on applying a $select
    // query option" (learn.microsoft.com/graph/api/resources/message, Properties): the
    // stand-in keeps them out of every answer that does not select them (GraphApi).
    const AddressParse parsed = AddressList::parseOne(from);
    const MailAddress sender
        = parsed.addresses.isEmpty() ? MailAddress {QString(), from} : parsed.addresses.first();
    QJsonArray headers;
    for (const QString &r : std::as_const(results))
        headers.append(QJsonObject {{u"name"_s, u"Authentication-Results"_s}, {u"value"_s, r}});
    headers.append(QJsonObject {{u"name"_s, u"From"_s}, {u"value"_s, from}});
    headers.append(QJsonObject {{u"name"_s, u"Subject"_s}, {u"value"_s, subject}});
    const QString mailbox
        = body.value(u"mailbox"_s).toString(ProviderSeed::outlookAddress.toString());
    const QJsonObject bodyJson {{u"contentType"_s, u"html"_s}, {u"content"_s, html}};
    const QJsonObject who = GraphJson::recipient(sender.address, sender.name);
    GraphMessage m;
    m.id = u"AAMkADAwATZiZmYAZC1kZWxpdmVyZWQ"_s + suffix + u"AAA="_s;
    m.mailbox = mailbox;
    m.folder = u"inbox"_s;
    m.receivedAt = now;
    m.sentAt = now;
    const QString time = GraphJson::time(now);
    const QString conversation = u"AAQkADAwATZiZmYAZC1kZWxpdmVyZWQ"_s + suffix + u"="_s;
    m.resource = {{u"createdDateTime"_s, time}, {u"lastModifiedDateTime"_s, time},
        {u"receivedDateTime"_s, time}, {u"sentDateTime"_s, time},
        {u"internetMessageId"_s, u"<delivered-%1@mail.example>"_s.arg(suffix)},
        {u"subject"_s, subject}, {u"body"_s, bodyJson},
        {u"bodyPreview"_s, GraphJson::preview(bodyJson)}, {u"importance"_s, u"normal"_s},
        {u"conversationId"_s, conversation}, {u"isRead"_s, false}, {u"from"_s, who},
        {u"sender"_s, who}, {u"toRecipients"_s, QJsonArray {GraphJson::recipient(mailbox)}},
        {u"ccRecipients"_s, QJsonArray()}, {u"bccRecipients"_s, QJsonArray()},
        {u"replyTo"_s, QJsonArray()}, {u"internetMessageHeaders"_s, headers}};
    if (!store.insertGraph(m))
        return HttpResponse::apiError(500, u"server_error"_s, u"could not store it"_s);
    return HttpResponse::json(
        200, QJsonObject {{u"id"_s, m.id}, {u"conversationId"_s, conversation}});
}

} // namespace Outpost::Sandbox

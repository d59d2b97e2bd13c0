// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ProviderControl.h"

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
#include <QStringDecoder>

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

} // namespace Outpost::Sandbox

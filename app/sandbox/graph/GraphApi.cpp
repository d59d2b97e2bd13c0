// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graph/GraphApi.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/graph/GraphFilter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;
using Access = SandboxRouter::Access;

namespace {
const QString me = u"/graph/v1.0/me"_s;
const QString unsavedFolder = u"unsaved"_s; // sendMail with saveToSentItems=false

QStringList recipientsOf(const QJsonObject &resource)
{
    return GraphJson::addressesOf(resource.value(u"toRecipients"_s))
        + GraphJson::addressesOf(resource.value(u"ccRecipients"_s))
        + GraphJson::addressesOf(resource.value(u"bccRecipients"_s));
}

QString quoted(const QJsonObject &original)
{
    const QJsonObject body = original.value(u"body"_s).toObject();
    const QString content = body.value(u"contentType"_s).toString() == u"html"
        ? body.value(u"content"_s).toString()
        : body.value(u"content"_s).toString().toHtmlEscaped().replace(u'\n', u"<br>"_s);
    const QJsonObject from
        = original.value(u"from"_s).toObject().value(u"emailAddress"_s).toObject();
    return u"<hr><div><b>From:</b> %1 &lt;%2&gt;<br><b>Sent:</b> %3<br><b>Subject:</b> %4</div>"
           u"<div>%5</div>"_s.arg(from.value(u"name"_s).toString().toHtmlEscaped(),
               from.value(u"address"_s).toString().toHtmlEscaped(),
               original.value(u"sentDateTime"_s).toString(),
               original.value(u"subject"_s).toString().toHtmlEscaped(), content);
}
} // namespace

GraphApi::GraphApi(SandboxContext &context)
    : m_context(context), m_store(context.store), m_tokens(context.store)
{
}

void GraphApi::addRoutes(SandboxRouter &router)
{
    const auto route = [this, &router](const char *method, const QString &path,
                           HttpResponse (GraphApi::*handler)(const HttpRequest &)) {
        router.add(method, me + path, Access::Public,
            [this, handler](const HttpRequest &r, const User &) { return (this->*handler)(r); });
    };
    route("POST", u"/sendMail"_s, &GraphApi::sendMail);
    route("POST", u"/messages"_s, &GraphApi::create);
    route("GET", u"/messages/{id}"_s, &GraphApi::get);
    route("PATCH", u"/messages/{id}"_s, &GraphApi::patch);
    route("POST", u"/messages/{id}/send"_s, &GraphApi::send);
    route("POST", u"/messages/{id}/createReply"_s, &GraphApi::createReply);
    route("DELETE", u"/messages/{id}"_s, &GraphApi::remove);
    router.add("GET", me + u"/messages"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return list(r, {}); });
    router.add("GET", me + u"/mailFolders/{folder}/messages"_s, Access::Public,
        [this](const HttpRequest &r, const User &) {
            return list(r, r.params.value(u"folder"_s).toLower());
        });
}

HttpResponse GraphApi::fail(int status, const QString &code, const QString &message) const
{
    return GraphJson::error(status, code, message, m_context.now());
}

HttpResponse GraphApi::itemNotFound() const
{
    return fail(404, u"ErrorItemNotFound"_s, u"The specified object was not found in the store."_s);
}

HttpResponse GraphApi::withoutBody(int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType.clear();
    return r;
}

std::optional<ProviderToken> GraphApi::authenticate(const HttpRequest &request, HttpResponse *error)
{
    const QString token = request.bearerToken();
    const auto account = m_tokens.mailboxFor(token, Provider::Outlook, m_context.now());
    if (!account)
        *error = GraphJson::unauthenticated(token.isEmpty()
                ? u"Access token is empty."_s
                : u"Access token has expired or is not yet valid."_s,
            m_context.now());
    return account;
}

bool GraphApi::withinRequestLimit(const HttpRequest &request, HttpResponse *error)
{
    // learn.microsoft.com/graph/outlook-large-attachments: Graph requests are limited to 4 MB
    // ("attach files up to 4 MB" in one request, larger ones through an upload session).
    if (request.body.size() <= maxRequestBytes)
        return true;
    *error = fail(413, u"RequestBodyTooLarge"_s,
        u"The request body is %1 bytes; Microsoft Graph accepts at most %2 bytes (4 MB) per "
        u"request. Attach large files through an upload session."_s.arg(request.body.size())
            .arg(maxRequestBytes));
    return false;
}

std::optional<GraphApi::WriteRequest> GraphApi::writeRequest(const HttpRequest &request,
    bool emptyAllowed, HttpResponse *error, const char *operation, const QStringList &parameters)
{
    const auto account = authenticate(request, error);
    if (!account || !withinRequestLimit(request, error))
        return std::nullopt;
    const auto body = jsonBody(request, emptyAllowed, error);
    if (!body)
        return std::nullopt;
    for (const QString &key : body->keys()) {
        if (operation && !parameters.contains(key)) {
            *error = fail(400, u"RequestBodyRead"_s,
                u"The parameter '%1' in the request payload is not a valid parameter for the "
                u"operation '%2'."_s.arg(key, QLatin1String(operation)));
            return std::nullopt;
        }
    }
    return WriteRequest {*account, *body};
}

std::optional<QJsonObject> GraphApi::jsonBody(
    const HttpRequest &request, bool emptyAllowed, HttpResponse *error)
{
    if (request.body.trimmed().isEmpty()) {
        if (emptyAllowed)
            return QJsonObject();
        *error = fail(400, u"ErrorInvalidRequest"_s, u"Empty Payload. JSON content expected."_s);
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject()) {
        *error = fail(400, u"UnableToDeserializePostBody"_s, u"were unable to deserialize "_s);
        return std::nullopt;
    }
    return doc.object();
}

QJsonObject GraphApi::resource(const GraphMessage &m) const
{
    QJsonObject o = m.resource;
    o.insert(u"id"_s, m.id);
    o.insert(u"isDraft"_s, m.draft);
    o.insert(u"parentFolderId"_s, m.folder);
    const QList<GraphAttachment> attachments = m_store.graphAttachments(m.id);
    o.insert(u"hasAttachments"_s,
        std::any_of(attachments.begin(), attachments.end(),
            [](const GraphAttachment &a) { return !a.inline_; }));
    return o;
}

void GraphApi::rewriteSentCopy(GraphMessage &m) const
{
    if (!m_context.options.graphRewritesSentCopy)
        return;
    m.resource.insert(u"internetMessageId"_s,
        u"<SBXR%1@%2>"_s.arg(randomHex(12).toUpper(), m.mailbox.section(u'@', 1)));
    const QJsonObject body = m.resource.value(u"body"_s).toObject();
    QString html = body.value(u"content"_s).toString();
    if (body.value(u"contentType"_s).toString() != u"html") {
        QStringList lines;
        for (const QString &line : html.split(u'\n'))
            lines += u"<div>"_s + line.toHtmlEscaped() + u"</div>"_s;
        html = u"<html><head></head><body>"_s + lines.join(QString()) + u"</body></html>"_s;
    }
    const QString disclaimer = u"<p>This message was sent from outside the organisation's "
                               u"policy-checked systems. Confidential.</p>"_s;
    const qsizetype end = html.lastIndexOf(u"</body>"_s, -1, Qt::CaseInsensitive);
    html.insert(end < 0 ? html.size() : end, disclaimer);
    const QJsonObject rewritten {{u"contentType"_s, u"html"_s}, {u"content"_s, html}};
    m.resource.insert(u"body"_s, rewritten);
    m.resource.insert(u"bodyPreview"_s, GraphJson::preview(rewritten));
}

bool GraphApi::isShown(const GraphMessage &m) const
{
    if (m.folder == unsavedFolder)
        return false;
    if (m.draft || !m.sentThroughApi || !m.sentAt.isValid())
        return true;
    return m_context.now() >= m.sentAt.addMSecs(m_context.options.graphSentCopyDelayMs);
}

std::optional<GraphMessage> GraphApi::shown(const ProviderToken &account, const QString &id) const
{
    std::optional<GraphMessage> m = m_store.graphMessage(account.address, id);
    if (!m || !isShown(*m))
        return std::nullopt;
    return m;
}

std::optional<GraphMessage> GraphApi::draft(
    const ProviderToken &account, const QString &id, HttpResponse *error)
{
    std::optional<GraphMessage> m = shown(account, id);
    if (!m) {
        *error = itemNotFound();
        return std::nullopt;
    }
    if (!m->draft) {
        *error = fail(400, u"ErrorInvalidOperation"_s,
            u"The message has been sent; only a draft can be changed, attached to or sent."_s);
        return std::nullopt;
    }
    return m;
}

bool GraphApi::storeAttachment(const QString &messageId, const GraphJson::FileAttachment &file,
    const QString &via, QString *attachmentId)
{
    GraphAttachment a;
    a.id = GraphJson::newId(u"AAMkADatt"_s);
    a.messageId = messageId;
    a.name = file.name;
    a.contentType = file.contentType;
    a.size = file.bytes.size();
    a.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(file.bytes, QCryptographicHash::Sha256).toHex());
    a.inline_ = file.isInline;
    a.via = via;
    a.createdAt = m_context.now();
    if (attachmentId)
        *attachmentId = a.id;
    return m_store.insertGraphAttachment(a);
}

bool GraphApi::insertWithAttachments(
    const GraphMessage &m, const QList<GraphJson::FileAttachment> &attachments)
{
    return m_store.sandbox().transaction([&] {
        if (!m_store.insertGraph(m))
            return false;
        for (const GraphJson::FileAttachment &a : attachments) {
            if (!storeAttachment(m.id, a, u"inline"_s))
                return false;
        }
        return true;
    });
}

GraphMessage GraphApi::newMessage(const ProviderToken &account, bool isDraft) const
{
    const QString now = GraphJson::time(m_context.now());
    GraphMessage m;
    m.id = GraphJson::newId(u"AAMkAD"_s);
    m.mailbox = account.address;
    m.draft = isDraft;
    m.folder = isDraft ? u"drafts"_s : u"sentitems"_s;
    m.receivedAt = m_context.now();
    const QJsonObject self = GraphJson::recipient(account.address);
    m.resource = {{u"createdDateTime"_s, now}, {u"lastModifiedDateTime"_s, now},
        {u"receivedDateTime"_s, now}, {u"sentDateTime"_s, isDraft ? QJsonValue() : QJsonValue(now)},
        {u"internetMessageId"_s,
            u"<SBX%1@%2>"_s.arg(randomHex(12).toUpper(), account.address.section(u'@', 1))},
        {u"subject"_s, QString()},
        {u"body"_s, QJsonObject {{u"contentType"_s, u"text"_s}, {u"content"_s, QString()}}},
        {u"bodyPreview"_s, QString()}, {u"importance"_s, u"normal"_s},
        {u"conversationId"_s, GraphJson::newId(u"AAQkAD"_s)}, {u"isRead"_s, true},
        {u"from"_s, self}, {u"sender"_s, self}, {u"toRecipients"_s, QJsonArray()},
        {u"ccRecipients"_s, QJsonArray()}, {u"bccRecipients"_s, QJsonArray()},
        {u"replyTo"_s, QJsonArray()}};
    return m;
}

bool GraphApi::apply(GraphMessage &m, const GraphJson::MessageInput &input, HttpResponse *error)
{
    for (const GraphJson::FileAttachment &a : input.attachments) {
        if (a.bytes.size() >= maxInlineAttachmentBytes) {
            *error = fail(400, u"ErrorMessageSizeExceeded"_s,
                u"The attachment '%1' is %2 bytes; attachments of 3 MB (3000000 bytes) or more "
                u"must go through attachments/createUploadSession."_s.arg(a.name)
                    .arg(a.bytes.size()));
            return false;
        }
    }
    for (auto it = input.properties.begin(); it != input.properties.end(); ++it)
        m.resource.insert(it.key(), it.value());
    if (input.properties.contains(u"body"_s))
        m.resource.insert(
            u"bodyPreview"_s, GraphJson::preview(m.resource.value(u"body"_s).toObject()));
    if (input.properties.contains(u"subject"_s) && !m.replyTopic.isEmpty()) {
        // A reply stays in its conversation only while it keeps the conversation's topic.
        // Graph's pages do not state this (conversationId is "the ID of the conversation the
        // email belongs to", learn.microsoft.com/graph/api/resources/message); it is how
        // Exchange threads by conversation topic. Unknown in detail: the stand-in is the
        // stricter one, so that a client never relies on a changed subject staying put.
        const bool sameTopic
            = GraphJson::topic(m.resource.value(u"subject"_s).toString()) == m.replyTopic;
        const QString current = m.resource.value(u"conversationId"_s).toString();
        if (sameTopic)
            m.resource.insert(u"conversationId"_s, m.replyConversationId);
        else if (current == m.replyConversationId)
            m.resource.insert(u"conversationId"_s, GraphJson::newId(u"AAQkAD"_s));
    }
    m.resource.insert(u"lastModifiedDateTime"_s, GraphJson::time(m_context.now()));
    return true;
}

HttpResponse GraphApi::sendMail(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<WriteRequest> write
        = writeRequest(request, false, &error, "sendMail", {u"message"_s, u"saveToSentItems"_s});
    if (!write)
        return error;
    const auto &[account, body] = *write;
    if (!body.value(u"message"_s).isObject())
        return fail(
            400, u"ErrorInvalidParameter"_s, u"The value of the parameter 'Message' is empty."_s);
    const QJsonValue save = body.value(u"saveToSentItems"_s);
    if (!save.isUndefined() && !save.isBool())
        return fail(400, u"RequestBodyRead"_s, u"saveToSentItems must be true or false."_s);
    const GraphJson::MessageInput input
        = GraphJson::readMessage(body.value(u"message"_s).toObject(), true);
    if (!input.ok())
        return fail(input.errorStatus, input.errorCode, input.errorMessage);
    GraphMessage m = newMessage(account, false);
    if (!apply(m, input, &error))
        return error;
    if (recipientsOf(m.resource).isEmpty())
        return fail(400, u"ErrorInvalidRecipients"_s,
            u"At least one recipient is required, but none were found."_s);
    m.saveToSentItems = save.toBool(true);
    m.folder = m.saveToSentItems ? u"sentitems"_s : unsavedFolder;
    m.sentThroughApi = true;
    m.sentAt = m_context.now();
    rewriteSentCopy(m);
    if (!insertWithAttachments(m, input.attachments))
        return GraphJson::forStatus(500, m_context.now());
    qCDebug(lcSandbox) << "graph: sendMail stored" << m.id;
    return withoutBody(202);
}

HttpResponse GraphApi::create(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<WriteRequest> write = writeRequest(request, true, &error);
    if (!write)
        return error;
    const auto &[account, body] = *write;
    const GraphJson::MessageInput input = GraphJson::readMessage(body, true);
    if (!input.ok())
        return fail(input.errorStatus, input.errorCode, input.errorMessage);
    GraphMessage m = newMessage(account, true);
    if (!apply(m, input, &error))
        return error;
    if (!insertWithAttachments(m, input.attachments))
        return GraphJson::forStatus(500, m_context.now());
    return HttpResponse::json(201, resource(m));
}

HttpResponse GraphApi::patch(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<WriteRequest> write = writeRequest(request, true, &error);
    if (!write)
        return error;
    const auto &[account, body] = *write;
    std::optional<GraphMessage> m = shown(account, request.params.value(u"id"_s));
    if (!m)
        return itemNotFound();
    if (!m->draft) {
        static const QStringList onSent {u"isRead"_s, u"categories"_s, u"flag"_s, u"importance"_s};
        for (const QString &key : body.keys()) {
            if (!onSent.contains(key))
                return fail(400, u"ErrorInvalidPropertyUpdateSentMessage"_s,
                    u"Update operation on property '%1' is not supported on a sent message."_s.arg(
                        key));
        }
    }
    const GraphJson::MessageInput input = GraphJson::readMessage(body, false);
    if (!input.ok())
        return fail(input.errorStatus, input.errorCode, input.errorMessage);
    if (!apply(*m, input, &error))
        return error;
    if (!m_store.updateGraph(*m))
        return GraphJson::forStatus(500, m_context.now());
    return HttpResponse::json(200, resource(*m));
}

HttpResponse GraphApi::send(const HttpRequest &request)
{
    HttpResponse error;
    const auto account = authenticate(request, &error);
    if (!account || !withinRequestLimit(request, &error))
        return error;
    std::optional<GraphMessage> m = draft(*account, request.params.value(u"id"_s), &error);
    if (!m)
        return error;
    if (recipientsOf(m->resource).isEmpty())
        return fail(400, u"ErrorInvalidRecipients"_s,
            u"At least one recipient is required, but none were found."_s);
    for (const GraphUploadSession &s : m_store.graphUploads(m->id)) {
        if (s.attachmentId.isEmpty())
            return fail(400, u"ErrorAttachmentUploadIncomplete"_s,
                u"The upload session for '%1' has %2 of %3 bytes; finish it (or delete it) "
                u"before sending."_s.arg(s.name)
                    .arg(s.received)
                    .arg(s.size));
    }
    qint64 size = m->resource.value(u"body"_s).toObject().value(u"content"_s).toString().size();
    for (const GraphAttachment &a : m_store.graphAttachments(m->id))
        size += a.size;
    if (size > maxMessageBytes)
        return fail(400, u"ErrorMessageSizeExceeded"_s,
            u"The message exceeds the maximum supported size (35 MB)."_s);
    const QString previousId = m->id;
    // Sending moves the draft to Sent Items, which gives it a new id (unless ids are immutable:
    // learn.microsoft.com/graph/outlook-immutable-id).
    if (!request.header("prefer").contains("IdType=\"ImmutableId\""))
        m->id = GraphJson::newId(u"AAMkAD"_s);
    const QString now = GraphJson::time(m_context.now());
    m->draft = false;
    m->folder = u"sentitems"_s;
    m->receivedAt = m_context.now();
    m->sentAt = m_context.now();
    m->sentThroughApi = true;
    m->resource.insert(u"sentDateTime"_s, now);
    m->resource.insert(u"receivedDateTime"_s, now);
    m->resource.insert(u"lastModifiedDateTime"_s, now);
    rewriteSentCopy(*m);
    if (!m_store.updateGraph(*m, previousId))
        return GraphJson::forStatus(500, m_context.now());
    qCDebug(lcSandbox) << "graph: draft sent as" << m->id;
    return withoutBody(202);
}

HttpResponse GraphApi::createReply(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<WriteRequest> write
        = writeRequest(request, true, &error, "createReply", {u"comment"_s, u"message"_s});
    if (!write)
        return error;
    const auto &[account, body] = *write;
    const auto original = shown(account, request.params.value(u"id"_s));
    if (!original)
        return itemNotFound();
    const QJsonObject o = original->resource;
    GraphMessage m = newMessage(account, true);
    const QString subject = o.value(u"subject"_s).toString();
    m.resource.insert(u"subject"_s,
        subject.startsWith(u"re:"_s, Qt::CaseInsensitive) ? subject : u"RE: "_s + subject);
    const QString sender = graphValueAt(o, u"from/emailAddress/address"_s).toString();
    // Replying to one's own sent message addresses its recipients again, as Outlook does.
    m.resource.insert(u"toRecipients"_s,
        sender.compare(account.address, Qt::CaseInsensitive) == 0
            ? o.value(u"toRecipients"_s)
            : QJsonValue(QJsonArray {o.value(u"from"_s)}));
    const QString comment = body.value(u"comment"_s).toString();
    const QString html = u"<html><body><div>"_s + comment.toHtmlEscaped() + u"</div>"_s + quoted(o)
        + u"</body></html>"_s;
    const QJsonObject replyBody {{u"contentType"_s, u"html"_s}, {u"content"_s, html}};
    m.resource.insert(u"body"_s, replyBody);
    m.resource.insert(u"bodyPreview"_s, GraphJson::preview(replyBody));
    m.replyToId = original->id;
    m.replyTopic = GraphJson::topic(subject);
    m.replyConversationId = o.value(u"conversationId"_s).toString();
    m.resource.insert(u"conversationId"_s, m.replyConversationId);
    GraphJson::MessageInput input;
    if (body.value(u"message"_s).isObject()) {
        input = GraphJson::readMessage(body.value(u"message"_s).toObject(), true);
        if (!input.ok())
            return fail(input.errorStatus, input.errorCode, input.errorMessage);
        if (!apply(m, input, &error))
            return error;
    }
    if (!insertWithAttachments(m, input.attachments))
        return GraphJson::forStatus(500, m_context.now());
    return HttpResponse::json(201, resource(m));
}

HttpResponse GraphApi::remove(const HttpRequest &request)
{
    // learn.microsoft.com/graph/api/message-delete: 204 No Content. The page does not say where
    // the message goes; Outlook moves a deleted item to Deleted Items (permanentDelete's page
    // sets itself apart by purging), so the stand-in moves it there, where GET messages still
    // lists it, and deletes it for good only from there.
    HttpResponse error;
    const auto account = authenticate(request, &error);
    if (!account)
        return error;
    std::optional<GraphMessage> m = shown(*account, request.params.value(u"id"_s));
    if (!m)
        return itemNotFound();
    bool ok = true;
    if (m->folder == u"deleteditems") {
        ok = m_store.deleteGraph(m->id);
    } else {
        m->folder = u"deleteditems"_s;
        m->resource.insert(u"lastModifiedDateTime"_s, GraphJson::time(m_context.now()));
        ok = m_store.updateGraph(*m);
    }
    if (!ok)
        return GraphJson::forStatus(500, m_context.now());
    qCDebug(lcSandbox) << "graph: deleted" << m->id;
    return withoutBody(204);
}

} // namespace Outpost::Sandbox

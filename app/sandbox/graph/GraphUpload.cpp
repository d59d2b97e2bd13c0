// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graph/GraphUpload.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/graph/GraphApi.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;
using Access = SandboxRouter::Access;

namespace {
const QString uploadRoute = u"/outlook-upload/api/v2.0/{user}/{message}/{session}"_s;

// "AttachmentSessions('AAMk…=')" → "AAMk…="
QString keyOf(const QString &segment, const QString &collection)
{
    const QString head = collection + u"('"_s;
    if (!segment.startsWith(head) || !segment.endsWith(u"')"_s))
        return {};
    return segment.mid(head.size(), segment.size() - head.size() - 2);
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result().toHex();
}
} // namespace

GraphUpload::GraphUpload(SandboxContext &context, GraphApi &api)
    : m_context(context), m_api(api) { }

void GraphUpload::addRoutes(SandboxRouter &router)
{
    router.add("POST", u"/graph/v1.0/me/messages/{id}/attachments"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return addAttachment(r); });
    router.add("GET", u"/graph/v1.0/me/messages/{id}/attachments"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return listAttachments(r); });
    router.add("POST", u"/graph/v1.0/me/messages/{id}/attachments/createUploadSession"_s,
        Access::Public, [this](const HttpRequest &r, const User &) { return createSession(r); });
    router.add("PUT", uploadRoute, Access::Public,
        [this](const HttpRequest &r, const User &) { return put(r); });
    router.add("DELETE", uploadRoute, Access::Public,
        [this](const HttpRequest &r, const User &) { return cancel(r); });
}

HttpResponse GraphUpload::listAttachments(const HttpRequest &request)
{
    // learn.microsoft.com/graph/api/message-list-attachments: the attachments of a message the
    // mailbox shows; `$select` picks properties (id is always there). contentBytes is left out
    // here: the stand-in lists, the client never downloads through it.
    HttpResponse error;
    const auto account = m_api.authenticate(request, &error);
    if (!account)
        return error;
    const auto m = m_api.shown(*account, request.params.value(u"id"_s));
    if (!m)
        return m_api.itemNotFound();
    static const QStringList properties {
        u"id"_s, u"name"_s, u"contentType"_s, u"size"_s, u"isInline"_s, u"lastModifiedDateTime"_s};
    QStringList select;
    for (const QString &item : QUrlQuery(request.rawQuery)
                                   .queryItemValue(u"$select"_s, QUrl::FullyDecoded)
                                   .split(u',', Qt::SkipEmptyParts)) {
        if (!properties.contains(item.trimmed(), Qt::CaseInsensitive))
            return m_api.fail(400, u"BadRequest"_s,
                u"Could not find a property named '%1' on type 'microsoft.graph.attachment'."_s.arg(
                    item.trimmed()));
        select += item.trimmed();
    }
    QJsonArray value;
    for (const GraphAttachment &a : m_api.store().graphAttachments(m->id)) {
        const QJsonObject full {{u"@odata.type"_s, u"#microsoft.graph.fileAttachment"_s},
            {u"id"_s, a.id}, {u"name"_s, a.name}, {u"contentType"_s, a.contentType},
            {u"size"_s, a.size}, {u"isInline"_s, a.inline_},
            {u"lastModifiedDateTime"_s, GraphJson::time(a.createdAt)}};
        if (select.isEmpty()) {
            value.append(full);
            continue;
        }
        QJsonObject chosen {{u"id"_s, a.id}};
        for (const QString &name : std::as_const(select)) {
            for (auto it = full.begin(); it != full.end(); ++it) {
                if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                    chosen.insert(it.key(), it.value());
            }
        }
        value.append(chosen);
    }
    return HttpResponse::json(200, QJsonObject {{u"value"_s, value}});
}

HttpResponse GraphUpload::addAttachment(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<GraphApi::WriteRequest> write = m_api.writeRequest(request, false, &error);
    if (!write)
        return error;
    const auto &[account, body] = *write;
    const auto draft = m_api.draft(account, request.params.value(u"id"_s), &error);
    if (!draft)
        return error;
    GraphJson::FileAttachment file;
    QString code;
    QString message;
    if (!GraphJson::readAttachment(body, &file, &code, &message))
        return m_api.fail(400, code, message);
    if (file.bytes.size() >= GraphApi::maxInlineAttachmentBytes)
        return m_api.fail(400, u"ErrorMessageSizeExceeded"_s,
            u"The attachment '%1' is %2 bytes; attachments of 3 MB (3000000 bytes) or more must "
            u"go through attachments/createUploadSession."_s.arg(file.name)
                .arg(file.bytes.size()));
    QString id;
    if (!m_api.storeAttachment(draft->id, file, u"attachments"_s, &id))
        return GraphJson::forStatus(500, m_context.now());
    return HttpResponse::json(201,
        QJsonObject {{u"@odata.type"_s, u"#microsoft.graph.fileAttachment"_s}, {u"id"_s, id},
            {u"lastModifiedDateTime"_s, GraphJson::time(m_context.now())}, {u"name"_s, file.name},
            {u"contentType"_s, file.contentType}, {u"size"_s, file.bytes.size()},
            {u"isInline"_s, file.isInline}});
}

HttpResponse GraphUpload::createSession(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<GraphApi::WriteRequest> write = m_api.writeRequest(request, false, &error);
    if (!write)
        return error;
    const auto &[account, body] = *write;
    const auto draft = m_api.draft(account, request.params.value(u"id"_s), &error);
    if (!draft)
        return error;
    const QJsonObject item = body.value(u"AttachmentItem"_s).toObject();
    if (item.isEmpty())
        return m_api.fail(400, u"ErrorInvalidParameter"_s,
            u"The value of the parameter 'AttachmentItem' is empty."_s);
    if (item.value(u"attachmentType"_s).toString() != u"file")
        return m_api.fail(
            400, u"ErrorInvalidParameter"_s, u"AttachmentItem.attachmentType must be \"file\"."_s);
    const QString name = item.value(u"name"_s).toString();
    const QJsonValue size = item.value(u"size"_s);
    if (name.isEmpty() || !size.isDouble() || size.toDouble() != double(size.toInteger()))
        return m_api.fail(400, u"ErrorRequiredPropertyMissing"_s,
            u"AttachmentItem needs a name and a size in bytes."_s);
    if (size.toInteger() < GraphApi::maxInlineAttachmentBytes)
        return m_api.fail(400, u"ErrorAttachmentSizeShouldNotBeLessThanMinimumSize"_s,
            u"Attachment size must be greater than the minimum size. Files under 3 MB "
            u"(3000000 bytes) are attached with POST …/attachments."_s);
    if (size.toInteger() > maxAttachmentBytes)
        return m_api.fail(400, u"ErrorAttachmentSizeShouldNotBeGreaterThanMaximumSize"_s,
            u"Attachment size must be at most 150 MB."_s);
    GraphUploadSession s;
    s.id = GraphJson::newId(u"AAMkADses"_s);
    s.messageId = draft->id;
    s.mailbox = account.address;
    s.authToken = u"eyJ0eXAiOiJKV1Qi.sbx."_s + randomHex(24);
    s.name = name;
    s.contentType = item.value(u"contentType"_s).toString(u"application/octet-stream"_s);
    s.inline_ = item.value(u"isInline"_s).toBool();
    s.size = size.toInteger();
    s.file
        = QDir(m_context.dataDir).filePath(u"provider/graph-upload-%1.part"_s.arg(randomHex(12)));
    s.expiresAt = m_context.now().addSecs(2 * 3600);
    QFile file(s.file);
    if (!file.open(QIODevice::WriteOnly) || !m_api.store().insertGraphUpload(s))
        return GraphJson::forStatus(500, m_context.now());
    QUrl url = m_context.baseUrl;
    url.setPath(
        u"/outlook-upload/api/v2.0/Users('%1')/Messages('%2')/AttachmentSessions('%3')"_s.arg(
            s.mailbox, s.messageId, s.id));
    url.setQuery(u"authtoken="_s + s.authToken);
    const QString context
        = m_context.baseUrl.toString() + u"/graph/v1.0/$metadata#microsoft.graph.uploadSession"_s;
    return HttpResponse::json(201,
        QJsonObject {{u"@odata.context"_s, context},
            {u"uploadUrl"_s, url.toString(QUrl::FullyEncoded)},
            {u"expirationDateTime"_s, GraphJson::time(s.expiresAt)},
            {u"nextExpectedRanges"_s, QJsonArray {u"0-"_s}}});
}

std::optional<GraphUploadSession> GraphUpload::session(
    const HttpRequest &request, HttpResponse *error)
{
    const auto s = m_api.store().graphUpload(
        keyOf(request.params.value(u"session"_s), u"AttachmentSessions"_s));
    if (!s || request.queryValue(u"authtoken"_s) != s->authToken) {
        *error = m_api.fail(404, u"ErrorItemNotFound"_s, u"The upload session was not found."_s);
        return std::nullopt;
    }
    // The URL carries its own credential; a bearer token on it is refused, as documented
    // (learn.microsoft.com/graph/api/attachment-createuploadsession: do not send an
    // Authorization header with the PUT; the uploadUrl is pre-authenticated).
    if (!request.header("authorization").isEmpty()) {
        *error = GraphJson::unauthenticated(u"The upload URL is pre-authenticated: send no "
                                            u"Authorization header to it."_s,
            m_context.now());
        return std::nullopt;
    }
    if (m_context.now() >= s->expiresAt) {
        *error = GraphJson::unauthenticated(u"The upload session has expired."_s, m_context.now());
        return std::nullopt;
    }
    return s;
}

QString GraphUpload::attachmentUrl(const GraphUploadSession &s) const
{
    QUrl url = m_context.baseUrl;
    url.setPath(u"/outlook-upload/api/v2.0/Users('%1')/Messages('%2')/Attachments('%3')"_s.arg(
        s.mailbox, s.messageId, s.attachmentId));
    return url.toString(QUrl::FullyEncoded);
}

HttpResponse GraphUpload::put(const HttpRequest &request)
{
    HttpResponse error;
    std::optional<GraphUploadSession> s = session(request, &error);
    if (!s)
        return error;
    if (request.body.size() > maxChunkBytes)
        return m_api.fail(413, u"RequestBodyTooLarge"_s,
            u"A chunk is %1 bytes; upload sessions take at most %2 bytes (4 MB) per PUT."_s
                .arg(request.body.size())
                .arg(maxChunkBytes));
    static const QRegularExpression pattern(u"^bytes (\\d+)-(\\d+)/(\\d+)$"_s);
    const auto range
        = pattern.match(QString::fromLatin1(request.header("content-range").trimmed()));
    if (!range.hasMatch())
        return m_api.fail(400, u"ErrorInvalidRequest"_s,
            u"The Content-Range header is required, as bytes {start}-{end}/{total}."_s);
    const qint64 first = range.captured(1).toLongLong();
    const qint64 last = range.captured(2).toLongLong();
    const qint64 total = range.captured(3).toLongLong();
    if (total != s->size)
        return m_api.fail(400, u"ErrorInvalidRequest"_s,
            u"Content-Range says the file is %1 bytes; the session was created for %2."_s.arg(total)
                .arg(s->size));
    if (last < first || last - first + 1 != request.body.size())
        return m_api.fail(400, u"ErrorInvalidRequest"_s,
            u"Content-Range covers %1 bytes but the body has %2."_s.arg(last - first + 1)
                .arg(request.body.size()));
    if (!s->attachmentId.isEmpty() && last == s->size - 1) {
        // The final chunk again (its answer was lost): the same answer, nothing attached twice.
        HttpResponse created = GraphApi::withoutBody(201);
        created.headers.append({QByteArrayLiteral("Location"), attachmentUrl(*s).toUtf8()});
        return created;
    }
    if (first != s->received || last >= s->size)
        return m_api.fail(416, u"invalidRange"_s,
            u"The specified byte range is invalid or unavailable: the next expected byte is %1."_s
                .arg(s->received));
    QFile file(s->file);
    if (!file.open(QIODevice::Append) || file.write(request.body) != request.body.size())
        return GraphJson::forStatus(500, m_context.now());
    file.close();
    s->received = last + 1;
    if (s->received < s->size) {
        m_api.store().updateGraphUpload(*s);
        return HttpResponse::json(200,
            QJsonObject {{u"expirationDateTime"_s, GraphJson::time(s->expiresAt)},
                {u"nextExpectedRanges"_s, QJsonArray {QString::number(s->received)}}});
    }
    GraphAttachment a;
    a.id = GraphJson::newId(u"AAMkADatt"_s);
    a.messageId = s->messageId;
    a.name = s->name;
    a.contentType = s->contentType;
    a.size = s->size;
    a.sha256 = QString::fromLatin1(sha256Of(s->file));
    a.inline_ = s->inline_;
    a.via = u"uploadSession"_s;
    a.createdAt = m_context.now();
    s->attachmentId = a.id;
    const bool ok = m_api.store().sandbox().transaction([&] {
        return m_api.store().insertGraphAttachment(a) && m_api.store().updateGraphUpload(*s);
    });
    if (!ok)
        return GraphJson::forStatus(500, m_context.now());
    qCDebug(lcSandbox) << "graph: upload session complete," << s->size << "bytes";
    HttpResponse created = GraphApi::withoutBody(201);
    created.headers.append({QByteArrayLiteral("Location"), attachmentUrl(*s).toUtf8()});
    return created;
}

HttpResponse GraphUpload::cancel(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<GraphUploadSession> s = session(request, &error);
    if (!s)
        return error;
    m_api.store().deleteGraphUpload(s->id);
    QFile::remove(s->file);
    return GraphApi::withoutBody(204);
}

} // namespace Outpost::Sandbox

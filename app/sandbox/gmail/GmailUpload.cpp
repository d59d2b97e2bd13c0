// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/gmail/GmailUpload.h"

#include "sandbox/MultipartParser.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/gmail/GmailApi.h"
#include "sandbox/gmail/GmailJson.h"
#include "sandbox/oauth/ProviderTokens.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;
using Access = SandboxRouter::Access;

namespace {
const QString uploadPath = u"/gmail-api/upload/gmail/v1/users/{userId}/messages/send"_s;

struct Part
{
    QByteArray contentType;
    QByteArray body;
};

// A multipart/related body: each part's Content-Type and bytes.
std::optional<QList<Part>> relatedParts(const HttpRequest &request, QString *error)
{
    QByteArray type;
    QByteArray boundary;
    for (const auto &[key, value] :
        MultipartParser::headerParameters(request.header("content-type"), &type)) {
        if (key == "boundary")
            boundary = value;
    }
    if (type != "multipart/related" || boundary.isEmpty()) {
        *error = u"uploadType=multipart needs a multipart/related body with a boundary"_s;
        return std::nullopt;
    }
    const QByteArray delimiter = "--" + boundary;
    const QByteArray &body = request.body;
    qsizetype pos = body.indexOf(delimiter);
    QList<Part> parts;
    while (pos >= 0) {
        qsizetype start = pos + delimiter.size();
        if (body.mid(start, 2) == "--")
            return parts;
        start = body.indexOf('\n', start);
        const QByteArray closing = "\r\n" + delimiter;
        const qsizetype next = start < 0 ? -1 : body.indexOf(closing, start);
        if (next < 0)
            break;
        const QByteArray part = body.mid(start + 1, next - start - 1);
        const qsizetype blank = part.indexOf("\r\n\r\n");
        Part p;
        p.body = blank < 0 ? QByteArray() : part.mid(blank + 4);
        for (const QByteArray &line : part.first(blank < 0 ? 0 : blank).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.first(colon).trimmed().toLower() == "content-type")
                p.contentType = line.mid(colon + 1).trimmed();
        }
        parts += p;
        pos = next + 2;
    }
    *error = u"the multipart/related body ends before its closing boundary"_s;
    return std::nullopt;
}

bool isMessageType(const QByteArray &contentType)
{
    return contentType.trimmed().toLower().startsWith("message/");
}

HttpResponse unsupportedMedia(const QByteArray &contentType)
{
    const QString type = contentType.isEmpty()
        ? u"application/octet-stream"_s
        : QString::fromLatin1(contentType).section(u';', 0, 0);
    return GmailJson::invalid(
        u"Media type '%1' is not supported. Valid media types: [message/*]"_s.arg(type));
}

HttpResponse tooLargeFor(const QString &uploadType, qint64 size, qint64 limit)
{
    return GmailJson::tooLarge(u"Media is %1 bytes; uploadType=%2 takes at most %3 bytes. Use "
                               u"uploadType=resumable for larger messages."_s.arg(size)
                                   .arg(uploadType)
                                   .arg(limit));
}

std::optional<QJsonObject> metadataOf(const QByteArray &json, HttpResponse *error)
{
    if (json.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error
            = GmailJson::invalid(u"Invalid JSON payload received. "_s + parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

HttpResponse incomplete(qint64 committed)
{
    HttpResponse r;
    r.status = 308;
    r.contentType.clear();
    if (committed > 0)
        r.headers.append(
            {QByteArrayLiteral("Range"), "bytes=0-" + QByteArray::number(committed - 1)});
    return r;
}
} // namespace

GmailUpload::GmailUpload(SandboxContext &context, GmailApi &api)
    : m_context(context), m_api(api), m_store(context.store)
{
}

void GmailUpload::addRoutes(SandboxRouter &router)
{
    router.add("POST", uploadPath, Access::Public,
        [this](const HttpRequest &r, const User &) { return start(r); });
    router.add("PUT", uploadPath, Access::Public,
        [this](const HttpRequest &r, const User &) { return put(r); });
}

HttpResponse GmailUpload::start(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<ProviderToken> account = m_api.authenticate(request, &error);
    if (!account)
        return error;
    const QString type = request.queryValue(u"uploadType"_s);
    if (type == u"media")
        return media(request, *account);
    if (type == u"multipart")
        return multipart(request, *account);
    if (type == u"resumable")
        return resumable(request, *account);
    return GmailJson::invalid(u"Upload requests must include an uploadType URL parameter: media, "
                              u"multipart or resumable"_s);
}

HttpResponse GmailUpload::media(const HttpRequest &request, const ProviderToken &account)
{
    if (!isMessageType(request.header("content-type")))
        return unsupportedMedia(request.header("content-type"));
    if (request.body.size() > maxSimpleMediaBytes)
        return tooLargeFor(u"media"_s, request.body.size(), maxSimpleMediaBytes);
    return m_api.deliver(account, request.body, QJsonValue());
}

HttpResponse GmailUpload::multipart(const HttpRequest &request, const ProviderToken &account)
{
    QString why;
    const std::optional<QList<Part>> parts = relatedParts(request, &why);
    if (!parts)
        return GmailJson::invalid(why);
    if (parts->size() != 2)
        return GmailJson::invalid(
            u"uploadType=multipart needs two parts (JSON metadata, then the message); got %1"_s.arg(
                parts->size()));
    const Part &meta = parts->at(0);
    const Part &message = parts->at(1);
    if (!meta.contentType.toLower().startsWith("application/json"))
        return GmailJson::invalid(
            u"The first part of a multipart upload must be application/json"_s);
    if (!isMessageType(message.contentType))
        return unsupportedMedia(message.contentType);
    // Issue 13: multipart carries a message up to the method's 35 MB (GmailUpload.h).
    if (message.body.size() > GmailApi::maxMessageBytes)
        return tooLargeFor(u"multipart"_s, message.body.size(), GmailApi::maxMessageBytes);
    HttpResponse error;
    const std::optional<QJsonObject> metadata = metadataOf(meta.body, &error);
    if (!metadata)
        return error;
    return m_api.deliver(account, message.body, metadata->value(u"threadId"_s));
}

HttpResponse GmailUpload::resumable(const HttpRequest &request, const ProviderToken &account)
{
    const QByteArray type = request.header("x-upload-content-type");
    if (!isMessageType(type))
        return unsupportedMedia(type);
    GmailUploadSession session;
    const QByteArray length = request.header("x-upload-content-length");
    if (!length.isEmpty()) {
        bool ok = false;
        session.total = length.trimmed().toLongLong(&ok);
        if (!ok || session.total < 0)
            return GmailJson::invalid(u"Invalid X-Upload-Content-Length header"_s);
        if (session.total > GmailApi::maxMessageBytes)
            return tooLargeFor(u"resumable"_s, session.total, GmailApi::maxMessageBytes);
    }
    HttpResponse error;
    const std::optional<QJsonObject> metadata = metadataOf(request.body, &error);
    if (!metadata)
        return error;
    session.id = u"ADPycd"_s + randomHex(20);
    session.mailbox = account.address;
    session.metadata = *metadata;
    session.contentType = QString::fromLatin1(type);
    session.file
        = QDir(m_context.dataDir).filePath(u"provider/gmail-upload-%1.part"_s.arg(session.id));
    session.createdAt = m_context.now();
    QFile file(session.file);
    if (!file.open(QIODevice::WriteOnly) || !m_store.insertGmailUpload(session))
        return GmailJson::forStatus(500);
    QUrl location = m_context.baseUrl;
    location.setPath(u"/gmail-api/upload/gmail/v1/users/me/messages/send"_s);
    location.setQuery(u"uploadType=resumable&upload_id="_s + session.id);
    HttpResponse r;
    r.contentType.clear();
    r.headers.append({QByteArrayLiteral("Location"), location.toEncoded()});
    r.headers.append({QByteArrayLiteral("X-GUploader-UploadID"), session.id.toLatin1()});
    return r;
}

HttpResponse GmailUpload::put(const HttpRequest &request)
{
    std::optional<GmailUploadSession> session
        = m_store.gmailUpload(request.queryValue(u"upload_id"_s));
    if (request.queryValue(u"uploadType"_s) != u"resumable" || !session)
        return GmailJson::notFound();
    // The session URI is the credential; a token, when sent, must still be the mailbox's own.
    if (!request.header("authorization").isEmpty()) {
        const auto account
            = ProviderTokens(m_context.store)
                  .mailboxFor(request.bearerToken(), Provider::Gmail, m_context.now());
        if (!account || account->address.compare(session->mailbox, Qt::CaseInsensitive) != 0)
            return GmailJson::unauthenticated();
    }
    if (session->finalStatus) {
        HttpResponse r;
        r.status = session->finalStatus;
        r.body = session->finalBody;
        return r;
    }
    const ProviderToken account {{}, Provider::Gmail, session->mailbox, {}, {}};
    const QByteArray range = request.header("content-range").trimmed();
    static const QRegularExpression status(u"^bytes \\*/(\\d+|\\*)$"_s);
    static const QRegularExpression chunk(u"^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"_s);
    qint64 first = 0;
    qint64 last = request.body.size() - 1;
    qint64 total = session->total;
    QString totalText;
    if (range.isEmpty()) {
        if (total < 0)
            total = request.body.size();
    } else if (const auto m = status.match(QString::fromLatin1(range)); m.hasMatch()) {
        if (!request.body.isEmpty())
            return GmailJson::invalid(
                u"A status query (Content-Range: bytes */N) carries no body"_s);
        return incomplete(session->received);
    } else if (const auto c = chunk.match(QString::fromLatin1(range)); c.hasMatch()) {
        first = c.captured(1).toLongLong();
        last = c.captured(2).toLongLong();
        totalText = c.captured(3);
        if (totalText != u"*")
            total = totalText.toLongLong();
    } else {
        return GmailJson::invalid(u"Failed to parse Content-Range header."_s);
    }
    if (session->total >= 0 && total != session->total)
        return GmailJson::invalid(
            u"The upload was announced as %1 bytes, not %2"_s.arg(session->total).arg(total));
    if (last - first + 1 != request.body.size() || last < first)
        return GmailJson::invalid(
            u"Content-Range covers %1 bytes but the body has %2"_s.arg(last - first + 1)
                .arg(request.body.size()));
    if (first > session->received)
        return GmailJson::invalid(u"Invalid request. According to the Content-Range header, the "
                                  u"upload offset is %1 byte(s), which exceeds already uploaded "
                                  u"size of %2 byte(s)."_s.arg(first)
                                      .arg(session->received));
    const qint64 end = last + 1;
    if (std::max(end, total) > GmailApi::maxMessageBytes)
        return tooLargeFor(u"resumable"_s, std::max(end, total), GmailApi::maxMessageBytes);
    if (total >= 0 && end > total)
        return GmailJson::invalid(u"Content-Range goes past the end of the upload"_s);
    QFile file(session->file);
    if (!file.open(QIODevice::ReadWrite) || !file.resize(session->received))
        return GmailJson::forStatus(500);
    if (end > session->received) {
        file.seek(session->received);
        file.write(request.body.sliced(session->received - first));
    }
    const bool complete = total >= 0 && end == total;
    const qint64 committed = complete ? end : end / chunkGranularity * chunkGranularity;
    session->received = std::max(session->received, committed);
    file.resize(session->received);
    file.close();
    if (!complete) {
        m_store.updateGmailUpload(*session);
        return incomplete(session->received);
    }
    session->total = total;
    return finish(*session, account);
}

HttpResponse GmailUpload::finish(GmailUploadSession &session, const ProviderToken &account)
{
    QFile file(session.file);
    if (!file.open(QIODevice::ReadOnly))
        return GmailJson::forStatus(500);
    const QByteArray raw = file.readAll();
    file.close();
    const HttpResponse answer = m_api.deliver(account, raw, session.metadata.value(u"threadId"_s));
    session.finalStatus = answer.status;
    session.finalBody = answer.body;
    m_store.updateGmailUpload(session);
    QFile::remove(session.file);
    qCDebug(lcSandbox) << "gmail: resumable upload" << session.id << "finished with"
                       << answer.status;
    return answer;
}

} // namespace Outpost::Sandbox

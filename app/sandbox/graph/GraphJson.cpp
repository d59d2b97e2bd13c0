// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/graph/GraphJson.h"

#include "sandbox/SandboxContext.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace Outpost::Sandbox::GraphJson {

using namespace Qt::StringLiterals;

namespace {
const QStringList writableProperties {u"subject"_s, u"body"_s, u"toRecipients"_s, u"ccRecipients"_s,
    u"bccRecipients"_s, u"replyTo"_s, u"internetMessageId"_s, u"importance"_s, u"isRead"_s,
    u"categories"_s, u"isDeliveryReceiptRequested"_s, u"isReadReceiptRequested"_s, u"from"_s,
    u"sender"_s, u"flag"_s};
const QStringList recipientLists {
    u"toRecipients"_s, u"ccRecipients"_s, u"bccRecipients"_s, u"replyTo"_s};

bool plausibleAddress(const QString &address)
{
    static const QRegularExpression pattern(
        u"^[^@\\s<>()\",;]+@[^@\\s<>()\",;]+\\.[^@\\s<>()\",;.]+$"_s);
    return pattern.match(address).hasMatch();
}

bool fail(MessageInput *in, const QString &code, const QString &message)
{
    in->errorCode = code;
    in->errorMessage = message;
    return false;
}

bool readRecipient(const QJsonValue &value, QJsonObject *out)
{
    const QJsonObject email = value.toObject().value(u"emailAddress"_s).toObject();
    const QString address = email.value(u"address"_s).toString().trimmed();
    if (!plausibleAddress(address))
        return false;
    *out = recipient(address, email.value(u"name"_s).toString());
    return true;
}
} // namespace

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s) : QString();
}

HttpResponse error(int status, const QString &code, const QString &message, const QDateTime &now)
{
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    HttpResponse r = HttpResponse::json(status,
        QJsonObject {{u"error"_s,
            QJsonObject {{u"code"_s, code}, {u"message"_s, message},
                {u"innerError"_s,
                    QJsonObject {{u"date"_s, time(now)}, {u"request-id"_s, requestId},
                        {u"client-request-id"_s, requestId}}}}}});
    r.headers.append({QByteArrayLiteral("request-id"), requestId.toLatin1()});
    r.headers.append({QByteArrayLiteral("client-request-id"), requestId.toLatin1()});
    return r;
}

HttpResponse unauthenticated(const QString &message, const QDateTime &now)
{
    HttpResponse r = error(401, u"InvalidAuthenticationToken"_s, message, now);
    r.headers.append({QByteArrayLiteral("WWW-Authenticate"),
        QByteArrayLiteral(
            "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/"
            "common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-"
            "000000000000\"")});
    return r;
}

HttpResponse forStatus(int status, const QDateTime &now)
{
    switch (status) {
    case 400:
        return error(
            400, u"ErrorInvalidRequest"_s, u"Bad Request (injected by the sandbox)"_s, now);
    case 401:
        return unauthenticated(u"Access token has expired or is not yet valid."_s, now);
    case 403:
        return error(403, u"ErrorAccessDenied"_s,
            u"Access is denied. Check credentials and try "
            u"again."_s,
            now);
    case 404:
        return error(404, u"ErrorItemNotFound"_s,
            u"The specified object was not found in the store."_s, now);
    case 413:
        return error(413, u"RequestBodyTooLarge"_s,
            u"The request body is too large (injected by the sandbox)"_s, now);
    case 429:
        return error(429, u"ApplicationThrottled"_s,
            u"Application is over its MailboxConcurrency limit."_s, now);
    case 503:
        return error(503, u"ServiceUnavailable"_s,
            u"The service is temporarily unavailable. Try again after a delay."_s, now);
    default:
        return error(status, status >= 500 ? u"InternalServerError"_s : u"BadRequest"_s,
            QString::fromLatin1(reasonPhrase(status)) + u" (injected by the sandbox)"_s, now);
    }
}

QJsonObject recipient(const QString &address, const QString &name)
{
    return {{u"emailAddress"_s,
        QJsonObject {{u"name"_s, name.isEmpty() ? address : name}, {u"address"_s, address}}}};
}

QStringList addressesOf(const QJsonValue &recipients)
{
    QStringList list;
    for (const QJsonValue &r : recipients.toArray())
        list += r.toObject().value(u"emailAddress"_s).toObject().value(u"address"_s).toString();
    return list;
}

QString topic(const QString &subject)
{
    static const QRegularExpression prefixes(
        u"^\\s*((re|fw|fwd|aw|wg|sv|antw)\\s*:\\s*)+"_s, QRegularExpression::CaseInsensitiveOption);
    return QString(subject).remove(prefixes).simplified().toCaseFolded();
}

QString newId(const QString &prefix)
{
    QByteArray random(48, '\0');
    for (char &c : random)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    // Graph ids are base64url with '=' padding: clients must percent-encode the '='.
    return prefix + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding)).chopped(1)
        + u'=';
}

QString preview(const QJsonObject &body)
{
    QString text = body.value(u"content"_s).toString();
    if (body.value(u"contentType"_s).toString() == u"html") {
        static const QRegularExpression tags(u"<[^>]*>"_s);
        text.replace(tags, u" "_s);
    }
    return text.simplified().left(255);
}

bool readAttachment(const QJsonValue &value, FileAttachment *out, QString *code, QString *message)
{
    const QJsonObject o = value.toObject();
    if (o.value(u"@odata.type"_s).toString() != u"#microsoft.graph.fileAttachment") {
        *code = u"ErrorInvalidAttachmentType"_s;
        *message = u"Only #microsoft.graph.fileAttachment attachments are accepted here; "
                   u"@odata.type is required."_s;
        return false;
    }
    out->name = o.value(u"name"_s).toString();
    if (out->name.isEmpty()) {
        *code = u"ErrorRequiredPropertyMissing"_s;
        *message = u"Required property is missing: name."_s;
        return false;
    }
    const QByteArray encoded = o.value(u"contentBytes"_s).toString().toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(
        encoded, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!o.value(u"contentBytes"_s).isString() || !decoded || encoded.size() % 4 != 0) {
        *code = u"RequestBodyRead"_s;
        *message = u"Cannot convert the literal '%1' to the expected type 'Edm.Binary'."_s.arg(
            QString::fromLatin1(encoded.left(40)));
        return false;
    }
    out->bytes = decoded.decoded;
    out->contentType = o.value(u"contentType"_s).toString(u"application/octet-stream"_s);
    out->isInline = o.value(u"isInline"_s).toBool();
    return true;
}

MessageInput readMessage(const QJsonObject &message, bool allowAttachments)
{
    MessageInput in;
    for (auto it = message.begin(); it != message.end(); ++it) {
        const QString &key = it.key();
        if (key == u"@odata.type" || (allowAttachments && key == u"attachments"))
            continue;
        if (!writableProperties.contains(key)) {
            fail(&in, u"RequestBodyRead"_s,
                u"The property '%1' does not exist on type 'microsoft.graph.message'. Make sure "
                u"to only use property names that are defined by the type or mark the type as "
                u"open type."_s.arg(key));
            return in;
        }
        if (recipientLists.contains(key)) {
            QJsonArray list;
            if (!it.value().isArray() && !it.value().isNull()) {
                fail(&in, u"RequestBodyRead"_s, key + u" must be a collection of recipients."_s);
                return in;
            }
            for (const QJsonValue &r : it.value().toArray()) {
                QJsonObject normalised;
                if (!readRecipient(r, &normalised)) {
                    fail(&in, u"ErrorInvalidRecipients"_s,
                        u"At least one recipient isn't valid., Recipient '%1' is not resolved. "
                        u"All recipients must be resolved before a message can be submitted."_s.arg(
                            r.toObject()
                                .value(u"emailAddress"_s)
                                .toObject()
                                .value(u"address"_s)
                                .toString()));
                    return in;
                }
                list.append(normalised);
            }
            in.properties.insert(key, list);
        } else if (key == u"body") {
            const QJsonObject body = it.value().toObject();
            const QString type = body.value(u"contentType"_s).toString(u"text"_s).toLower();
            if (type != u"text" && type != u"html") {
                fail(&in, u"RequestBodyRead"_s,
                    u"Requested value '%1' was not found in enum 'bodyType'."_s.arg(type));
                return in;
            }
            in.properties.insert(key,
                QJsonObject {
                    {u"contentType"_s, type}, {u"content"_s, body.value(u"content"_s).toString()}});
        } else if ((key == u"subject" || key == u"internetMessageId") && !it.value().isString()) {
            fail(&in, u"RequestBodyRead"_s, key + u" must be a string."_s);
            return in;
        } else {
            in.properties.insert(key, it.value());
        }
    }
    const QJsonValue attachments = message.value(u"attachments"_s);
    if (allowAttachments && !attachments.isUndefined()) {
        for (const QJsonValue &a : attachments.toArray()) {
            FileAttachment file;
            if (!readAttachment(a, &file, &in.errorCode, &in.errorMessage))
                return in;
            in.attachments += file;
        }
    }
    return in;
}

} // namespace Outpost::Sandbox::GraphJson

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ProviderStore.h"
#include "sandbox/SandboxHttp.h"

#include <QByteArray>

// Microsoft Graph's wire shapes in the sandbox: its error document and the message resource
// as clients write it (sendMail, create, PATCH) and read it.
namespace Outpost::Sandbox::GraphJson {

// {"error":{"code":…,"message":…,"innerError":{date, request-id, client-request-id}}}
HttpResponse error(int status, const QString &code, const QString &message, const QDateTime &now);
// What an injected fault without a body answers on a Graph path.
HttpResponse forStatus(int status, const QDateTime &now);
HttpResponse unauthenticated(const QString &message, const QDateTime &now);

// A fileAttachment as written in a request, decoded.
struct FileAttachment
{
    QString name;
    QString contentType;
    QByteArray bytes;
    bool isInline = false;
};

// The outcome of reading a message object from a request.
struct MessageInput
{
    QJsonObject properties; // only what the request set, normalised (body type, recipients)
    QList<FileAttachment> attachments;
    QString errorCode; // empty: fine
    QString errorMessage;
    int errorStatus = 400;
    bool ok() const { return errorCode.isEmpty(); }
};

// Reads `message` as Graph does: unknown properties, malformed recipients and bad base64 are
// refused; `allowAttachments` is false for PATCH.
MessageInput readMessage(const QJsonObject &message, bool allowAttachments);
// A fileAttachment object (for sendMail, create and POST …/attachments).
bool readAttachment(const QJsonValue &value, FileAttachment *out, QString *code, QString *message);

// {"emailAddress":{"name":…,"address":…}}
QJsonObject recipient(const QString &address, const QString &name = {});
QStringList addressesOf(const QJsonValue &recipients);
// "RE: Lunch" → "lunch": the topic a conversation is kept under.
QString topic(const QString &subject);
QString newId(const QString &prefix); // AAMkAD… style, base64url with padding
QString time(const QDateTime &time); // 2026-05-18T12:34:56Z
QString preview(const QJsonObject &body);

} // namespace Outpost::Sandbox::GraphJson

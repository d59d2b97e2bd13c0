// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "mail/ConversationMessage.h"
#include "mail/Draft.h"
#include "mail/Mailbox.h"
#include "mail/Receipt.h"
#include "net/Result.h"
#include "platform/PlatformContact.h"
#include "platform/PlatformConversation.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

// Every JSON shape of the platform API, in one place. Reads tolerantly (unknown fields
// ignored, ids as strings or numbers, a bare array where a wrapper is expected, the three
// error shapes); writes strictly (exactly the documented fields).
namespace Outpost::PlatformJson {

QByteArray sendRequest(const Draft &draft);
Result<Receipt> receipt(const QByteArray &body);

Result<QList<Mailbox>> mailboxes(const QByteArray &body);
// `{ "authUrl": … }` of GET /api/email/oauth/authorize: https, or http on loopback only.
Result<QUrl> authorizationUrl(const QByteArray &body);

// `{ "files": [ { key, type, name, size, … } ] }` of POST /api/upload, in the order sent:
// `key` becomes storageKey, `type` contentType, `name` filename (a bare array is accepted).
Result<QList<Attachment>> uploadedFiles(const QByteArray &body);

// Contacts and conversations (the thread picker, the conversation view).
Result<QList<PlatformContact>> contacts(const QByteArray &body);
QByteArray conversationsRequest(const QString &contactId); // `{ contactId, channelType: email }`
Result<QList<PlatformConversation>> conversations(const QByteArray &body);
Result<PlatformConversation> conversation(const QByteArray &body);
// Oldest first, as the server lists them.
Result<QList<ConversationMessage>> conversationMessages(const QByteArray &body);

QByteArray loginRequest(const QString &email, const QString &password);
QByteArray refreshRequest(const QString &refreshToken);
// Fills accessToken/refreshToken (and userEmail when given) from a login or refresh answer.
Result<Session> session(const QByteArray &body, Session base);

// The error of a non-2xx answer, whatever of the three shapes (or none) the body has.
ServiceError error(
    int status, const QByteArray &body, const QByteArray &retryAfter, const QDateTime &now);

} // namespace Outpost::PlatformJson

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "mail/ConversationMessage.h"
#include "mail/Draft.h"
#include "mail/MailTemplate.h"
#include "mail/Mailbox.h"
#include "mail/Receipt.h"
#include "net/Result.h"
#include "platform/MailboxSync.h"
#include "platform/PlatformContact.h"
#include "platform/PlatformConversation.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

// Every JSON shape of the platform API, in one place. Reads tolerantly (unknown fields
// ignored, ids as strings or numbers, a bare array where a wrapper is expected, the three
// error shapes); writes strictly (exactly the documented fields).
namespace Outpost::PlatformJson {

// The send page's body. With `accountId`, the body of an older version of the page, which named
// the sending mailbox by its _id (GET /api/email/accounts) instead of `from` (and had no
// `provider`, the tie-breaker for `from`).
QByteArray sendRequest(const Draft &draft, const QString &accountId = {});
// A 400 answer that names `field` (in its field/param member or its message): how an instance
// says which field it misses or refuses.
bool namesField(const QByteArray &body, const ServiceError &error, QLatin1StringView field);
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
// The path and query of a content search for one contact's email conversations, and its answer
// (read tolerantly: a result without conversationId or a match without messageId is skipped).
// Mailbox housekeeping: the sync request `{ accountId, maxResults, lookbackDays }` and its
// status (a missing number reads as 0, a missing date as never).
QByteArray syncRequest(const QString &accountId, int maxResults, int lookbackDays);
Result<MailboxSyncStatus> syncStatus(const QByteArray &body);
QString messageSearchPath(const QString &contactId, const MessageSearchQuery &query);
Result<MessageSearch> messageSearch(const QByteArray &body);

QByteArray loginRequest(const QString &email, const QString &password);
QByteArray refreshRequest(const QString &refreshToken);
// Fills accessToken/refreshToken (and userEmail when given) from a login or refresh answer.
Result<Session> session(const QByteArray &body, Session base);

// Templates (PlatformTemplateJson.cpp; api/CONTRACT.md "Also published", from docs.tetherai.ca's
// template pages): the list of GET /api/user/sms-templates?type=email (its wrapper is not
// published: a bare array, `data` or `templates`; each `{ _id, name, template, type, category }`,
// `subject` when an instance has one; an entry of another type or without a name or text is
// skipped) and the body of POST /api/templates, exactly `{ name, template, type, category }`, and
// its answer `{ success, data: { _id, … } }`.
Result<QList<MailTemplate>> templates(const QByteArray &body);
QByteArray templateRequest(const MailTemplate &t, const QString &category);
Result<MailTemplate> createdTemplate(const QByteArray &body, MailTemplate sent);

// The error of a non-2xx answer, whatever of the three shapes (or none) the body has.
ServiceError error(
    int status, const QByteArray &body, const QByteArray &retryAfter, const QDateTime &now);

} // namespace Outpost::PlatformJson

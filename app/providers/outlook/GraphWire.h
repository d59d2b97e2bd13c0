// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/ConversationMessage.h"
#include "mail/Draft.h"
#include "mail/Receipt.h"
#include "mail/ThreadSummary.h"
#include "net/ServiceError.h"

#include <QJsonObject>
#include <QUrl>

// Microsoft Graph's URLs and JSON shapes for sending mail, in one place (sendMail, draft
// messages, createReply, attachments and upload sessions, Graph's error shape).
namespace Outpost::GraphWire {

// Its limits (one request, inline threshold, upload chunk) are Outlook's row of SendLimits.

QUrl defaultBase(); // https://graph.microsoft.com

QUrl url(const QUrl &base, const QString &path, const QList<QPair<QString, QString>> &query = {});

// The message resource: subject, body, recipients, internetMessageId, inline attachments.
QJsonObject message(const Draft &draft, const QString &internetMessageId,
    const QJsonArray &inlineAttachments, bool withSubject);
QJsonObject fileAttachment(
    const QString &name, const QString &contentType, const QByteArray &bytes);
QJsonObject uploadSessionRequest(const QString &name, qint64 size, const QString &contentType);

// GET …/messages?$filter=receivedDateTime ge … and conversationId eq '…' and isDraft eq false
// (newest first).
QUrl latestInConversationUrl(const QUrl &base, const QString &conversationId);
// GET …/mailFolders/sentitems/messages?$filter=internetMessageId eq '…'
QUrl sentByInternetMessageIdUrl(const QUrl &base, const QString &internetMessageId);
QJsonObject firstValue(const QJsonObject &list);

// The fallback when a sent copy does not carry the internetMessageId Outpost wrote (no Microsoft
// page promises that it does): GET …/mailFolders/sentitems/messages?$filter=sentDateTime ge …
// (newest first, one page of `max`) with what SentMatch compares, and the names of one message's
// attachments (GET …/messages/{id}/attachments?$select=name).
QUrl sentSinceUrl(const QUrl &base, const QDateTime &since, int max);
QUrl attachmentNamesUrl(const QUrl &base, const QString &messageId);
// Asks for bodies as text (learn.microsoft.com/graph/api/resources/message, "body": the
// `Prefer: outlook.body-content-type` header chooses text or HTML).
inline constexpr char textBodyPreference[] = "outlook.body-content-type=\"text\"";
// A sent copy as SentMatch reads it; `attachmentNames` from the attachments listing.
ConversationMessage sentCopy(const QJsonObject &message, const QStringList &attachmentNames = {});
QStringList attachmentNames(const QJsonObject &list);

// The thread picker in direct mode: GET …/messages?$search="participants:<address>" (one page
// of `max`), grouped into one ThreadSummary per conversationId (threadId = conversationId, the
// latest message's internetMessageId as lastMessageId), drafts left out, newest first (sorted
// here: Graph takes no $orderby with $search).
QUrl messagesWithUrl(const QUrl &base, const QString &address, int max);

// GET …/messages/{id}?$select=… with internetMessageHeaders (Graph lists them only when
// selected); the message as the conversation view reads it, with the Authentication-Results
// Exchange Online added on receipt.
QUrl conversationMessageUrl(const QUrl &base, const QString &messageId);
ConversationMessage conversationMessage(const QJsonObject &message);
QList<ThreadSummary> conversations(const QJsonObject &list, const QString &mailbox);

Receipt receipt(const QJsonObject &sent, const QString &internetMessageId,
    const QString &fallbackConversationId);

// Graph's error shape; 429 and 503 carry Retry-After.
ServiceError error(
    int status, const QByteArray &body, const QByteArray &retryAfter, const QDateTime &now);

} // namespace Outpost::GraphWire

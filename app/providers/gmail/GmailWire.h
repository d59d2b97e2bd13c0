// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/ConversationMessage.h"
#include "mail/Receipt.h"
#include "mail/ThreadSummary.h"
#include "net/ServiceError.h"

#include <QJsonObject>
#include <QUrl>

// The Gmail API's URLs and JSON shapes, in one place (users.messages.send with media upload,
// users.messages.list, users.threads.list/get, Google's error shape).
namespace Outpost::GmailWire {

QUrl defaultBase(); // https://gmail.googleapis.com

QUrl uploadUrl(const QUrl &base, bool resumable);
QByteArray sendMetadata(const QString &threadId);
Receipt receipt(const QJsonObject &message, const QString &rfcMessageId);

// users.messages.list?q=rfc822msgid:… — was a message with this Message-ID sent already?
QUrl findByMessageIdUrl(const QUrl &base, const QString &rfcMessageId);
QString firstMessageId(const QJsonObject &list, QString *threadId);

QUrl threadsWithUrl(const QUrl &base, const QString &address, int max);
QStringList threadIds(const QJsonObject &list);
QUrl threadMetadataUrl(const QUrl &base, const QString &threadId);
ThreadSummary threadSummary(const QJsonObject &thread, const QString &mailbox);

// users.messages.get?format=metadata with the headers a conversation shows and every
// Authentication-Results header Gmail added on receipt; the message as the conversation view
// reads it (its body: Gmail's snippet, already HTML-escaped text).
QUrl messageMetadataUrl(const QUrl &base, const QString &messageId);
ConversationMessage conversationMessage(const QJsonObject &message);

// Google's error shape; 403 rateLimitExceeded/userRateLimitExceeded is a rate limit.
ServiceError error(
    int status, const QByteArray &body, const QByteArray &retryAfter, const QDateTime &now);

} // namespace Outpost::GmailWire

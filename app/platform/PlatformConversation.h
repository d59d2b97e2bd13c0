// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/ThreadSummary.h"

#include <QDate>
#include <QDateTime>

namespace Outpost {

// One conversation as the platform lists it (`POST /api/conversation/all`,
// `GET /api/conversation/{id}`): the thread it continues, and whose it is.
struct PlatformConversation
{
    ThreadSummary thread; // threadId = channelIdentifier, conversationId = `_id`
    QString contactId;
    QString channelType;
    QString mailboxId; // `emailAccountId`: the connected mailbox it belongs to
    bool resolved = false;
    bool operator==(const PlatformConversation &other) const = default;
};

// What GET /api/conversation/contact/{contactId}/messages/search is asked (api/CONTRACT.md,
// "Also published"): `text` 1–500 characters, the days inclusive, `limit` up to 5000.
struct MessageSearchQuery
{
    QString text;
    bool matchCase = false;
    bool wholeWord = false;
    QDate fromDate {};
    QDate toDate {};
    int limit = 200;
};

// Its answer: the conversations with matching messages, each match a message's text.
struct MessageSearchMatch
{
    QString messageId;
    QString body;
    QDateTime createdAt;
    bool operator==(const MessageSearchMatch &other) const = default;
};

struct MessageSearchResult
{
    QString conversationId;
    QString channelType;
    QString channelIdentifier; // the thread id, for email
    QList<MessageSearchMatch> matches;
    bool operator==(const MessageSearchResult &other) const = default;
};

struct MessageSearch
{
    QList<MessageSearchResult> results;
    int total = 0; // matches found, shown or not
    bool truncated = false; // more matched than `limit`
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/ThreadSummary.h"

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

} // namespace Outpost

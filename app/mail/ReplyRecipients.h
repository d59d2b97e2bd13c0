// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/AddressList.h"
#include "mail/ConversationMessage.h"

namespace Outpost {

// Who a reply goes to, as mail clients do it. Reply: the sender (its Reply-To when given); on
// a message the user sent, its recipients again. Reply all: the sender and every To recipient
// in To, the Cc recipients in Cc. Never one of the user's own addresses (every connected
// mailbox), never one address twice (compared case-insensitively, the first place wins).
struct ReplyRecipients
{
    QList<MailAddress> to;
    QList<MailAddress> cc;

    static ReplyRecipients reply(const ConversationMessage &message, const QStringList &own);
    static ReplyRecipients replyAll(const ConversationMessage &message, const QStringList &own);
    bool operator==(const ReplyRecipients &other) const = default;
};

} // namespace Outpost

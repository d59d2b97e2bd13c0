// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Outpost::Roles {

// Every custom item role of Outpost's models, in one place.
enum : int {
    Address = Qt::UserRole + 1, // QString: a bare address
    DisplayName, // QString
    Providers, // QStringList of wire names (`gmail`, `outlook`)
    Mailboxes, // QVariantList of Outpost::Mailbox
    DraftId, // QString: a stored draft's id
    UpdatedAt, // QDateTime (UTC): when a draft last changed
    EntryId, // QString: an outbox entry's id
    OutboxStatus, // int: Outpost::Outbox::Status
    SortKey, // what a column sorts by (a date where the text is a date)
    Thread, // Outpost::ThreadSummary: one thread a reply can continue
    ThreadId, // QString: the provider's thread id (passed back as threadId)
    ConversationId, // QString: the platform's conversation, when there is one
    Participants, // QStringList of addresses
    LastMessageTime, // QDateTime (UTC)
    MessageCount, // int (0: unknown)
    ThreadOrigins, // int: Outpost::ThreadListModel::Origins (platform, sent from here)
    SearchText, // QString: what the thread filter matches, folded to lower case
    RelativeTime, // QString: "10:00", "Yesterday", "Monday", "14 May" (TimeText::forList, from a
                  // proxy)
    Snippet, // QString: the words of a message that matched a content search (empty: none)
    SnippetHighlights, // QVariantList of QPoint(start, length): the query's words in Snippet
};

} // namespace Outpost::Roles

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Outpost::Sandbox {

class ProviderStore;

// The direct-mode demo data: one Gmail and one Outlook mailbox of the demo user, each with
// threads with Jamie Lee and Priya Raman, and a non-expiring demo token for each. The ids are
// stable: tests and the demo mode may rely on them.
namespace ProviderSeed {

inline constexpr QStringView gmailAddress = u"dana.direct@gmail.example";
inline constexpr QStringView outlookAddress = u"dana.direct@outlook.example";
// Send-as aliases of the Gmail mailbox (users.settings.sendAs): one verified, one pending.
inline constexpr QStringView gmailVerifiedAlias = u"dana@direct-team.example";
inline constexpr QStringView gmailPendingAlias = u"dana.pending@direct-team.example";

// Gmail: "Project kickoff" (Jamie, 3 messages), "Design review" (Jamie, 2), "Invoice
// question" (Priya, 2). A thread is named after its first message.
inline constexpr QStringView kickoffThreadId = u"18f4a1c2d3e4f501";
inline constexpr QStringView kickoffLatestMessageId = u"18f4a1c2d3e4f503";
inline constexpr QStringView kickoffLatestRfcId = u"<kickoff-3.sbx@gmail.example>";
inline constexpr QStringView designThreadId = u"18f4b2d3e4f50601";
inline constexpr QStringView invoiceThreadId = u"18f4c3e4f5060701";

// Outlook: "Quarterly planning" (Jamie, 2 messages), "Travel receipts" (Priya, 2).
inline constexpr QStringView planningConversationId
    = u"AAQkADAwATZiZmYAZC1kYW5hLWRpcmVjdC1wbGFubmluZwAQAGs1pL0aXVhHu4x8Q2rM2nE=";
inline constexpr QStringView planningLatestMessageId
    = u"AAMkADAwATZiZmYAZC1kYW5hLWRpcmVjdABGAAAAAABplanning2AAA=";
inline constexpr QStringView planningLatestRfcId = u"<planning-2.sbx@outlook.example>";
inline constexpr QStringView receiptsConversationId
    = u"AAQkADAwATZiZmYAZC1kYW5hLWRpcmVjdC1yZWNlaXB0cwAQAN1m2bQhS0tOqJv5rYc3wTo=";

bool populate(ProviderStore &store);

} // namespace ProviderSeed
} // namespace Outpost::Sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Outpost::Sandbox {

class SandboxStore;

// The deterministic demo data of a fresh sandbox. The ids are stable: tests and the UI's
// demo mode may rely on them.
namespace Seed {

inline constexpr QStringView demoUserId = u"64ee9a8b1e7f2a0011223399";
inline constexpr QStringView demoOrgId = u"64ee9a8b1e7f2a0011223344";
inline constexpr QStringView otherUserId = u"64ee9a8b1e7f2a0011223398";
inline constexpr QStringView otherEmail = u"other@outpost.example";
inline constexpr QStringView otherPassword = u"outpost-other";

inline constexpr QStringView opsGmailMailboxId = u"665f1a0c0e0a4b001a2c9f50";
inline constexpr QStringView danaGmailMailboxId = u"665f1a0c0e0a4b001a2c9f51";
inline constexpr QStringView supportOutlookMailboxId = u"665f1a0c0e0a4b001a2c9f52";
inline constexpr QStringView opsOutlookMailboxId = u"665f1a0c0e0a4b001a2c9f53";
inline constexpr QStringView oldInactiveMailboxId = u"665f1a0c0e0a4b001a2c9f54";
inline constexpr QStringView otherMailboxId = u"665f1a0c0e0a4b001a2c9f5f";
inline constexpr QStringView otherMailboxAddress = u"owner@othercorp.example";

inline constexpr QStringView jamieContactId = u"665f1a0c0e0a4b001a2c9f01";
inline constexpr QStringView priyaContactId = u"665f1a0c0e0a4b001a2c9f02";
inline constexpr QStringView seanContactId = u"665f1a0c0e0a4b001a2c9f03";
inline constexpr QStringView joseContactId = u"665f1a0c0e0a4b001a2c9f04";
inline constexpr QStringView meiContactId = u"665f1a0c0e0a4b001a2c9f05";

inline constexpr QStringView weeklyReportConversationId = u"665f1a0c0e0a4b001a2c9f70";
inline constexpr QStringView weeklyReportThreadId = u"gthread-1902a9f3c4b1e0d5";
inline constexpr QStringView contractRenewalConversationId = u"665f1a0c0e0a4b001a2c9f71";
inline constexpr QStringView contractRenewalThreadId = u"gthread-18f3c2a1b7d90e44";
inline constexpr QStringView lunchConversationId = u"665f1a0c0e0a4b001a2c9f72";
inline constexpr QStringView lunchThreadId = u"gthread-18f9d0e2c3a4b5f6";
inline constexpr QStringView invoiceConversationId = u"665f1a0c0e0a4b001a2c9f73";
inline constexpr QStringView invoiceThreadId
    = u"AAQkADAwATM0MDAAMS1hY21lLW9wcy1wcml5YQAQAOq3Zk1bT0lGh2Vb6m4xY3o=";
inline constexpr QStringView rolloutConversationId = u"665f1a0c0e0a4b001a2c9f74";
inline constexpr QStringView rolloutThreadId
    = u"AAQkADAwATM0MDAAMS1hY21lLXN1cHBvcnQtbWVpABAA7Ql1bGwyRkGk3nW3c2Fu9w=";
inline constexpr int rolloutMessageCount = 60;
inline constexpr QStringView otherConversationId = u"665f1a0c0e0a4b001a2c9f7f";
inline constexpr QStringView otherThreadId = u"gthread-7a1c0ffee0ddba11";

// Fills an empty store; the demo token is created here so that it survives restarts.
bool populate(SandboxStore &store);

} // namespace Seed
} // namespace Outpost::Sandbox

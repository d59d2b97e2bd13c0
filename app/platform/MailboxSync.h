// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Outpost {

// GET /api/email/messages/sync/status?accountId= (api/CONTRACT.md, "Also published"): how far
// the platform has come in reading a mailbox's mail, after POST /api/email/messages/sync.
struct MailboxSyncStatus
{
    QString accountId;
    bool inProgress = false;
    QDateTime lastSyncedAt {}; // invalid: never synced
    int messagesProcessed = 0;
    int totalEstimated = 0;
    QString error {}; // empty: none
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxRouter.h"

#include <QDateTime>
#include <QHash>

namespace Outpost::Sandbox {

class SandboxContext;
struct User;

// A connected mailbox's housekeeping, as api/CONTRACT.md ("Also published") lists it:
//   DELETE /api/email/accounts/{accountId}  → { success: true }: a soft disconnect (the
//          mailbox leaves GET /api/email/accounts; its conversations stay)
//   POST   /api/email/messages/sync { accountId, maxResults, lookbackDays } → { status: running }
//   GET    /api/email/messages/sync/status?accountId= → { accountId, inProgress, lastSyncedAt,
//          messagesProcessed, totalEstimated, error }
// Not published, so chosen here: an unknown or disconnected accountId is 404; maxResults 1–500
// (default 100) and lookbackDays 1–365 (default 30), else 400 naming the field; a sync asked for
// while one runs answers `running` and starts nothing new; a sync takes
// SandboxOptions::syncDurationMs, messagesProcessed growing with the time, and ends with
// lastSyncedAt set; a mailbox never synced answers inProgress false and lastSyncedAt null.
class MailboxHousekeeping
{
public:
    explicit MailboxHousekeeping(SandboxContext &context);
    void addRoutes(SandboxRouter &router);

private:
    struct Sync
    {
        QDateTime started;
        int total = 0;
        QDateTime finished; // lastSyncedAt once done
    };

    HttpResponse disconnect(const QString &accountId, const User &user);
    HttpResponse startSync(const HttpRequest &request, const User &user);
    HttpResponse syncStatus(const HttpRequest &request, const User &user);
    bool activeMailbox(const User &user, const QString &accountId) const;
    // Ends a sync whose time has come.
    void settle(Sync &sync) const;

    SandboxContext &m_context;
    QHash<QString, Sync> m_syncs; // accountId → its last sync
};

} // namespace Outpost::Sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Receipt.h"
#include "store/DraftRecord.h"
#include "store/KnownThread.h"
#include "store/RecentRecipient.h"

namespace Outpost {

class StoreConnection;

// What sending leaves behind: known threads and recent recipients. Called on the store's
// thread, inside the caller's transaction.
namespace HistorySql {

// Remembers the thread the receipt names and counts the draft's recipients.
bool recordSent(StoreConnection &c, const DraftRecord &sent, const Receipt &receipt,
    const QDateTime &at, QString *error);
bool saveThread(StoreConnection &c, const KnownThread &thread, QString *error);
// Newest first; `instance` empty: every instance.
QList<KnownThread> threads(StoreConnection &c, const QUrl &instance, QString *error);
// Most used first, then most recent; `prefix` matches the address or the name.
QList<RecentRecipient> recipients(
    StoreConnection &c, const QString &prefix, int limit, QString *error);
bool saveRecipient(StoreConnection &c, const RecentRecipient &recipient, QString *error);

} // namespace HistorySql
} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/OutboxEntry.h"

namespace Outpost {

class StoreConnection;

// The outbox table. Called on the store's thread, inside the caller's transaction.
namespace OutboxSql {

bool insert(StoreConnection &c, const OutboxEntry &entry, QString *error);
// Writes the entry's state, attempts, times and last error (not its draft).
bool update(StoreConnection &c, const OutboxEntry &entry, QString *error);
// The server answered 2xx: state `sent` with the receipt. False when no such entry exists.
bool markSent(StoreConnection &c, const QString &id, const Receipt &receipt,
    const QDateTime &sentAt, QString *error);
// Entries not yet sent (with their drafts) for `instance` (empty: every instance), oldest first.
QList<OutboxEntry> listUnsent(StoreConnection &c, const QUrl &instance, QString *error);
std::optional<OutboxEntry> load(StoreConnection &c, const QString &id, QString *error);
// Takes the entry out of the outbox; its draft stays, editable again.
bool remove(StoreConnection &c, const QString &id, QString *error);
// Forgets sent entries (and their drafts) sent before `before`.
bool pruneSent(StoreConnection &c, const QDateTime &before, QString *error);

} // namespace OutboxSql
} // namespace Outpost

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
// The server answered 2xx (or a lookup found the mail): state `sent` with the receipt, whose
// message is claimed for this entry. False when no such entry exists.
bool markSent(StoreConnection &c, const QString &id, const Receipt &receipt,
    const QDateTime &sentAt, QString *error);
// The messages every entry marked sent took as its receipt (claimed_receipts).
QStringList claims(StoreConnection &c, QString *error);
// Entries not yet sent (with their drafts) for `instance` (empty: every instance), oldest first.
QList<OutboxEntry> listUnsent(StoreConnection &c, const QUrl &instance, QString *error);
// The last `limit` entries sent (with their drafts, kept a week: pruneSent), newest first.
QList<OutboxEntry> listSent(StoreConnection &c, int limit, QString *error);
std::optional<OutboxEntry> load(StoreConnection &c, const QString &id, QString *error);
// Takes the entry out of the outbox; its draft stays, editable again.
bool remove(StoreConnection &c, const QString &id, QString *error);
// Forgets sent entries (and their drafts) sent before `before`, and claims made before it
// unless an unsent entry's unknown outcome, older still, may yet be looked up.
bool pruneSent(StoreConnection &c, const QDateTime &before, QString *error);

} // namespace OutboxSql
} // namespace Outpost

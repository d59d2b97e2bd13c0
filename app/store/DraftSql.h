// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DraftRecord.h"

#include <optional>

namespace Outpost {

class StoreConnection;

// The drafts tables (drafts, draft_recipients, draft_attachments). Called on the store's
// thread, inside the caller's transaction.
namespace DraftSql {

// Inserts or replaces the draft with this id (its creation time is kept).
bool save(StoreConnection &c, const DraftRecord &record, QString *error);
std::optional<DraftRecord> load(StoreConnection &c, const QString &id, QString *error);
// Drafts the user is editing (not in the outbox), most recently changed first.
QList<DraftRecord> listEditable(StoreConnection &c, QString *error);
bool remove(StoreConnection &c, const QString &id, QString *error);
bool setOpenInWindow(StoreConnection &c, const QString &id, bool open, QString *error);

} // namespace DraftSql
} // namespace Outpost

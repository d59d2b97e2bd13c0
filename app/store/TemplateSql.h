// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/MailTemplate.h"

#include <QList>

namespace Outpost {

class StoreConnection;

// The user's own templates, on the store's thread, inside the caller's transaction. Names are
// unique without regard to case (`outpost send --template NAME` and the quick insert find one by
// its name).
namespace TemplateSql {

// Inserts or, when its id is stored, updates. Refuses a name another template has.
bool save(StoreConnection &c, const MailTemplate &t, QString *error);
bool remove(StoreConnection &c, const QString &id, QString *error);
// Sorted by name (case-insensitive).
QList<MailTemplate> list(StoreConnection &c, QString *error);

} // namespace TemplateSql
} // namespace Outpost

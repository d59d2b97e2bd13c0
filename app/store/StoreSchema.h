// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;

namespace Outpost::StoreSchema {

// The schema's version after every migration; a file's version is its `PRAGMA user_version`.
int latestVersion();
int version(const QSqlDatabase &db);

// Brings the file from its version up to `target`, one transaction per migration (a failed
// step leaves the file at the previous version). A file newer than this build is refused.
bool migrate(QSqlDatabase &db, QString *error, int target = latestVersion());

} // namespace Outpost::StoreSchema

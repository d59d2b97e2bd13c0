// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Outpost::StoreSalvage {

// A damaged drafts file is hostile input too: what can still be read of it is saved, the file
// itself is kept, and Outpost goes on writing to a fresh one. Runs on the store's thread.

// What SQLite says of the file at `path` (opened read-only, beside the store's own connection):
// true when it is not a database, or its image is malformed (PRAGMA quick_check).
bool isDamaged(const QString &path);

// The schema version of a readable file written by a newer Outpost (its user_version above
// what this build knows); 0 for any other file.
int newerVersion(const QString &path);

// Moves the file, with its write-ahead log and shared-memory index, to
// "<path>.<kind>-<yyyyMMdd-HHmmss>" (never deleted; kind "damaged" or "newer"); the new
// name, or empty and `error`.
QString moveAside(
    const QString &path, QString *error, const QString &kind = QStringLiteral("damaged"));

struct TableCount
{
    QString table;
    int recovered = 0;
    int unreadable = 0; // rows whose rowid was seen but whose values could not be read
};

// Copies every row that can still be read from the file at `damagedPath` into `fresh` (an
// open, migrated store): table by table, parents before the rows that refer to them, the
// columns both schemas have; a row that cannot be read or no longer fits is left out.
QList<TableCount> salvage(QSqlDatabase fresh, const QString &damagedPath);

// In plain words, for the user: what was recovered, and where the damaged copy is.
QString report(const QString &movedTo, const QList<TableCount> &counts);
// The same for a file a newer Outpost wrote (`version`): it is kept whole beside the fresh one.
QString reportNewer(const QString &movedTo, int version, const QList<TableCount> &counts);

} // namespace Outpost::StoreSalvage

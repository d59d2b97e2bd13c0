// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Outpost {

// A damaged settings file (QSettings INI: the preferences, the recipient-mailbox memory) is
// hostile input too, as the drafts file is (StoreSalvage): a file that cannot be read, that
// QSettings reports as malformed, or whose bytes are not UTF-8 text (a flipped bit, a block
// of another file) is moved aside as "<file>.damaged-<yyyyMMdd-HHmmss>" (kept, never
// deleted), every setting QSettings can still read from it whose key and value are clean text
// is written to a fresh file in its place, and the repair is remembered for the windows to
// say. QSettings itself does the reading: no INI parser of our own.
//
// What cannot be told: a file cut short at a line's end is a valid INI file with fewer
// settings (the missing ones take their defaults); an empty file is a valid file with none.
namespace SettingsSalvage {

struct Repair
{
    QString file;
    QString movedTo; // empty: it could not be moved (then it is left and not written over)
    int kept = 0; // settings carried into the fresh file
    int dropped = 0; // settings left out (unreadable key or value)
};

// Checks the file and repairs it if needed (before any QSettings opens it). nullopt: the file
// is fine or absent.
std::optional<Repair> check(const QString &path);
// The repairs made so far in this process, handed out once.
QList<Repair> takeRepairs();
// In plain words, for the user.
QString describe(const Repair &repair);

} // namespace SettingsSalvage
} // namespace Outpost

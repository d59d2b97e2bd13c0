// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace Outpost {

// The one SQLite connection of a LocalStore. Created, used and closed on the store's thread
// only (a QSqlDatabase belongs to the thread that opened it).
class StoreConnection
{
public:
    explicit StoreConnection(QString connectionName);
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    // Opens (creating if needed) and migrates the file; `:memory:` keeps everything in memory.
    // One process at a time: a second Outpost on the same file is refused. A damaged file is
    // moved aside (kept), a fresh one takes its place with every row that could be read from
    // it, and `notice` says so in plain words (StoreSalvage).
    bool open(const QString &path, QString *error, QString *notice = nullptr);
    // As open(), but a file that does not exist yet is only locked (the one-process rule
    // holds from now on) and created when first written (ensureOpen): until then it holds
    // nothing, and SQLite (about 1.3 MB of a composer's memory, its library and cache) is not
    // loaded to say so. An existing file is opened, checked and salvaged at once, as by open().
    bool openWhenNeeded(const QString &path, QString *error, QString *notice = nullptr);
    // The file is locked but not created yet (openWhenNeeded).
    bool isPending() const { return !m_pending.isEmpty(); }
    // A read of a pending store: nothing to read while its file does not exist.
    bool pendingFileMissing() const;
    // Opens the pending file (creating it); true when the store is open.
    bool ensureOpen(QString *error);
    void close();
    bool isOpen() const { return m_open; }
    // The file's last owner ended without letting it go (a crash, a kill, the power gone): its
    // lock was still there, held by a process that no longer runs.
    bool lastOwnerDied() const { return m_lastOwnerDied; }
    QSqlDatabase db() const;

    // Runs `work` in one transaction: committed when it returns true, rolled back otherwise.
    bool transaction(const std::function<bool(QString *error)> &work, QString *error);

private:
    bool openFile(const QString &path, bool inMemory, QString *error);
    bool lock(const QString &path, QString *error);
    void drop();

    QString m_name;
    QString m_pending; // locked, to be created on the first write (openWhenNeeded)
    std::unique_ptr<QLockFile> m_lock;
    QString m_lockPath;
    bool m_open = false;
    bool m_lastOwnerDied = false;
};

} // namespace Outpost

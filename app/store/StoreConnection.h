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
    void close();
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const;

    // Runs `work` in one transaction: committed when it returns true, rolled back otherwise.
    bool transaction(const std::function<bool(QString *error)> &work, QString *error);

private:
    bool openFile(const QString &path, bool inMemory, QString *error);
    void drop();

    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    bool m_open = false;
};

} // namespace Outpost

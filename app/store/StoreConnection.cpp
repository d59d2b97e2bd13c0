// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreConnection.h"

#include "store/StoreSalvage.h"
#include "store/StoreSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::LocalStore)
};

bool quickCheck(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA quick_check(1)")) && q.next()
        && q.value(0).toString() == u"ok")
        return true;
    *error = q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
    return false;
}

bool pragma(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return true;
    *error = q.lastError().text();
    return false;
}
} // namespace

StoreConnection::StoreConnection(QString connectionName) : m_name(std::move(connectionName)) { }

StoreConnection::~StoreConnection()
{
    close();
}

QSqlDatabase StoreConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

bool StoreConnection::open(const QString &path, QString *error, QString *notice)
{
    close();
    const bool inMemory = path == u":memory:";
    if (!inMemory && !lock(path, error))
        return false;
    // A file a newer Outpost wrote is never changed nor opened for writing (its schema may
    // mean things this build does not know). Opening it read-only would leave the session
    // without a place to save drafts, so it is moved aside whole (the newer Outpost's data
    // stays there, readable by it) and what this build understands of it is copied into a
    // fresh file, as for a damaged one.
    if (const int newer = inMemory ? 0 : StoreSalvage::newerVersion(path)) {
        const QString movedTo = StoreSalvage::moveAside(path, error, QStringLiteral("newer"));
        if (movedTo.isEmpty() || !openFile(path, false, error)) {
            m_lock.reset();
            return false;
        }
        const QList<StoreSalvage::TableCount> counts = StoreSalvage::salvage(db(), movedTo);
        if (notice)
            *notice = StoreSalvage::reportNewer(movedTo, newer, counts);
        m_open = true;
        return true;
    }
    if (!openFile(path, inMemory, error)) {
        if (inMemory || !StoreSalvage::isDamaged(path)) {
            m_lock.reset();
            return false;
        }
        // The file is not readable as a whole: keep it aside, start a fresh one, and bring
        // over what can still be read.
        const QString movedTo = StoreSalvage::moveAside(path, error);
        if (movedTo.isEmpty() || !openFile(path, false, error)) {
            m_lock.reset();
            return false;
        }
        const QList<StoreSalvage::TableCount> counts = StoreSalvage::salvage(db(), movedTo);
        if (notice)
            *notice = StoreSalvage::report(movedTo, counts);
    }
    m_open = true;
    return true;
}

bool StoreConnection::lock(const QString &path, QString *error)
{
    const QFileInfo file(path);
    if (!QDir().mkpath(file.absolutePath())) {
        *error = Tr::tr("Cannot create the folder %1.").arg(file.absolutePath());
        return false;
    }
    const QString lockPath = file.absoluteFilePath() + u".lock";
    if (m_lock && m_lock->isLocked() && m_lockPath == lockPath)
        return true; // held since openWhenNeeded()
    // One Outpost per file: two outboxes draining the same mail would race each other.
    m_lock = std::make_unique<QLockFile>(lockPath);
    m_lockPath = lockPath;
    m_lock->setStaleLockTime(0); // only a dead owner makes the lock stale
    // An owner that closed removed its lock; one still there whose owner is gone is taken over.
    const bool leftBehind = QFileInfo::exists(lockPath);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock->getLockInfo(&pid, &host, &app);
        *error = m_lock->error() == QLockFile::LockFailedError
            ? Tr::tr("Another Outpost (process %1) is using %2.").arg(pid).arg(path)
            : Tr::tr("Cannot lock %1 (check the folder's permissions).").arg(path);
        m_lock.reset();
        return false;
    }
    m_lastOwnerDied = leftBehind;
    return true;
}

bool StoreConnection::openWhenNeeded(const QString &path, QString *error, QString *notice)
{
    if (path == u":memory:" || QFileInfo::exists(path))
        return open(path, error, notice);
    close();
    if (!lock(path, error))
        return false;
    m_pending = path;
    return true;
}

bool StoreConnection::pendingFileMissing() const
{
    return isPending() && !QFileInfo::exists(m_pending);
}

bool StoreConnection::ensureOpen(QString *error)
{
    if (!isPending())
        return m_open;
    const QString path = std::exchange(m_pending, QString());
    return open(path, error);
}

bool StoreConnection::openFile(const QString &path, bool inMemory, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = Tr::tr("Cannot open %1: %2").arg(path, db.lastError().text());
        db = QSqlDatabase();
        drop();
        return false;
    }
    QString why;
    // WAL: readers never block the writer and a commit is one append. NORMAL sync keeps
    // every commit through a crash or kill of Outpost (only a power cut may lose the last).
    // quick_check: a file damaged past its schema fails here rather than on the first draft
    // saved (it reads every page once: a few milliseconds for a store of a few MB, on the
    // store's thread).
    const bool ok = (inMemory || pragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), &why))
        && pragma(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &why)
        && pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), &why)
        && pragma(db, QStringLiteral("PRAGMA busy_timeout = 5000"), &why)
        && (inMemory || quickCheck(db, &why)) && StoreSchema::migrate(db, &why);
    if (!ok) {
        *error = Tr::tr("Cannot use %1: %2").arg(path, why);
        db.close();
        db = QSqlDatabase();
        drop();
        return false;
    }
    return true;
}

void StoreConnection::drop()
{
    QSqlDatabase::removeDatabase(m_name);
}

void StoreConnection::close()
{
    if (!QSqlDatabase::contains(m_name)) {
        if (isPending()) {
            m_pending.clear();
            m_lock.reset();
        }
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_lock.reset();
    m_open = false;
}

bool StoreConnection::transaction(const std::function<bool(QString *)> &work, QString *error)
{
    if (!m_open) {
        *error = Tr::tr("The drafts file is not open.");
        return false;
    }
    QSqlDatabase database = db();
    if (!database.transaction()) {
        *error = database.lastError().text();
        return false;
    }
    QString why;
    if (work(&why) && database.commit())
        return true;
    if (why.isEmpty())
        why = database.lastError().text();
    database.rollback();
    *error = why;
    return false;
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreSalvage.h"

#include "mail/Clock.h"
#include "store/StoreSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace Outpost::StoreSalvage {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::LocalStore)
};

// A read-only connection of its own to `path`, named after it; closed when it goes.
class ReadOnly
{
public:
    enum class Mode { Check, Salvage };
    ReadOnly(const QString &path, Mode mode)
        : m_name(QStringLiteral("outpost-salvage-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ok = db.open();
        // A file shorter than its header says (truncated) is refused as a whole unless the
        // schema is writable: SQLite then reads the pages that are there (sqlite.org/pragma.html
        // #pragma_writable_schema; nothing is written, the connection is read-only).
        if (m_ok && mode == Mode::Salvage)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA writable_schema = ON"));
    }
    ~ReadOnly()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
};

QStringList tablesOf(const QSqlDatabase &db)
{
    QStringList tables;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                               "NOT LIKE 'sqlite_%' ORDER BY name")))
        return tables;
    while (q.next())
        tables += q.value(0).toString();
    return tables;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)))
        return columns;
    while (q.next())
        columns += q.value(1).toString();
    return columns;
}

QStringList parentsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList parents;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table))) {
        while (q.next())
            parents += q.value(2).toString();
    }
    return parents;
}

// Parents first: a row is inserted only after the row it refers to.
QStringList inDependencyOrder(const QSqlDatabase &db, QStringList tables)
{
    QStringList ordered;
    while (!tables.isEmpty()) {
        bool progressed = false;
        for (qsizetype i = 0; i < tables.size(); ++i) {
            bool ready = true;
            for (const QString &parent : parentsOf(db, tables.at(i)))
                ready = ready && (parent == tables.at(i) || !tables.contains(parent));
            if (ready) {
                ordered += tables.takeAt(i);
                progressed = true;
                break;
            }
        }
        if (!progressed) { // a cycle: take them as they come
            ordered += tables;
            break;
        }
    }
    return ordered;
}

// The rowids SQLite can still reach: a forward scan up to the first damaged page, and a
// backward one from the end down to it.
QList<qint64> reachableRowids(const QSqlDatabase &db, const QString &table)
{
    QSet<qint64> seen;
    QList<qint64> rowids;
    for (const char *order : {"ASC", "DESC"}) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT rowid FROM \"%1\" ORDER BY rowid %2")
                        .arg(table, QLatin1String(order))))
            continue;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!seen.contains(id)) {
                seen.insert(id);
                rowids += id;
            }
        }
    }
    std::sort(rowids.begin(), rowids.end());
    return rowids;
}
} // namespace

bool isDamaged(const QString &path)
{
    if (!QFile::exists(path))
        return false;
    ReadOnly file(path, ReadOnly::Mode::Check);
    if (!file.ok())
        return true;
    QSqlQuery q(file.db());
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next())
        return true; // "file is not a database", "database disk image is malformed"
    return q.value(0).toString() != u"ok";
}

int newerVersion(const QString &path)
{
    if (!QFile::exists(path))
        return 0;
    ReadOnly file(path, ReadOnly::Mode::Check);
    if (!file.ok())
        return 0;
    QSqlQuery q(file.db());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return 0;
    const int version = q.value(0).toInt();
    return version > StoreSchema::latestVersion() ? version : 0;
}

QString moveAside(const QString &path, QString *error, const QString &kind)
{
    const QString stamp = systemNow().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + u'.' + kind + u'-' + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + u'.' + kind + QStringLiteral("-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path, target)) {
        *error = Tr::tr("Cannot move the file %1 aside.").arg(path);
        return {};
    }
    // The write-ahead log holds committed changes: it goes with the file, under the name SQLite
    // looks for beside the new one.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString from = path + QLatin1String(suffix);
        if (QFile::exists(from))
            QFile::rename(from, target + QLatin1String(suffix));
    }
    return target;
}

QList<TableCount> salvage(QSqlDatabase fresh, const QString &damagedPath)
{
    QList<TableCount> counts;
    ReadOnly damaged(damagedPath, ReadOnly::Mode::Salvage);
    if (!damaged.ok())
        return counts;
    const QStringList theirs = tablesOf(damaged.db());
    for (const QString &table : inDependencyOrder(fresh, tablesOf(fresh))) {
        if (!theirs.contains(table))
            continue;
        QStringList columns;
        const QStringList ours = columnsOf(fresh, table);
        for (const QString &c : columnsOf(damaged.db(), table)) {
            if (ours.contains(c))
                columns += u'"' + c + u'"';
        }
        if (columns.isEmpty())
            continue;
        TableCount count {table, 0, 0};
        const QString select = QStringLiteral("SELECT %1 FROM \"%2\" WHERE rowid = ?")
                                   .arg(columns.join(u','), table);
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size());
        const QString insert = QStringLiteral("INSERT OR IGNORE INTO \"%1\" (%2) VALUES (%3)")
                                   .arg(table, columns.join(u','), marks.join(u','));
        fresh.transaction();
        for (qint64 rowid : reachableRowids(damaged.db(), table)) {
            QSqlQuery read(damaged.db());
            read.prepare(select);
            read.addBindValue(rowid);
            if (!read.exec() || !read.next()) {
                ++count.unreadable;
                continue;
            }
            QSqlQuery write(fresh);
            write.prepare(insert);
            for (int i = 0; i < columns.size(); ++i)
                write.addBindValue(read.value(i));
            if (write.exec() && write.numRowsAffected() == 1)
                ++count.recovered;
            else
                ++count.unreadable;
        }
        fresh.commit();
        counts += count;
    }
    return counts;
}

namespace {
int recoveredIn(const QList<TableCount> &counts, QStringView table)
{
    for (const TableCount &c : counts) {
        if (c.table == table)
            return c.recovered;
    }
    return 0;
}
} // namespace

QString reportNewer(const QString &movedTo, int version, const QList<TableCount> &counts)
{
    return Tr::tr("The drafts file was written by a newer version of Outpost (schema %1), which "
                  "this one cannot update safely. It is kept unchanged as %2; this Outpost "
                  "goes on with a new file, into which it copied %3 and %4.")
        .arg(QString::number(version), movedTo,
            Tr::tr("%n draft(s)", nullptr, recoveredIn(counts, u"drafts")),
            Tr::tr("%n message(s) waiting to be sent", nullptr, recoveredIn(counts, u"outbox")));
}

QString report(const QString &movedTo, const QList<TableCount> &counts)
{
    int drafts = 0;
    int outbox = 0;
    int lost = 0;
    for (const TableCount &c : counts) {
        if (c.table == u"drafts")
            drafts = c.recovered;
        else if (c.table == u"outbox")
            outbox = c.recovered;
        if (c.table == u"drafts" || c.table == u"outbox")
            lost += c.unreadable;
    }
    QString text = Tr::tr("The drafts file was damaged and has been replaced. Recovered from "
                          "it: %1 and %2.")
                       .arg(Tr::tr("%n draft(s)", nullptr, drafts),
                           Tr::tr("%n message(s) waiting to be sent", nullptr, outbox));
    if (lost > 0)
        text += u' ' + Tr::tr("%n could not be read.", nullptr, lost);
    text += u' ' + Tr::tr("The damaged copy is kept as %1.").arg(movedTo);
    return text;
}

} // namespace Outpost::StoreSalvage

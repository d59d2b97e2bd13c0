// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged drafts file is hostile input too: bit-flipped, truncated, overwritten with garbage
// or emptied, the store moves it aside (kept), starts a fresh one with every draft that can
// still be read, says so in plain words, and goes on saving. Real SQLite files.
#include "store/LocalStore.h"
#include "store/StoreSchema.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {

template<typename T, typename Call> StoreResult<T> await(Call call)
{
    std::optional<StoreResult<T>> result;
    QObject context;
    call(&context, [&](const StoreResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return StoreResult<T>::failure(u"timed out"_s);
    return *result;
}

DraftRecord draft(int n)
{
    DraftRecord r;
    r.id = u"draft-%1"_s.arg(n, 3, 10, QLatin1Char('0'));
    r.instance = QUrl(u"https://acme.example"_s);
    r.draft.from = u"ops@acme.example"_s;
    r.draft.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    r.draft.subject = u"Draft %1"_s.arg(n);
    // About 1 KB each: forty drafts span a dozen pages, so one damaged page loses a few.
    r.draft.body = u"Paragraph %1. "_s.arg(n).repeated(70);
    r.toText = u"Jamie Lee <jamie.lee@example.com>"_s;
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.updatedAt = r.createdAt;
    return r;
}

struct Opened
{
    bool ok = false;
    QString error;
    QString notice;
};

Opened open(LocalStore &store, const QString &path)
{
    QSignalSpy opened(&store, &LocalStore::opened);
    QSignalSpy recovered(&store, &LocalStore::recovered);
    store.open(path);
    Opened o;
    if (!opened.wait(10000))
        return o;
    o.ok = opened.first().at(0).toBool();
    o.error = opened.first().at(1).toString();
    if (!recovered.isEmpty())
        o.notice = recovered.first().first().toString();
    return o;
}

QStringList draftIds(LocalStore &store)
{
    QStringList ids;
    const auto drafts
        = await<QList<DraftRecord>>([&](QObject *c, auto done) { store.loadDrafts(c, done); });
    for (const DraftRecord &r : drafts.value)
        ids += r.id;
    ids.sort();
    return ids;
}

} // namespace

class TestStoreSalvage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void bitFlippedStoreKeepsWhatCanBeRead();
    void truncatedStoreKeepsWhatCanBeRead();
    void garbageIsMovedAsideAndOutpostGoesOn();
    void emptyFileIsAFreshStore();
    void intactStoreIsLeftAlone();
    void storeOfANewerOutpostIsKeptWhole();

private:
    // A store of forty drafts, closed (its log checkpointed into the file).
    void writeForty();
    QString damagedCopy() const;
    void checkRecovered(const Opened &o, LocalStore &store, int atLeast);

    std::unique_ptr<QTemporaryDir> dir;
    QString path;
};

void TestStoreSalvage::init()
{
    dir = std::make_unique<QTemporaryDir>();
    path = dir->filePath(u"outpost.sqlite"_s);
}

void TestStoreSalvage::writeForty()
{
    LocalStore store;
    QVERIFY(open(store, path).ok);
    for (int n = 0; n < 40; ++n)
        store.saveDraft(draft(n));
    QVERIFY(store.flush());
}

QString TestStoreSalvage::damagedCopy() const
{
    const QStringList aside
        = QDir(dir->path()).entryList({u"outpost.sqlite.damaged-*"_s}, QDir::Files);
    return aside.isEmpty() ? QString() : dir->filePath(aside.first());
}

void TestStoreSalvage::checkRecovered(const Opened &o, LocalStore &store, int atLeast)
{
    QVERIFY2(o.ok, qPrintable(o.error));
    // Said in plain words: what came back, and where the damaged copy is.
    QVERIFY2(o.notice.contains(u"damaged"_s), qPrintable(o.notice));
    const QString copy = damagedCopy();
    QVERIFY(!copy.isEmpty());
    QVERIFY2(o.notice.contains(copy), qPrintable(o.notice));
    const QStringList ids = draftIds(store);
    QVERIFY2(ids.size() >= atLeast, qPrintable(QString::number(ids.size())));
    QVERIFY2(o.notice.contains(u"%1 draft"_s.arg(ids.size())), qPrintable(o.notice));
    // What came back is whole.
    const auto first = await<std::optional<DraftRecord>>(
        [&](QObject *c, auto done) { store.loadDraft(ids.first(), c, done); });
    QVERIFY(first.value.has_value());
    QCOMPARE(first.value->draft.to.size(), 1);
    QVERIFY(first.value->draft.body.startsWith(u"Paragraph "_s));
    // And the store goes on saving: persistence, not a session in memory.
    QVERIFY(await<bool>([&](QObject *c, auto done) { store.saveDraft(draft(99), c, done); }).ok());
    QVERIFY(draftIds(store).contains(u"draft-099"_s));
}

void TestStoreSalvage::bitFlippedStoreKeepsWhatCanBeRead()
{
    writeForty();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 12 * 4096);
    // Page 7 of the file: every bit flipped.
    QVERIFY(file.seek(6 * 4096));
    QByteArray bytes = file.read(4096);
    for (char &c : bytes)
        c = char(~c);
    QVERIFY(file.seek(6 * 4096));
    file.write(bytes);
    file.close();

    LocalStore store;
    checkRecovered(open(store, path), store, 30);
    QCOMPARE(QFileInfo(damagedCopy()).size(), size); // kept as it was
}

void TestStoreSalvage::truncatedStoreKeepsWhatCanBeRead()
{
    writeForty();
    QFile file(path);
    const qint64 size = file.size();
    // The last pages lost, as a disk filling up or a copy cut short leaves a file.
    QVERIFY(file.resize(size - 3 * 4096));
    LocalStore store;
    checkRecovered(open(store, path), store, 20);
}

void TestStoreSalvage::garbageIsMovedAsideAndOutpostGoesOn()
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray garbage;
    for (int i = 0; i < 20000; ++i)
        garbage += char((i * 7919) % 251);
    file.write(garbage);
    file.close();
    LocalStore store;
    const Opened o = open(store, path);
    QVERIFY2(o.ok, qPrintable(o.error));
    QVERIFY2(o.notice.contains(u"0 draft"_s), qPrintable(o.notice));
    QFile kept(damagedCopy());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);
    QVERIFY(await<bool>([&](QObject *c, auto done) { store.saveDraft(draft(1), c, done); }).ok());
}

void TestStoreSalvage::emptyFileIsAFreshStore()
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    LocalStore store;
    const Opened o = open(store, path);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.notice, QString()); // nothing was lost: nothing to say
    QCOMPARE(damagedCopy(), QString());
    QVERIFY(await<bool>([&](QObject *c, auto done) { store.saveDraft(draft(1), c, done); }).ok());
}

void TestStoreSalvage::intactStoreIsLeftAlone()
{
    writeForty();
    LocalStore store;
    const Opened o = open(store, path);
    QVERIFY2(o.ok, qPrintable(o.error));
    QCOMPARE(o.notice, QString());
    QCOMPARE(damagedCopy(), QString());
    QCOMPARE(draftIds(store).size(), 40);
}

void TestStoreSalvage::storeOfANewerOutpostIsKeptWhole()
{
    writeForty();
    const int newer = StoreSchema::latestVersion() + 1;
    const auto sql = [](const QString &file, const QStringList &statements) {
        const QString name = u"raw-"_s + file;
        QStringList results;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(file);
            if (db.open()) {
                for (const QString &statement : statements) {
                    QSqlQuery q(db);
                    results += q.exec(statement) && q.next() ? q.value(0).toString() : QString();
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return results;
    };
    // What a later Outpost might have done: a table and a column this one does not know.
    sql(path,
        {u"CREATE TABLE future (x)"_s, u"ALTER TABLE drafts ADD COLUMN mood TEXT"_s,
            u"PRAGMA user_version = %1"_s.arg(newer)});

    LocalStore store;
    const Opened o = open(store, path);
    QVERIFY2(o.ok, qPrintable(o.error));
    QStringList aside = QDir(dir->path()).entryList({u"outpost.sqlite.newer-*"_s}, QDir::Files);
    aside.removeIf([](const QString &f) { return f.endsWith(u"-wal") || f.endsWith(u"-shm"); });
    QCOMPARE(aside.size(), 1); // with its log beside it, if it had one
    const QString copy = dir->filePath(aside.first());
    // Said in plain words, with where the newer file is; nothing called damaged.
    QVERIFY2(o.notice.contains(u"newer version"_s), qPrintable(o.notice));
    QVERIFY2(o.notice.contains(copy), qPrintable(o.notice));
    QVERIFY2(o.notice.contains(u"40 draft"_s), qPrintable(o.notice));
    QCOMPARE(damagedCopy(), QString());
    // Every draft this Outpost understands is here, and it goes on saving.
    QCOMPARE(draftIds(store).size(), 40);
    QVERIFY(await<bool>([&](QObject *c, auto done) { store.saveDraft(draft(99), c, done); }).ok());
    QVERIFY(store.flush());
    // The newer Outpost's file is whole: its version, its table, its column.
    const QStringList kept = sql(copy,
        {u"PRAGMA user_version"_s, u"SELECT count(*) FROM sqlite_master WHERE name = 'future'"_s,
            u"SELECT count(*) FROM pragma_table_info('drafts') WHERE name = 'mood'"_s,
            u"SELECT count(*) FROM drafts"_s});
    QCOMPARE(kept, (QStringList {QString::number(newer), u"1"_s, u"1"_s, u"40"_s}));
}

QTEST_GUILESS_MAIN(TestStoreSalvage)
#include "tst_storesalvage.moc"

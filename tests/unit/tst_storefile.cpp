// SPDX-License-Identifier: GPL-3.0-or-later
// The LocalStore's file, on real SQLite files: WAL with foreign keys on, every migration runs
// from every earlier version with data in it, a file the store cannot use is left as it was,
// one store a file, and a file not created until something is written. What it keeps:
// tst_localstore.
#include "store/LocalStore.h"
#include "store/StoreSchema.h"
#include "tests/support/StaleLock.h"
#include "tests/unit/LocalStoreTestSupport.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Outpost::Testing;
using namespace Qt::StringLiterals;

namespace {
// The rows each version of the schema can hold, written the way that version's code would.
void fillVersion(const RawFile &f, int version)
{
    if (version >= 1) {
        QVERIFY(f.exec(u"INSERT INTO drafts (id, instance, from_address, provider, to_text, "
                       "subject, body, thread_id, open_in_window, created_at, updated_at) VALUES "
                       "('old-draft', 'https://acme.example', 'dana@acme.example', 'gmail', "
                       "'Jamie <jamie.lee@example.com>', 'From v1', 'Kept across versions', "
                       "'gthread-1', 1, 1779096612000, 1779096613000)"_s));
        QVERIFY(f.exec(u"INSERT INTO draft_recipients VALUES "
                       "('old-draft', 'to', 0, 'Jamie', 'jamie.lee@example.com')"_s));
        QVERIFY(f.exec(u"INSERT INTO draft_attachments (draft_id, position, filename, "
                       "storage_key) VALUES ('old-draft', 0, 'a.txt', 'orgs/1/a.txt')"_s));
    }
    if (version >= 2) {
        QVERIFY(f.exec(u"INSERT INTO drafts (id, from_address, subject, body, created_at, "
                       "updated_at) VALUES ('queued-draft', 'dana@acme.example', 'Queued in v2', "
                       "'On its way', 1779096612000, 1779096612000)"_s));
        QVERIFY(f.exec(u"INSERT INTO outbox (id, draft_id, idempotency_key, state, attempts, "
                       "enqueued_at, error_kind, error_status, error_message) VALUES ('old-entry', "
                       "'queued-draft', 'key-v2', 'queued', 2, 1779096612000, 'server', 502, "
                       "'Bad gateway')"_s));
    }
    if (version >= 4) {
        QVERIFY(f.exec(u"INSERT INTO draft_attachments (draft_id, position, filename, "
                       "storage_key, local_path, size, modified_at) VALUES ('old-draft', 1, "
                       "'b.pdf', 'orgs/1/b.pdf', '/home/dana/b.pdf', 12, 1779096600000)"_s));
    }
    if (version >= 3) {
        QVERIFY(f.exec(u"INSERT INTO known_threads (instance, thread_id, conversation_id, "
                       "subject, mailbox, updated_at) VALUES ('https://acme.example', "
                       "'gthread-9', 'conv-9', 'Known in v3', 'dana@acme.example', 1)"_s));
        QVERIFY(f.exec(u"INSERT INTO recent_recipients VALUES "
                       "('priya@example.org', 'Priya Raman', 4, 1)"_s));
    }
}
} // namespace

class TestStoreFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void fileIsWalWithForeignKeys();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void failedMigrationLeavesThePreviousVersion();
    void secondStoreOnTheSameFileIsRefused();
    void aStoreNotCreatedYetIsWrittenOnlyWhenNeeded();
    void aStoreLeftByAKilledOutpostSaysSo();

private:
    std::unique_ptr<QTemporaryDir> dir;
    QString path() const { return dir->filePath(u"outpost.sqlite"_s); }
};

void TestStoreFile::init()
{
    dir = std::make_unique<QTemporaryDir>();
    QVERIFY(dir->isValid());
}

void TestStoreFile::fileIsWalWithForeignKeys()
{
    LocalStore store;
    QVERIFY(openStore(store, path()));
    OutboxEntry e;
    e.id = u"e-1"_s;
    e.idempotencyKey = u"k-1"_s;
    e.enqueuedAt = t0;
    e.draft = fullDraft(u"d-3"_s);
    QVERIFY(await<bool>([&](QObject *c, auto done) { store.enqueue(e, c, done); }).ok());
    {
        const RawFile raw(path());
        QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), StoreSchema::latestVersion());
    }
    // Deleting the draft takes its outbox entry with it: only with foreign keys on.
    QVERIFY(await<bool>([&](QObject *c, auto done) { store.deleteDraft(u"d-3"_s, c, done); }).ok());
    const auto outbox
        = await<QList<OutboxEntry>>([&](QObject *c, auto done) { store.loadOutbox({}, c, done); });
    QVERIFY(outbox.ok());
    QVERIFY(outbox.value.isEmpty());
}

void TestStoreFile::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v <= StoreSchema::latestVersion(); ++v)
        QTest::addRow("from version %d", v) << v;
}

void TestStoreFile::migratesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    {
        const RawFile raw(path());
        QString error;
        QSqlDatabase db = raw.db();
        QVERIFY2(StoreSchema::migrate(db, &error, from), qPrintable(error));
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), from);
        fillVersion(raw, from);
    }
    LocalStore store;
    QString error;
    QVERIFY2(openStore(store, path(), &error), qPrintable(error));
    {
        const RawFile raw(path());
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), StoreSchema::latestVersion());
    }
    // What the older version held is all there.
    if (from >= 1) {
        const auto d = await<std::optional<DraftRecord>>(
            [&](QObject *c, auto done) { store.loadDraft(u"old-draft"_s, c, done); });
        QVERIFY(d.value);
        QCOMPARE(d.value->draft.subject, u"From v1"_s);
        QVERIFY(d.value->draft.conversationId.isEmpty()); // not known before version 10
        QCOMPARE(d.value->draft.provider, std::optional(Provider::Gmail));
        QCOMPARE(d.value->draft.to.size(), 1);
        QCOMPARE(d.value->draft.attachments.size(), from >= 4 ? 2 : 1);
        QCOMPARE(d.value->draft.attachments.first().storageKey, u"orgs/1/a.txt"_s);
        // Rows from before version 4 have no modification time: unknown, not the epoch.
        QVERIFY(!d.value->draft.attachments.first().modified.isValid());
        if (from >= 4)
            QCOMPARE(d.value->draft.attachments.at(1).modified,
                QDateTime::fromMSecsSinceEpoch(1779096600000, QTimeZone::utc()));
        QVERIFY(d.value->openInWindow);
    }
    if (from >= 2) {
        const auto outbox = await<QList<OutboxEntry>>(
            [&](QObject *c, auto done) { store.loadOutbox({}, c, done); });
        QCOMPARE(outbox.value.size(), 1);
        const OutboxEntry &e = outbox.value.first();
        QCOMPARE(e.idempotencyKey, u"key-v2"_s);
        QCOMPARE(e.attempts, 2);
        QCOMPARE(e.lastError.httpStatus, 502);
        QCOMPARE(e.draft.draft.body, u"On its way"_s);
    }
    if (from >= 3) {
        const auto threads = await<QList<KnownThread>>(
            [&](QObject *c, auto done) { store.loadKnownThreads({}, c, done); });
        QCOMPARE(threads.value.size(), 1);
        QCOMPARE(threads.value.first().conversationId, u"conv-9"_s);
        const auto people = await<QList<RecentRecipient>>(
            [&](QObject *c, auto done) { store.loadRecentRecipients(u"pri"_s, 10, c, done); });
        QCOMPARE(people.value.size(), 1);
        QCOMPARE(people.value.first().useCount, 4);
    }
    // And everything the newest version does works on the migrated file.
    OutboxEntry e;
    e.id = u"new-entry"_s;
    e.idempotencyKey = u"new-key"_s;
    e.enqueuedAt = t0;
    e.draft = fullDraft(u"new-draft"_s);
    QVERIFY(await<bool>([&](QObject *c, auto done) { store.enqueue(e, c, done); }).ok());
    Receipt receipt {u"m1"_s, u"c1"_s, u"gthread-new"_s, u"delivered"_s, {}, t0};
    QVERIFY(
        await<bool>([&](QObject *c, auto done) { store.markSent(e, receipt, t0, c, done); }).ok());
    const auto threads = await<QList<KnownThread>>(
        [&](QObject *c, auto done) { store.loadKnownThreads({}, c, done); });
    QVERIFY(std::any_of(threads.value.cbegin(), threads.value.cend(),
        [](const KnownThread &t) { return t.threadId == u"gthread-new"; }));
}

void TestStoreFile::failedMigrationLeavesThePreviousVersion()
{
    {
        const RawFile raw(path());
        QString error;
        QSqlDatabase db = raw.db();
        QVERIFY(StoreSchema::migrate(db, &error, 1));
        fillVersion(raw, 1);
        // Something in the way of migration 2.
        QVERIFY(raw.exec(u"CREATE TABLE outbox (x)"_s));
    }
    LocalStore store;
    QString error;
    QVERIFY(!openStore(store, path(), &error));
    QVERIFY2(error.contains(u"schema 2"_s), qPrintable(error));
    const RawFile raw(path());
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 1);
    QCOMPARE(raw.value(u"SELECT body FROM drafts WHERE id = 'old-draft'"_s).toString(),
        u"Kept across versions"_s);
    QCOMPARE(
        raw.value(u"SELECT count(*) FROM sqlite_master WHERE name = 'outbox_state'"_s).toInt(), 0);
}

void TestStoreFile::secondStoreOnTheSameFileIsRefused()
{
    LocalStore first;
    QVERIFY(openStore(first, path()));
    LocalStore second;
    QString error;
    QVERIFY(!openStore(second, path(), &error));
    QVERIFY2(error.contains(u"Another Outpost"_s), qPrintable(error));
    // Calls on a store that did not open fail with a reason; nothing crashes.
    const auto r
        = await<bool>([&](QObject *c, auto done) { second.saveDraft(fullDraft(u"x"_s), c, done); });
    QVERIFY(!r.ok());
}

void TestStoreFile::aStoreNotCreatedYetIsWrittenOnlyWhenNeeded()
{
    // What the compose window's start does: no file yet, so none is made (and SQLite not
    // loaded) until something is written.
    {
        LocalStore store;
        QSignalSpy opened(&store, &LocalStore::opened);
        store.openWhenNeeded(path());
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().at(0).toBool(), true);
        const auto drafts
            = await<QList<DraftRecord>>([&](QObject *c, auto done) { store.loadDrafts(c, done); });
        QVERIFY2(drafts.ok(), qPrintable(drafts.error));
        QVERIFY(drafts.value.isEmpty());
        const auto outbox = await<QList<OutboxEntry>>(
            [&](QObject *c, auto done) { store.loadOutbox({}, c, done); });
        QVERIFY(outbox.ok() && outbox.value.isEmpty());
        QVERIFY(await<bool>([&](QObject *c, auto done) { store.pruneSent(t0, c, done); }).ok());
        QVERIFY(!QFileInfo::exists(path()));
        // The file is Outpost's from the start all the same: a second one is refused.
        LocalStore second;
        QString error;
        QVERIFY(!openStore(second, path(), &error));
        QVERIFY2(error.contains(u"Another Outpost"_s), qPrintable(error));
        // The first write makes the file, and what was written is there.
        QVERIFY(await<bool>([&](QObject *c, auto done) {
            store.saveDraft(fullDraft(u"d-late"_s), c, done);
        }).ok());
        QVERIFY(QFileInfo::exists(path()));
        const auto loaded = await<std::optional<DraftRecord>>(
            [&](QObject *c, auto done) { store.loadDraft(u"d-late"_s, c, done); });
        QVERIFY(loaded.ok() && loaded.value);
        QVERIFY2(*loaded.value == fullDraft(u"d-late"_s), qPrintable(describe(*loaded.value)));
    }
    // A file that exists is opened at once, and reads find what it holds.
    LocalStore again;
    QSignalSpy opened(&again, &LocalStore::opened);
    again.openWhenNeeded(path());
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.first().at(0).toBool(), true);
    const auto drafts
        = await<QList<DraftRecord>>([&](QObject *c, auto done) { again.loadDrafts(c, done); });
    QVERIFY(drafts.ok());
    QCOMPARE(drafts.value.size(), 1);
}

// Whether the Outpost that had the store before ended without closing it (killed, crashed):
// its lock is still there. The window reopened after it says what may be missing.
void TestStoreFile::aStoreLeftByAKilledOutpostSaysSo()
{
    for (int run = 0; run < 2; ++run) { // a first start, then one after a clean close
        LocalStore store;
        QVERIFY(openStore(store, path()));
        QVERIFY2(!store.lastRunEndedUnexpectedly(), run == 0 ? "first start" : "after a close");
    }
    QVERIFY(!QFileInfo::exists(path() + u".lock"_s)); // a clean close lets the file go
    QVERIFY(Testing::leaveStaleLock(path()));
    {
        LocalStore store;
        QVERIFY(openStore(store, path())); // the dead owner's lock is taken over
        QVERIFY(store.lastRunEndedUnexpectedly());
    }
    LocalStore next;
    QVERIFY(openStore(next, path()));
    QVERIFY(!next.lastRunEndedUnexpectedly());
}

QTEST_GUILESS_MAIN(TestStoreFile)
#include "tst_storefile.moc"

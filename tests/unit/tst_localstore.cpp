// SPDX-License-Identifier: GPL-3.0-or-later
// The LocalStore on real SQLite files: every Draft field survives, the file is WAL with
// foreign keys on, every migration runs from every earlier version with data in it, and a
// file the store cannot use is left as it was.
#include "store/LocalStore.h"
#include "store/StoreSchema.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {
const QDateTime t0(QDate(2026, 5, 18), QTime(9, 30, 12, 345), QTimeZone::utc());

DraftRecord fullDraft(const QString &id)
{
    DraftRecord r;
    r.id = id;
    r.instance = QUrl(u"https://acme.example"_s);
    Draft &d = r.draft;
    d.from = u"ops@acme.example"_s;
    d.provider = Provider::Outlook;
    d.to = {{u"Lee, Jamie"_s, u"jamie.lee@example.com"_s}, {{}, u"priya@example.org"_s}};
    d.cc = {{u"José Pérez"_s, u"jose@example.es"_s}};
    d.bcc = {{{}, u"audit@acme.example"_s}};
    d.subject = u"Re: Weekly report — ünïcödé, \"quotes\" and 'apostrophes'"_s;
    d.body = u"<p>Line one</p>\n\nLine three with emoji 📬 and a tab\there.\n"_s;
    d.isHtml = true;
    d.threadId = u"gthread-1902a9f3c4b1e0d5"_s;
    d.inReplyTo = u"<a1@mail.example>"_s;
    d.references = u"<a0@mail.example> <a1@mail.example>"_s;
    d.attachments = {{u"invoice.pdf"_s, u"application/pdf"_s, u"orgs/1/uploads/invoice.pdf"_s, {},
                         u"/home/dana/invoice.pdf"_s, 184221, t0.addSecs(-3600)},
        {u"big.zip"_s, u"application/zip"_s, {}, u"https://files.example/big.zip"_s, {}, -1, {}}};
    // As typed: the second entry does not parse yet and must come back exactly like this.
    r.toText = u"\"Lee, Jamie\" <jamie.lee@example.com>, priya@example.org, jamie@"_s;
    r.ccText = u"José Pérez <jose@example.es>"_s;
    r.bccText = u"audit@acme.example"_s;
    r.openInWindow = true;
    r.createdAt = t0;
    r.updatedAt = t0.addSecs(90);
    return r;
}

QString describe(const DraftRecord &r)
{
    const Draft &d = r.draft;
    QStringList to;
    for (const MailAddress &a : d.to)
        to += a.name + u'|' + a.address;
    return u"%1 %2 from=%3 to=[%4] subj=%5 html=%6 thread=%7/%8/%9 att=%10 text=%11 open=%12 %13 %14"_s
        .arg(r.id, r.instance.toString(), d.from, to.join(u','), d.subject)
        .arg(d.isHtml)
        .arg(d.threadId, d.inReplyTo, d.references)
        .arg(d.attachments.size())
        .arg(r.toText)
        .arg(r.openInWindow)
        .arg(r.createdAt.toString(Qt::ISODateWithMs), r.updatedAt.toString(Qt::ISODateWithMs));
}

// Runs one store call to completion and returns its result.
template<typename T, typename Call> StoreResult<T> await(Call call)
{
    std::optional<StoreResult<T>> result;
    QObject context;
    call(&context, [&](const StoreResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return StoreResult<T>::failure(u"timed out"_s);
    return *result;
}

bool openStore(LocalStore &store, const QString &path, QString *error = nullptr)
{
    QSignalSpy opened(&store, &LocalStore::opened);
    store.open(path);
    if (!opened.wait(10000))
        return false;
    if (error)
        *error = opened.first().at(1).toString();
    return opened.first().at(0).toBool();
}

// A connection of the test's own, beside the store's, for looking at the file directly.
struct RawFile
{
    explicit RawFile(const QString &path) : name(u"raw-"_s + path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawFile() { QSqlDatabase::removeDatabase(name); }
    QSqlDatabase db() const { return QSqlDatabase::database(name); }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        return q.isActive() || q.lastError().type() == QSqlError::NoError;
    }
    QString name;
};

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

class TestLocalStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void draftRoundTripKeepsEveryField();
    void savingAgainReplacesChildrenAndKeepsCreation();
    void fileIsWalWithForeignKeys();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void failedMigrationLeavesThePreviousVersion();
    void secondStoreOnTheSameFileIsRefused();
    void aStoreNotCreatedYetIsWrittenOnlyWhenNeeded();
    void outboxMovesDraftsInOneTransaction();
    void sentIsFinal();
    void pruneForgetsOldSentMail();
    void trustedSendersArePerMailboxAndKept();
    void ownTemplatesAreCreatedEditedAndDeleted();

private:
    std::unique_ptr<QTemporaryDir> dir;
    QString path() const { return dir->filePath(u"outpost.sqlite"_s); }
};

void TestLocalStore::init()
{
    dir = std::make_unique<QTemporaryDir>();
    QVERIFY(dir->isValid());
}

void TestLocalStore::draftRoundTripKeepsEveryField()
{
    const DraftRecord written = fullDraft(u"d-1"_s);
    {
        LocalStore store;
        QVERIFY(openStore(store, path()));
        QVERIFY(
            await<bool>([&](QObject *c, auto done) { store.saveDraft(written, c, done); }).ok());
        const auto back = await<std::optional<DraftRecord>>(
            [&](QObject *c, auto done) { store.loadDraft(u"d-1"_s, c, done); });
        QVERIFY(back.ok() && back.value);
        QVERIFY2(*back.value == written, qPrintable(describe(*back.value)));
    }
    // From the file, by a store that never saw it in memory.
    LocalStore reopened;
    QVERIFY(openStore(reopened, path()));
    const auto drafts
        = await<QList<DraftRecord>>([&](QObject *c, auto done) { reopened.loadDrafts(c, done); });
    QVERIFY(drafts.ok());
    QCOMPARE(drafts.value.size(), 1);
    QVERIFY2(drafts.value.first() == written, qPrintable(describe(drafts.value.first())));
}

void TestLocalStore::savingAgainReplacesChildrenAndKeepsCreation()
{
    LocalStore store;
    QVERIFY(openStore(store, path()));
    DraftRecord r = fullDraft(u"d-2"_s);
    store.saveDraft(r);
    r.draft.to = {{{}, u"only@example.com"_s}};
    r.draft.attachments.clear();
    r.draft.provider.reset();
    r.createdAt = t0.addDays(1); // a later writer cannot move the creation time
    r.updatedAt = t0.addSecs(300);
    store.saveDraft(r);
    const auto back = await<std::optional<DraftRecord>>(
        [&](QObject *c, auto done) { store.loadDraft(u"d-2"_s, c, done); });
    QVERIFY(back.value);
    QCOMPARE(back.value->draft.to.size(), 1);
    QCOMPARE(back.value->draft.to.first().address, u"only@example.com"_s);
    QVERIFY(back.value->draft.attachments.isEmpty());
    QVERIFY(!back.value->draft.provider);
    QCOMPARE(back.value->createdAt, t0);
    QCOMPARE(back.value->updatedAt, t0.addSecs(300));
}

void TestLocalStore::fileIsWalWithForeignKeys()
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

void TestLocalStore::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v <= StoreSchema::latestVersion(); ++v)
        QTest::addRow("from version %d", v) << v;
}

void TestLocalStore::migratesFromEveryEarlierVersion()
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

void TestLocalStore::failedMigrationLeavesThePreviousVersion()
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

void TestLocalStore::secondStoreOnTheSameFileIsRefused()
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

void TestLocalStore::aStoreNotCreatedYetIsWrittenOnlyWhenNeeded()
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

void TestLocalStore::outboxMovesDraftsInOneTransaction()
{
    LocalStore store;
    QVERIFY(openStore(store, path()));
    store.saveDraft(fullDraft(u"d-5"_s));
    DraftRecord edited = fullDraft(u"d-5"_s);
    edited.draft.body = u"The last words before Send"_s;
    OutboxEntry e;
    e.id = u"e-5"_s;
    e.idempotencyKey = u"k-5"_s;
    e.state = OutboxEntry::State::Held;
    e.nextAttemptAt = t0.addSecs(5);
    e.scheduledAt = t0.addDays(1);
    e.enqueuedAt = t0;
    e.draft = edited;
    QVERIFY(await<bool>([&](QObject *c, auto done) { store.enqueue(e, c, done); }).ok());
    auto drafts
        = await<QList<DraftRecord>>([&](QObject *c, auto done) { store.loadDrafts(c, done); });
    QVERIFY2(drafts.value.isEmpty(), "a queued draft is not listed among the drafts");
    auto outbox
        = await<QList<OutboxEntry>>([&](QObject *c, auto done) { store.loadOutbox({}, c, done); });
    QCOMPARE(outbox.value.size(), 1);
    QCOMPARE(outbox.value.first().draft.draft.body, u"The last words before Send"_s);
    QVERIFY2(!outbox.value.first().draft.openInWindow, "queued mail is not reopened after a crash");
    QCOMPARE(outbox.value.first().state, OutboxEntry::State::Held);
    QCOMPARE(outbox.value.first().scheduledAt, t0.addDays(1));
    // A second entry for the same draft is refused as a whole: the draft row is untouched.
    OutboxEntry twice = e;
    twice.id = u"e-5b"_s;
    twice.idempotencyKey = u"k-5b"_s;
    twice.draft.draft.body = u"must not land"_s;
    QVERIFY(!await<bool>([&](QObject *c, auto done) { store.enqueue(twice, c, done); }).ok());
    outbox
        = await<QList<OutboxEntry>>([&](QObject *c, auto done) { store.loadOutbox({}, c, done); });
    QCOMPARE(outbox.value.size(), 1);
    QCOMPARE(outbox.value.first().draft.draft.body, u"The last words before Send"_s);
    // Back to the drafts.
    const auto back = await<std::optional<DraftRecord>>(
        [&](QObject *c, auto done) { store.returnToDrafts(u"e-5"_s, c, done); });
    QVERIFY(back.ok() && back.value);
    drafts = await<QList<DraftRecord>>([&](QObject *c, auto done) { store.loadDrafts(c, done); });
    QCOMPARE(drafts.value.size(), 1);
    QCOMPARE(drafts.value.first().draft.body, u"The last words before Send"_s);
}

void TestLocalStore::sentIsFinal()
{
    LocalStore store;
    QVERIFY(openStore(store, path()));
    OutboxEntry e;
    e.id = u"e-6"_s;
    e.idempotencyKey = u"k-6"_s;
    e.enqueuedAt = t0;
    e.draft = fullDraft(u"d-6"_s);
    store.enqueue(e);
    const Receipt receipt {
        u"msg-6"_s, u"conv-6"_s, u"gthread-6"_s, u"delivered"_s, u"<m6@mail.example>"_s, t0};
    QVERIFY(
        await<bool>([&](QObject *c, auto done) { store.markSent(e, receipt, t0, c, done); }).ok());
    // A late writer (an attempt that was in flight) cannot bring it back.
    OutboxEntry late = e;
    late.state = OutboxEntry::State::Queued;
    late.attempts = 3;
    store.updateEntry(late);
    QVERIFY(!await<std::optional<DraftRecord>>([&](QObject *c, auto done) {
        store.returnToDrafts(u"e-6"_s, c, done);
    }).ok());
    QVERIFY(
        !await<bool>([&](QObject *c, auto done) { store.deleteEntry(u"e-6"_s, c, done); }).ok());
    const auto outbox
        = await<QList<OutboxEntry>>([&](QObject *c, auto done) { store.loadOutbox({}, c, done); });
    QVERIFY(outbox.value.isEmpty());
    const auto entry = await<std::optional<OutboxEntry>>(
        [&](QObject *c, auto done) { store.loadEntry(u"e-6"_s, c, done); });
    QVERIFY(entry.value);
    QCOMPARE(entry.value->state, OutboxEntry::State::Sent);
    QCOMPARE(entry.value->receipt.threadId, u"gthread-6"_s);
    QCOMPARE(entry.value->receipt.rfcMessageId, u"<m6@mail.example>"_s);
    // What sending leaves behind: the thread to reply into, the people written to.
    const auto threads = await<QList<KnownThread>>(
        [&](QObject *c, auto done) { store.loadKnownThreads(e.draft.instance, c, done); });
    QCOMPARE(threads.value.size(), 1);
    QCOMPARE(threads.value.first().conversationId, u"conv-6"_s);
    QCOMPARE(threads.value.first().lastMessageId, u"<m6@mail.example>"_s);
    QCOMPARE(threads.value.first().provider, std::optional(Provider::Outlook));
    const auto people = await<QList<RecentRecipient>>(
        [&](QObject *c, auto done) { store.loadRecentRecipients({}, 10, c, done); });
    QCOMPARE(people.value.size(), 4);
    const auto jamie = await<QList<RecentRecipient>>(
        [&](QObject *c, auto done) { store.loadRecentRecipients(u"Lee"_s, 10, c, done); });
    QCOMPARE(jamie.value.size(), 1);
    QCOMPARE(jamie.value.first().address, u"jamie.lee@example.com"_s);
}

void TestLocalStore::pruneForgetsOldSentMail()
{
    LocalStore store;
    QVERIFY(openStore(store, path()));
    for (int i = 0; i < 2; ++i) {
        OutboxEntry e;
        e.id = u"e-p%1"_s.arg(i);
        e.idempotencyKey = u"k-p%1"_s.arg(i);
        e.enqueuedAt = t0;
        e.draft = fullDraft(u"d-p%1"_s.arg(i));
        store.enqueue(e);
        store.markSent(e, {}, t0.addDays(i * 10));
    }
    QVERIFY(
        await<bool>([&](QObject *c, auto done) { store.pruneSent(t0.addDays(5), c, done); }).ok());
    QVERIFY(!await<std::optional<OutboxEntry>>([&](QObject *c, auto done) {
        store.loadEntry(u"e-p0"_s, c, done);
    }).value);
    QVERIFY(await<std::optional<OutboxEntry>>([&](QObject *c, auto done) {
        store.loadEntry(u"e-p1"_s, c, done);
    }).value);
}

void TestLocalStore::trustedSendersArePerMailboxAndKept()
{
    const auto list = [](LocalStore &store, const QString &mailbox) {
        QStringList out;
        const auto r = await<QList<TrustedSender>>(
            [&](QObject *c, auto done) { store.loadTrustedSenders(mailbox, c, done); });
        for (const TrustedSender &t : r.value)
            out += t.sender + u" in "_s + t.mailbox;
        return out;
    };
    {
        LocalStore store;
        QVERIFY(openStore(store, path()));
        QSignalSpy changed(&store, &LocalStore::trustedSendersChanged);
        // Spelled as the From line had it: kept lower case, one row per sender and mailbox.
        for (const auto &[sender, mailbox] :
            {std::pair {u"Jamie.Lee@Example.com"_s, u"dana@acme.example"_s},
                std::pair {u"jamie.lee@example.com"_s, u"DANA@acme.example"_s},
                std::pair {u"priya@example.org"_s, u"ops@acme.example"_s}}) {
            QVERIFY(await<bool>([&](QObject *c, auto done) {
                store.trustSender({sender, mailbox, t0}, c, done);
            }).ok());
        }
        QCOMPARE(changed.size(), 3);
        QCOMPARE(list(store, u"dana@acme.example"_s),
            QStringList {u"jamie.lee@example.com in dana@acme.example"_s});
        QCOMPARE(list(store, {}).size(), 2);
    }
    LocalStore store;
    QVERIFY(openStore(store, path()));
    // Another mailbox's trust is not this one's.
    QCOMPARE(list(store, u"ops@acme.example"_s),
        QStringList {u"priya@example.org in ops@acme.example"_s});
    QVERIFY(await<bool>([&](QObject *c, auto done) {
        store.removeTrustedSender(u"JAMIE.LEE@example.com"_s, u"dana@acme.example"_s, c, done);
    }).ok());
    QCOMPARE(list(store, u"dana@acme.example"_s), QStringList());
    QCOMPARE(list(store, {}).size(), 1);
}

void TestLocalStore::ownTemplatesAreCreatedEditedAndDeleted()
{
    const auto names = [](LocalStore &store) {
        QStringList out;
        const auto r = await<QList<MailTemplate>>(
            [&](QObject *c, auto done) { store.loadTemplates(c, done); });
        for (const MailTemplate &t : r.value)
            out += t.name + u": "_s + t.subject + u" / "_s + t.body;
        return out;
    };
    const auto save = [](LocalStore &store, const MailTemplate &t) {
        return await<bool>([&](QObject *c, auto done) { store.saveTemplate(t, c, done); });
    };
    MailTemplate thanks {u"t1"_s, u"thanks"_s, {}, u"Thank you, {{firstName}}!"_s, {},
        MailTemplate::Origin::Own, t0, t0};
    MailTemplate renewal {u"t2"_s, u"Renewal"_s, u"Your renewal"_s, u"Hi {{firstName}}"_s, {},
        MailTemplate::Origin::Own, t0, t0};
    {
        LocalStore store;
        QVERIFY(openStore(store, path()));
        QSignalSpy changed(&store, &LocalStore::templatesChanged);
        QVERIFY(save(store, thanks).ok());
        QVERIFY(save(store, renewal).ok());
        QCOMPARE(changed.size(), 2);
        // Sorted by name whatever the case; a name taken (in another case) is refused, saying so.
        QCOMPARE(names(store),
            (QStringList {u"Renewal: Your renewal / Hi {{firstName}}"_s,
                u"thanks:  / Thank you, {{firstName}}!"_s}));
        MailTemplate clash = thanks;
        clash.id = u"t3"_s;
        clash.name = u"THANKS"_s;
        const auto refused = save(store, clash);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(u"THANKS"_s), qPrintable(refused.error));
        QCOMPARE(names(store).size(), 2);
    }
    // Kept on disk; edited in place (same id), then deleted.
    LocalStore store;
    QVERIFY(openStore(store, path()));
    renewal.body = u"Hello {{firstName}}"_s;
    renewal.updatedAt = t0.addSecs(60);
    QVERIFY(save(store, renewal).ok());
    QCOMPARE(names(store).first(), u"Renewal: Your renewal / Hello {{firstName}}"_s);
    QVERIFY(
        await<bool>([&](QObject *c, auto done) { store.deleteTemplate(u"t1"_s, c, done); }).ok());
    QCOMPARE(names(store), QStringList {u"Renewal: Your renewal / Hello {{firstName}}"_s});
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"

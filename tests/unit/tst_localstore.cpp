// SPDX-License-Identifier: GPL-3.0-or-later
// What the LocalStore keeps, on real SQLite files: every Draft field survives a reopen, the
// outbox moves drafts in one transaction, sent mail is final and pruned, trusted senders per
// mailbox, and templates of one's own. The file itself (WAL, migrations, locking): tst_storefile.
#include "store/LocalStore.h"
#include "tests/unit/LocalStoreTestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Outpost::Testing;
using namespace Qt::StringLiterals;

class TestLocalStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void draftRoundTripKeepsEveryField();
    void savingAgainReplacesChildrenAndKeepsCreation();
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

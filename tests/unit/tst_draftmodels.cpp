// SPDX-License-Identifier: GPL-3.0-or-later
// The Drafts and Outbox windows' models, under QAbstractItemModelTester: rows follow the
// store and the outbox in place, and say what a person needs to know.
#include "compose/DraftListModel.h"
#include "display/Roles.h"
#include "display/TimeText.h"
#include "outbox/OutboxModel.h"
#include "platform/PlatformClient.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
DraftRecord draft(const QString &id, const QString &subject, const QDateTime &updated)
{
    DraftRecord r;
    r.id = id;
    r.draft.from = u"dana@acme.example"_s;
    r.draft.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    r.toText = u"Jamie Lee <jamie.lee@example.com>"_s;
    r.draft.subject = subject;
    r.draft.body = u"First line\nsecond line"_s;
    r.createdAt = updated;
    r.updatedAt = updated;
    return r;
}
} // namespace

class TestDraftModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void draftListFollowsTheStoreInPlace();
    void outboxModelFollowsTheOutbox();

private:
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<LocalStore> store;
};

void TestDraftModels::init()
{
    dir = std::make_unique<QTemporaryDir>();
    store = std::make_unique<LocalStore>();
    QSignalSpy opened(store.get(), &LocalStore::opened);
    store->open(dir->filePath(u"outpost.sqlite"_s));
    QVERIFY(opened.wait());
}

void TestDraftModels::cleanup()
{
    store.reset();
}

void TestDraftModels::draftListFollowsTheStoreInPlace()
{
    DraftListModel model(store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime t = QDateTime::currentDateTimeUtc();
    store->saveDraft(draft(u"a"_s, u"Alpha"_s, t));
    store->saveDraft(draft(u"b"_s, QString(), t.addSecs(60)));
    QSignalSpy loaded(&model, &DraftListModel::loaded);
    model.reload();
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(DraftListModel::ColumnCount));
    QStringList subjects;
    for (int row = 0; row < 2; ++row)
        subjects += model.index(row, DraftListModel::SubjectColumn).data().toString();
    QVERIFY(subjects.contains(u"Alpha"_s));
    QVERIFY(subjects.contains(u"(no subject)"_s));
    const int alpha = subjects.indexOf(u"Alpha"_s);
    QCOMPARE(model.index(alpha, 0).data(Qt::ToolTipRole).toString(), u"First line"_s);
    QCOMPARE(model.index(alpha, 0).data(Roles::DraftId).toString(), u"a"_s);
    // People as every list names them; the address as typed on hover.
    QCOMPARE(model.index(alpha, DraftListModel::ToColumn).data().toString(), u"Jamie Lee"_s);
    QCOMPARE(model.index(alpha, DraftListModel::ToColumn).data(Qt::ToolTipRole).toString(),
        u"Jamie Lee <jamie.lee@example.com>"_s);
    // When, relative to now in the list, in full on hover (issue 15, item 6).
    Testing::ManualClock dayAfter(t.addDays(1));
    model.setClock(&dayAfter);
    QCOMPARE(model.index(alpha, DraftListModel::ChangedColumn).data().toString(), u"Yesterday"_s);
    Testing::ManualClock sameDay(t);
    model.setClock(&sameDay);
    QCOMPARE(model.index(alpha, DraftListModel::ChangedColumn).data().toString(),
        TimeText::timeOfDay(t.toLocalTime().time()));
    QCOMPARE(model.index(alpha, DraftListModel::ChangedColumn).data(Qt::ToolTipRole).toString(),
        TimeText::full(t));

    // A save elsewhere changes the row where it stands (a selection survives it).
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    store->saveDraft(draft(u"a"_s, u"Alpha, edited"_s, t.addSecs(120)));
    QVERIFY(changed.wait());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(alpha, 0).data().toString(), u"Alpha, edited"_s);
    QCOMPARE(model.index(alpha, 0).data(Roles::SortKey), QVariant(u"Alpha, edited"_s));
    QCOMPARE(model.index(alpha, DraftListModel::ChangedColumn).data(Roles::SortKey).toDateTime(),
        t.addSecs(120));

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    store->deleteDraft(u"b"_s);
    QVERIFY(removed.wait());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.record(0)->id, u"a"_s);
}

void TestDraftModels::outboxModelFollowsTheOutbox()
{
    // No network is ever reached: the outbox is told it is offline.
    QNetworkAccessManager network;
    PlatformClient client(&network, Session {QUrl(u"http://127.0.0.1:9"_s), u"t"_s, {}, {}});
    PlatformSubmission submission(&client);
    Testing::ManualClock clock;
    OutboxSettings settings;
    settings.undoDelay = 5s;
    Outbox outbox(store.get(), &submission, &clock, settings);
    outbox.setOnline(false);
    OutboxModel model(&outbox);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy ready(&outbox, &Outbox::ready);
    outbox.start();
    QVERIFY(ready.wait());
    QCOMPARE(model.rowCount(), 0);

    QSignalSpy queued(&outbox, &Outbox::queued);
    const QString held = outbox.enqueue(draft(u"h"_s, u"Held"_s, clock.now()));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, OutboxModel::StatusColumn).data().toString(), u"Saving…"_s);
    QVERIFY(queued.wait());
    QVERIFY(
        model.index(0, OutboxModel::StatusColumn).data().toString().startsWith(u"Held for Undo"_s));
    QCOMPARE(model.index(0, OutboxModel::ToColumn).data().toString(), u"Jamie Lee"_s);
    const QString later
        = outbox.enqueue(draft(u"l"_s, u"Later"_s, clock.now()), clock.now().addDays(1));
    QVERIFY(queued.wait());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(model.rowOf(later), 0).data(Roles::EntryId).toString(), later);
    QVERIFY(model.index(model.rowOf(later), OutboxModel::StatusColumn)
                .data()
                .toString()
                .startsWith(u"Scheduled for"_s));
    QCOMPARE(model.index(model.rowOf(later), OutboxModel::StatusColumn).data().toString(),
        u"Scheduled for %1"_s.arg(TimeText::forHeader(clock.now().addDays(1), clock.now())));
    clock.advance(6s); // the undo window ends; offline, it waits for the network
    QCOMPARE(model.index(model.rowOf(held), OutboxModel::StatusColumn).data().toString(),
        u"Waiting for the network"_s);
    QCOMPARE(model.index(model.rowOf(held), 0).data(Roles::OutboxStatus).toInt(),
        int(Outbox::Status::Offline));

    QVERIFY(outbox.remove(held));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entryId(0), later);
}

QTEST_GUILESS_MAIN(TestDraftModels)
#include "tst_draftmodels.moc"

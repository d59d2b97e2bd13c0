// SPDX-License-Identifier: GPL-3.0-or-later
// The thread list: one row per thread whatever found it, newest first; what the local store
// knows completes what the platform lists.
#include "display/Roles.h"
#include "threads/ThreadListModel.h"
#include "threads/ThreadLister.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestThreadListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsNewestFirstWithRoles();
    void sameThreadFromTwoSourcesIsOneRow();
    void staleLocalMessageIdIsNotUsed();
    void searchTextIsFolded();

private:
    static ThreadSummary thread(const QString &id, const QString &subject, int hoursAgo)
    {
        ThreadSummary t;
        t.threadId = id;
        t.conversationId = u"c-"_s + id;
        t.subject = subject;
        t.mailbox = u"ops@acme.example"_s;
        t.participants = {u"jamie.lee@example.com"_s};
        t.lastMessageTime = QDateTime(QDate(2026, 5, 18), QTime(12, 0), QTimeZone::utc())
                                .addSecs(-3600 * hoursAgo);
        t.messageCount = 2;
        return t;
    }
};

void TestThreadListModel::rowsNewestFirstWithRoles()
{
    ThreadListModel model;
    QAbstractItemModelTester tester(&model);
    model.setRows({{thread(u"a"_s, u"Older"_s, 5), ThreadOrigin::Platform, nullptr},
        {thread(u"b"_s, u"Newer"_s, 1), ThreadOrigin::Platform, nullptr}});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data().toString(), u"Newer"_s);
    QCOMPARE(first.data(Roles::ThreadId).toString(), u"b"_s);
    QCOMPARE(first.data(Roles::ConversationId).toString(), u"c-b"_s);
    QCOMPARE(first.data(Roles::Address).toString(), u"ops@acme.example"_s);
    QCOMPARE(first.data(Roles::MessageCount).toInt(), 2);
    QCOMPARE(first.data(Roles::Thread).value<ThreadSummary>().subject, u"Newer"_s);
    QCOMPARE(model.rowOf(u"a"_s), 1);
}

void TestThreadListModel::sameThreadFromTwoSourcesIsOneRow()
{
    QList<ThreadListModel::Row> rows;
    ThreadSummary local = thread(u"a"_s, u"Weekly report"_s, 0); // sent from here, just now
    local.participants = {u"ops@acme.example"_s};
    local.lastMessageId = u"<sent@acme.example>"_s;
    ThreadLister::merge(rows, {{local}, {}, {}}, ThreadOrigin::SentFromHere, nullptr);
    ThreadSummary listed = thread(u"a"_s, u"Weekly report"_s, 2);
    ThreadLister::merge(
        rows, {{listed, thread(u"b"_s, u"Lunch"_s, 3)}, {}, {}}, ThreadOrigin::Platform, nullptr);
    QCOMPARE(rows.size(), 2);
    const ThreadListModel::Row &a = rows.first();
    QCOMPARE(a.origins, ThreadOrigins(ThreadOrigin::Platform) | ThreadOrigin::SentFromHere);
    QCOMPARE(a.thread.messageCount, 2); // the platform's details
    QCOMPARE(a.thread.lastMessageId, u"<sent@acme.example>"_s); // ours is the latest
    QCOMPARE(a.thread.lastMessageTime, local.lastMessageTime);
    QCOMPARE(
        a.thread.participants, (QStringList {u"jamie.lee@example.com"_s, u"ops@acme.example"_s}));
}

void TestThreadListModel::staleLocalMessageIdIsNotUsed()
{
    QList<ThreadListModel::Row> rows;
    ThreadSummary local = thread(u"a"_s, u"Weekly report"_s, 5);
    local.lastMessageId = u"<old@acme.example>"_s;
    ThreadLister::merge(
        rows, {{thread(u"a"_s, u"Weekly report"_s, 1)}, {}, {}}, ThreadOrigin::Platform, nullptr);
    ThreadLister::merge(rows, {{local}, {}, {}}, ThreadOrigin::SentFromHere, nullptr);
    QCOMPARE(rows.size(), 1);
    // Someone answered after our message: the server fills the reply chain instead.
    QVERIFY(rows.first().thread.lastMessageId.isEmpty());
}

void TestThreadListModel::searchTextIsFolded()
{
    ThreadSummary t = thread(u"a"_s, u"Réunion à Zürich"_s, 1);
    t.participants = {u"José Pérez <jose.perez@example.es>"_s};
    const QString text = ThreadListModel::searchTextOf(t);
    QVERIFY(text.contains(u"reunion a zurich"_s));
    QVERIFY(text.contains(u"jose perez"_s));
    QVERIFY(text.contains(u"ops@acme.example"_s));
    QCOMPARE(ThreadListModel::fold(u"ÉCOLE"_s), u"ecole"_s);
}

QTEST_GUILESS_MAIN(TestThreadListModel)
#include "tst_threadlistmodel.moc"

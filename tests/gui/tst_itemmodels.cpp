// SPDX-License-Identifier: GPL-3.0-or-later
// The models the windows bind to that had no QAbstractItemModelTester watching them: the
// attachment list (rows added, uploaded over real HTTP against the sandbox, reordered,
// removed, restored), the From list's icon proxy and the thread picker's rows while the
// filter changes. The tester fails the test on any broken model contract (an index out of
// range, a change signal for rows that do not exist, a row count that lies).
#include "accounts/MailboxListModel.h"
#include "compose/AttachmentListModel.h"
#include "platform/PlatformClient.h"
#include "platform/UploadClient.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxTestClient.h"
#include "threads/ThreadListModel.h"
#include "ui/accounts/MailboxIconProxy.h"
#include "ui/threads/ThreadPickerProxy.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestItemModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void attachmentListKeepsTheContract();
    void mailboxIconProxyKeepsTheContract();
    void threadPickerRowsKeepTheContract();

private:
    static constexpr auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
};

void TestItemModels::attachmentListKeepsTheContract()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList files;
    for (int i = 0; i < 4; ++i) {
        files += dir.filePath(u"file%1.txt"_s.arg(i));
        QFile f(files.last());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1000 * (i + 1), char('a' + i)));
    }
    auto sandbox = Sandbox::Testing::startSandbox(Sandbox::Testing::testOptions());
    QVERIFY(sandbox);
    QNetworkAccessManager network;
    PlatformClient platform(&network, Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    UploadClient uploads(&platform, &network);

    AttachmentListModel model;
    QAbstractItemModelTester tester(&model, mode);
    model.setUploadClient(&uploads);
    QSignalSpy settled(&model, &AttachmentListModel::settled);
    QVERIFY(model.addFiles(files.mid(0, 3)).isEmpty());
    QVERIFY(model.addLink(QUrl(u"https://files.example/report.pdf"_s)).isEmpty());
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(settled.wait(10000)); // progress and state changes while uploading, then Uploaded
    QCOMPARE(model.index(0).data(AttachmentListModel::StateRole).toInt(),
        int(AttachmentListModel::State::Uploaded));
    // Reordered by dragging: the first file goes last.
    QVERIFY(model.moveRows({}, 0, 1, {}, 4));
    QCOMPARE(model.index(3).data(Qt::DisplayRole).toString(), u"file0.txt"_s);
    model.remove(1);
    QCOMPARE(model.rowCount(), 3);
    // A restored draft replaces every row at once.
    const QList<Attachment> kept = model.attachments();
    model.setAttachments({});
    QCOMPARE(model.rowCount(), 0);
    model.setAttachments(kept);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.addFiles({files[3]}).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(model.isSettled(), 10000);
    QCOMPARE(model.rowCount(), 4);
}

void TestItemModels::mailboxIconProxyKeepsTheContract()
{
    MailboxListModel mailboxes;
    MailboxIconProxy proxy;
    proxy.setSourceModel(&mailboxes);
    QAbstractItemModelTester tester(&proxy, mode);
    const QList<Mailbox> two
        = {{u"1"_s, Provider::Gmail, u"ops@acme.example"_s, u"Ops"_s, true, {}},
            {u"2"_s, Provider::Outlook, u"sales@acme.example"_s, {}, true, {}}};
    mailboxes.setMailboxes(two);
    QCOMPARE(proxy.rowCount(), 2);
    // Each row shows its provider's icon.
    QVERIFY(!proxy.index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!proxy.index(1, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    mailboxes.setMailboxes(two.mid(1));
    QCOMPARE(proxy.rowCount(), 1);
    mailboxes.setMailboxes({});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestItemModels::threadPickerRowsKeepTheContract()
{
    ThreadListModel threads;
    ThreadPickerProxy rows;
    rows.setSourceModel(&threads);
    QAbstractItemModelTester tester(&rows, mode);
    QList<ThreadListModel::Row> list;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 30; ++i) {
        ThreadListModel::Row r;
        r.thread.threadId = u"t%1"_s.arg(i);
        r.thread.subject = i % 3 ? u"Invoice %1"_s.arg(i) : u"Weekly report %1"_s.arg(i);
        r.thread.participants = {u"Jamie Lee <jamie.lee@example.com>"_s};
        r.thread.lastMessageTime = now.addSecs(-3600 * i);
        r.thread.messageCount = i + 1;
        r.thread.mailbox = u"ops@acme.example"_s;
        list += r;
    }
    threads.setRows(list);
    QCOMPARE(rows.threadCount(), 30);
    QCOMPARE(rows.rowCount(), 31); // "New thread" first
    for (const QString &typed : {u"w"_s, u"we"_s, u"weekly"_s, u"weekly 1"_s, u"nothing"_s, u""_s})
        rows.setFilterText(typed);
    QCOMPARE(rows.threadCount(), 30);
    rows.setFilterText(u"weekly"_s);
    QCOMPARE(rows.threadCount(), 10);
    threads.setRows(list.mid(0, 6)); // the source changes under a filter
    QCOMPARE(rows.threadCount(), 2);
    threads.setRows({});
    QCOMPARE(rows.rowCount(), 1);
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A second `outpost mailto:…` hands its arguments to the running one over a local socket.
#include "app/SingleInstance.h"

#include <QFuture>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nobodyListensSoTheFirstStarts();
    void secondInvocationHandsOver();
    void staleSocketIsReplaced();
};

void TestSingleInstance::nobodyListensSoTheFirstStarts()
{
    SingleInstance first(u"outpost-test-"_s + QUuid::createUuid().toString(QUuid::Id128));
    QVERIFY(!first.handOver({u"mailto:a@b.c"_s}, 200));
    QString error;
    QVERIFY2(first.listen(&error), qPrintable(error));
}

void TestSingleInstance::secondInvocationHandsOver()
{
    const QString name = u"outpost-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
    SingleInstance running(name);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &SingleInstance::argumentsReceived);
    // The second process, played by another thread: it blocks until the first answers.
    QFuture<bool> second = QtConcurrent::run([name] {
        return SingleInstance(name).handOver(
            {u"mailto:jamie@example.com?subject=Hi"_s, u"--attach"_s, u"/tmp/a b.pdf"_s}, 5000);
    });
    QTRY_COMPARE(received.count(), 1);
    QTRY_VERIFY(second.isFinished());
    QVERIFY(second.result());
    QCOMPARE(received.first().first().toStringList(),
        (QStringList {u"mailto:jamie@example.com?subject=Hi"_s, u"--attach"_s, u"/tmp/a b.pdf"_s}));
}

void TestSingleInstance::staleSocketIsReplaced()
{
    const QString name = u"outpost-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        SingleInstance crashed(name);
        QVERIFY(crashed.listen());
    } // gone without cleaning up as a crash would leave it: the next one still starts
    SingleInstance next(name);
    QVERIFY(next.listen());
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"

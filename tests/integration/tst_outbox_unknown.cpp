// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox when it cannot know whether a send arrived, over real HTTP to a sandbox with a
// clock the test moves: an unknown outcome is looked for before any repeat, a crash while the
// answer is outstanding leads to a lookup, no working lookup means "may have been sent";
// restarts resume unsent mail and a crash between the answer and the bookkeeping sends once.
// The rest of the state machine: tst_outbox.
#include "tests/integration/OutboxTestSupport.h"

using namespace Outpost;
using namespace Outpost::Sandbox::Testing;
using namespace Outpost::Testing::OutboxTests;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestOutboxUnknown : public QObject, OutboxFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { start(); }
    void cleanup() { stop(); }
    void unknownOutcomesAreLookedForBeforeAnyRepeat_data();
    void unknownOutcomesAreLookedForBeforeAnyRepeat();
    void aCrashWhileTheAnswerIsOutstandingLeadsToALookup();
    void whenNoLookupWorksItMayHaveBeenSent();
    void restartResumesUnsentMail();
    void crashBetweenAnswerAndBookkeepingSendsOnce();
};

void TestOutboxUnknown::unknownOutcomesAreLookedForBeforeAnyRepeat_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<bool>("landed");
    QTest::addRow("502 from a proxy") << QJsonObject {{u"status"_s, 502}} << false;
    QTest::addRow("504 from a proxy") << QJsonObject {{u"status"_s, 504}} << false;
    QTest::addRow("dropped before processing") << QJsonObject {{u"drop"_s, u"before"_s}} << false;
    QTest::addRow("dropped after processing") << QJsonObject {{u"drop"_s, u"after"_s}} << true;
}

void TestOutboxUnknown::unknownOutcomesAreLookedForBeforeAnyRepeat()
{
    QFETCH(QJsonObject, fault);
    QFETCH(bool, landed);
    // A platform that ignores the key: only the lookup stands between a lost answer and a
    // second mail.
    QCOMPARE(http->post(u"/_sandbox/faults"_s, {{u"ignoreIdempotencyKey"_s, true}}).status, 200);
    fault.insert(u"path"_s, sendPath);
    QVERIFY(http->addFault(fault));
    outbox->setUndoDelay(0ms);
    QSignalSpy checking(outbox.get(), &Outbox::checking);
    QSignalSpy waiting(outbox.get(), &Outbox::waiting);
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    const QString subject = u"Unknown "_s + QString::fromLatin1(QTest::currentDataTag());
    const QString id = enqueueAndStore(mail(subject));
    QVERIFY(checking.wait());
    QCOMPARE(outbox->status(id), Outbox::Status::Checking);
    QCOMPARE(checking.first().at(1).toLongLong(), 1000); // the first of settings.checkDelays
    QCOMPARE(sendRequests(), 1);
    clock->advance(1s);
    if (landed) {
        // Found at the first look: sent, with the receipt of the stored message, never repeated.
        QVERIFY(sent.wait());
        QCOMPARE(sendRequests(), 1);
        const QJsonArray messages = http->allMessages();
        QCOMPARE(sent.first().at(1).value<Receipt>().messageId,
            messages.last().toObject().value(u"_id"_s).toString());
        QCOMPARE(waiting.count(), 0);
    } else {
        // Not there: looked for once more, later, before it goes again.
        QVERIFY(checking.wait());
        QCOMPARE(checking.at(1).at(1).toLongLong(), 4000);
        QCOMPARE(sendRequests(), 1);
        clock->advance(4s);
        QVERIFY(waiting.wait());
        QCOMPARE(sendRequests(), 1);
        clock->advance(std::chrono::milliseconds(waiting.first().at(2).toLongLong()));
        QVERIFY(sent.wait());
        QCOMPARE(sendRequests(), 2);
    }
    QCOMPARE(storedCount(subject), 1);
    // Looked for where the platform files it: the recipient's contact, conversations, messages.
    QVERIFY(!http->recorded(u"/api/contacts"_s).isEmpty());
    QVERIFY(!http->recorded(u"/api/conversation/all"_s).isEmpty());
    QVERIFY(!http->recorded(u"/api/conversation/*"_s).isEmpty());
    QCOMPARE(outbox->count(), 0);
}

void TestOutboxUnknown::aCrashWhileTheAnswerIsOutstandingLeadsToALookup()
{
    // The key is ignored and the server is slow: Outpost stops while the send is on its way,
    // and the server stores the mail after the client has gone.
    QCOMPARE(http->post(u"/_sandbox/faults"_s, {{u"ignoreIdempotencyKey"_s, true}}).status, 200);
    QVERIFY(http->addFault({{u"path"_s, sendPath}, {u"delayMs"_s, 300}}));
    outbox->setUndoDelay(0ms);
    QSignalSpy attempts(outbox.get(), &Outbox::attemptStarted);
    const QString id = enqueueAndStore(mail(u"Outstanding at the crash"_s));
    QVERIFY(QTest::qWaitFor([&] { return http->recorded(sendPath).size() == 1; }));
    stopOutbox(); // what was written down survives; the answer never comes
    QVERIFY(QTest::qWaitFor([&] { return storedCount(u"Outstanding at the crash"_s) == 1; }));

    startOutbox(0ms);
    QCOMPARE(outbox->count(), 1);
    QVERIFY(outbox->entry(id)->unknownSince.isValid());
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    QVERIFY(sent.count() == 1 || sent.wait());
    QCOMPARE(sent.first().first().toString(), id);
    QCOMPARE(storedCount(u"Outstanding at the crash"_s), 1);
    QCOMPARE(sendRequests(), 1); // looked for and found: never sent again
    stopOutbox();
    startOutbox(0ms);
    QCOMPARE(outbox->count(), 0);
}

void TestOutboxUnknown::whenNoLookupWorksItMayHaveBeenSent()
{
    QCOMPARE(http->post(u"/_sandbox/faults"_s, {{u"ignoreIdempotencyKey"_s, true}}).status, 200);
    QVERIFY(http->addFault({{u"path"_s, sendPath}, {u"drop"_s, u"after"_s}}));
    const int broken
        = http->addFault({{u"path"_s, u"/api/contacts"_s}, {u"status"_s, 500}, {u"times"_s, -1}});
    QVERIFY(broken);
    outbox->setUndoDelay(0ms);
    QSignalSpy checking(outbox.get(), &Outbox::checking);
    QSignalSpy unknown(outbox.get(), &Outbox::outcomeUnknown);
    QSignalSpy failed(outbox.get(), &Outbox::failed);
    const QString id = enqueueAndStore(mail(u"Nobody can tell"_s));
    while (failed.isEmpty()) {
        QVERIFY(QTest::qWaitFor([&] { return !checking.isEmpty() || !failed.isEmpty(); }));
        if (!checking.isEmpty())
            clock->advance(std::chrono::milliseconds(checking.takeFirst().at(1).toLongLong()));
    }
    // Never sent again, never called sent nor "not sent": the user is told to look.
    QCOMPARE(unknown.count(), 1);
    QCOMPARE(sendRequests(), 1);
    QCOMPARE(outbox->status(id), Outbox::Status::MayHaveBeenSent);
    const ServiceError error = failed.first().at(1).value<ServiceError>();
    QVERIFY2(error.message.startsWith(u"May have been sent"_s), qPrintable(error.message));
    QVERIFY(!error.isDefinitive());
    // The same after a restart: it waits for the user.
    stopOutbox();
    startOutbox(0ms);
    QCOMPARE(outbox->status(id), Outbox::Status::MayHaveBeenSent);
    // Retry looks first: found, so sent without a second request.
    QCOMPARE(http->del(u"/_sandbox/faults"_s).status, 200);
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    outbox->retry(id);
    QVERIFY(sent.wait());
    QCOMPARE(sendRequests(), 1);
    QCOMPARE(storedCount(u"Nobody can tell"_s), 1);
}

void TestOutboxUnknown::restartResumesUnsentMail()
{
    enqueueAndStore(mail(u"Across a restart"_s)); // still in its undo window
    QCOMPARE(sendRequests(), 0);
    stopOutbox();
    QSignalSpy *sent = nullptr;
    startOutbox();
    sent = new QSignalSpy(outbox.get(), &Outbox::sent);
    // The undo window ended with the last run: it goes at once.
    QVERIFY(sent->count() == 1 || sent->wait());
    delete sent;
    QCOMPARE(storedCount(u"Across a restart"_s), 1);
    stopOutbox();
    startOutbox();
    QCOMPARE(outbox->count(), 0);
    QCOMPARE(sendRequests(), 1);
}

void TestOutboxUnknown::crashBetweenAnswerAndBookkeepingSendsOnce()
{
    outbox->setUndoDelay(0ms);
    outbox->setOnline(false); // stored, not sent yet
    const QString id = enqueueAndStore(mail(u"Answered, then the crash"_s));
    QVERIFY(store->flush());
    // The file as it is at the instant the server answers, before the answer is written down.
    const QString file = dir->filePath(u"outpost.sqlite"_s);
    stopOutbox();
    QVERIFY(QFile::copy(file, file + u".at-answer"_s));
    startOutbox(0ms);
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    QVERIFY(sent.wait());
    QCOMPARE(storedCount(u"Answered, then the crash"_s), 1);
    // The crash: the write of the answer never happened.
    stopOutbox();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(file + suffix);
    QVERIFY(QFile::rename(file + u".at-answer"_s, file));
    startOutbox(0ms);
    QSignalSpy again(outbox.get(), &Outbox::sent);
    QVERIFY(again.count() == 1 || again.wait());
    QCOMPARE(again.first().first().toString(), id);
    // The repeat carried the same key: the server answered with the first result.
    QCOMPARE(storedCount(u"Answered, then the crash"_s), 1);
    const QStringList keys = http->idempotencyKeys(sendPath);
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(0), keys.at(1));
    QCOMPARE(again.first().at(1).value<Receipt>().messageId,
        sent.first().at(1).value<Receipt>().messageId);
    stopOutbox();
    startOutbox(0ms);
    QCOMPARE(outbox->count(), 0);
}

QTEST_GUILESS_MAIN(TestOutboxUnknown)
#include "tst_outbox_unknown.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox's state machine over real HTTP to a sandbox, with a clock the test moves: the
// undo window, backoff with the same Idempotency-Key, Retry-After (seconds and HTTP date),
// refusals that need the user, offline waiting and send later. Outcomes unknown, restarts and
// the crash between the server's answer and the bookkeeping: tst_outbox_unknown.
#include "tests/integration/OutboxTestSupport.h"

using namespace Outpost;
using namespace Outpost::Sandbox::Testing;
using namespace Outpost::Testing::OutboxTests;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestOutbox : public QObject, OutboxFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { start(); }
    void cleanup() { stop(); }
    void heldForTheUndoWindowThenSent();
    void undoReturnsTheDraftAndSendsNothing();
    void retryableFailuresBackOffUnderOneKey_data();
    void retryableFailuresBackOffUnderOneKey();
    void retryAfterInSecondsAndAsHttpDateIsHonoured();
    void refusalsWaitForTheUser_data();
    void refusalsWaitForTheUser();
    void unauthorizedAfterTheRefreshNeedsSignIn();
    void offlineMailWaitsForTheNetwork();
    void failedConnectsWaitWithoutGivingUp();
    void exhaustedRetriesKeepTheKeyForRetry();
    void oneAtATimeOldestFirst();
    void sendLaterWaitsForItsTime();
    void dueWhileClosedWaitsForConfirmation();
};

void TestOutbox::heldForTheUndoWindowThenSent()
{
    QSignalSpy attempts(outbox.get(), &Outbox::attemptStarted);
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    const QString id = enqueueAndStore(mail(u"Held then sent"_s));
    QVERIFY(!id.isEmpty());
    QCOMPARE(outbox->status(id), Outbox::Status::Held);
    clock->advance(4999ms);
    QCOMPARE(attempts.count(), 0);
    QCOMPARE(outbox->status(id), Outbox::Status::Held);
    clock->advance(1ms);
    QCOMPARE(attempts.count(), 1);
    QVERIFY(sent.wait());
    QCOMPARE(sent.first().first().toString(), id);
    QVERIFY(!sent.first().at(1).value<Receipt>().threadId.isEmpty());
    QCOMPARE(storedCount(u"Held then sent"_s), 1);
    QCOMPARE(outbox->count(), 0);
    const QStringList keys = http->idempotencyKeys(sendPath);
    QCOMPARE(keys.size(), 1);
    QVERIFY(!keys.first().isEmpty());
}

void TestOutbox::undoReturnsTheDraftAndSendsNothing()
{
    QSignalSpy attempts(outbox.get(), &Outbox::attemptStarted);
    DraftRecord draft = mail(u"Undone"_s);
    draft.draft.body = u"Second thoughts"_s;
    const QString id = enqueueAndStore(draft);
    clock->advance(2s);
    QVERIFY(outbox->undo(id));
    QCOMPARE(outbox->count(), 0);
    clock->advance(1h);
    QCOMPARE(attempts.count(), 0);
    QVERIFY2(!outbox->undo(id), "once is enough");
    std::optional<QList<DraftRecord>> drafts;
    store->loadDrafts(this, [&](const StoreResult<QList<DraftRecord>> &r) { drafts = r.value; });
    QTRY_VERIFY(drafts.has_value());
    QCOMPARE(drafts->size(), 1);
    QCOMPARE(drafts->first().draft.body, u"Second thoughts"_s);
    QCOMPARE(sendRequests(), 0);
    // Too late once the undo window is over.
    const QString again = enqueueAndStore(mail(u"Not undone"_s));
    clock->advance(5s);
    QVERIFY(!outbox->undo(again));
}

void TestOutbox::retryableFailuresBackOffUnderOneKey_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<ServiceError::Kind>("kind");
    // Answers that say the request was not carried out. (502, 504 and lost connections leave
    // the outcome unknown: unknownOutcomesAreLookedForBeforeAnyRepeat.)
    QTest::addRow("500") << QJsonObject {{u"status"_s, 500}} << ServiceError::Kind::Server;
    QTest::addRow("503") << QJsonObject {{u"status"_s, 503}} << ServiceError::Kind::Unavailable;
    QTest::addRow("429") << QJsonObject {{u"status"_s, 429}} << ServiceError::Kind::RateLimited;
}

void TestOutbox::retryableFailuresBackOffUnderOneKey()
{
    QFETCH(QJsonObject, fault);
    QFETCH(ServiceError::Kind, kind);
    fault.insert(u"path"_s, sendPath);
    if (!fault.contains(u"times"_s))
        fault.insert(u"times"_s, 2);
    QVERIFY(http->addFault(fault));
    outbox->setUndoDelay(0ms);
    QSignalSpy waiting(outbox.get(), &Outbox::waiting);
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    const QString subject = u"Retried "_s + QString::fromLatin1(QTest::currentDataTag());
    enqueueAndStore(mail(subject));
    // Each failure waits within the policy's bounds, then tries again.
    for (int round = 0; sent.isEmpty(); ++round) {
        QVERIFY2(round < 7, "sent within the faults' budget");
        QVERIFY(QTest::qWaitFor([&] { return waiting.count() > round || !sent.isEmpty(); }));
        if (!sent.isEmpty())
            break;
        const auto args = waiting.at(round);
        const ServiceError error = args.at(3).value<ServiceError>();
        QCOMPARE(error.kind, kind);
        const int next = args.at(1).toInt();
        const qint64 delay = args.at(2).toLongLong();
        // Network failures probe on, their backoff held at the policy's last step.
        const int step = kind == ServiceError::Kind::Network
            ? std::min(next, settings.retry.maxAttempts)
            : next;
        const qint64 ceiling = std::min<qint64>(1000LL << (step - 2), 60000);
        QVERIFY2(delay >= ceiling / 2 && delay <= ceiling,
            qPrintable(u"attempt %1 waits %2 ms"_s.arg(next).arg(delay)));
        clock->advance(std::chrono::milliseconds(delay));
    }
    QCOMPARE(storedCount(subject), 1);
    const QStringList keys = http->idempotencyKeys(sendPath);
    QVERIFY(keys.size() >= 2);
    QCOMPARE(keys.count(keys.first()), keys.size());
}

void TestOutbox::retryAfterInSecondsAndAsHttpDateIsHonoured()
{
    QVERIFY(http->addFault({{u"path"_s, sendPath}, {u"status"_s, 429}, {u"retryAfter"_s, 7}}));
    outbox->setUndoDelay(0ms);
    QSignalSpy attempts(outbox.get(), &Outbox::attemptStarted);
    QSignalSpy waiting(outbox.get(), &Outbox::waiting);
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    const QString id = enqueueAndStore(mail(u"Rate limited"_s));
    QVERIFY(waiting.wait());
    QCOMPARE(waiting.first().at(2).toLongLong(), 7000);
    QCOMPARE(outbox->status(id), Outbox::Status::Waiting);
    clock->advance(6999ms);
    QCOMPARE(attempts.count(), 1);
    clock->advance(1ms);
    QCOMPARE(attempts.count(), 2);
    QVERIFY(sent.wait());

    // An HTTP date, 42 s after the (test) clock's now.
    const QString date
        = QLocale::c().toString(clock->now().addSecs(42), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    QVERIFY(http->addFault({{u"path"_s, sendPath}, {u"status"_s, 503}, {u"retryAfter"_s, date}}));
    enqueueAndStore(mail(u"Unavailable until a date"_s));
    QVERIFY(waiting.wait());
    QCOMPARE(waiting.last().at(2).toLongLong(), 42000);
    clock->advance(41s);
    QCOMPARE(attempts.count(), 3);
    clock->advance(1s);
    QCOMPARE(attempts.count(), 4);
    QVERIFY(sent.wait());
    QCOMPARE(storedCount(u"Unavailable until a date"_s), 1);
}

void TestOutbox::refusalsWaitForTheUser_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ServiceError::Kind>("kind");
    QTest::addRow("400") << 400 << ServiceError::Kind::BadRequest;
    QTest::addRow("403") << 403 << ServiceError::Kind::Forbidden;
    QTest::addRow("404") << 404 << ServiceError::Kind::NotFound;
    QTest::addRow("409") << 409 << ServiceError::Kind::Conflict;
    QTest::addRow("413") << 413 << ServiceError::Kind::TooLarge;
}

void TestOutbox::refusalsWaitForTheUser()
{
    QFETCH(int, status);
    QFETCH(ServiceError::Kind, kind);
    QVERIFY(http->addFault({{u"path"_s, sendPath}, {u"status"_s, status}}));
    outbox->setUndoDelay(0ms);
    QSignalSpy failed(outbox.get(), &Outbox::failed);
    QSignalSpy attempts(outbox.get(), &Outbox::attemptStarted);
    const QString id = enqueueAndStore(mail(u"Refused"_s));
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(1).value<ServiceError>().kind, kind);
    QCOMPARE(outbox->status(id), Outbox::Status::Failed);
    clock->advance(24h);
    QCOMPARE(attempts.count(), 1);
    QCOMPARE(sendRequests(), 1);
    // The draft goes back to the user; a corrected mail is a new send with a new key.
    const QString oldKey = outbox->entry(id)->idempotencyKey;
    std::optional<DraftRecord> back;
    QVERIFY(outbox->takeBack(id, this, [&](const std::optional<DraftRecord> &r) { back = r; }));
    QTRY_VERIFY(back.has_value());
    QCOMPARE(back->draft.subject, u"Refused"_s);
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    const QString again = enqueueAndStore(*back);
    QVERIFY(sent.wait());
    QCOMPARE(sent.first().first().toString(), again);
    const QStringList keys = http->idempotencyKeys(sendPath);
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.first(), oldKey);
    QVERIFY(keys.last() != oldKey);
}

void TestOutbox::unauthorizedAfterTheRefreshNeedsSignIn()
{
    QVERIFY(http->addFault({{u"path"_s, sendPath}, {u"status"_s, 401}, {u"times"_s, -1}}));
    outbox->setUndoDelay(0ms);
    QSignalSpy signIn(client.get(), &PlatformClient::signInRequired);
    QSignalSpy failed(outbox.get(), &Outbox::failed);
    const QString id = enqueueAndStore(mail(u"Signed out"_s));
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(1).value<ServiceError>().kind, ServiceError::Kind::Unauthorized);
    QCOMPARE(signIn.count(), 1);
    QCOMPARE(outbox->status(id), Outbox::Status::Failed);
    QCOMPARE(storedCount(u"Signed out"_s), 0);
}

void TestOutbox::offlineMailWaitsForTheNetwork()
{
    outbox->setUndoDelay(0ms);
    outbox->setOnline(false);
    QSignalSpy attempts(outbox.get(), &Outbox::attemptStarted);
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    const QString id = enqueueAndStore(mail(u"Offline"_s));
    clock->advance(1h);
    QCOMPARE(attempts.count(), 0);
    QCOMPARE(outbox->status(id), Outbox::Status::Offline);
    outbox->setOnline(true);
    QCOMPARE(attempts.count(), 1);
    QVERIFY(sent.wait());
    QCOMPARE(storedCount(u"Offline"_s), 1);
}

void TestOutbox::failedConnectsWaitWithoutGivingUp()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    client->setSession(Session {QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"t"_s, {}, {}});
    outbox->setUndoDelay(0ms);
    QSignalSpy waiting(outbox.get(), &Outbox::waiting);
    QSignalSpy failed(outbox.get(), &Outbox::failed);
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    const QString id = enqueueAndStore(mail(u"Nobody listens"_s));
    // Twice the policy's attempts, and still waiting: offline is not a reason to give up.
    for (int i = 0; i < 2 * settings.retry.maxAttempts; ++i) {
        QVERIFY(QTest::qWaitFor([&] { return waiting.count() > i; }));
        QCOMPARE(waiting.at(i).at(3).value<ServiceError>().kind, ServiceError::Kind::Network);
        QVERIFY(waiting.at(i).at(2).toLongLong() <= 60000);
        QCOMPARE(outbox->status(id), Outbox::Status::Offline);
        if (i + 1 < 2 * settings.retry.maxAttempts)
            clock->advance(std::chrono::milliseconds(waiting.at(i).at(2).toLongLong()));
    }
    QCOMPARE(failed.count(), 0);
    // The network is back: the next probe goes through.
    client->setSession(Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    clock->advance(60s);
    QVERIFY(sent.wait());
    QCOMPARE(storedCount(u"Nobody listens"_s), 1);
}

void TestOutbox::exhaustedRetriesKeepTheKeyForRetry()
{
    const int fault = http->addFault({{u"path"_s, sendPath}, {u"status"_s, 500}, {u"times"_s, -1}});
    QVERIFY(fault);
    outbox->setUndoDelay(0ms);
    QSignalSpy waiting(outbox.get(), &Outbox::waiting);
    QSignalSpy failed(outbox.get(), &Outbox::failed);
    const QString id = enqueueAndStore(mail(u"Server down"_s));
    while (failed.isEmpty()) {
        QVERIFY(QTest::qWaitFor([&] { return !waiting.isEmpty() || !failed.isEmpty(); }));
        if (!waiting.isEmpty())
            clock->advance(std::chrono::milliseconds(waiting.takeFirst().at(2).toLongLong()));
    }
    QCOMPARE(sendRequests(), settings.retry.maxAttempts);
    QCOMPARE(outbox->status(id), Outbox::Status::Failed);
    QVERIFY(http->del(u"/_sandbox/faults"_s).status == 200);
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    outbox->retry(id);
    QVERIFY(sent.wait());
    const QStringList keys = http->idempotencyKeys(sendPath);
    QCOMPARE(keys.count(keys.first()), keys.size());
    QCOMPARE(storedCount(u"Server down"_s), 1);
}

void TestOutbox::oneAtATimeOldestFirst()
{
    outbox->setUndoDelay(0ms);
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    QStringList ids;
    for (int i = 1; i <= 4; ++i)
        ids += outbox->enqueue(mail(u"Order %1"_s.arg(i)));
    QTRY_COMPARE(sent.count(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(sent.at(i).first().toString(), ids.at(i));
    const QJsonArray requests = http->recorded(sendPath);
    for (int i = 0; i < 4; ++i)
        QVERIFY(requests.at(i).toObject().value(u"body"_s).toString().contains(
            u"Order %1"_s.arg(i + 1)));
}

void TestOutbox::sendLaterWaitsForItsTime()
{
    QSignalSpy attempts(outbox.get(), &Outbox::attemptStarted);
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    const QString id = enqueueAndStore(mail(u"Tomorrow"_s), clock->now().addSecs(3600));
    QCOMPARE(outbox->status(id), Outbox::Status::Scheduled);
    clock->advance(59min);
    QCOMPARE(attempts.count(), 0);
    clock->advance(1min);
    QCOMPARE(attempts.count(), 1);
    QVERIFY(sent.wait());
    QCOMPARE(storedCount(u"Tomorrow"_s), 1);
}

void TestOutbox::dueWhileClosedWaitsForConfirmation()
{
    const QString id = enqueueAndStore(mail(u"Due while closed"_s), clock->now().addSecs(3600));
    stopOutbox();
    clock->advance(2h);
    store = std::make_unique<LocalStore>();
    store->open(dir->filePath(u"outpost.sqlite"_s));
    outbox = std::make_unique<Outbox>(
        store.get(), submission.get(), clock.get(), settings, random.get());
    QSignalSpy due(outbox.get(), &Outbox::dueWhileClosed);
    QSignalSpy attempts(outbox.get(), &Outbox::attemptStarted);
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    outbox->start();
    QVERIFY(due.wait());
    const auto entries = due.first().first().value<QList<OutboxEntry>>();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, id);
    QCOMPARE(outbox->status(id), Outbox::Status::AwaitingConfirmation);
    clock->advance(1h);
    QCOMPARE(attempts.count(), 0);
    outbox->sendNow(id); // the user said yes
    QCOMPARE(attempts.count(), 1);
    QVERIFY(sent.wait());
    QCOMPARE(storedCount(u"Due while closed"_s), 1);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"

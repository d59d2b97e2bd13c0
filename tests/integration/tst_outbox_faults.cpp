// SPDX-License-Identifier: GPL-3.0-or-later
// Many sends to a sandbox that ignores Idempotency-Key, as a real instance must be assumed to,
// while it drops 20 % of the send connections before processing them and 20 % after: every
// mail is stored exactly once, none is lost, and each receipt is the message the mail became.
// Only the outbox's lookups stand between a lost answer and a second mail.
// CI sends 60 to keep the suite quick; OUTPOST_FAULT_SENDS sets the number (the closing
// note's full run: OUTPOST_FAULT_SENDS=1000).
#include "mail/SystemClock.h"
#include "platform/PlatformClient.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/FaultRun.h"
#include "tests/support/SandboxTestClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Outpost::Testing; // FaultRun, StoredMails, verifyExactlyOnce

class TestOutboxFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMailExactlyOnceThroughDroppedConnections();
};

void TestOutboxFaults::everyMailExactlyOnceThroughDroppedConnections()
{
    const int count = FaultRun::sends(60);
    const auto sandbox = startSandbox();
    QVERIFY(sandbox);
    SandboxTestClient http(sandbox->url(), sandbox->demoToken());
    const QString sendPath = u"/api/email/messages/send"_s;
    QCOMPARE(http.post(u"/_sandbox/faults"_s, {{u"ignoreIdempotencyKey"_s, true}}).status, 200);
    FaultRun run(http, sendPath);
    QVERIFY(run.dropConnections(11, 12));

    QNetworkAccessManager network;
    PlatformClient client(&network, Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    PlatformSubmission submission(&client);
    FaultOutbox box(&submission, {5ms, 20ms});
    LocalStore &store = box.store;
    Outbox &outbox = *box.outbox;
    QSignalSpy failed(&outbox, &Outbox::failed);
    QSignalSpy sent(&outbox, &Outbox::sent);
    QSignalSpy waiting(&outbox, &Outbox::waiting);
    QSignalSpy checking(&outbox, &Outbox::checking);
    QSignalSpy unknown(&outbox, &Outbox::outcomeUnknown);
    outbox.start();

    QElapsedTimer timer;
    timer.start();
    QHash<QString, QString> subjectOf; // entry id → subject
    for (int i = 0; i < count; ++i) {
        DraftRecord r;
        r.id = u"fault-draft-%1"_s.arg(i);
        r.draft.from = u"dana@acme.example"_s;
        r.draft.to = {{{}, u"jamie.lee@example.com"_s}};
        r.draft.subject = u"fault-%1"_s.arg(i);
        r.draft.body = u"Mail number %1 through a lossy network."_s.arg(i);
        subjectOf.insert(outbox.enqueue(r), r.draft.subject);
    }
    QVERIFY(run.waitForAll(sent, failed, count, 50)); // lookups fill the record too
    QCOMPARE(failed.count(), 0);
    QCOMPARE(unknown.count(), 0);

    // Exactly once each, nothing else.
    StoredMails stored;
    for (const QJsonValue &v : http.allMessages()) {
        const QString subject
            = v.toObject().value(u"emailMetadata").toObject().value(u"subject").toString();
        if (subject.startsWith(u"fault-"))
            stored.add(subject, v.toObject().value(u"_id"_s).toString());
    }
    qInfo().noquote() << stored.summary(count);
    verifyExactlyOnce(this, stored, count, outbox, sent, subjectOf, store);
    if (QTest::currentTestFailed())
        return;

    const int before = run.dropped(u"before"_s);
    const int after = run.dropped(u"after"_s);
    qInfo().noquote() << u"%1 sends in %2 ms: %3 requests, %4 dropped before and %5 after "
                         "processing, %6 lookups scheduled, %7 backoff waits"_s.arg(count)
                             .arg(timer.elapsed())
                             .arg(run.requests())
                             .arg(before)
                             .arg(after)
                             .arg(checking.count())
                             .arg(waiting.count());
    run.verifyBothDropsHappened(count);
}

QTEST_GUILESS_MAIN(TestOutboxFaults)
#include "tst_outbox_faults.moc"

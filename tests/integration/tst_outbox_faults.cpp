// SPDX-License-Identifier: GPL-3.0-or-later
// Many sends to a sandbox that ignores Idempotency-Key, as a real instance must be assumed to,
// while it drops 20 % of the send connections before processing them and 20 % after: every
// mail is stored exactly once, none is lost, and each receipt is the message the mail became.
// Only the outbox's lookups stand between a lost answer and a second mail.
// CI sends 60 to keep the suite quick; OUTPOST_FAULT_SENDS sets the number (the closing
// note's full run: OUTPOST_FAULT_SENDS=1000).
#include "platform/PlatformClient.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "submit/SystemClock.h"
#include "tests/support/SandboxTestClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestOutboxFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMailExactlyOnceThroughDroppedConnections();
};

void TestOutboxFaults::everyMailExactlyOnceThroughDroppedConnections()
{
    const int count = qEnvironmentVariableIsSet("OUTPOST_FAULT_SENDS")
        ? qEnvironmentVariableIntValue("OUTPOST_FAULT_SENDS")
        : 60;
    const auto sandbox = startSandbox();
    QVERIFY(sandbox);
    SandboxTestClient http(sandbox->url(), sandbox->demoToken());
    const QString sendPath = u"/api/email/messages/send"_s;
    QCOMPARE(http.post(u"/_sandbox/faults"_s, {{u"ignoreIdempotencyKey"_s, true}}).status, 200);
    // 20% dropped before processing, then 20% of all (1/4 of the rest) after: 40% in all.
    QVERIFY(http.addFault({{u"path"_s, sendPath}, {u"drop"_s, u"before"_s}, {u"probability"_s, 0.2},
        {u"seed"_s, 11}, {u"times"_s, -1}}));
    QVERIFY(http.addFault({{u"path"_s, sendPath}, {u"drop"_s, u"after"_s}, {u"probability"_s, 0.25},
        {u"seed"_s, 12}, {u"times"_s, -1}}));

    QNetworkAccessManager network;
    PlatformClient client(&network, Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    PlatformSubmission submission(&client);
    QTemporaryDir dir;
    LocalStore store;
    store.open(dir.filePath(u"outpost.sqlite"_s));
    SystemClock clock;
    OutboxSettings settings;
    settings.undoDelay = 0ms;
    settings.retry = RetryPolicy {5ms, 50ms, 10};
    settings.checkDelays = {5ms, 20ms};
    Outbox outbox(&store, &submission, &clock, settings);
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
    // The sandbox keeps its last 1000 requests (lookups too): read them every 50 sends, by id.
    QMap<int, QString> outcomes;
    auto tally = [&] {
        for (const QJsonValue &v : http.recorded(sendPath)) {
            const QJsonObject r = v.toObject();
            outcomes.insert(r.value(u"id"_s).toInt(), r.value(u"outcome"_s).toString());
        }
    };
    while (sent.count() + failed.count() < count) {
        const qsizetype target = std::min<qsizetype>(count, sent.count() + failed.count() + 50);
        QTRY_VERIFY_WITH_TIMEOUT(sent.count() + failed.count() >= target, 120000);
        tally();
    }
    QCOMPARE(failed.count(), 0);
    QCOMPARE(unknown.count(), 0);

    // Exactly once each, nothing else.
    QHash<QString, int> stored;
    QHash<QString, QString> messageIdOf; // subject → the stored message's _id
    for (const QJsonValue &v : http.allMessages()) {
        const QString subject
            = v.toObject().value(u"emailMetadata").toObject().value(u"subject").toString();
        if (subject.startsWith(u"fault-")) {
            ++stored[subject];
            messageIdOf.insert(subject, v.toObject().value(u"_id"_s).toString());
        }
    }
    int duplicates = 0;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        duplicates += it.value() - 1;
    const int lost = count - int(stored.size());
    qInfo().noquote() << u"%1 mails started, %2 stored, %3 duplicates, %4 lost"_s.arg(count)
                             .arg(stored.size())
                             .arg(duplicates)
                             .arg(lost);
    QCOMPARE(stored.size(), count);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key() + u" stored %1 times"_s.arg(it.value())));
    QCOMPARE(outbox.count(), 0);
    // Truthful: every mail reported sent is stored, and its receipt is that very message.
    QCOMPARE(int(sent.count()), count);
    for (const QList<QVariant> &args : std::as_const(sent)) {
        const QString subject = subjectOf.value(args.at(0).toString());
        QCOMPARE(args.at(1).value<Receipt>().messageId, messageIdOf.value(subject));
    }
    QVERIFY(store.flush());
    std::optional<QList<OutboxEntry>> left;
    store.loadOutbox({}, this, [&](const StoreResult<QList<OutboxEntry>> &r) { left = r.value; });
    QTRY_VERIFY(left.has_value());
    QVERIFY2(left->isEmpty(), "every entry is recorded as sent");

    // The faults did happen, both kinds; every drop after processing was found by a lookup,
    // so the only sends repeated are those dropped before processing.
    int before = 0;
    int after = 0;
    for (const QString &outcome : std::as_const(outcomes)) {
        before += outcome == u"dropped-before";
        after += outcome == u"dropped-after";
    }
    qInfo().noquote() << u"%1 sends in %2 ms: %3 requests, %4 dropped before and %5 after "
                         "processing, %6 lookups scheduled, %7 backoff waits"_s.arg(count)
                             .arg(timer.elapsed())
                             .arg(outcomes.size())
                             .arg(before)
                             .arg(after)
                             .arg(checking.count())
                             .arg(waiting.count());
    QVERIFY(before > 0);
    QVERIFY(after > 0);
    QCOMPARE(int(outcomes.size()), count + before);
}

QTEST_GUILESS_MAIN(TestOutboxFaults)
#include "tst_outbox_faults.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A message found by a lookup belongs to one outbox entry, also after a restart: the receipts
// entries took are in the store (claimed_receipts), not only in memory. Two identical mails on
// a platform that ignores Idempotency-Key: the first never reached the server and its lookup
// could not be made ("may have been sent"); the second was stored, its answer lost, found by
// its lookup. Outpost restarts; the first is looked for again. The second's message looks
// exactly like it and was stored after the first's attempt began: only the stored claim keeps
// the first from taking it (and from being reported sent while it is lost).
#include "mail/SystemClock.h"
#include "platform/PlatformClient.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/SandboxTestClient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestOutboxClaims : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aFoundMessageIsNeverTwoEntriesReceiptsAfterARestart();
};

void TestOutboxClaims::aFoundMessageIsNeverTwoEntriesReceiptsAfterARestart()
{
    const auto sandbox = startSandbox();
    QVERIFY(sandbox);
    SandboxTestClient http(sandbox->url(), sandbox->demoToken());
    const QString sendPath = u"/api/email/messages/send"_s;
    QCOMPARE(http.post(u"/_sandbox/faults"_s, {{u"ignoreIdempotencyKey"_s, true}}).status, 200);
    QNetworkAccessManager network;
    PlatformClient client(&network, Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    PlatformSubmission submission(&client);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"outpost.sqlite"_s);
    SystemClock clock;
    OutboxSettings settings;
    settings.undoDelay = 0ms;
    settings.retry = RetryPolicy {5ms, 50ms, 3};
    settings.checkDelays = {5ms, 20ms};
    const QString subject = u"Same twice"_s;
    auto mail = [&](const QString &draftId) {
        DraftRecord r;
        r.id = draftId;
        r.draft.from = u"dana@acme.example"_s;
        r.draft.to = {{{}, u"jamie.lee@example.com"_s}};
        r.draft.subject = subject;
        r.draft.body = u"The very same words."_s;
        return r;
    };
    auto storedCount = [&] {
        int n = 0;
        for (const QJsonValue &v : http.allMessages())
            n += v.toObject().value(u"emailMetadata").toObject().value(u"subject").toString()
                == subject;
        return n;
    };

    QString first;
    QString secondReceipt;
    {
        LocalStore store;
        store.open(file);
        Outbox outbox(&store, &submission, &clock, settings);
        QSignalSpy unknown(&outbox, &Outbox::outcomeUnknown);
        QSignalSpy sent(&outbox, &Outbox::sent);
        outbox.start();
        // The first: lost before the server saw it, and the lookup refused.
        QVERIFY(http.addFault({{u"path"_s, sendPath}, {u"drop"_s, u"before"_s}}));
        const int refused = http.addFault(
            {{u"path"_s, u"/api/contacts"_s}, {u"status"_s, 403}, {u"times"_s, -1}});
        QVERIFY(refused);
        first = outbox.enqueue(mail(u"claims-draft-1"_s));
        QVERIFY(unknown.wait());
        QCOMPARE(outbox.status(first), Outbox::Status::MayHaveBeenSent);
        QCOMPARE(storedCount(), 0);
        // The second, the same words: stored, its answer lost, found by its lookup.
        QCOMPARE(http.del(u"/_sandbox/faults"_s).status, 200);
        QVERIFY(http.addFault({{u"path"_s, sendPath}, {u"drop"_s, u"after"_s}}));
        const QString second = outbox.enqueue(mail(u"claims-draft-2"_s));
        QVERIFY(sent.wait());
        QCOMPARE(sent.first().at(0).toString(), second);
        secondReceipt = sent.first().at(1).value<Receipt>().messageId;
        QVERIFY(!secondReceipt.isEmpty());
        QCOMPARE(storedCount(), 1);
        QVERIFY(store.flush());
    } // Outpost stops: what it knew in memory is gone.

    LocalStore store;
    store.open(file);
    Outbox outbox(&store, &submission, &clock, settings);
    QSignalSpy ready(&outbox, &Outbox::ready);
    QSignalSpy sent(&outbox, &Outbox::sent);
    QSignalSpy failed(&outbox, &Outbox::failed);
    outbox.start();
    QVERIFY(ready.wait());
    QCOMPARE(outbox.status(first), Outbox::Status::MayHaveBeenSent);
    // Checked again: the second's message is not the first's. Not found: the first goes now.
    outbox.retry(first);
    QVERIFY(sent.wait());
    QCOMPARE(failed.count(), 0);
    const Receipt receipt = sent.first().at(1).value<Receipt>();
    QCOMPARE(sent.first().at(0).toString(), first);
    QVERIFY(!receipt.messageId.isEmpty());
    QVERIFY2(receipt.messageId != secondReceipt, "one stored message, two entries' receipt");
    QCOMPARE(storedCount(), 2); // each mail once: nothing lost, nothing twice
}

QTEST_GUILESS_MAIN(TestOutboxClaims)
#include "tst_outbox_claims.moc"

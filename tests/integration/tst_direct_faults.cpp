// SPDX-License-Identifier: GPL-3.0-or-later
// Many sends through the sandbox's Gmail and Graph, neither of which has an idempotency key,
// while 20 % of the send connections drop before the service processed them and 20 % after:
// every mail is stored exactly once, none is lost, and each receipt is the message the mail
// became. The services are played late, as they may be: Gmail's search finds a sent message
// only a moment after the send, Graph's Sent Items copy shows a moment after the 202, so a
// lookup right after a lost answer finds nothing and only the outbox's second, later lookup
// (OutboxSettings::checkDelays) tells the truth. CI sends 20 per service to stay quick;
// OUTPOST_FAULT_SENDS sets the number (the closing note's full run: OUTPOST_FAULT_SENDS=1000).
// "Graph, copy rewritten" plays a tenant whose Sent Items copy keeps neither the
// internetMessageId Outpost wrote nor the body as sent (SandboxOptions::graphRewritesSentCopy):
// the lookups then find each mail by what it says, attachments included.
#include "mail/SystemClock.h"
#include "providers/AccessTokenSource.h"
#include "providers/gmail/GmailSubmission.h"
#include "providers/outlook/GraphSubmission.h"
#include "sandbox/SandboxServer.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "tests/support/FaultRun.h"
#include "tests/support/SandboxTestClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Outpost::Testing; // FaultRun, StoredMails, verifyExactlyOnce

namespace {
struct DirectRoute
{
    Provider provider;
    QString mailbox;
    QString sendPath; // the request that stores the mail
    QString name; // for /_sandbox/provider-messages
};

DirectRoute routeFor(Provider provider)
{
    if (provider == Provider::Gmail)
        return {provider, u"dana.direct@gmail.example"_s,
            u"/gmail-api/upload/gmail/v1/users/me/messages/send"_s, u"gmail"_s};
    return {provider, u"dana.direct@outlook.example"_s, u"/graph/v1.0/me/sendMail"_s, u"outlook"_s};
}
} // namespace

class TestDirectFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMailExactlyOnceThroughDroppedConnections_data();
    void everyMailExactlyOnceThroughDroppedConnections();
};

void TestDirectFaults::everyMailExactlyOnceThroughDroppedConnections_data()
{
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<bool>("rewritten");
    QTest::addRow("Gmail") << Provider::Gmail << false;
    QTest::addRow("Graph") << Provider::Outlook << false;
    QTest::addRow("Graph, copy rewritten") << Provider::Outlook << true;
}

void TestDirectFaults::everyMailExactlyOnceThroughDroppedConnections()
{
    QFETCH(Provider, provider);
    QFETCH(bool, rewritten);
    const DirectRoute route = routeFor(provider);
    const int count = FaultRun::sends(20);
    Sandbox::SandboxOptions options = testOptions();
    options.gmailSearchDelayMs = 150; // Gmail's search, late
    options.graphSentCopyDelayMs = 300; // Graph's Sent Items copy, late (the default)
    options.graphRewritesSentCopy = rewritten;
    const auto sandbox = startSandbox(options);
    QVERIFY(sandbox);
    SandboxTestClient http(sandbox->url(), sandbox->demoToken());
    FaultRun run(http, route.sendPath);
    QVERIFY(run.dropConnections(21, 22));

    QNetworkAccessManager network;
    StaticTokenSource token(sandbox->demoProviderToken(provider));
    const DirectMailbox mailbox {provider, route.mailbox, {},
        provider == Provider::Gmail ? sandbox->gmailBaseUrl() : sandbox->graphBaseUrl()};
    std::unique_ptr<Submission> submission;
    if (provider == Provider::Gmail)
        submission = std::make_unique<GmailSubmission>(&network, &token, mailbox);
    else
        submission = std::make_unique<GraphSubmission>(&network, &token, mailbox);
    // The first lookup comes before the service shows the mail; the second after it.
    FaultOutbox box(submission.get(), {20ms, 450ms});
    LocalStore &store = box.store;
    Outbox &outbox = *box.outbox;
    QSignalSpy failed(&outbox, &Outbox::failed);
    QSignalSpy sent(&outbox, &Outbox::sent);
    QSignalSpy checking(&outbox, &Outbox::checking);
    QSignalSpy unknown(&outbox, &Outbox::outcomeUnknown);
    outbox.start();

    QElapsedTimer timer;
    timer.start();
    QHash<QString, QString> subjectOf; // entry id → subject
    const QString tag = route.name + u"-fault-"_s;
    QTemporaryDir files;
    for (int i = 0; i < count; ++i) {
        DraftRecord r;
        r.id = u"direct-fault-draft-%1"_s.arg(i);
        r.draft.from = route.mailbox;
        r.draft.to = {{{}, u"jamie.lee@example.com"_s}};
        r.draft.subject = tag + QString::number(i);
        r.draft.body = u"Mail number %1 through a lossy network.\nSecond line."_s.arg(i);
        if (rewritten && i % 4 == 0) {
            // Every fourth with a file: the fallback compares the attachments' names too.
            Attachment a;
            a.filename = u"note-%1.txt"_s.arg(i);
            a.localPath = files.filePath(a.filename);
            QFile file(a.localPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("A small attachment.\n");
            file.close();
            a.size = file.size();
            a.contentType = u"text/plain"_s;
            r.draft.attachments += a;
        }
        subjectOf.insert(outbox.enqueue(r), r.draft.subject);
    }
    QVERIFY(run.waitForAll(sent, failed, count, 25));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(unknown.count(), 0);

    // Exactly once each, nothing else.
    StoredMails stored;
    const QJsonArray messages = http.get(u"/_sandbox/provider-messages?provider="_s + route.name)
                                    .json()
                                    .value(u"messages"_s)
                                    .toArray();
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        const QString subject = provider == Provider::Gmail
            ? m.value(u"subject"_s).toString()
            : m.value(u"message"_s).toObject().value(u"subject"_s).toString();
        if (subject.startsWith(tag))
            stored.add(subject, m.value(u"id"_s).toString());
    }
    if (rewritten) {
        // The stand-in did rewrite them: no stored copy carries an id Outpost derived.
        for (const QJsonValue &v : messages) {
            const QJsonObject m = v.toObject().value(u"message"_s).toObject();
            if (m.value(u"subject"_s).toString().startsWith(tag))
                QVERIFY(m.value(u"internetMessageId"_s).toString().startsWith(u"<SBXR"_s));
        }
    }
    qInfo().noquote() << route.name + u": "_s + stored.summary(count);
    verifyExactlyOnce(this, stored, count, outbox, sent, subjectOf, store);
    if (QTest::currentTestFailed())
        return;

    // Every drop after processing was found by the second lookup (the first came before the
    // service showed the mail).
    const int before = run.dropped(u"before"_s);
    const int after = run.dropped(u"after"_s);
    qInfo().noquote() << u"%1: %2 sends in %3 ms: %4 send requests, %5 dropped before and %6 "
                         "after processing, %7 lookups scheduled"_s.arg(route.name)
                             .arg(count)
                             .arg(timer.elapsed())
                             .arg(run.requests())
                             .arg(before)
                             .arg(after)
                             .arg(checking.count());
    run.verifyBothDropsHappened(count);
    if (QTest::currentTestFailed())
        return;
    // Each lost answer was looked for before anything else happened to its mail: twice when
    // the first look came before the service showed the mail (or it was never stored), once
    // when the machine was slow enough that the first look found it.
    QVERIFY2(checking.count() >= before + after && checking.count() <= 2 * (before + after),
        qPrintable(u"%1 lookups scheduled for %2 lost answers"_s.arg(checking.count())
                       .arg(before + after)));
}

QTEST_GUILESS_MAIN(TestDirectFaults)
#include "tst_direct_faults.moc"

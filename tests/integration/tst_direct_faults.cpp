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
#include "providers/AccessTokenSource.h"
#include "providers/gmail/GmailSubmission.h"
#include "providers/outlook/GraphSubmission.h"
#include "sandbox/SandboxServer.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/SystemClock.h"
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

namespace {
struct Route
{
    Provider provider;
    QString mailbox;
    QString sendPath; // the request that stores the mail
    QString name; // for /_sandbox/provider-messages
};

Route routeFor(Provider provider)
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
    const Route route = routeFor(provider);
    const int count = qEnvironmentVariableIsSet("OUTPOST_FAULT_SENDS")
        ? qEnvironmentVariableIntValue("OUTPOST_FAULT_SENDS")
        : 20;
    Sandbox::SandboxOptions options = testOptions();
    options.gmailSearchDelayMs = 150; // Gmail's search, late
    options.graphSentCopyDelayMs = 300; // Graph's Sent Items copy, late (the default)
    options.graphRewritesSentCopy = rewritten;
    const auto sandbox = startSandbox(options);
    QVERIFY(sandbox);
    SandboxTestClient http(sandbox->url(), sandbox->demoToken());
    // 20 % dropped before processing, then 20 % of all (1/4 of the rest) after: 40 % in all.
    QVERIFY(http.addFault({{u"path"_s, route.sendPath}, {u"drop"_s, u"before"_s},
        {u"probability"_s, 0.2}, {u"seed"_s, 21}, {u"times"_s, -1}}));
    QVERIFY(http.addFault({{u"path"_s, route.sendPath}, {u"drop"_s, u"after"_s},
        {u"probability"_s, 0.25}, {u"seed"_s, 22}, {u"times"_s, -1}}));

    QNetworkAccessManager network;
    StaticTokenSource token(sandbox->demoProviderToken(provider));
    const DirectMailbox mailbox {provider, route.mailbox, {},
        provider == Provider::Gmail ? sandbox->gmailBaseUrl() : sandbox->graphBaseUrl()};
    std::unique_ptr<Submission> submission;
    if (provider == Provider::Gmail)
        submission = std::make_unique<GmailSubmission>(&network, &token, mailbox);
    else
        submission = std::make_unique<GraphSubmission>(&network, &token, mailbox);
    QTemporaryDir dir;
    LocalStore store;
    store.open(dir.filePath(u"outpost.sqlite"_s));
    SystemClock clock;
    OutboxSettings settings;
    settings.undoDelay = 0ms;
    settings.retry = RetryPolicy {5ms, 50ms, 10};
    // The first lookup comes before the service shows the mail; the second after it.
    settings.checkDelays = {20ms, 450ms};
    Outbox outbox(&store, submission.get(), &clock, settings);
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
    // The sandbox keeps its last 1000 requests: read them every 25 sends, by id.
    QMap<int, QString> outcomes;
    auto tally = [&] {
        for (const QJsonValue &v : http.recorded(route.sendPath)) {
            const QJsonObject r = v.toObject();
            outcomes.insert(r.value(u"id"_s).toInt(), r.value(u"outcome"_s).toString());
        }
    };
    while (sent.count() + failed.count() < count) {
        const qsizetype target = std::min<qsizetype>(count, sent.count() + failed.count() + 25);
        QTRY_VERIFY_WITH_TIMEOUT(sent.count() + failed.count() >= target, 120000);
        tally();
    }
    QCOMPARE(failed.count(), 0);
    QCOMPARE(unknown.count(), 0);

    // Exactly once each, nothing else.
    QHash<QString, int> stored;
    QHash<QString, QString> messageIdOf; // subject → the stored message's id
    const QJsonArray messages = http.get(u"/_sandbox/provider-messages?provider="_s + route.name)
                                    .json()
                                    .value(u"messages"_s)
                                    .toArray();
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        const QString subject = provider == Provider::Gmail
            ? m.value(u"subject"_s).toString()
            : m.value(u"message"_s).toObject().value(u"subject"_s).toString();
        if (subject.startsWith(tag)) {
            ++stored[subject];
            messageIdOf.insert(subject, m.value(u"id"_s).toString());
        }
    }
    int duplicates = 0;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        duplicates += it.value() - 1;
    if (rewritten) {
        // The stand-in did rewrite them: no stored copy carries an id Outpost derived.
        for (const QJsonValue &v : messages) {
            const QJsonObject m = v.toObject().value(u"message"_s).toObject();
            if (m.value(u"subject"_s).toString().startsWith(tag))
                QVERIFY(m.value(u"internetMessageId"_s).toString().startsWith(u"<SBXR"_s));
        }
    }
    qInfo().noquote() << u"%1: %2 mails started, %3 stored, %4 duplicates, %5 lost"_s
                             .arg(route.name)
                             .arg(count)
                             .arg(stored.size())
                             .arg(duplicates)
                             .arg(count - stored.size());
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

    // The faults did happen, both kinds; every drop after processing was found by a lookup
    // (the second one: the first came before the service showed the mail), so the only sends
    // repeated are those dropped before processing.
    int before = 0;
    int after = 0;
    for (const QString &outcome : std::as_const(outcomes)) {
        before += outcome == u"dropped-before";
        after += outcome == u"dropped-after";
    }
    qInfo().noquote() << u"%1: %2 sends in %3 ms: %4 send requests, %5 dropped before and %6 "
                         "after processing, %7 lookups scheduled"_s.arg(route.name)
                             .arg(count)
                             .arg(timer.elapsed())
                             .arg(outcomes.size())
                             .arg(before)
                             .arg(after)
                             .arg(checking.count());
    QVERIFY(before > 0);
    QVERIFY(after > 0);
    QCOMPARE(int(outcomes.size()), count + before);
    // Each lost answer was looked for before anything else happened to its mail: twice when
    // the first look came before the service showed the mail (or it was never stored), once
    // when the machine was slow enough that the first look found it.
    QVERIFY2(checking.count() >= before + after && checking.count() <= 2 * (before + after),
        qPrintable(u"%1 lookups scheduled for %2 lost answers"_s.arg(checking.count())
                       .arg(before + after)));
}

QTEST_GUILESS_MAIN(TestDirectFaults)
#include "tst_direct_faults.moc"

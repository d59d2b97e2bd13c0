// SPDX-License-Identifier: GPL-3.0-or-later
// The kill test: Outpost's real windows, store and outbox (killtest_driver) type and send
// against `outpost sandbox --faults` in another process, and are SIGKILLed at random moments,
// round after round, restarting each time. After every kill the store holds every draft with
// at most its last 2 s of typing missing; at the end every mail whose send was started is in
// the sandbox exactly once. OUTPOST_KILL_ROUNDS sets the rounds (the closing note's full run:
// 200, with QTEST_FUNCTION_TIMEOUT raised past QtTest's 5 minutes); OUTPOST_KILL_SEED the
// randomness.
#include "store/LocalStore.h"
#include "tests/integration/KillTestText.h"
#include "tests/support/SandboxTestClient.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

using namespace Outpost;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;

namespace {
// Children die with the test, even when it is aborted.
void dieWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

struct Typed
{
    qint64 ms = 0;
    qsizetype length = 0;
};

// What the driver said about one draft, across every round.
struct DraftLog
{
    QList<Typed> typed; // this round's lengths, as typed (restores start the round)
    qsizetype floor = 0; // what the store held at the last check: it only grows
    qsizetype sendLength = -1; // Send was clicked with this body
    bool queued = false; // the outbox had it on disk
    bool everStored = false; // a check after a kill found it in the store
};

struct StoreView
{
    QHash<QString, QString> drafts; // editable drafts: id → body
    QHash<QString, QString> outbox; // unsent entries: draft id → body
};
} // namespace

class TestOutboxKill : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedBetweenAnUnknownOutcomeAndItsLookup();
    void killedBetweenAnUnknownOutcomeAndItsLookupDirect_data();
    void killedBetweenAnUnknownOutcomeAndItsLookupDirect();
    void killedAtRandomMomentsLosesNothingAndSendsOnce();

private:
    QByteArray runDriver(const QStringList &extra, int killAfterMs, qint64 *killedAt);
    void absorb(const QByteArray &output, int round);
    StoreView readStore();
    void checkDrafts(qint64 killedAt, const StoreView &view, bool finalCheck);
    QHash<QString, int> sentInSandbox(QHash<QString, QString> *bodies = nullptr);

    QProcess sandbox;
    QTemporaryDir dir;
    QUrl url;
    QString token;
    QString driver;
    QHash<QString, DraftLog> log;
    QSet<QString> reopened; // drafts the last start-up put back in a window
    int restoredRounds = 0;
    int kills = 0;
    int draftChecks = 0; // drafts checked against the store, summed over the rounds
    qint64 maxLostMs = 0; // the oldest keystroke a kill took, before the kill
    qsizetype maxLostChars = 0;
};

void TestOutboxKill::initTestCase()
{
    driver = QStringLiteral(OUTPOST_KILLTEST_DRIVER);
    const QString outpost = qEnvironmentVariable("OUTPOST_BINARY");
    QVERIFY2(!outpost.isEmpty(), "OUTPOST_BINARY names the outpost executable");
    dieWithParent(sandbox);
    // A platform that ignores Idempotency-Key, as a real instance must be assumed to: only the
    // outbox's lookups keep a lost answer from becoming a second mail.
    sandbox.start(outpost,
        {u"sandbox"_s, u"--faults"_s, u"--ignore-idempotency-key"_s, u"--json"_s, u"--data"_s,
            dir.filePath(u"sandbox"_s)});
    QVERIFY(sandbox.waitForStarted());
    QVERIFY(sandbox.waitForReadyRead(20000));
    const QJsonObject line = QJsonDocument::fromJson(sandbox.readLine()).object();
    url = QUrl(line.value(u"url"_s).toString());
    token = line.value(u"token"_s).toString();
    QVERIFY(url.isValid());
    SandboxTestClient http(url, token);
    // A slow server widens the window between a request and its answer; a lost answer after
    // processing makes the client repeat what the server already has.
    const QString path = u"/api/email/messages/send"_s;
    QVERIFY(http.addFault({{u"path"_s, path}, {u"delayMs"_s, 250}, {u"probability"_s, 0.3},
        {u"seed"_s, 5}, {u"times"_s, -1}}));
    QVERIFY(http.addFault({{u"path"_s, path}, {u"drop"_s, u"after"_s}, {u"probability"_s, 0.15},
        {u"seed"_s, 6}, {u"times"_s, -1}}));
}

void TestOutboxKill::cleanupTestCase()
{
    sandbox.terminate();
    sandbox.waitForFinished();
}

void TestOutboxKill::killedBetweenAnUnknownOutcomeAndItsLookup()
{
    // Its own sandbox (the key ignored, every send's answer lost after it was stored) and its
    // own store.
    QTemporaryDir own;
    QProcess server;
    dieWithParent(server);
    server.start(qEnvironmentVariable("OUTPOST_BINARY"),
        {u"sandbox"_s, u"--faults"_s, u"--ignore-idempotency-key"_s, u"--json"_s, u"--data"_s,
            own.filePath(u"sandbox"_s)});
    QVERIFY(server.waitForStarted());
    QVERIFY(server.waitForReadyRead(20000));
    const QJsonObject line = QJsonDocument::fromJson(server.readLine()).object();
    const QUrl ownUrl(line.value(u"url"_s).toString());
    const QString ownToken = line.value(u"token"_s).toString();
    SandboxTestClient http(ownUrl, ownToken);
    const QString sendPath = u"/api/email/messages/send"_s;
    QVERIFY(http.addFault({{u"path"_s, sendPath}, {u"drop"_s, u"after"_s}, {u"times"_s, -1}}));
    const QStringList common {u"--store"_s, own.filePath(u"outpost.sqlite"_s), u"--instance"_s,
        ownUrl.toString(), u"--token"_s, ownToken};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=false;outpost.*.info=false"_s);

    // Typing, then a send whose answer is lost: the lookup is due in a minute. Killed the
    // moment the driver says so.
    QProcess first;
    dieWithParent(first);
    first.setProcessEnvironment(env);
    first.start(driver, common + QStringList {u"--seed"_s, u"7"_s, u"--check-ms"_s, u"60000"_s});
    QVERIFY(first.waitForStarted());
    QByteArray output;
    QString draftId;
    QVERIFY(QTest::qWaitFor(
        [&] {
            output += first.readAllStandardOutput();
            const qsizetype at = output.indexOf("checking ");
            if (at < 0 || output.indexOf('\n', at) < 0)
                return false;
            draftId = QString::fromUtf8(output.mid(at).split(' ').at(1));
            return true;
        },
        60000));
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished());
    const QString subject = u"kt "_s + draftId;
    auto storedTimes = [&] {
        int n = 0;
        for (const QJsonValue &v : http.allMessages())
            n += v.toObject().value(u"emailMetadata").toObject().value(u"subject").toString()
                == subject;
        return n;
    };
    QCOMPARE(storedTimes(), 1); // stored, though the driver never heard so
    const qsizetype sendsBefore = http.recorded(sendPath).size();
    QCOMPARE(http.del(u"/_sandbox/faults"_s).status, 200);
    QCOMPARE(http.del(u"/_sandbox/requests"_s).status, 200);

    // After the restart: the lookup, not a second send.
    QProcess second;
    dieWithParent(second);
    second.setProcessEnvironment(env);
    second.start(driver, common + QStringList {u"--drain"_s, u"--check-ms"_s, u"20"_s});
    QVERIFY(second.waitForStarted());
    const bool finished = second.waitForFinished(60000);
    const QByteArray drained = second.readAllStandardOutput();
    const QByteArray why = drained.right(1500) + second.readAllStandardError().right(1500);
    QVERIFY2(finished, why.constData());
    QVERIFY2(drained.contains("drained"), drained.right(2000).constData());
    QVERIFY2(
        drained.contains(QByteArray("sent " + draftId.toUtf8())), drained.right(2000).constData());
    QCOMPARE(storedTimes(), 1);
    QVERIFY(sendsBefore >= 1);
    // Never sent again (other mail queued before the kill may go now).
    for (const QJsonValue &r : http.recorded(sendPath))
        QVERIFY(!r.toObject().value(u"body"_s).toString().contains(subject));
    QVERIFY(!http.recorded(u"/api/conversation/*"_s).isEmpty()); // looked for instead
    qInfo().noquote() << u"killed with %1's answer lost; after the restart: found by a lookup, "
                         "%2 send request(s) in all, stored once"_s.arg(draftId)
                             .arg(sendsBefore);
    server.terminate();
    server.waitForFinished();
}

void TestOutboxKill::killedBetweenAnUnknownOutcomeAndItsLookupDirect_data()
{
    QTest::addColumn<QString>("via");
    QTest::addRow("Gmail") << u"gmail"_s;
    QTest::addRow("Graph") << u"outlook"_s;
}

void TestOutboxKill::killedBetweenAnUnknownOutcomeAndItsLookupDirect()
{
    // The same through a direct mailbox: Gmail and Graph have no key at all.
    QFETCH(QString, via);
    const bool gmail = via == u"gmail";
    const QString from = gmail ? u"dana.direct@gmail.example"_s : u"dana.direct@outlook.example"_s;
    const QString sendPath = gmail ? u"/gmail-api/upload/gmail/v1/users/me/messages/send"_s
                                   : u"/graph/v1.0/me/sendMail"_s;
    const QString lookupPath = gmail ? u"/gmail-api/gmail/v1/users/me/messages"_s
                                     : u"/graph/v1.0/me/mailFolders/sentitems/messages"_s;
    QTemporaryDir own;
    QProcess server;
    dieWithParent(server);
    server.start(qEnvironmentVariable("OUTPOST_BINARY"),
        {u"sandbox"_s, u"--faults"_s, u"--json"_s, u"--data"_s, own.filePath(u"sandbox"_s)});
    QVERIFY(server.waitForStarted());
    QVERIFY(server.waitForReadyRead(20000));
    const QJsonObject line = QJsonDocument::fromJson(server.readLine()).object();
    const QUrl ownUrl(line.value(u"url"_s).toString());
    SandboxTestClient http(ownUrl, line.value(u"token"_s).toString());
    const QString providerToken = http.providerToken(via);
    QVERIFY(!providerToken.isEmpty());
    QVERIFY(http.addFault({{u"path"_s, sendPath}, {u"drop"_s, u"after"_s}, {u"times"_s, -1}}));
    const QStringList common {u"--store"_s, own.filePath(u"outpost.sqlite"_s), u"--instance"_s,
        ownUrl.toString(), u"--token"_s, providerToken, u"--via"_s, via, u"--from"_s, from};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=false;outpost.*.info=false"_s);

    QProcess first;
    dieWithParent(first);
    first.setProcessEnvironment(env);
    first.start(driver, common + QStringList {u"--check-ms"_s, u"60000"_s});
    QVERIFY(first.waitForStarted());
    QByteArray output;
    QString draftId;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     output += first.readAllStandardOutput();
                     const qsizetype at = output.indexOf("checking ");
                     if (at < 0 || output.indexOf('\n', at) < 0)
                         return false;
                     draftId = QString::fromUtf8(output.mid(at).split(' ').at(1));
                     return true;
                 },
                 60000),
        QByteArray(output + first.readAllStandardError()).right(2000).constData());
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished());
    const QString subject = u"kt "_s + draftId;
    auto storedTimes = [&] {
        int n = 0;
        const QJsonArray list = http.providerMessages(via);
        for (const QJsonValue &v : list) {
            const QJsonObject m = v.toObject();
            n += (gmail ? m.value(u"subject"_s)
                        : m.value(u"message"_s).toObject().value(u"subject"_s))
                     .toString()
                == subject;
        }
        return n;
    };
    QCOMPARE(storedTimes(), 1); // stored, though the driver never heard so
    QCOMPARE(http.recorded(sendPath).size(), 1);
    QCOMPARE(http.del(u"/_sandbox/faults"_s).status, 200);
    QCOMPARE(http.del(u"/_sandbox/requests"_s).status, 200);

    // After the restart: the lookup, not a second send.
    QProcess second;
    dieWithParent(second);
    second.setProcessEnvironment(env);
    // The lookups' waits (250 ms, then 1 s) outlast the stand-ins' lag (Graph's Sent Items copy
    // 300 ms after the 202), as the real ones (1 s, 4 s) must outlast the services'. Shorter,
    // a restart quicker than the lag found nothing twice and sent again: stored twice.
    second.start(driver, common + QStringList {u"--drain"_s, u"--check-ms"_s, u"250"_s});
    QVERIFY(second.waitForStarted());
    const bool finished = second.waitForFinished(60000);
    const QByteArray drained = second.readAllStandardOutput();
    const QByteArray why = drained.right(1500) + second.readAllStandardError().right(1500);
    QVERIFY2(finished, why.constData());
    QVERIFY2(drained.contains(QByteArray("sent " + draftId.toUtf8())), why.constData());
    QVERIFY2(drained.contains("drained"), why.constData());
    QCOMPARE(storedTimes(), 1);
    QVERIFY(http.recorded(sendPath).isEmpty()); // never sent again
    QVERIFY(!http.recorded(lookupPath).isEmpty()); // looked for instead
    qInfo().noquote() << u"%1: killed with %2's answer lost; after the restart: found by a "
                         "lookup, stored once"_s.arg(via, draftId);
    server.terminate();
    server.waitForFinished();
}

QByteArray TestOutboxKill::runDriver(const QStringList &extra, int killAfterMs, qint64 *killedAt)
{
    QProcess process;
    dieWithParent(process);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=false;outpost.*.info=false"_s);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(driver,
        QStringList {u"--store"_s, dir.filePath(u"outpost.sqlite"_s), u"--instance"_s,
            url.toString(), u"--token"_s, token}
            + extra);
    if (!process.waitForStarted())
        return {};
    QTimer kill;
    if (killAfterMs >= 0) {
        kill.setSingleShot(true);
        connect(&kill, &QTimer::timeout, &process, [&] {
            *killedAt = QDateTime::currentMSecsSinceEpoch();
            ::kill(pid_t(process.processId()), SIGKILL);
        });
        kill.start(killAfterMs);
    }
    if (!finished.wait(120000))
        process.kill();
    const QByteArray err = process.readAllStandardError();
    if (killAfterMs < 0 && process.exitCode() != 0)
        qWarning().noquote() << "driver:" << err.right(4000);
    return process.readAllStandardOutput();
}

void TestOutboxKill::absorb(const QByteArray &output, int round)
{
    Q_UNUSED(round)
    reopened.clear();
    for (const QByteArray &raw : output.split('\n')) {
        const QStringList f = QString::fromUtf8(raw).split(u' ', Qt::SkipEmptyParts);
        if (f.size() < 2)
            continue; // a line cut by the kill
        const QString &what = f.at(0);
        if (what == u"restored") {
            ++restoredRounds;
            continue;
        }
        if (f.size() < 3 || what == u"drained")
            continue;
        DraftLog &d = log[f.at(1)];
        if (what == u"open" && f.size() >= 4) {
            d.typed = {{f.at(3).toLongLong(), f.at(2).toLongLong()}};
            reopened.insert(f.at(1));
            // A reopened draft shows exactly what the store held.
            QVERIFY2(f.at(2).toLongLong() >= d.floor,
                qPrintable(
                    u"%1 reopened with %2 characters, the store had %3"_s.arg(f.at(1), f.at(2))
                        .arg(d.floor)));
        } else if (what == u"type" && f.size() >= 4) {
            d.typed += Typed {f.at(3).toLongLong(), f.at(2).toLongLong()};
        } else if (what == u"send" && f.size() >= 4) {
            d.sendLength = f.at(2).toLongLong();
        } else if (what == u"queued") {
            d.queued = true;
        }
    }
}

StoreView TestOutboxKill::readStore()
{
    StoreView view;
    LocalStore store;
    QSignalSpy opened(&store, &LocalStore::opened);
    store.open(dir.filePath(u"outpost.sqlite"_s));
    if (!opened.wait(20000) || !opened.first().first().toBool()) {
        qWarning() << "cannot open the store" << opened;
        return view;
    }
    bool draftsDone = false;
    bool outboxDone = false;
    store.loadDrafts(this, [&](const StoreResult<QList<DraftRecord>> &r) {
        for (const DraftRecord &d : r.value)
            view.drafts.insert(d.id, d.draft.body);
        draftsDone = true;
    });
    store.loadOutbox({}, this, [&](const StoreResult<QList<OutboxEntry>> &r) {
        for (const OutboxEntry &e : r.value)
            view.outbox.insert(e.draft.id, e.draft.draft.body);
        outboxDone = true;
    });
    if (!QTest::qWaitFor([&] { return draftsDone && outboxDone; }, 20000))
        qWarning() << "the store did not answer";
    return view;
}

void TestOutboxKill::checkDrafts(qint64 killedAt, const StoreView &view, bool finalCheck)
{
    for (auto it = log.begin(); it != log.end(); ++it) {
        const QString &id = it.key();
        DraftLog &d = it.value();
        if (d.queued) {
            QVERIFY2(!view.drafts.contains(id) || !finalCheck,
                qPrintable(id + u" queued, yet a draft"_s));
            continue; // the sandbox check covers it
        }
        // Typed more than 2 s before the kill: on disk.
        qsizetype required = d.floor;
        for (const Typed &t : std::as_const(d.typed)) {
            if (t.ms <= killedAt - 2000)
                required = std::max(required, t.length);
        }
        const QString body = view.drafts.value(id, view.outbox.value(id));
        const bool stored = view.drafts.contains(id) || view.outbox.contains(id);
        if (!stored && d.sendLength >= 0 && sentInSandbox().contains(u"kt "_s + id))
            continue; // queued and sent within the same breath
        if (!finalCheck) {
            // What the kill took: the typing after the last save, and how long before the
            // kill its first lost keystroke came.
            ++draftChecks;
            for (const Typed &t : std::as_const(d.typed)) {
                if (t.length > body.size() && t.ms <= killedAt) {
                    maxLostMs = std::max(maxLostMs, killedAt - t.ms);
                    break;
                }
            }
            for (const Typed &t : std::as_const(d.typed)) {
                if (t.ms <= killedAt)
                    maxLostChars = std::max(maxLostChars, t.length - body.size());
            }
        }
        QVERIFY2(stored || required == 0,
            qPrintable(
                u"%1 lost: %2 characters were typed more than 2 s before the kill"_s.arg(id).arg(
                    required)));
        QVERIFY2(body.size() >= required,
            qPrintable(
                u"%1 holds %2 characters; %3 were typed more than 2 s before the kill"_s.arg(id)
                    .arg(body.size())
                    .arg(required)));
        QVERIFY2(body == Testing::killTestText(id, body.size()),
            qPrintable(u"%1 holds something else than what was typed"_s.arg(id)));
        if (view.outbox.contains(id)) {
            d.queued = true; // Send committed, its queued line lost in the kill
            QCOMPARE(body.size(), d.sendLength);
        }
        d.floor = body.size();
        d.everStored = d.everStored || stored;
        d.typed.clear();
    }
    // Every draft the store holds was reopened by the start-up that followed (checked later).
}

QHash<QString, int> TestOutboxKill::sentInSandbox(QHash<QString, QString> *bodies)
{
    SandboxTestClient http(url, token);
    QHash<QString, int> count;
    for (const QJsonValue &v : http.allMessages()) {
        const QJsonObject m = v.toObject();
        const QString subject = m.value(u"emailMetadata").toObject().value(u"subject").toString();
        if (!subject.startsWith(u"kt "))
            continue;
        ++count[subject];
        if (bodies)
            bodies->insert(subject, m.value(u"body"_s).toString());
    }
    return count;
}

void TestOutboxKill::killedAtRandomMomentsLosesNothingAndSendsOnce()
{
    const int rounds = qEnvironmentVariableIsSet("OUTPOST_KILL_ROUNDS")
        ? qEnvironmentVariableIntValue("OUTPOST_KILL_ROUNDS")
        : 30;
    const quint32 seed = qEnvironmentVariableIsSet("OUTPOST_KILL_SEED")
        ? quint32(qEnvironmentVariableIntValue("OUTPOST_KILL_SEED"))
        : QRandomGenerator::system()->generate();
    qInfo() << "kill test:" << rounds << "rounds, seed" << seed;
    QRandomGenerator random(seed);
    QSet<QString> previousEditable;
    for (int round = 0; round < rounds; ++round) {
        qint64 killedAt = 0;
        const int after = int(random.bounded(150, 3000));
        const QByteArray output
            = runDriver({u"--seed"_s, QString::number(random.generate())}, after, &killedAt);
        QVERIFY2(killedAt > 0, "the driver ran until it was killed");
        ++kills;
        absorb(output, round);
        if (output.contains("\nrestored ") || output.startsWith("restored ")) {
            // The start-up reopened every draft the last kill left open.
            for (const QString &id : std::as_const(previousEditable))
                QVERIFY2(reopened.contains(id), qPrintable(id + u" was not reopened"_s));
        }
        const StoreView view = readStore();
        checkDrafts(killedAt, view, false);
        if (QTest::currentTestFailed()) {
            qWarning().noquote() << "round" << round << "killed after" << after << "ms; output:\n"
                                 << output.right(3000);
            return;
        }
        previousEditable = QSet<QString>(view.drafts.keyBegin(), view.drafts.keyEnd());
        const QHash<QString, int> sent = sentInSandbox();
        for (auto it = sent.cbegin(); it != sent.cend(); ++it)
            QVERIFY2(
                it.value() == 1, qPrintable(u"%1 stored %2 times"_s.arg(it.key()).arg(it.value())));
    }

    // One last start that runs until the outbox is empty.
    qint64 unused = 0;
    const QByteArray output = runDriver({u"--drain"_s}, -1, &unused);
    QVERIFY2(output.contains("drained"), output.right(2000).constData());
    absorb(output, rounds);
    for (const QString &id : std::as_const(previousEditable))
        QVERIFY2(reopened.contains(id), qPrintable(id + u" was not reopened"_s));
    const StoreView view = readStore();
    QVERIFY2(view.outbox.isEmpty(), "the outbox drained");
    checkDrafts(QDateTime::currentMSecsSinceEpoch(), view, true);

    QHash<QString, QString> bodies;
    const QHash<QString, int> sent = sentInSandbox(&bodies);
    int started = 0;
    int sentCount = 0;
    int duplicates = 0;
    int lost = 0;
    int unsavedSends = 0; // Send clicked under 2 s after the first keystroke, then killed
    for (auto it = log.cbegin(); it != log.cend(); ++it) {
        const int n = sent.value(u"kt "_s + it.key());
        duplicates += std::max(0, n - 1);
        lost += it->queued && n == 0;
    }
    for (auto it = log.cbegin(); it != log.cend(); ++it) {
        const QString subject = u"kt "_s + it.key();
        const int n = sent.value(subject);
        QVERIFY2(n <= 1, qPrintable(u"%1 stored %2 times"_s.arg(subject).arg(n)));
        if (it->sendLength >= 0)
            ++started;
        if (it->queued) {
            QVERIFY2(n == 1, qPrintable(subject + u" was queued but is not in the sandbox"_s));
        } else if (n == 0 && it->sendLength >= 0) {
            // Killed before the enqueue committed: still a draft, nothing lost. Unless it
            // never reached the store at all: typed, and Send clicked, within the last 2 s
            // before a kill (the check after that kill made sure of it), which may be lost.
            QVERIFY2(view.drafts.contains(it.key()) || !it->everStored,
                qPrintable(subject + u" vanished"_s));
            unsavedSends += !view.drafts.contains(it.key());
        }
        if (n == 1) {
            ++sentCount;
            QCOMPARE(bodies.value(subject), Testing::killTestText(it.key(), it->sendLength));
        }
    }
    QCOMPARE(sent.size(), sentCount);
    qInfo().noquote() << u"%1 kills, %2 start-ups reopened drafts, %3 drafts typed, %4 sends "
                         "started, %5 in the sandbox (each once), %6 drafts left"_s.arg(kills)
                             .arg(restoredRounds)
                             .arg(log.size())
                             .arg(started)
                             .arg(sentCount)
                             .arg(view.drafts.size());
    qInfo().noquote()
        << u"%1 draft checks after kills; most typing a kill took: %2 characters, "
           "the oldest typed %3 ms before the kill (allowed: 2000 ms); "
           "duplicates %4, lost %5; %6 sends were killed before the draft's first save"_s
               .arg(draftChecks)
               .arg(maxLostChars)
               .arg(maxLostMs)
               .arg(duplicates)
               .arg(lost)
               .arg(unsavedSends);
}

int main(int argc, char **argv)
{
    // A round takes up to about 1.5 s: the full 200-round run outlasts QtTest's default 300 s
    // per test function, whose watchdog would abort it.
    if (qEnvironmentVariableIsSet("OUTPOST_KILL_ROUNDS")
        && !qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT",
            QByteArray::number(
                120000 + 3000 * qEnvironmentVariableIntValue("OUTPOST_KILL_ROUNDS")));
    QCoreApplication app(argc, argv);
    TestOutboxKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outbox_kill.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Receipt.h"
#include "mail/SystemClock.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "tests/support/SandboxTestClient.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <memory>

namespace Outpost::Testing {

// Many sends through a sandbox that drops connections to its send path, before and after the
// service processed them (tst_outbox_faults: the platform; tst_direct_faults: Gmail and
// Graph), and what must hold afterwards: every mail stored exactly once, none lost, each
// receipt the message the mail became.
class FaultRun
{
public:
    FaultRun(Sandbox::Testing::SandboxTestClient &http, QString sendPath)
        : m_http(http), m_sendPath(std::move(sendPath))
    {
    }

    // How many mails a run sends: OUTPOST_FAULT_SENDS (the closing note's full run: 1000),
    // else `ciCount`, small enough to keep the suite quick.
    static int sends(int ciCount)
    {
        return qEnvironmentVariableIsSet("OUTPOST_FAULT_SENDS")
            ? qEnvironmentVariableIntValue("OUTPOST_FAULT_SENDS")
            : ciCount;
    }

    // 20 % of the send connections dropped before processing, then 20 % of all (1/4 of the
    // rest) after: 40 % in all, each kind drawn from its own seed. False when the sandbox
    // refused either fault.
    bool dropConnections(int seedBefore, int seedAfter)
    {
        using namespace Qt::StringLiterals;
        return m_http.addFault({{u"path"_s, m_sendPath}, {u"drop"_s, u"before"_s},
                   {u"probability"_s, 0.2}, {u"seed"_s, seedBefore}, {u"times"_s, -1}})
            && m_http.addFault({{u"path"_s, m_sendPath}, {u"drop"_s, u"after"_s},
                {u"probability"_s, 0.25}, {u"seed"_s, seedAfter}, {u"times"_s, -1}});
    }

    // Waits until all `count` mails ended (sent or failed). The sandbox keeps its last 1000
    // requests, so their outcomes are read, by id, every `batch` ends. False when a batch
    // takes more than two minutes.
    bool waitForAll(const QSignalSpy &sent, const QSignalSpy &failed, int count, int batch)
    {
        while (sent.count() + failed.count() < count) {
            const qsizetype target
                = std::min<qsizetype>(count, sent.count() + failed.count() + batch);
            if (!QTest::qWaitFor([&] { return sent.count() + failed.count() >= target; }, 120000))
                return false;
            tally();
        }
        return true;
    }

    // The send requests the sandbox saw, and how many were dropped `before` or `after`
    // ("dropped-before", "dropped-after") the service processed them.
    qsizetype requests() const { return m_outcomes.size(); }
    int dropped(const QString &when) const
    {
        const QString outcome = QStringLiteral("dropped-") + when;
        return int(std::count(m_outcomes.cbegin(), m_outcomes.cend(), outcome));
    }

    // The faults did happen, both kinds, and every drop after processing was found by a
    // lookup: the only sends repeated (of `count` mails) are those dropped before processing.
    // Checks with QtTest's macros: the caller stops when QTest::currentTestFailed().
    void verifyBothDropsHappened(int count) const
    {
        const int before = dropped(QStringLiteral("before"));
        QVERIFY(before > 0);
        QVERIFY(dropped(QStringLiteral("after")) > 0);
        QCOMPARE(int(requests()), count + before);
    }

private:
    void tally()
    {
        for (const QJsonValue &v : m_http.recorded(m_sendPath)) {
            const QJsonObject r = v.toObject();
            m_outcomes.insert(r.value(QStringLiteral("id")).toInt(),
                r.value(QStringLiteral("outcome")).toString());
        }
    }

    Sandbox::Testing::SandboxTestClient &m_http;
    QString m_sendPath;
    QMap<int, QString> m_outcomes; // request id → outcome
};

// The outbox a fault run sends through, real parts: a store in a file of its own, the system
// clock, no undo window, quick retries (5 ms doubling up to 50 ms, 10 attempts) and the
// lookups of a lost answer after `checkDelays`. Not started.
struct FaultOutbox
{
    FaultOutbox(Submission *submission, QList<std::chrono::milliseconds> checkDelays)
    {
        using namespace std::chrono_literals;
        store.open(dir.filePath(QStringLiteral("outpost.sqlite")));
        OutboxSettings settings;
        settings.undoDelay = 0ms;
        settings.retry = RetryPolicy {5ms, 50ms, 10};
        settings.checkDelays = std::move(checkDelays);
        outbox = std::make_unique<Outbox>(&store, submission, &clock, settings);
    }

    QTemporaryDir dir;
    LocalStore store;
    SystemClock clock;
    std::unique_ptr<Outbox> outbox;
};

// The mails of a run as the service stored them: how many times each subject, and the id of
// the message it became.
struct StoredMails
{
    QHash<QString, int> times;
    QHash<QString, QString> messageIdOf; // subject → the stored message's id

    void add(const QString &subject, const QString &messageId)
    {
        ++times[subject];
        messageIdOf.insert(subject, messageId);
    }
    // "20 mails started, 20 stored, 0 duplicates, 0 lost"
    QString summary(int started) const
    {
        return QStringLiteral("%1 mails started, %2 stored, %3 duplicates, %4 lost")
            .arg(started)
            .arg(times.size())
            .arg(duplicates())
            .arg(started - times.size());
    }
    int duplicates() const
    {
        int n = 0;
        for (auto it = times.cbegin(); it != times.cend(); ++it)
            n += it.value() - 1;
        return n;
    }
};

// Every one of `count` mails stored exactly once, none left in the outbox, each reported sent
// (`sent`: Outbox::sent) with the receipt of the very message it became (`subjectOf`: entry id
// → subject), and recorded as sent in `store`. Checks with QtTest's macros: the caller stops
// when QTest::currentTestFailed().
inline void verifyExactlyOnce(QObject *context, const StoredMails &stored, int count,
    const Outbox &outbox, const QSignalSpy &sent, const QHash<QString, QString> &subjectOf,
    LocalStore &store)
{
    using namespace Qt::StringLiterals;
    QCOMPARE(stored.times.size(), count);
    for (auto it = stored.times.cbegin(); it != stored.times.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key() + u" stored %1 times"_s.arg(it.value())));
    QCOMPARE(outbox.count(), 0);
    // Truthful: every mail reported sent is stored, and its receipt is that very message.
    QCOMPARE(int(sent.count()), count);
    for (const QList<QVariant> &args : sent) {
        const QString subject = subjectOf.value(args.at(0).toString());
        QCOMPARE(args.at(1).value<Receipt>().messageId, stored.messageIdOf.value(subject));
    }
    QVERIFY(store.flush());
    std::optional<QList<OutboxEntry>> left;
    store.loadOutbox(
        {}, context, [&](const StoreResult<QList<OutboxEntry>> &r) { left = r.value; });
    QTRY_VERIFY(left.has_value());
    QVERIFY2(left->isEmpty(), "every entry is recorded as sent");
}

} // namespace Outpost::Testing

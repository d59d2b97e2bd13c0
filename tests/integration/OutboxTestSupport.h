// SPDX-License-Identifier: GPL-3.0-or-later
// What the tests of the outbox's state machine share (tst_outbox: the undo window, retries,
// refusals, waiting and send later; tst_outbox_unknown: outcomes unknown, crashes and
// restarts): a sandbox over real HTTP, the platform client and submission, a clock the test
// moves, a store on disk and the outbox over them.
#pragma once

#include "platform/PlatformClient.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/ManualClock.h"
#include "tests/support/SandboxTestClient.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

namespace Outpost::Testing::OutboxTests {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Outpost::Sandbox::Testing;

inline const QString sendPath = u"/api/email/messages/send"_s;

inline DraftRecord mail(const QString &subject)
{
    DraftRecord r;
    r.id = u"draft-"_s + subject;
    r.draft.from = u"dana@acme.example"_s;
    r.draft.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    r.draft.subject = subject;
    r.draft.body = u"Body of "_s + subject;
    r.toText = u"Jamie Lee <jamie.lee@example.com>"_s;
    return r;
}

class OutboxFixture
{
protected:
    // The sandbox, clients and clock, then the outbox on its store (each test's init()), and
    // back down.
    void start();
    void stop();
    void startOutbox(std::chrono::milliseconds undo = 5s);
    void stopOutbox();
    int storedCount(const QString &subject);
    int sendRequests() { return int(http->recorded(sendPath).size()); }
    QString enqueueAndStore(const DraftRecord &draft, const QDateTime &sendAt = {});

    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<SandboxTestClient> http;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<PlatformSubmission> submission;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<QRandomGenerator> random;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<Outbox> outbox;
    OutboxSettings settings;
};

inline void OutboxFixture::start()
{
    sandbox = startSandbox();
    QVERIFY(sandbox);
    http = std::make_unique<SandboxTestClient>(sandbox->url(), sandbox->demoToken());
    dir = std::make_unique<QTemporaryDir>();
    network = std::make_unique<QNetworkAccessManager>();
    clock = std::make_unique<ManualClock>();
    client = std::make_unique<PlatformClient>(
        network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    client->setClock(clock.get()); // Retry-After dates are relative to it
    submission = std::make_unique<PlatformSubmission>(client.get());
    random = std::make_unique<QRandomGenerator>(42);
    settings = {};
    settings.retry = RetryPolicy {1s, 60s, 5};
    startOutbox();
}

inline void OutboxFixture::stop()
{
    stopOutbox();
    submission.reset();
    client.reset();
    network.reset();
    http.reset();
    sandbox.reset();
}

inline void OutboxFixture::startOutbox(std::chrono::milliseconds undo)
{
    store = std::make_unique<LocalStore>();
    QSignalSpy opened(store.get(), &LocalStore::opened);
    store->open(dir->filePath(u"outpost.sqlite"_s));
    QVERIFY(opened.wait());
    QVERIFY(opened.first().first().toBool());
    settings.undoDelay = undo;
    outbox = std::make_unique<Outbox>(
        store.get(), submission.get(), clock.get(), settings, random.get());
    QSignalSpy ready(outbox.get(), &Outbox::ready);
    outbox->start();
    QVERIFY(ready.wait());
}

inline void OutboxFixture::stopOutbox()
{
    outbox.reset();
    store.reset(); // finishes every write first
}

inline int OutboxFixture::storedCount(const QString &subject)
{
    int count = 0;
    for (const QJsonValue &v : http->allMessages()) {
        count += v.toObject().value(u"emailMetadata").toObject().value(u"subject").toString()
            == subject;
    }
    return count;
}

inline QString OutboxFixture::enqueueAndStore(const DraftRecord &draft, const QDateTime &sendAt)
{
    QSignalSpy queued(outbox.get(), &Outbox::queued);
    const QString id = outbox->enqueue(draft, sendAt);
    if (!queued.wait())
        return {};
    return id;
}

} // namespace Outpost::Testing::OutboxTests

// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, item 5: an instance of an older send page, which named the sending mailbox
// `accountId` (the _id of GET /api/email/accounts) instead of `from`. PlatformClient and the
// outbox over real HTTP against the sandbox playing such an instance
// (InstanceProfile::LegacyAccountId), and against a current one remembered as older.
#include "auth/InstanceList.h"
#include "platform/PlatformClient.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/ManualClock.h"
#include "tests/support/SandboxTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QString sendPath = u"/api/email/messages/send"_s;
const QString accountsPath = u"/api/email/accounts"_s;

Draft mail(const QString &subject)
{
    Draft d;
    d.from = u"dana@acme.example"_s;
    d.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    d.subject = subject;
    d.body = u"Body of "_s + subject;
    return d;
}

QJsonObject bodyOf(const QJsonValue &recorded)
{
    return QJsonDocument::fromJson(recorded.toObject().value(u"body").toString().toUtf8()).object();
}
} // namespace

class TestPlatformLegacy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void olderInstanceGetsTheMailboxIdOnceAndIsRemembered();
    void theMemoryOutlivesTheClient();
    void aRememberedInstanceThatUpgradedIsForgotten();
    void otherRefusalsAreNeverResent();
    void anAddressWithNoMailboxIsRefusedNextToFrom();
    void theOutboxSendsOnceThroughAnOlderInstance();

private:
    void startSandbox(Sandbox::InstanceProfile profile);
    Result<Receipt> sendNow(const Draft &draft, const QString &key);
    int storedCount(const QString &subject);
    QString mailboxIdOf(const QString &address, const QString &provider);

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<SandboxTestClient> http;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> client;
    QString listFile;
};

void TestPlatformLegacy::init()
{
    dir = std::make_unique<QTemporaryDir>();
    QVERIFY(dir->isValid());
    listFile = dir->filePath(u"instances.ini"_s);
    network = std::make_unique<QNetworkAccessManager>();
}

void TestPlatformLegacy::cleanup()
{
    client.reset();
    network.reset();
    http.reset();
    sandbox.reset();
    dir.reset();
}

void TestPlatformLegacy::startSandbox(Sandbox::InstanceProfile profile)
{
    Sandbox::SandboxOptions options = testOptions();
    options.profile = profile;
    sandbox = Sandbox::Testing::startSandbox(options);
    QVERIFY(sandbox);
    http = std::make_unique<SandboxTestClient>(sandbox->url(), sandbox->demoToken());
    client = std::make_unique<PlatformClient>(
        network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    client->setInstanceList(InstanceList(listFile));
}

Result<Receipt> TestPlatformLegacy::sendNow(const Draft &draft, const QString &key)
{
    std::optional<Result<Receipt>> result;
    client->send(draft, key, this, [&](const Result<Receipt> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return ServiceError::network(ServiceError::Kind::Timeout, u"test"_s, u"no answer"_s);
    return *result;
}

int TestPlatformLegacy::storedCount(const QString &subject)
{
    int count = 0;
    for (const QJsonValue &v : http->allMessages()) {
        count += v.toObject().value(u"emailMetadata").toObject().value(u"subject").toString()
            == subject;
    }
    return count;
}

QString TestPlatformLegacy::mailboxIdOf(const QString &address, const QString &provider)
{
    const QJsonArray accounts = http->get(accountsPath).json().value(u"accounts").toArray();
    for (const QJsonValue &v : accounts) {
        const QJsonObject a = v.toObject();
        if (a.value(u"emailAddress").toString() == address
            && a.value(u"provider").toString() == provider)
            return a.value(u"_id").toString();
    }
    return {};
}

void TestPlatformLegacy::olderInstanceGetsTheMailboxIdOnceAndIsRemembered()
{
    startSandbox(Sandbox::InstanceProfile::LegacyAccountId);
    const QString danaId = mailboxIdOf(u"dana@acme.example"_s, u"gmail"_s);
    QVERIFY(!danaId.isEmpty());

    const Result<Receipt> r = sendNow(mail(u"To an older instance"_s), u"key-legacy-1"_s);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY(!r.value().conversationId.isEmpty());
    QCOMPARE(storedCount(u"To an older instance"_s), 1);

    // The page's `from`, refused naming accountId; then the same mail, the same key, with the
    // mailbox's _id and no `from`.
    const QJsonArray posts = http->recorded(sendPath);
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.at(0).toObject().value(u"status").toInt(), 400);
    QCOMPARE(bodyOf(posts.at(0)).value(u"from").toString(), u"dana@acme.example"_s);
    QCOMPARE(posts.at(1).toObject().value(u"status").toInt(), 200);
    const QJsonObject resent = bodyOf(posts.at(1));
    QCOMPARE(resent.value(u"accountId").toString(), danaId);
    QVERIFY(!resent.contains(u"from"));
    QCOMPARE(resent.value(u"subject").toString(), u"To an older instance"_s);
    QCOMPARE(http->idempotencyKeys(sendPath), (QStringList {u"key-legacy-1"_s, u"key-legacy-1"_s}));
    QCOMPARE(InstanceList(listFile).sendMailboxField(sandbox->url()), u"accountId"_s);

    // The next mail goes straight with the _id: one POST.
    const Result<Receipt> next = sendNow(mail(u"Second to the older one"_s), u"key-legacy-2"_s);
    QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().message));
    const QJsonArray after = http->recorded(sendPath);
    QCOMPARE(after.size(), 3);
    QCOMPARE(bodyOf(after.at(2)).value(u"accountId").toString(), danaId);
    QCOMPARE(after.at(2).toObject().value(u"status").toInt(), 200);
    QCOMPARE(storedCount(u"Second to the older one"_s), 1);
}

void TestPlatformLegacy::theMemoryOutlivesTheClient()
{
    startSandbox(Sandbox::InstanceProfile::LegacyAccountId);
    QVERIFY(sendNow(mail(u"First run"_s), u"key-run-1"_s).ok());
    QCOMPARE(http->recorded(sendPath).size(), 2);
    // Outpost again (a new client over the same file), the URL written with a trailing slash.
    QUrl withSlash = sandbox->url();
    withSlash.setPath(u"/"_s);
    client = std::make_unique<PlatformClient>(
        network.get(), Session {withSlash, sandbox->demoToken(), {}, {}});
    client->setInstanceList(InstanceList(listFile));
    const Result<Receipt> r = sendNow(mail(u"Second run"_s), u"key-run-2"_s);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const QJsonArray posts = http->recorded(sendPath);
    QCOMPARE(posts.size(), 3);
    QVERIFY(bodyOf(posts.at(2)).contains(u"accountId"));
}

void TestPlatformLegacy::aRememberedInstanceThatUpgradedIsForgotten()
{
    startSandbox(Sandbox::InstanceProfile::Current);
    InstanceList(listFile).setSendMailboxField(sandbox->url(), u"accountId"_s);
    const Result<Receipt> r = sendNow(mail(u"After the upgrade"_s), u"key-upgraded"_s);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const QJsonArray posts = http->recorded(sendPath);
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.at(0).toObject().value(u"status").toInt(), 400); // "from is required"
    QVERIFY(bodyOf(posts.at(0)).contains(u"accountId"));
    QCOMPARE(bodyOf(posts.at(1)).value(u"from").toString(), u"dana@acme.example"_s);
    QVERIFY(!bodyOf(posts.at(1)).contains(u"accountId"));
    QCOMPARE(storedCount(u"After the upgrade"_s), 1);
    QCOMPARE(InstanceList(listFile).sendMailboxField(sandbox->url()), QString());
}

void TestPlatformLegacy::otherRefusalsAreNeverResent()
{
    // A current instance: a 400 about anything but accountId goes to the user as it is.
    startSandbox(Sandbox::InstanceProfile::Current);
    Draft bad = mail(u"No body"_s);
    bad.body.clear();
    Result<Receipt> r = sendNow(bad, u"key-nobody-1"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ServiceError::Kind::BadRequest);
    QCOMPARE(r.error().field, DraftField::Body);
    QCOMPARE(http->recorded(sendPath).size(), 1);
    QCOMPARE(InstanceList(listFile).sendMailboxField(sandbox->url()), QString());

    // An older one: the switch happens once, and the second refusal is the answer.
    startSandbox(Sandbox::InstanceProfile::LegacyAccountId);
    r = sendNow(bad, u"key-nobody-2"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, DraftField::Body);
    QCOMPARE(http->recorded(sendPath).size(), 2);
    r = sendNow(bad, u"key-nobody-3"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, DraftField::Body);
    QCOMPARE(http->recorded(sendPath).size(), 3); // remembered: straight with the _id
    QCOMPARE(storedCount(u"No body"_s), 0);
}

void TestPlatformLegacy::anAddressWithNoMailboxIsRefusedNextToFrom()
{
    startSandbox(Sandbox::InstanceProfile::LegacyAccountId);
    Draft d = mail(u"From a stranger"_s);
    d.from = u"stranger@acme.example"_s;
    const Result<Receipt> r = sendNow(d, u"key-stranger"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ServiceError::Kind::Forbidden);
    QCOMPARE(r.error().field, DraftField::From);
    QVERIFY2(r.error().message.contains(u"stranger@acme.example"_s), qPrintable(r.error().message));
    QVERIFY(!r.error().isRetryable());
    QCOMPARE(http->recorded(sendPath).size(), 1); // no _id to send: nothing more went
    QCOMPARE(storedCount(u"From a stranger"_s), 0);

    // The provider is the tie-breaker for an address connected twice: its mailbox's _id goes.
    Draft ops = mail(u"From ops through Outlook"_s);
    ops.from = u"ops@acme.example"_s;
    ops.provider = Provider::Outlook;
    const Result<Receipt> sent = sendNow(ops, u"key-ops"_s);
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    const QJsonObject last = bodyOf(http->recorded(sendPath).last());
    QCOMPARE(last.value(u"accountId").toString(), mailboxIdOf(u"ops@acme.example"_s, u"outlook"_s));
    QVERIFY(!last.contains(u"provider"));
}

void TestPlatformLegacy::theOutboxSendsOnceThroughAnOlderInstance()
{
    startSandbox(Sandbox::InstanceProfile::LegacyAccountId);
    Outpost::Testing::ManualClock clock;
    QRandomGenerator random(7);
    PlatformSubmission submission(client.get());
    LocalStore store;
    QSignalSpy opened(&store, &LocalStore::opened);
    store.open(dir->filePath(u"outpost.sqlite"_s));
    QVERIFY(opened.wait());
    OutboxSettings settings;
    settings.undoDelay = 1s;
    Outbox outbox(&store, &submission, &clock, settings, &random);
    QSignalSpy ready(&outbox, &Outbox::ready);
    outbox.start();
    QVERIFY(ready.wait());

    QSignalSpy attempts(&outbox, &Outbox::attemptStarted);
    QSignalSpy sent(&outbox, &Outbox::sent);
    QSignalSpy failed(&outbox, &Outbox::failed);
    QSignalSpy queued(&outbox, &Outbox::queued);
    DraftRecord record;
    record.id = u"draft-legacy"_s;
    record.draft = mail(u"Outbox to an older instance"_s);
    record.toText = u"Jamie Lee <jamie.lee@example.com>"_s;
    const QString id = outbox.enqueue(record);
    QVERIFY(queued.wait());
    clock.advance(1s);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 10000);
    QCOMPARE(sent.first().first().toString(), id);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(attempts.count(), 1); // the resend is part of the one attempt
    QCOMPARE(storedCount(u"Outbox to an older instance"_s), 1);
    const QStringList keys = http->idempotencyKeys(sendPath);
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(0), keys.at(1));
    QVERIFY(!keys.first().isEmpty());
}

QTEST_GUILESS_MAIN(TestPlatformLegacy)
#include "tst_platform_legacy.moc"

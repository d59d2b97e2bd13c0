// SPDX-License-Identifier: GPL-3.0-or-later
// A connected mailbox's housekeeping (issue 17, item 4) through PlatformClient against the
// sandbox over real HTTP: a sync runs and ends with the time it ended; a disconnected mailbox is
// gone from the list, and every later request about it says so; an instance without these
// endpoints (--instance-profile minimal) answers 404 and still sends.
#include "mail/AddressList.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QUuid>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestMailboxHousekeeping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aSyncRunsAndSaysWhenItEnded();
    void aSyncAskedWrongNamesTheField();
    void aDisconnectedMailboxIsGoneFromTheList();
    void aMinimalInstanceAnswers404AndStillSends();

private:
    template<typename T, typename Call> Result<T> wait(Call call);
    QList<Mailbox> mailboxes();

    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> client;
};

void TestMailboxHousekeeping::init()
{
    Sandbox::SandboxOptions options;
    options.syncDurationMs = 400;
    sandbox = std::make_unique<Sandbox::SandboxServer>(options);
    QVERIFY(sandbox->start());
    network = std::make_unique<QNetworkAccessManager>();
    client = std::make_unique<PlatformClient>(
        network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
}

void TestMailboxHousekeeping::cleanup()
{
    client.reset();
    network.reset();
    sandbox.reset();
}

template<typename T, typename Call> Result<T> TestMailboxHousekeeping::wait(Call call)
{
    std::optional<Result<T>> result;
    call([&](const Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return ServiceError::network(ServiceError::Kind::Timeout, u"test"_s, u"no answer"_s);
    return *result;
}

QList<Mailbox> TestMailboxHousekeeping::mailboxes()
{
    const auto r = wait<QList<Mailbox>>([&](auto done) { client->fetchMailboxes(this, done); });
    return r.ok() ? r.value() : QList<Mailbox>();
}

void TestMailboxHousekeeping::aSyncRunsAndSaysWhenItEnded()
{
    const QList<Mailbox> list = mailboxes();
    QVERIFY(!list.isEmpty());
    const QString id = list.first().id;
    auto status = [&] {
        return wait<MailboxSyncStatus>(
            [&](auto done) { client->mailboxSyncStatus(id, this, done); });
    };
    const auto before = status();
    QVERIFY(before.ok());
    QVERIFY(!before.value().inProgress);
    QVERIFY(!before.value().lastSyncedAt.isValid()); // never synced
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    QVERIFY(wait<bool>([&](auto done) { client->syncMailbox(id, 50, 7, this, done); }).ok());
    const auto running = status();
    QVERIFY(running.ok());
    QVERIFY(running.value().inProgress);
    QCOMPARE(running.value().totalEstimated, 50);
    QVERIFY(running.value().messagesProcessed < 50);
    QTRY_VERIFY_WITH_TIMEOUT(!status().value().inProgress, 5000);
    const auto done = status();
    QCOMPARE(done.value().accountId, id);
    QCOMPARE(done.value().messagesProcessed, 50);
    QVERIFY(done.value().lastSyncedAt.isValid());
    QVERIFY(done.value().lastSyncedAt >= asked.addSecs(-1));
    QVERIFY(done.value().error.isEmpty());
}

void TestMailboxHousekeeping::aSyncAskedWrongNamesTheField()
{
    const QString id = mailboxes().value(0).id;
    const auto tooMany
        = wait<bool>([&](auto done) { client->syncMailbox(id, 5000, 7, this, done); });
    QVERIFY(!tooMany.ok());
    QCOMPARE(tooMany.error().httpStatus, 400);
    QVERIFY(tooMany.error().message.contains(u"maxResults"_s));
    const auto nobody = wait<bool>(
        [&](auto done) { client->syncMailbox(u"665f00000000000000000000"_s, 10, 7, this, done); });
    QCOMPARE(nobody.error().httpStatus, 404);
}

void TestMailboxHousekeeping::aDisconnectedMailboxIsGoneFromTheList()
{
    const QList<Mailbox> list = mailboxes();
    QVERIFY(list.size() >= 2);
    const Mailbox gone = list.last();
    QVERIFY(wait<bool>([&](auto done) { client->disconnectMailbox(gone.id, this, done); }).ok());
    const QList<Mailbox> after = mailboxes();
    QCOMPARE(after.size(), list.size() - 1);
    QVERIFY(!after.contains(gone));
    // Asked again, or synced, it is not there any more: an error, not a crash.
    const auto again
        = wait<bool>([&](auto done) { client->disconnectMailbox(gone.id, this, done); });
    QCOMPARE(again.error().httpStatus, 404);
    const auto sync
        = wait<bool>([&](auto done) { client->syncMailbox(gone.id, 10, 7, this, done); });
    QCOMPARE(sync.error().httpStatus, 404);
}

// An older or smaller instance (--instance-profile minimal): housekeeping and the message
// search are a NotFound the caller can tell the user about; the mailboxes are listed and
// mail is sent as before.
void TestMailboxHousekeeping::aMinimalInstanceAnswers404AndStillSends()
{
    client.reset();
    sandbox.reset();
    Sandbox::SandboxOptions options;
    options.profile = Sandbox::InstanceProfile::Minimal;
    sandbox = std::make_unique<Sandbox::SandboxServer>(options);
    QVERIFY(sandbox->start());
    client = std::make_unique<PlatformClient>(
        network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    const QList<Mailbox> list = mailboxes();
    QVERIFY(!list.isEmpty());
    const QString id = list.first().id;
    const auto sync = wait<bool>([&](auto done) { client->syncMailbox(id, 10, 7, this, done); });
    QVERIFY(!sync.ok());
    QCOMPARE(sync.error().kind, ServiceError::Kind::NotFound);
    QVERIFY(!sync.error().message.isEmpty());
    const auto status
        = wait<MailboxSyncStatus>([&](auto done) { client->mailboxSyncStatus(id, this, done); });
    QCOMPARE(status.error().kind, ServiceError::Kind::NotFound);
    const auto gone = wait<bool>([&](auto done) { client->disconnectMailbox(id, this, done); });
    QCOMPARE(gone.error().kind, ServiceError::Kind::NotFound);
    QCOMPARE(mailboxes().size(), list.size()); // nothing was disconnected
    const auto jamie = wait<QList<PlatformContact>>(
        [&](auto done) { client->contacts(u"jamie.lee@example.com"_s, this, done); });
    QVERIFY(jamie.ok() && !jamie.value().isEmpty()); // a contact the search would know
    MessageSearchQuery query;
    query.text = u"renewal"_s;
    const auto search = wait<MessageSearch>(
        [&](auto done) { client->searchMessages(jamie.value().first().id, query, this, done); });
    QCOMPARE(search.error().kind, ServiceError::Kind::NotFound);

    Draft draft;
    draft.from = list.first().address;
    draft.provider = list.first().provider;
    draft.to = AddressList::parse(u"first.time@example.org"_s).addresses;
    draft.subject = u"Still sent by a minimal instance"_s;
    draft.body = u"Hello"_s;
    const auto sent = wait<Receipt>(
        [&](auto done) { client->send(draft, QUuid::createUuid().toString(), this, done); });
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
}

QTEST_GUILESS_MAIN(TestMailboxHousekeeping)
#include "tst_mailboxhousekeeping.moc"

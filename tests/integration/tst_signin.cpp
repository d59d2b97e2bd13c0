// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in to instances, several at once, and connecting mailboxes, against real sandboxes
// over loopback HTTP. Runs without any Secret Service: tokens stay in memory for the run.
#include "accounts/InstanceSession.h"
#include "accounts/InstanceSignIn.h"
#include "accounts/MailboxConnector.h"
#include "accounts/MailboxListModel.h"
#include "accounts/RoutingSubmission.h"
#include "accounts/SessionRegistry.h"
#include "auth/TokenStore.h"
#include "mail/AddressList.h"
#include "platform/PlatformClient.h"
#include "tests/support/BrowserStandIn.h"
#include "tests/support/SandboxTestClient.h"
#include "tests/support/SessionsRig.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Outpost;
using namespace Qt::StringLiterals;
using Field = InstanceSignIn::Field;

class TestSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void withoutKeychainTokensStayInMemoryForThisRun();
    void signsInWithPassword();
    void wrongPasswordShowsTheServersMessage();
    void unreachableInstanceNamesTheHost();
    void plainHttpOffLoopbackIsRefusedBeforeSending();
    void apiTokenIsCheckedBeforeItIsKept();
    void expiredTokenIsRefreshedOnceAndRotated();
    void failedRefreshAsksToSignInAgain();
    void severalInstancesAtOnce();
    void connectsMailboxThroughTheBrowser();
    void connectingCanBeCancelled();
    void connectingGivesUpWithAMessage();

private:
    // Signs the demo user in through InstanceSignIn; the session.
    InstanceSession *signInDemo(const QUrl &url);

    QTemporaryDir runtimeDir;
    Testing::SessionsRig rig;
    std::unique_ptr<Sandbox::SandboxServer> &sandbox = rig.sandbox;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> &http = rig.http;
    std::unique_ptr<QNetworkAccessManager> &network = rig.network;
    std::unique_ptr<TokenStore> &tokens = rig.tokens;
    std::unique_ptr<InstanceList> &list = rig.list;
    std::unique_ptr<SessionRegistry> &sessions = rig.sessions;
    std::unique_ptr<InstanceSignIn> signIn;
};

void TestSignIn::initTestCase()
{
    // No Secret Service reachable, whatever the developer's desktop runs.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qputenv("XDG_RUNTIME_DIR", runtimeDir.path().toLocal8Bit());
}

void TestSignIn::init()
{
    QVERIFY(rig.start());
    signIn = std::make_unique<InstanceSignIn>(sessions.get());
}

void TestSignIn::cleanup()
{
    signIn.reset();
    rig.stop();
}

InstanceSession *TestSignIn::signInDemo(const QUrl &url)
{
    QSignalSpy signedIn(signIn.get(), &InstanceSignIn::signedIn);
    QSignalSpy failed(signIn.get(), &InstanceSignIn::failed);
    signIn->signIn({url.toString(), u"demo@outpost.example"_s, u"outpost-demo"_s, {}});
    if (!signedIn.wait(10000) || !failed.isEmpty())
        return nullptr;
    return signedIn.first().first().value<InstanceSession *>();
}

void TestSignIn::withoutKeychainTokensStayInMemoryForThisRun()
{
    QSignalSpy changed(tokens.get(), &TokenStore::backendChanged);
    bool probed = false;
    tokens->probe(this, [&] { probed = true; });
    QTRY_VERIFY(probed);
    QCOMPARE(tokens->backend(), TokenStore::Backend::MemoryOnly);
    QVERIFY2(tokens->memoryOnlyReason().contains(u"No keychain (Secret Service)"_s),
        qPrintable(tokens->memoryOnlyReason()));
    QVERIFY(tokens->memoryOnlyReason().contains(u"never written to disk"_s));
    QCOMPARE(changed.size(), 1);
    std::optional<bool> inKeychain;
    tokens->write(u"k"_s, {u"at"_s, u"rt"_s, {}}, this, [&](bool k) { inKeychain = k; });
    QTRY_VERIFY(inKeychain.has_value());
    QVERIFY(!*inKeychain);
    std::optional<StoredTokens> back;
    tokens->read(u"k"_s, this, [&](const std::optional<StoredTokens> &t) { back = t; });
    QVERIFY(back && back->refreshToken == u"rt"_s);
    // The next run remembers nothing.
    TokenStore nextRun;
    bool answered = false;
    nextRun.probe(this, [&] {
        nextRun.read(u"k"_s, this, [&](const std::optional<StoredTokens> &t) {
            QVERIFY(!t);
            answered = true;
        });
    });
    QTRY_VERIFY(answered);
}

void TestSignIn::signsInWithPassword()
{
    InstanceSession *s = signInDemo(sandbox->url());
    QVERIFY(s);
    QCOMPARE(s->email(), u"demo@outpost.example"_s);
    QVERIFY(s->client()->session().accessToken.startsWith(u"sbx_at_"_s));
    QVERIFY(s->client()->session().refreshToken.startsWith(u"sbx_rt_"_s));
    QCOMPARE(sessions->sessions().size(), 1);
    // Kept in memory only here (no keychain), so the next run is not told about it.
    QVERIFY(list->accounts().isEmpty());
}

void TestSignIn::wrongPasswordShowsTheServersMessage()
{
    QSignalSpy failed(signIn.get(), &InstanceSignIn::failed);
    QVERIFY(signIn->signIn({sandbox->url().toString(), u"demo@outpost.example"_s, u"wrong"_s, {}}));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).value<Field>(), Field::Password);
    QCOMPARE(failed.first().at(1).toString(), u"Invalid email or password"_s);
    QVERIFY(sessions->sessions().isEmpty());
}

void TestSignIn::unreachableInstanceNamesTheHost()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QSignalSpy failed(signIn.get(), &InstanceSignIn::failed);
    signIn->signIn({u"http://127.0.0.1:%1"_s.arg(port), u"demo@outpost.example"_s, u"x"_s, {}});
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).value<Field>(), Field::Instance);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(u"Cannot reach 127.0.0.1"_s), qPrintable(message));
}

void TestSignIn::plainHttpOffLoopbackIsRefusedBeforeSending()
{
    QSignalSpy failed(signIn.get(), &InstanceSignIn::failed);
    QVERIFY(!signIn->signIn({u"http://acme.example"_s, u"demo@outpost.example"_s, u"x"_s, {}}));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<Field>(), Field::Instance);
    QVERIFY(failed.first().at(1).toString().contains(u"https"_s));
    QVERIFY(!signIn->isBusy());
    QVERIFY(!signIn->signIn({sandbox->url().toString(), u"demo@"_s, u"x"_s, {}}));
    QCOMPARE(failed.last().at(0).value<Field>(), Field::Email);
    QVERIFY(!signIn->signIn({sandbox->url().toString(), u"demo@outpost.example"_s, {}, {}}));
    QCOMPARE(failed.last().at(0).value<Field>(), Field::Password);
    QCOMPARE(http->recorded(u"/api/auth/login"_s).size(), 0);
}

void TestSignIn::apiTokenIsCheckedBeforeItIsKept()
{
    QSignalSpy failed(signIn.get(), &InstanceSignIn::failed);
    QSignalSpy signedIn(signIn.get(), &InstanceSignIn::signedIn);
    signIn->signIn({sandbox->url().toString(), u"demo@outpost.example"_s, {}, u"not-a-token"_s});
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).value<Field>(), Field::ApiToken);
    QVERIFY2(failed.first().at(1).toString().contains(u"Invalid or expired token"_s),
        qPrintable(failed.first().at(1).toString()));
    signIn->signIn(
        {sandbox->url().toString(), u"demo@outpost.example"_s, {}, sandbox->demoToken()});
    QVERIFY(signedIn.wait(10000));
    QCOMPARE(sessions->sessions().size(), 1);
    QCOMPARE(sessions->sessions().first()->client()->session().accessToken, sandbox->demoToken());
}

void TestSignIn::expiredTokenIsRefreshedOnceAndRotated()
{
    InstanceSession *s = signInDemo(sandbox->url());
    QVERIFY(s);
    const Session before = s->client()->session();
    QCOMPARE(http->post(u"/_sandbox/expire-tokens"_s, {}).status, 200);
    http->del(u"/_sandbox/requests"_s);
    std::optional<QList<Mailbox>> listed;
    sessions->fetchMailboxes(
        this, [&](const QList<Mailbox> &all, const QList<ServiceError> &) { listed = all; });
    QTRY_VERIFY(listed.has_value());
    QVERIFY(listed->size() >= 3);
    QCOMPARE(http->recorded(u"/api/auth/refresh"_s).size(), 1);
    QCOMPARE(http->recorded(u"/api/email/accounts"_s).size(), 2); // refused, then retried
    const Session after = s->client()->session();
    QVERIFY(after.accessToken != before.accessToken);
    QVERIFY(after.refreshToken != before.refreshToken);
    // The rotated pair is what the store keeps now.
    std::optional<StoredTokens> kept;
    tokens->read(TokenStore::instanceKey(sandbox->url(), s->email()), this,
        [&](const std::optional<StoredTokens> &t) { kept = t; });
    QTRY_VERIFY(kept.has_value());
    QCOMPARE(kept->accessToken, after.accessToken);
    QCOMPARE(kept->refreshToken, after.refreshToken);
}

void TestSignIn::failedRefreshAsksToSignInAgain()
{
    sessions->addTransient(Session {
        sandbox->url(), u"sbx_at_expired"_s, u"sbx_rt_revoked"_s, u"demo@outpost.example"_s});
    QSignalSpy required(sessions.get(), &SessionRegistry::signInRequired);
    std::optional<QList<ServiceError>> errors;
    sessions->fetchMailboxes(
        this, [&](const QList<Mailbox> &, const QList<ServiceError> &e) { errors = e; });
    QTRY_VERIFY(errors.has_value());
    QCOMPARE(required.size(), 1);
    QCOMPARE(required.first().at(0).toUrl(), sandbox->url());
    QCOMPARE(required.first().at(1).toString(), u"demo@outpost.example"_s);
    QCOMPARE(errors->size(), 1);
    QCOMPARE(errors->first().kind, ServiceError::Kind::Unauthorized);
    QCOMPARE(http->recorded(u"/api/auth/refresh"_s).size(), 1); // once, not in a loop
}

void TestSignIn::severalInstancesAtOnce()
{
    auto second = Sandbox::Testing::startSandbox();
    QVERIFY(second);
    Sandbox::Testing::SandboxTestClient secondHttp(second->url(), second->demoToken());
    // A mailbox only the second instance has.
    const QUrl authUrl(secondHttp.get(u"/api/email/oauth/authorize?provider=outlook"_s)
                           .json()
                           .value(u"authUrl"_s)
                           .toString());
    QCOMPARE(Testing::BrowserStandIn().get(authUrl).status, 200);

    QVERIFY(signInDemo(sandbox->url()));
    QVERIFY(signInDemo(second->url()));
    QCOMPARE(sessions->sessions().size(), 2);
    std::optional<QList<Mailbox>> listed;
    sessions->fetchMailboxes(
        this, [&](const QList<Mailbox> &all, const QList<ServiceError> &) { listed = all; });
    QTRY_VERIFY(listed.has_value());
    MailboxListModel fromList;
    fromList.setMailboxes(*listed);
    QVERIFY(fromList.rowOf(u"new1@acme.example"_s) >= 0);
    QVERIFY(fromList.rowOf(u"support@acme.example"_s) >= 0);
    QCOMPARE(sessions->sessionFor(u"new1@acme.example"_s, std::nullopt)->instance(), second->url());

    RoutingSubmission submission(sessions.get());
    QSignalSpy sent(&submission, &Submission::succeeded);
    Draft draft;
    draft.from = u"new1@acme.example"_s;
    draft.to = AddressList::parse(u"jamie.lee@example.com"_s).addresses;
    draft.subject = u"From the second instance"_s;
    draft.body = u"Hello"_s;
    submission.submit(draft, QUuid::createUuid().toString(QUuid::WithoutBraces), {});
    QVERIFY(sent.wait(10000));
    const auto subjects = [](const QJsonArray &messages) {
        QStringList out;
        for (const QJsonValue &m : messages)
            out += m.toObject().value(u"emailMetadata").toObject().value(u"subject").toString();
        return out;
    };
    QVERIFY(subjects(secondHttp.allMessages()).contains(u"From the second instance"_s));
    QVERIFY(!subjects(http->allMessages()).contains(u"From the second instance"_s));
}

void TestSignIn::connectsMailboxThroughTheBrowser()
{
    InstanceSession *s = signInDemo(sandbox->url());
    QVERIFY(s);
    MailboxConnector connector(s->client());
    connector.setTiming(
        {std::chrono::milliseconds(50), std::chrono::milliseconds(200), std::chrono::seconds(20)});
    QSignalSpy connected(&connector, &MailboxConnector::connected);
    QSignalSpy failed(&connector, &MailboxConnector::failed);
    Testing::BrowserStandIn browser;
    int pageStatus = 0;
    connect(&connector, &MailboxConnector::openUrlRequested, this, [&](const QUrl &url) {
        // The user takes a moment in the browser: a few polls find nothing new first.
        QTimer::singleShot(300, this, [&, url] { pageStatus = browser.get(url).status; });
    });
    connector.start(Provider::Gmail);
    QVERIFY(connected.wait(10000));
    QCOMPARE(pageStatus, 200);
    const auto mailbox = connected.first().first().value<Mailbox>();
    QCOMPARE(mailbox.address, u"new1@acme.example"_s);
    QCOMPARE(mailbox.provider, Provider::Gmail);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!connector.isRunning());
    QVERIFY(http->recorded(u"/api/email/accounts"_s).size() >= 3);
}

void TestSignIn::connectingCanBeCancelled()
{
    InstanceSession *s = signInDemo(sandbox->url());
    QVERIFY(s);
    MailboxConnector connector(s->client());
    connector.setTiming(
        {std::chrono::milliseconds(20), std::chrono::milliseconds(20), std::chrono::seconds(20)});
    QSignalSpy opened(&connector, &MailboxConnector::openUrlRequested);
    QSignalSpy cancelled(&connector, &MailboxConnector::cancelled);
    QSignalSpy failed(&connector, &MailboxConnector::failed);
    connector.start(Provider::Outlook);
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY(http->recorded(u"/api/email/accounts"_s).size() >= 3);
    connector.cancel();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!connector.isRunning());
    const qsizetype polls = http->recorded(u"/api/email/accounts"_s).size();
    // "No request was made" has no event of its own; ten polls of another connector do. It
    // connects a mailbox on a second instance with the same timing, so its polls, recorded by
    // that instance's sandbox alone, run on the same thread and the same kind of timer as the
    // cancelled connector's would: by its tenth, a connector still polling would have asked
    // about ten times more. The poll that was on the wire when cancelled may still reach the
    // server; none after it.
    std::unique_ptr<Sandbox::SandboxServer> secondSandbox = Sandbox::Testing::startSandbox();
    QVERIFY(secondSandbox);
    Sandbox::Testing::SandboxTestClient secondHttp(secondSandbox->url());
    InstanceSession *second = signInDemo(secondSandbox->url());
    QVERIFY(second);
    MailboxConnector other(second->client());
    other.setTiming(
        {std::chrono::milliseconds(20), std::chrono::milliseconds(20), std::chrono::seconds(20)});
    QSignalSpy otherOpened(&other, &MailboxConnector::openUrlRequested);
    other.start(Provider::Outlook);
    QVERIFY(otherOpened.wait(10000));
    const qsizetype before = secondHttp.recorded(u"/api/email/accounts"_s).size();
    QTRY_VERIFY(secondHttp.recorded(u"/api/email/accounts"_s).size() >= before + 10);
    QVERIFY(http->recorded(u"/api/email/accounts"_s).size() <= polls + 1); // polling stopped
    QCOMPARE(failed.size(), 0);
    other.cancel();
}

void TestSignIn::connectingGivesUpWithAMessage()
{
    InstanceSession *s = signInDemo(sandbox->url());
    QVERIFY(s);
    MailboxConnector connector(s->client());
    connector.setTiming({std::chrono::milliseconds(20), std::chrono::milliseconds(50),
        std::chrono::milliseconds(300)});
    QSignalSpy failed(&connector, &MailboxConnector::failed);
    connector.start(Provider::Gmail);
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(u"No new Gmail mailbox appeared"_s),
        qPrintable(failed.first().first().toString()));
    QVERIFY(!connector.isRunning());
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"

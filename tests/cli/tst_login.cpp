// SPDX-License-Identifier: GPL-3.0-or-later
// `outpost login`, `outpost send` with the kept sign-in, and `outpost logout` as processes,
// inside a private D-Bus session with an unlocked gnome-keyring (tests/run-with-keyring.sh).
// The last test signs in, sends, signs out and then searches every file under Outpost's
// config, data and cache folders, and every line it logged, for the tokens: none may be found.
#include "auth/TokenStore.h"
#include "tests/support/OutpostCli.h"
#include "tests/support/SandboxTestClient.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

using Run = Outpost::Testing::CliRun;

class TestLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void helpDocumentsLoginAndLogout();
    void wrongPasswordShowsTheServersMessage();
    void unreachableInstanceIsNamed();
    void sendWithoutTokenSaysHowToSignIn();
    void signInSendSignOutLeavesNoTokenBehind();

private:
    Run outpost(const QStringList &arguments, const QByteArray &stdinData = {});
    std::optional<StoredTokens> keychainEntry();
    QStringList sendArgs(const QString &subject) const;

    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
    QString logged; // everything every outpost process printed
};

void TestLogin::initTestCase()
{
    QVERIFY2(!Testing::outpostBinary().isEmpty(), "OUTPOST_BINARY names the built outpost");
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "run through tests/run-with-keyring.sh");
    // The sandbox keeps its own state outside Outpost's folders (under HOME it would count).
    QVERIFY(!QDir::tempPath().startsWith(QDir::homePath()));
}

void TestLogin::init()
{
    sandbox = Sandbox::Testing::startSandbox();
    QVERIFY(sandbox);
    http = std::make_unique<Sandbox::Testing::SandboxTestClient>(
        sandbox->url(), sandbox->demoToken());
}

Run TestLogin::outpost(const QStringList &arguments, const QByteArray &stdinData)
{
    // HOME stays the test's own: what login keeps under it is looked at.
    QProcessEnvironment env = Testing::cliEnvironment(QDir::homePath());
    env.insert(u"QT_LOGGING_RULES"_s, u"outpost.*=true"_s); // as much log as there is
    // The sandbox lives in this process: runOutpost waits with the event loop running.
    const Run r = Testing::runOutpost(arguments, env, stdinData);
    logged += r.out + r.err;
    return r;
}

std::optional<StoredTokens> TestLogin::keychainEntry()
{
    TokenStore store;
    std::optional<StoredTokens> found;
    bool answered = false;
    store.read(TokenStore::instanceKey(sandbox->url(), u"demo@outpost.example"_s), this,
        [&](const std::optional<StoredTokens> &t) {
            found = t;
            answered = true;
        });
    QSignalSpy never(&store, &QObject::destroyed);
    for (int i = 0; i < 200 && !answered; ++i)
        never.wait(25);
    return found;
}

QStringList TestLogin::sendArgs(const QString &subject) const
{
    return {u"send"_s, u"--instance"_s, sandbox->url().toString(), u"--from"_s,
        u"dana@acme.example"_s, u"--to"_s, u"jamie.lee@example.com"_s, u"--subject"_s, subject,
        u"--body"_s, u"Hello"_s};
}

void TestLogin::helpDocumentsLoginAndLogout()
{
    const Run help = outpost({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &word : {u"outpost login"_s, u"outpost logout"_s, u"keychain"_s})
        QVERIFY2(help.out.contains(word), qPrintable(word));
    const Run login = outpost({u"login"_s, u"--help"_s});
    QCOMPARE(login.exitCode, 0);
    for (const QString &word : {u"--instance"_s, u"--email"_s, u"--api-token"_s, u"77"_s})
        QVERIFY2(login.out.contains(word), qPrintable(word));
    const Run usage = outpost({u"login"_s, u"--instance"_s, sandbox->url().toString()});
    QCOMPARE(usage.exitCode, 64);
    QVERIFY(usage.err.contains(u"--email"_s));
}

void TestLogin::wrongPasswordShowsTheServersMessage()
{
    const Run r = outpost({u"login"_s, u"--instance"_s, sandbox->url().toString(), u"--email"_s,
                              u"demo@outpost.example"_s},
        "not-the-password\n");
    QCOMPARE(r.exitCode, 77);
    QVERIFY2(r.err.contains(u"Invalid email or password"_s), qPrintable(r.err));
    QVERIFY(!r.err.contains(u"not-the-password"_s));
    QVERIFY(!keychainEntry());
}

void TestLogin::unreachableInstanceIsNamed()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const Run r = outpost({u"login"_s, u"--instance"_s, u"http://127.0.0.1:%1"_s.arg(port),
                              u"--email"_s, u"demo@outpost.example"_s},
        "outpost-demo\n");
    QCOMPARE(r.exitCode, 69);
    QVERIFY2(r.err.contains(u"Cannot reach 127.0.0.1"_s), qPrintable(r.err));
}

void TestLogin::sendWithoutTokenSaysHowToSignIn()
{
    const Run r = outpost(sendArgs(u"Not signed in"_s));
    QCOMPARE(r.exitCode, 77);
    QVERIFY2(r.err.contains(u"outpost login"_s) && r.err.contains(u"OUTPOST_TOKEN"_s),
        qPrintable(r.err));
}

void TestLogin::signInSendSignOutLeavesNoTokenBehind()
{
    logged.clear();
    QStringList secrets {Sandbox::DemoUser::password()};

    const Run login = outpost({u"login"_s, u"--instance"_s, sandbox->url().toString(), u"--email"_s,
                                  u"demo@outpost.example"_s},
        Sandbox::DemoUser::password().toUtf8() + '\n');
    QCOMPARE(login.exitCode, 0);
    QVERIFY2(login.out.contains(u"Signed in to 127.0.0.1 as demo@outpost.example"_s),
        qPrintable(login.out + login.err));
    const auto first = keychainEntry();
    QVERIFY(first && first->accessToken.startsWith(u"sbx_at_"_s));
    QVERIFY(first->refreshToken.startsWith(u"sbx_rt_"_s));
    secrets << first->accessToken << first->refreshToken;

    const Run sent = outpost(sendArgs(u"With the kept sign-in"_s));
    QCOMPARE(sent.exitCode, 0);
    QVERIFY(sent.out.contains(u"conversationId"_s));

    // The access token expires: send refreshes once and keeps the rotated pair.
    QCOMPARE(http->post(u"/_sandbox/expire-tokens"_s, {}).status, 200);
    const Run again = outpost(sendArgs(u"After a refresh"_s));
    QCOMPARE(again.exitCode, 0);
    const auto rotated = keychainEntry();
    QVERIFY(rotated);
    QVERIFY(rotated->refreshToken != first->refreshToken);
    QVERIFY(rotated->accessToken != first->accessToken);
    secrets << rotated->accessToken << rotated->refreshToken;
    int sentCount = 0;
    for (const QJsonValue &m : http->allMessages()) {
        const QString subject
            = m.toObject().value(u"emailMetadata").toObject().value(u"subject").toString();
        sentCount += subject == u"With the kept sign-in"_s || subject == u"After a refresh"_s;
    }
    QCOMPARE(sentCount, 2);

    const Run logout = outpost({u"logout"_s, u"--instance"_s, sandbox->url().toString()});
    QCOMPARE(logout.exitCode, 0);
    QVERIFY(!keychainEntry());
    QCOMPARE(outpost(sendArgs(u"After sign-out"_s)).exitCode, 77);

    // Nothing of it anywhere on disk under Outpost's folders, nor in anything it printed.
    QStringList roots;
    for (const auto location :
        {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
            QStandardPaths::GenericCacheLocation, QStandardPaths::HomeLocation})
        roots << QStandardPaths::writableLocation(location);
    int files = 0;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(
            root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray content = f.readAll();
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!content.contains(secret.toUtf8()),
                    qPrintable(u"a secret is in "_s + f.fileName()));
        }
    }
    QVERIFY(files > 0); // the instance list at least was searched
    QVERIFY(QFile::exists(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/Outpost/instances.ini"_s));
    // The log was on, down to debug, through the sign-in and the refresh.
    QVERIFY(logged.contains(u"/api/auth/login"_s) && logged.contains(u"/api/auth/refresh"_s));
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!logged.contains(secret), "a secret reached the log output");
}

QTEST_GUILESS_MAIN(TestLogin)
#include "tst_login.moc"

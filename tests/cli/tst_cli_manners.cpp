// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 8: `outpost` as a user at a terminal meets it. A wrong command line is a usage
// error (exit 64, the usage on stderr, "did you mean" for a close command), with a display and
// without one; a window without a display is explained, not an abort; every subcommand's --help
// names it; `outpost login` without a keychain still checks the password; a normal send leaves
// stderr empty. Runs under Xvfb, so that "with a display" is a real one.
#include "tests/support/OutpostCli.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Run = Outpost::Testing::CliRun;

enum class Display { Present, Absent };
} // namespace

Q_DECLARE_METATYPE(Display)

class TestCliManners : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wrongCommandLineIsUsage_data();
    void wrongCommandLineIsUsage();
    void windowWithoutDisplayIsExplained();
    void subcommandHelpNamesTheCommand_data();
    void subcommandHelpNamesTheCommand();
    void loginWithoutKeychainChecksThePasswordFirst();
    void normalSendLeavesStderrEmpty();
    void windowStartsAndQuitsQuietly();

private:
    Run outpost(const QStringList &arguments, Display display,
        const QProcessEnvironment &extra = {}, const QByteArray &stdinData = {});

    QString binary;
    QTemporaryDir home;
    Outpost::Testing::SandboxProcess sandbox;
    QString url;
    QString token;
    QString password;
};

Run TestCliManners::outpost(const QStringList &arguments, Display display,
    const QProcessEnvironment &extra, const QByteArray &stdinData)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.remove(u"OUTPOST_TOKEN"_s);
    env.remove(u"QT_LOGGING_RULES"_s); // what a user sees, not what a developer asked for
    env.remove(u"QT_QPA_PLATFORM"_s); // the platform a user has: a display or none
    if (display == Display::Absent) {
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
    }
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    return Outpost::Testing::runOutpost(arguments, env, stdinData);
}

void TestCliManners::initTestCase()
{
    binary = Outpost::Testing::outpostBinary();
    QVERIFY2(!binary.isEmpty(), "OUTPOST_BINARY names the built outpost");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "runs under xvfb-run");
    QVERIFY(home.isValid());
    QVERIFY(sandbox.start());
    url = sandbox.url;
    token = sandbox.token;
    password = sandbox.password;
    QVERIFY(url.startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(!token.isEmpty() && !password.isEmpty());
}

void TestCliManners::cleanupTestCase()
{
    sandbox.stop();
}

void TestCliManners::wrongCommandLineIsUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Display>("display");
    QTest::addColumn<QStringList>("stderrSays");
    for (const Display display : {Display::Present, Display::Absent}) {
        const char *where = display == Display::Present ? "with a display" : "without a display";
        QTest::addRow("mistyped command, %s", where)
            << QStringList {u"sned"_s} << display
            << QStringList {u"unknown command “sned”"_s, u"Did you mean `outpost send`?"_s,
                   u"Usage: outpost "_s, u"outpost --help"_s};
        QTest::addRow("unknown option, %s", where)
            << QStringList {u"--bogus"_s} << display
            << QStringList {u"bogus"_s, u"Usage: outpost "_s, u"outpost --help"_s};
        QTest::addRow("unknown send option, %s", where)
            << QStringList {u"send"_s, u"--bogus"_s} << display
            << QStringList {
                   u"bogus"_s, u"Usage: outpost send [options]"_s, u"outpost send --help"_s};
        QTest::addRow("far from any command, %s", where)
            << QStringList {u"frobnicate"_s} << display
            << QStringList {u"unknown command “frobnicate”"_s, u"Usage: outpost "_s};
    }
}

void TestCliManners::wrongCommandLineIsUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(Display, display);
    QFETCH(QStringList, stderrSays);
    const Run r = outpost(arguments, display);
    QCOMPARE(r.exitCode, 64);
    for (const QString &words : std::as_const(stderrSays))
        QVERIFY2(r.err.contains(words), qPrintable(words + u" not in:\n"_s + r.err));
    if (arguments.first() == u"frobnicate")
        QVERIFY2(!r.err.contains(u"Did you mean"_s), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
}

void TestCliManners::windowWithoutDisplayIsExplained()
{
    const Run r = outpost({u"--sandbox"_s}, Display::Absent);
    QCOMPARE(r.exitCode, 69); // not Qt's abort (134)
    QVERIFY2(r.err.contains(u"DISPLAY"_s) && r.err.contains(u"outpost send"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"platform plugin"_s), qPrintable(r.err));
}

void TestCliManners::subcommandHelpNamesTheCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"send", "login", "logout", "sandbox"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestCliManners::subcommandHelpNamesTheCommand()
{
    QFETCH(QString, command);
    const Run r = outpost({command, u"--help"_s}, Display::Absent);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.section(u'\n', 0, 0), u"Usage: outpost %1 [options]"_s.arg(command));
    QVERIFY2(!r.out.contains(binary), "the program's path is not the command's name");
}

void TestCliManners::loginWithoutKeychainChecksThePasswordFirst()
{
    // No D-Bus session, no display to start one from: no keychain works.
    QProcessEnvironment noKeychain;
    noKeychain.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    const QStringList login {
        u"login"_s, u"--instance"_s, url, u"--email"_s, u"demo@outpost.example"_s};
    // The server was asked: a wrong password is a refusal, not "no keychain".
    const Run wrong = outpost(login, Display::Absent, noKeychain, "not-the-password\n");
    QCOMPARE(wrong.exitCode, 77);
    QVERIFY2(wrong.err.contains(u"Invalid email or password"_s), qPrintable(wrong.err));
    // The right one signs in; then Outpost says it cannot keep the sign-in, and why.
    const Run right = outpost(login, Display::Absent, noKeychain, password.toUtf8() + '\n');
    QCOMPARE(right.exitCode, 69);
    QVERIFY2(right.err.contains(u"signed in to 127.0.0.1 as demo@outpost.example"_s)
            && right.err.contains(u"cannot be kept"_s) && right.err.contains(u"keychain"_s),
        qPrintable(right.err));
    QVERIFY(!right.err.contains(password));
}

void TestCliManners::normalSendLeavesStderrEmpty()
{
    QProcessEnvironment withToken;
    withToken.insert(u"OUTPOST_TOKEN"_s, token);
    for (const Display display : {Display::Present, Display::Absent}) {
        const Run r = outpost({u"send"_s, u"--instance"_s, url, u"--from"_s, u"dana@acme.example"_s,
                                  u"--to"_s, u"jamie.lee@example.com"_s, u"--subject"_s, u"Quiet"_s,
                                  u"--body"_s, u"Nothing to say."_s},
            display, withToken);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isObject());
    }
}

// `outpost --sandbox` as a user starts it: a window, a second one asked for from outside
// (`outpost --sandbox compose`, handed over to the running Outpost), then the session ends it
// (SIGTERM). Nothing on stderr from start to end, and a clean exit.
void TestCliManners::windowStartsAndQuitsQuietly()
{
    QTemporaryDir runtime; // the session's XDG_RUNTIME_DIR: the single-instance socket is there
    QVERIFY(runtime.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    env.remove(u"QT_LOGGING_RULES"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"QTWEBENGINE_CHROMIUM_FLAGS"_s);
    QProcess window;
    window.setProcessEnvironment(env);
    window.start(binary, {u"--sandbox"_s});
    QVERIFY(window.waitForStarted());
    // Up once it listens for a second invocation.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(runtime.filePath(u"outpost.socket-sandbox"_s))
            || window.state() == QProcess::NotRunning,
        30000);
    QCOMPARE(window.state(), QProcess::Running);

    const Run second = outpost({u"--sandbox"_s, u"compose"_s}, Display::Present, [&] {
        QProcessEnvironment e;
        e.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
        return e;
    }());
    QCOMPARE(second.exitCode, 0); // the running Outpost opened the window
    QVERIFY2(second.err.isEmpty(), qPrintable(second.err));

    window.terminate();
    QVERIFY(window.waitForFinished(30000));
    const QString err = QString::fromUtf8(window.readAllStandardError());
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QCOMPARE(window.exitCode(), 0);
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCliManners)
#include "tst_cli_manners.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// `outpost` as a process: `outpost sandbox --json` in the background, `outpost send` against
// it, stdout, stderr and exit codes as a script would see them.
#include "tests/support/OutpostCli.h"
#include "tests/support/SandboxTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

using Run = Outpost::Testing::CliRun;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void helpDocumentsEverything();
    void versionNeedsNoDisplay();
    void usageErrors_data();
    void usageErrors();
    void sendsAndPrintsReceipt();
    void sendsToAFirstTimeBareAddress();
    void repliesIntoThread();
    void bodyFromStdin();
    void invalidRecipientIsValidationError();
    void unknownMailboxIsValidationError();
    void unknownThreadIsValidationError();
    void missingOrBadTokenIsAuthenticationError();
    void unreachableInstanceIsNetworkError();
    void transientServerErrorIsRetried();
    void sandboxKeepsStateInDataDir();

private:
    Run outpost(const QStringList &arguments, const QByteArray &stdinData = {},
        const QString &token = QStringLiteral("\x01"));
    QStringList sendArgs(const QString &subject) const;
    int storedCount(const QString &subject);

    QTemporaryDir home;
    Testing::SandboxProcess sandbox;
    QString url;
    QString token;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
};

Run TestCli::outpost(
    const QStringList &arguments, const QByteArray &stdinData, const QString &withToken)
{
    return Testing::runOutpost(arguments,
        Testing::cliEnvironment(home.path(), withToken == u"\x01"_s ? token : withToken),
        stdinData);
}

void TestCli::initTestCase()
{
    QVERIFY2(!Testing::outpostBinary().isEmpty(), "OUTPOST_BINARY names the built outpost");
    QVERIFY(home.isValid());
    QVERIFY(sandbox.start({u"--faults"_s}));
    url = sandbox.url;
    token = sandbox.token;
    QVERIFY(url.startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(!token.isEmpty());
    QCOMPARE(sandbox.email, u"demo@outpost.example"_s);
    QVERIFY(!sandbox.password.isEmpty());
    http = std::make_unique<Sandbox::Testing::SandboxTestClient>(QUrl(url), token);
}

void TestCli::cleanupTestCase()
{
    sandbox.stop();
}

QStringList TestCli::sendArgs(const QString &subject) const
{
    return {u"send"_s, u"--instance"_s, url, u"--from"_s, u"dana@acme.example"_s, u"--to"_s,
        u"jamie.lee@example.com"_s, u"--subject"_s, subject, u"--body"_s,
        u"Hello from the command line."_s};
}

int TestCli::storedCount(const QString &subject)
{
    int count = 0;
    const QJsonArray all = http->allMessages();
    for (const QJsonValue &v : all) {
        if (v.toObject().value(u"emailMetadata").toObject().value(u"subject").toString() == subject)
            ++count;
    }
    return count;
}

void TestCli::helpDocumentsEverything()
{
    const Run help = outpost({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &word : {u"send"_s, u"sandbox"_s, u"--instance"_s, u"OUTPOST_TOKEN"_s,
             u"mailto:"_s, u"64"_s, u"65"_s, u"69"_s, u"77"_s})
        QVERIFY2(help.out.contains(word), qPrintable(word));
    const Run sendHelp = outpost({u"send"_s, u"--help"_s});
    QCOMPARE(sendHelp.exitCode, 0);
    for (const QString &word : {u"--from"_s, u"--to"_s, u"--cc"_s, u"--bcc"_s, u"--subject"_s,
             u"--body"_s, u"--body-file"_s, u"--html"_s, u"--thread"_s, u"--in-reply-to"_s,
             u"--references"_s, u"--provider"_s, u"--template"_s})
        QVERIFY2(sendHelp.out.contains(word), qPrintable(word));
    const Run sandboxHelp = outpost({u"sandbox"_s, u"--help"_s});
    QCOMPARE(sandboxHelp.exitCode, 0);
    QVERIFY(sandboxHelp.out.contains(u"--faults"_s));
}

void TestCli::versionNeedsNoDisplay()
{
    const Run v = outpost({u"--version"_s});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith(u"outpost "_s));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("no from") << QStringList {u"send"_s, u"--instance"_s, u"http://127.0.0.1:1"_s,
        u"--to"_s, u"a@b.com"_s, u"--body"_s, u"x"_s}
                             << u"--from"_s;
    QTest::newRow("no body") << QStringList {u"send"_s, u"--instance"_s, u"http://127.0.0.1:1"_s,
        u"--from"_s, u"a@b.com"_s, u"--to"_s, u"a@b.com"_s}
                             << u"--body"_s;
    QTest::newRow("unknown option") << QStringList {u"send"_s, u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("plain http off loopback") << QStringList {u"send"_s, u"--instance"_s,
        u"http://acme.example"_s, u"--from"_s, u"a@b.com"_s, u"--to"_s, u"a@b.com"_s, u"--body"_s,
        u"x"_s} << u"https"_s;
    QTest::newRow("bad provider") << QStringList {u"send"_s, u"--instance"_s,
        u"http://127.0.0.1:1"_s, u"--from"_s, u"a@b.com"_s, u"--to"_s, u"a@b.com"_s, u"--body"_s,
        u"x"_s, u"--provider"_s, u"yahoo"_s}
                                  << u"gmail or outlook"_s;
    QTest::newRow("bad sandbox port")
        << QStringList {u"sandbox"_s, u"--port"_s, u"99999"_s} << u"--port"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrContains);
    const Run r = outpost(arguments);
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::sendsAndPrintsReceipt()
{
    const Run r
        = outpost(sendArgs(u"CLI hello"_s) << u"--cc"_s << u"Priya Raman <priya@example.org>"_s);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QJsonObject receipt = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(!receipt.value(u"conversationId").toString().isEmpty());
    QVERIFY(!receipt.value(u"threadId").toString().isEmpty());
    QVERIFY(!receipt.value(u"messageId").toString().isEmpty());
    QCOMPARE(storedCount(u"CLI hello"_s), 1);
    const auto messages = http->get(
        u"/api/conversation/"_s + receipt.value(u"conversationId").toString() + u"/messages"_s);
    QCOMPARE(messages.status, 200);
    const QJsonArray list = messages.json().value(u"messages").toArray();
    QCOMPARE(
        list.last().toObject().value(u"_id").toString(), receipt.value(u"messageId").toString());
    QCOMPARE(
        list.last().toObject().value(u"emailMetadata").toObject().value(u"cc").toArray().size(), 1);
}

// Issue 13: a recipient the sandbox has never seen, with no name, becomes a contact.
void TestCli::sendsToAFirstTimeBareAddress()
{
    QStringList args = sendArgs(u"First time"_s);
    args[args.indexOf(u"--to"_s) + 1] = u"first.time@example.org"_s;
    const Run r = outpost(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(storedCount(u"First time"_s), 1);
    const QJsonArray found = http->get(u"/api/contacts?search=first.time%40example.org"_s)
                                 .json()
                                 .value(u"data")
                                 .toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(u"firstName"), QJsonValue(u""_s));
    QCOMPARE(found.first().toObject().value(u"lastName"), QJsonValue(u""_s));
}

void TestCli::repliesIntoThread()
{
    const Run first = outpost(sendArgs(u"Thread start"_s));
    QCOMPARE(first.exitCode, 0);
    const QJsonObject receipt = QJsonDocument::fromJson(first.out.toUtf8()).object();
    QStringList reply = sendArgs(QString());
    reply.removeAt(reply.indexOf(u"--subject"_s) + 1);
    reply.removeOne(u"--subject"_s);
    reply << u"--thread"_s << receipt.value(u"threadId").toString();
    const Run second = outpost(reply);
    QCOMPARE(second.exitCode, 0);
    const QJsonObject again = QJsonDocument::fromJson(second.out.toUtf8()).object();
    QCOMPARE(again.value(u"conversationId"), receipt.value(u"conversationId"));
    QCOMPARE(again.value(u"threadId"), receipt.value(u"threadId"));
    // The server reused the subject and chained the reply.
    QCOMPARE(storedCount(u"Thread start"_s), 2);
}

void TestCli::bodyFromStdin()
{
    QStringList args = sendArgs(u"From stdin"_s);
    const qsizetype i = args.indexOf(u"--body"_s);
    args[i] = u"--body-file"_s;
    args[i + 1] = u"-"_s;
    const Run r = outpost(args, "Línea uno\nline two\n");
    QCOMPARE(r.exitCode, 0);
    const QJsonArray all = http->allMessages();
    bool found = false;
    for (const QJsonValue &v : all)
        found |= v.toObject().value(u"body").toString() == u"Línea uno\nline two\n"_s;
    QVERIFY(found);
}

void TestCli::invalidRecipientIsValidationError()
{
    QStringList args = sendArgs(u"Never sent"_s);
    args << u"--to"_s << u"jamie@"_s;
    const Run r = outpost(args);
    QCOMPARE(r.exitCode, 65);
    QVERIFY2(r.err.contains(u"to:"_s) && r.err.contains(u"jamie@"_s), qPrintable(r.err));
    QCOMPARE(storedCount(u"Never sent"_s), 0);
}

void TestCli::unknownMailboxIsValidationError()
{
    QStringList args = sendArgs(u"Wrong from"_s);
    args[args.indexOf(u"--from"_s) + 1] = u"stranger@acme.example"_s;
    const Run r = outpost(args);
    QCOMPARE(r.exitCode, 65);
    QVERIFY2(r.err.contains(u"from:"_s) && r.err.contains(u"stranger@acme.example"_s),
        qPrintable(r.err));
}

void TestCli::unknownThreadIsValidationError()
{
    const Run r = outpost(sendArgs(u"Lost thread"_s) << u"--thread"_s << u"gthread-doesnotexist"_s);
    QCOMPARE(r.exitCode, 65);
    QVERIFY2(r.err.contains(u"threadId:"_s), qPrintable(r.err));
}

void TestCli::missingOrBadTokenIsAuthenticationError()
{
    const Run none = outpost(sendArgs(u"No token"_s), {}, QString());
    QCOMPARE(none.exitCode, 77);
    QVERIFY(none.err.contains(u"OUTPOST_TOKEN"_s));
    const Run bad = outpost(sendArgs(u"Bad token"_s), {}, u"not-a-token"_s);
    QCOMPARE(bad.exitCode, 77);
    QVERIFY2(bad.err.contains(u"sign in"_s, Qt::CaseInsensitive), qPrintable(bad.err));
    QVERIFY2(!bad.err.contains(u"not-a-token"_s), "a token never reaches the output");
}

void TestCli::unreachableInstanceIsNetworkError()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    QStringList args = sendArgs(u"Nowhere"_s);
    args[args.indexOf(u"--instance"_s) + 1] = u"http://127.0.0.1:%1"_s.arg(port);
    const Run r = outpost(args);
    QCOMPARE(r.exitCode, 69);
    QVERIFY2(r.err.contains(u"127.0.0.1"_s), qPrintable(r.err));
}

void TestCli::transientServerErrorIsRetried()
{
    QVERIFY(http->addFault({{u"path"_s, u"/api/email/messages/send"_s}, {u"status"_s, 503},
        {u"retryAfter"_s, u"1"_s}, {u"times"_s, 2}}));
    const Run r = outpost(sendArgs(u"After 503"_s));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"Retrying"_s), qPrintable(r.err));
    QCOMPARE(storedCount(u"After 503"_s), 1);
}

void TestCli::sandboxKeepsStateInDataDir()
{
    QCOMPARE(storedCount(u"CLI hello"_s), 1);
    QVERIFY(sandbox.restart());
    url = sandbox.url;
    QCOMPARE(sandbox.token, token);
    http = std::make_unique<Sandbox::Testing::SandboxTestClient>(QUrl(url), token);
    QCOMPARE(storedCount(u"CLI hello"_s), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, item 5, as a script sees it: `outpost sandbox --instance-profile legacy-accountid`
// plays an instance of the older send page (the mailbox named `accountId`, not `from`), and
// `outpost send` gets its mail through, once, and remembers the instance for the next run.
#include "tests/support/OutpostCli.h"
#include "tests/support/SandboxTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

using Run = Outpost::Testing::CliRun;

class TestCliLegacy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void unknownProfileIsAUsageError();
    void sendsThroughAnOlderInstanceAndRemembersIt();

private:
    Run outpost(const QStringList &arguments);
    int storedCount(const QString &subject);

    QTemporaryDir home;
    Testing::SandboxProcess sandbox;
    QString url;
    QString token;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
};

Run TestCliLegacy::outpost(const QStringList &arguments)
{
    return Testing::runOutpost(arguments, Testing::cliEnvironment(home.path(), token));
}

int TestCliLegacy::storedCount(const QString &subject)
{
    int count = 0;
    for (const QJsonValue &v : http->allMessages()) {
        count += v.toObject().value(u"emailMetadata").toObject().value(u"subject").toString()
            == subject;
    }
    return count;
}

void TestCliLegacy::initTestCase()
{
    QVERIFY2(!Testing::outpostBinary().isEmpty(), "OUTPOST_BINARY names the built outpost");
    QVERIFY(home.isValid());
    QVERIFY(sandbox.start({u"--faults"_s, u"--instance-profile"_s, u"legacy-accountid"_s}));
    url = sandbox.url;
    token = sandbox.token;
    QVERIFY(url.startsWith(u"http://127.0.0.1:"_s));
    http = std::make_unique<Sandbox::Testing::SandboxTestClient>(QUrl(url), token);
}

void TestCliLegacy::cleanupTestCase()
{
    sandbox.stop();
}

void TestCliLegacy::unknownProfileIsAUsageError()
{
    const Run r = outpost({u"sandbox"_s, u"--instance-profile"_s, u"ancient"_s});
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(u"legacy-accountid"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"ancient"_s), qPrintable(r.err));
}

void TestCliLegacy::sendsThroughAnOlderInstanceAndRemembersIt()
{
    const QStringList args {u"send"_s, u"--instance"_s, url, u"--from"_s, u"dana@acme.example"_s,
        u"--to"_s, u"first.time@example.org"_s, u"--body"_s, u"Hello, older instance."_s,
        u"--subject"_s};
    const Run first = outpost(args + QStringList {u"Legacy one"_s});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.err.isEmpty(), qPrintable(first.err));
    QVERIFY(!QJsonDocument::fromJson(first.out.toUtf8())
                 .object()
                 .value(u"conversationId")
                 .toString()
                 .isEmpty());
    QCOMPARE(storedCount(u"Legacy one"_s), 1);
    const QJsonArray posts = http->recorded(u"/api/email/messages/send"_s);
    QCOMPARE(posts.size(), 2); // `from` refused naming accountId, then the _id
    QCOMPARE(posts.at(0).toObject().value(u"status").toInt(), 400);
    QCOMPARE(posts.at(1).toObject().value(u"status").toInt(), 200);

    // A second run of outpost: the instance is remembered, one request.
    const Run second = outpost(args + QStringList {u"Legacy two"_s});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.err.isEmpty(), qPrintable(second.err));
    QCOMPARE(storedCount(u"Legacy two"_s), 1);
    const QJsonArray after = http->recorded(u"/api/email/messages/send"_s);
    QCOMPARE(after.size(), 3);
    QCOMPARE(after.at(2).toObject().value(u"status").toInt(), 200);
    QVERIFY(after.at(2).toObject().value(u"body").toString().contains(u"\"accountId\""_s));
}

QTEST_GUILESS_MAIN(TestCliLegacy)
#include "tst_cli_legacy.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, item 5, as a script sees it: `outpost sandbox --instance-profile legacy-accountid`
// plays an instance of the older send page (the mailbox named `accountId`, not `from`), and
// `outpost send` gets its mail through, once, and remembers the instance for the next run.
#include "tests/support/SandboxTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

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

    QString binary;
    QTemporaryDir home;
    QTemporaryDir data;
    QProcess sandbox;
    QString url;
    QString token;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
};

Run TestCliLegacy::outpost(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.remove(u"DISPLAY"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"OUTPOST_TOKEN"_s, token);
    p.setProcessEnvironment(env);
    p.start(binary, arguments);
    if (!p.waitForStarted())
        return {};
    p.closeWriteChannel();
    p.waitForFinished(60'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
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
    binary = qEnvironmentVariable("OUTPOST_BINARY");
    QVERIFY2(QFile::exists(binary), "OUTPOST_BINARY names the built outpost");
    QVERIFY(home.isValid() && data.isValid());
    sandbox.setProgram(binary);
    sandbox.setArguments({u"sandbox"_s, u"--json"_s, u"--faults"_s, u"--instance-profile"_s,
        u"legacy-accountid"_s, u"--data"_s, data.path()});
    sandbox.start();
    QVERIFY(sandbox.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 15000);
    const QJsonObject line = QJsonDocument::fromJson(sandbox.readLine()).object();
    url = line.value(u"url").toString();
    token = line.value(u"token").toString();
    QVERIFY(url.startsWith(u"http://127.0.0.1:"_s));
    http = std::make_unique<Sandbox::Testing::SandboxTestClient>(QUrl(url), token);
}

void TestCliLegacy::cleanupTestCase()
{
    sandbox.terminate();
    sandbox.waitForFinished(5000);
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

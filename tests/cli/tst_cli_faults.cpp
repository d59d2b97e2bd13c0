// SPDX-License-Identifier: GPL-3.0-or-later
// `outpost send` against `outpost sandbox --faults --ignore-idempotency-key`, as a script
// would run it: a platform that stores every repeat, and lost answers. Every mail is stored
// exactly once and every exit code tells the truth: 0 (with the receipt of the stored message)
// only when it is stored, 75 when Outpost could not find out.
// OUTPOST_CLI_FAULT_SENDS sets the number of sends (default 16).
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

class TestCliFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void helpNamesTheMayHaveBeenSentCode();
    void droppedConnectionsStoreEveryMailOnce();
    void anOutcomeNobodyCanTellExits75();

private:
    QProcess *start(const QString &subject);
    QStringList sendArgs(const QString &subject) const;
    QHash<QString, QStringList> storedIds(); // subject → ids of the messages stored with it

    QTemporaryDir home;
    Testing::SandboxProcess sandbox;
    QString url;
    QString token;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
};

void TestCliFaults::initTestCase()
{
    QVERIFY2(!Testing::outpostBinary().isEmpty(), "OUTPOST_BINARY names the built outpost");
    QVERIFY(home.isValid());
    QVERIFY(sandbox.start({u"--faults"_s, u"--ignore-idempotency-key"_s}));
    url = sandbox.url;
    token = sandbox.token;
    http = std::make_unique<Sandbox::Testing::SandboxTestClient>(QUrl(url), token);
    QCOMPARE(
        http->get(u"/_sandbox/faults"_s).json().value(u"ignoreIdempotencyKey"_s), QJsonValue(true));
}

void TestCliFaults::cleanupTestCase()
{
    sandbox.stop();
}

void TestCliFaults::init()
{
    QCOMPARE(http->del(u"/_sandbox/faults"_s).status, 200);
}

QStringList TestCliFaults::sendArgs(const QString &subject) const
{
    return {u"send"_s, u"--instance"_s, url, u"--from"_s, u"dana@acme.example"_s, u"--to"_s,
        u"jamie.lee@example.com"_s, u"--subject"_s, subject, u"--body"_s,
        u"Sent by a script through a lossy network."_s};
}

QProcess *TestCliFaults::start(const QString &subject)
{
    auto *p = new QProcess(this);
    p->setProcessEnvironment(Testing::cliEnvironment(home.path(), token));
    p->start(Testing::outpostBinary(), sendArgs(subject));
    return p;
}

QHash<QString, QStringList> TestCliFaults::storedIds()
{
    QHash<QString, QStringList> ids;
    for (const QJsonValue &v : http->allMessages()) {
        const QJsonObject m = v.toObject();
        ids[m.value(u"emailMetadata").toObject().value(u"subject").toString()]
            += m.value(u"_id"_s).toString();
    }
    return ids;
}

void TestCliFaults::helpNamesTheMayHaveBeenSentCode()
{
    const Testing::CliRun r = Testing::runOutpost(
        {u"send"_s, u"--help"_s}, Testing::cliEnvironment(home.path(), token));
    QVERIFY2(r.out.contains(u"75 may have been sent"_s), qPrintable(r.out));
    QCOMPARE(r.exitCode, 0);
}

void TestCliFaults::droppedConnectionsStoreEveryMailOnce()
{
    const int count = qEnvironmentVariableIsSet("OUTPOST_CLI_FAULT_SENDS")
        ? qEnvironmentVariableIntValue("OUTPOST_CLI_FAULT_SENDS")
        : 16;
    const QString sendPath = u"/api/email/messages/send"_s;
    // 20% of the send connections dropped before processing, 20% (1/4 of the rest) after.
    QVERIFY(http->addFault({{u"path"_s, sendPath}, {u"drop"_s, u"before"_s},
        {u"probability"_s, 0.2}, {u"seed"_s, 21}, {u"times"_s, -1}}));
    QVERIFY(http->addFault({{u"path"_s, sendPath}, {u"drop"_s, u"after"_s},
        {u"probability"_s, 0.25}, {u"seed"_s, 22}, {u"times"_s, -1}}));
    // Four scripts at a time.
    QHash<QString, QJsonObject> receipts;
    int lookedFor = 0;
    for (int batch = 0; batch < count; batch += 4) {
        QList<QPair<QString, QProcess *>> running;
        for (int i = batch; i < std::min(count, batch + 4); ++i) {
            const QString subject = u"cli-fault-%1"_s.arg(i);
            running += {subject, start(subject)};
        }
        for (const auto &[subject, p] : std::as_const(running)) {
            QVERIFY(p->waitForFinished(120000));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QVERIFY2(p->exitCode() == 0, qPrintable(subject + u": "_s + err));
            lookedFor += err.contains(u"Looking whether it arrived"_s);
            receipts.insert(
                subject, QJsonDocument::fromJson(p->readAllStandardOutput().trimmed()).object());
            p->deleteLater();
        }
    }
    const QHash<QString, QStringList> stored = storedIds();
    int before = 0;
    int after = 0;
    for (const QJsonValue &r : http->recorded(sendPath)) {
        before += r.toObject().value(u"outcome"_s).toString() == u"dropped-before";
        after += r.toObject().value(u"outcome"_s).toString() == u"dropped-after";
    }
    for (int i = 0; i < count; ++i) {
        const QString subject = u"cli-fault-%1"_s.arg(i);
        QVERIFY2(stored.value(subject).size() == 1,
            qPrintable(u"%1 stored %2 times"_s.arg(subject).arg(stored.value(subject).size())));
        // Exit 0 printed the receipt of that very message.
        QCOMPARE(receipts.value(subject).value(u"messageId"_s).toString(),
            stored.value(subject).first());
    }
    qInfo().noquote() << u"%1 sends by `outpost send`: %2 dropped before processing, %3 after; "
                         "%4 sends looked for their mail; every mail stored once"_s.arg(count)
                             .arg(before)
                             .arg(after)
                             .arg(lookedFor);
    QVERIFY(after > 0);
    QVERIFY(lookedFor >= after);
}

void TestCliFaults::anOutcomeNobodyCanTellExits75()
{
    // The answer is lost after the mail was stored, and the conversations cannot be read.
    QVERIFY(http->addFault({{u"path"_s, u"/api/email/messages/send"_s}, {u"drop"_s, u"after"_s}}));
    QVERIFY(
        http->addFault({{u"path"_s, u"/api/contacts"_s}, {u"status"_s, 500}, {u"times"_s, -1}}));
    QProcess *p = start(u"cli-unknown"_s);
    QVERIFY(p->waitForFinished(120000));
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QCOMPARE(p->exitCode(), 75);
    QVERIFY2(err.contains(u"May have been sent"_s), qPrintable(err));
    QVERIFY(p->readAllStandardOutput().isEmpty()); // no receipt: it is not known to be sent
    QCOMPARE(storedIds().value(u"cli-unknown"_s).size(), 1); // it was, and only once
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// `outpost send --template NAME` as a script sees it (issue 17, item 2): the instance's template
// filled from the recipient's contact and the sending mailbox arrives as the recipient reads it;
// a field that cannot be filled is named on stderr, exit 65, and nothing is sent.
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

class TestCliTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aTemplateIsFilledFromTheContactAndSent();
    void anUnfillableFieldIsNamedAndNothingIsSent();
    void anUnknownTemplateNamesTheOnesThereAre();

private:
    using Run = Testing::CliRun;
    Run outpost(const QStringList &arguments);
    QStringList sendArgs(const QString &to, const QString &name) const;
    QJsonArray messagesTo(const QString &address);

    QTemporaryDir home;
    Testing::SandboxProcess sandbox;
    QString url;
    QString token;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
};

TestCliTemplate::Run TestCliTemplate::outpost(const QStringList &arguments)
{
    QProcessEnvironment env = Testing::cliEnvironment(home.path(), token);
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    return Testing::runOutpost(arguments, env);
}

void TestCliTemplate::initTestCase()
{
    QVERIFY2(!Testing::outpostBinary().isEmpty(), "OUTPOST_BINARY names the built outpost");
    QVERIFY(home.isValid());
    QVERIFY(sandbox.start({u"--faults"_s}));
    url = sandbox.url;
    token = sandbox.token;
    QVERIFY(!token.isEmpty());
    http = std::make_unique<Sandbox::Testing::SandboxTestClient>(QUrl(url), token);
}

void TestCliTemplate::cleanupTestCase()
{
    sandbox.stop();
}

QStringList TestCliTemplate::sendArgs(const QString &to, const QString &name) const
{
    return {u"send"_s, u"--instance"_s, url, u"--from"_s, u"dana@acme.example"_s, u"--to"_s, to,
        u"--template"_s, name};
}

QJsonArray TestCliTemplate::messagesTo(const QString &address)
{
    QJsonArray out;
    for (const QJsonValue &v : http->allMessages()) {
        const QJsonObject meta = v.toObject().value(u"emailMetadata").toObject();
        if (!v.toObject().value(u"isIncoming").toBool()
            && meta.value(u"to").toVariant().toStringList().join(u' ').contains(address))
            out.append(v);
    }
    return out;
}

void TestCliTemplate::aTemplateIsFilledFromTheContactAndSent()
{
    const int before = int(messagesTo(u"priya.raman@example.org"_s).size());
    const Run r = outpost(sendArgs(u"priya.raman@example.org"_s, u"renewal reminder"_s));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray sent = messagesTo(u"priya.raman@example.org"_s);
    QCOMPARE(sent.size(), before + 1);
    const QJsonObject mail = sent.last().toObject();
    // The contact's names and the mailbox's name are in; the template's subject too.
    const QString body = mail.value(u"body"_s).toString();
    QVERIFY2(body.startsWith(u"Dear Priya Raman,"_s), qPrintable(body));
    QVERIFY2(!body.contains(u"{{"_s), qPrintable(body));
    QCOMPARE(mail.value(u"emailMetadata"_s).toObject().value(u"subject"_s).toString(),
        u"Your contract renewal"_s);
}

void TestCliTemplate::anUnfillableFieldIsNamedAndNothingIsSent()
{
    const int before = int(messagesTo(u"jamie.lee@example.com"_s).size());
    const Run r = outpost(sendArgs(u"jamie.lee@example.com"_s, u"Meeting follow-up"_s));
    QCOMPARE(r.exitCode, 65);
    QVERIFY2(r.err.contains(u"{{companyName}} could not be filled"_s), qPrintable(r.err));
    QCOMPARE(messagesTo(u"jamie.lee@example.com"_s).size(), before);

    // Someone the instance has no contact for: {{firstName}} is named, with why.
    const Run stranger = outpost(sendArgs(u"nobody@example.net"_s, u"Thanks for your message"_s));
    QCOMPARE(stranger.exitCode, 65);
    QVERIFY2(
        stranger.err.contains(u"{{firstName}}"_s) && stranger.err.contains(u"nobody@example.net"_s),
        qPrintable(stranger.err));
    QCOMPARE(messagesTo(u"nobody@example.net"_s).size(), 0);
}

void TestCliTemplate::anUnknownTemplateNamesTheOnesThereAre()
{
    const Run r = outpost(sendArgs(u"jamie.lee@example.com"_s, u"Nope"_s));
    QCOMPARE(r.exitCode, 65);
    QVERIFY2(r.err.contains(u"Nope"_s) && r.err.contains(u"Renewal reminder"_s), qPrintable(r.err));
    // --template and --body together is a usage error.
    QStringList both = sendArgs(u"jamie.lee@example.com"_s, u"Renewal reminder"_s);
    both << u"--body"_s << u"Hi"_s;
    QCOMPARE(outpost(both).exitCode, 64);
}

QTEST_GUILESS_MAIN(TestCliTemplate)
#include "tst_cli_template.moc"

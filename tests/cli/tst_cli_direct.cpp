// SPDX-License-Identifier: GPL-3.0-or-later
// `outpost send` in direct mode as a script runs it: `--eml FILE --dry-run` writes the message
// and sends nothing; `--via gmail --eml FILE` sends through the (sandbox's) Gmail API and the
// file is exactly what Gmail received; `--via outlook` goes through Graph.
#include "sandbox/ProviderSeed.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/OutpostCli.h"
#include "tests/support/SandboxTestClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

using Run = Outpost::Testing::CliRun;

class TestCliDirect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dryRunWritesTheEmlAndSendsNothing();
    void dryRunRefusesHeaderInjection();
    void viaGmailSendsExactlyTheEml();
    void viaOutlookSendsThroughGraph();
    void viaRefusesAFromTheTokensAccountCannotSendAs();
    void attachmentsGoInTheMessageItself();

private:
    // Runs outpost without blocking the event loop (the sandbox answers in this process).
    Run outpost(const QStringList &arguments, const QString &providerToken = {});

    QTemporaryDir home;
    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
};

Run TestCliDirect::outpost(const QStringList &arguments, const QString &providerToken)
{
    QProcessEnvironment env = Testing::cliEnvironment(home.path());
    if (providerToken.isEmpty())
        env.remove(u"OUTPOST_PROVIDER_TOKEN"_s);
    else
        env.insert(u"OUTPOST_PROVIDER_TOKEN"_s, providerToken);
    return Testing::runOutpost(arguments, env);
}

void TestCliDirect::initTestCase()
{
    QVERIFY2(!Testing::outpostBinary().isEmpty(), "OUTPOST_BINARY names the built outpost");
}

void TestCliDirect::init()
{
    sandbox = Sandbox::Testing::startSandbox();
    QVERIFY(sandbox);
    http = std::make_unique<Sandbox::Testing::SandboxTestClient>(
        sandbox->url(), sandbox->demoToken());
}

void TestCliDirect::cleanup()
{
    http.reset();
    sandbox.reset();
}

void TestCliDirect::dryRunWritesTheEmlAndSendsNothing()
{
    const QString eml = home.filePath(u"dry.eml"_s);
    const Run r = outpost({u"send"_s, u"--from"_s, u"dana.direct@gmail.example"_s, u"--to"_s,
        u"José Pérez <jose.perez@example.com>"_s, u"--bcc"_s, u"audit@acme.example"_s,
        u"--subject"_s, u"Grüße aus Köln"_s, u"--body"_s, u"Bis bald."_s, u"--eml"_s, eml,
        u"--dry-run"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject answer = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(answer.value(u"eml"_s).toString(), eml);
    const QString messageId = answer.value(u"rfcMessageId"_s).toString();
    QVERIFY(messageId.endsWith(u"@gmail.example>"_s));
    QFile f(eml);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QByteArray idLine = "message-id: " + messageId.toLower().toUtf8() + "\r\n";
    QVERIFY(bytes.toLower().contains(idLine));
    QVERIFY(bytes.contains("\r\nSubject: =?UTF-8?")); // RFC 2047: not raw UTF-8
    QVERIFY(bytes.contains("Bcc: audit@acme.example\r\n"));
    QVERIFY(bytes.startsWith("Date: "));
    QVERIFY(bytes.contains("Bis bald."));
    QCOMPARE(bytes.count("\n"), bytes.count("\r\n")); // CRLF line ends only
    // Nothing went anywhere.
    QVERIFY(http->recorded(u"/gmail-api/*"_s).isEmpty());
    QVERIFY(http->recorded(u"/api/*"_s).isEmpty());

    // --dry-run without --eml is a usage error.
    const Run missing = outpost({u"send"_s, u"--from"_s, u"dana.direct@gmail.example"_s, u"--to"_s,
        u"jamie.lee@example.com"_s, u"--body"_s, u"x"_s, u"--dry-run"_s});
    QCOMPARE(missing.exitCode, 64); // usage
    QVERIFY(missing.err.contains(u"--eml"_s));
}

void TestCliDirect::dryRunRefusesHeaderInjection()
{
    const QString eml = home.filePath(u"evil.eml"_s);
    const Run r = outpost({u"send"_s, u"--from"_s, u"dana.direct@gmail.example"_s, u"--to"_s,
        u"jamie.lee@example.com"_s, u"--subject"_s, u"Hi\r\nBcc: evil@attacker.example"_s,
        u"--body"_s, u"x"_s, u"--eml"_s, eml, u"--dry-run"_s});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(u"line break"_s) || r.err.contains(u"ubject"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(eml));
}

void TestCliDirect::viaGmailSendsExactlyTheEml()
{
    const QString eml = home.filePath(u"sent.eml"_s);
    const Run r = outpost(
        {u"send"_s, u"--via"_s, u"gmail"_s, u"--api-url"_s, sandbox->gmailBaseUrl().toString(),
            u"--from"_s, u"dana.direct@gmail.example"_s, u"--to"_s, u"jamie.lee@example.com"_s,
            u"--subject"_s, u"From the command line"_s, u"--body"_s, u"Hello."_s, u"--eml"_s, eml},
        sandbox->demoProviderToken(Provider::Gmail));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject receipt = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(!receipt.value(u"threadId"_s).toString().isEmpty(), qPrintable(r.out));
    QFile f(eml);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray saved = f.readAll();
    Sandbox::Testing::SandboxTestClient gmail(
        sandbox->url(), sandbox->demoProviderToken(Provider::Gmail));
    const auto raw = gmail.get(u"/gmail-api/gmail/v1/users/me/messages/"_s
        + receipt.value(u"messageId"_s).toString() + u"?format=raw"_s);
    QCOMPARE(raw.status, 200);
    const QByteArray received = QByteArray::fromBase64(
        raw.json().value(u"raw"_s).toString().toLatin1(), QByteArray::Base64UrlEncoding);
    QVERIFY2(received == saved, "the .eml is byte for byte what Gmail received");
}

void TestCliDirect::viaOutlookSendsThroughGraph()
{
    const Run r = outpost(
        {u"send"_s, u"--via"_s, u"outlook"_s, u"--api-url"_s, sandbox->graphBaseUrl().toString(),
            u"--from"_s, u"dana.direct@outlook.example"_s, u"--to"_s, u"jamie.lee@example.com"_s,
            u"--subject"_s, u"Through Graph"_s, u"--body"_s, u"Hello."_s},
        sandbox->demoProviderToken(Provider::Outlook));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(http->recorded(u"/graph/v1.0/me/sendMail"_s).size(), 1);
    // A wrong token is an authentication error (exit code 77), nothing is sent.
    const Run refused = outpost(
        {u"send"_s, u"--via"_s, u"outlook"_s, u"--api-url"_s, sandbox->graphBaseUrl().toString(),
            u"--from"_s, u"dana.direct@outlook.example"_s, u"--to"_s, u"jamie.lee@example.com"_s,
            u"--body"_s, u"Hello."_s},
        u"EwB-not-a-token"_s);
    QCOMPARE(refused.exitCode, 77); // authentication
    QCOMPARE(http->recorded(u"/graph/v1.0/me/sendMail"_s).size(), 1);
}

// The token's account is asked of the provider first; a --from it cannot send as is refused
// (exit 65, refused as written) with a message naming the signed-in account, and nothing is
// sent. Gmail's verified send-as alias goes through.
void TestCliDirect::viaRefusesAFromTheTokensAccountCannotSendAs()
{
    const auto tokenOf = [this](const QString &provider, const QString &mailbox) {
        return http
            ->post(u"/_sandbox/provider-tokens"_s,
                {{u"provider"_s, provider}, {u"mailbox"_s, mailbox}})
            .json()
            .value(u"token"_s)
            .toString();
    };
    struct Case
    {
        QString via;
        QUrl api;
        QString account;
        QString displayName;
        QString sendPath;
    };
    const QList<Case> cases {{u"gmail"_s, sandbox->gmailBaseUrl(), u"someone.else@gmail.example"_s,
                                 u"Google"_s, u"/gmail-api/upload/*"_s},
        {u"outlook"_s, sandbox->graphBaseUrl(), u"someone.else@outlook.example"_s, u"Microsoft"_s,
            u"/graph/v1.0/me/sendMail"_s}};
    for (const Case &c : cases) {
        const QString from
            = c.via == u"gmail" ? u"dana.direct@gmail.example"_s : u"dana.direct@outlook.example"_s;
        // Another account's token, --from the mailbox Outpost was asked to send from.
        const Run r = outpost({u"send"_s, u"--via"_s, c.via, u"--api-url"_s, c.api.toString(),
                                  u"--from"_s, from, u"--to"_s, u"jamie.lee@example.com"_s,
                                  u"--subject"_s, u"Whose?"_s, u"--body"_s, u"Hello."_s},
            tokenOf(c.via, c.account));
        QCOMPARE(r.exitCode, 65);
        QVERIFY2(r.err.contains(u"Signed in to %1 as %2, not %3: connect %3 or choose %2."_s.arg(
                     c.displayName, c.account, from)),
            qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QVERIFY(http->recorded(c.sendPath).isEmpty());
    }
    QCOMPARE(http->providerMessages(u"gmail"_s).size(), 0);
    QCOMPARE(http->providerMessages(u"outlook"_s).size(), 0);
    // The account's verified send-as alias is the account's own; a pending one is not.
    const QString gmailToken = sandbox->demoProviderToken(Provider::Gmail);
    const auto viaGmail = [&](const QString &from) {
        return outpost(
            {u"send"_s, u"--via"_s, u"gmail"_s, u"--api-url"_s, sandbox->gmailBaseUrl().toString(),
                u"--from"_s, from, u"--to"_s, u"jamie.lee@example.com"_s, u"--body"_s, u"Hello."_s},
            gmailToken);
    };
    const Run alias = viaGmail(Sandbox::ProviderSeed::gmailVerifiedAlias.toString());
    QVERIFY2(alias.exitCode == 0, qPrintable(alias.err));
    const QString raw
        = http->providerMessages(u"gmail"_s).last().toObject().value(u"raw"_s).toString();
    QVERIFY2(raw.contains(u"From: dana@direct-team.example\r\n"_s), qPrintable(raw.left(300)));
    const Run pending = viaGmail(Sandbox::ProviderSeed::gmailPendingAlias.toString());
    QCOMPARE(pending.exitCode, 65);
    QVERIFY2(pending.err.contains(u"Signed in to Google as dana.direct@gmail.example"_s),
        qPrintable(pending.err));
    QCOMPARE(http->providerMessages(u"gmail"_s).size(), 1);
}

// --attach without an instance: the file goes into the MIME message (Gmail, .eml) or to Graph
// with the message, read from disk; a folder is refused before anything is sent.
void TestCliDirect::attachmentsGoInTheMessageItself()
{
    const QString path = home.filePath(u"Q3 plan – final.pdf"_s);
    QByteArray bytes(150 * 1024, Qt::Uninitialized);
    QRandomGenerator random(7);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const QString eml = home.filePath(u"attached.eml"_s);
    const Run gmail = outpost(
        {u"send"_s, u"--via"_s, u"gmail"_s, u"--api-url"_s, sandbox->gmailBaseUrl().toString(),
            u"--from"_s, u"dana.direct@gmail.example"_s, u"--to"_s, u"jamie.lee@example.com"_s,
            u"--subject"_s, u"The plan"_s, u"--body"_s, u"The plan is attached."_s, u"--attach"_s,
            path, u"--eml"_s, eml},
        sandbox->demoProviderToken(Provider::Gmail));
    QVERIFY2(gmail.exitCode == 0, qPrintable(gmail.err));
    const QJsonObject receipt = QJsonDocument::fromJson(gmail.out.toUtf8()).object();
    Sandbox::Testing::SandboxTestClient api(
        sandbox->url(), sandbox->demoProviderToken(Provider::Gmail));
    const auto raw = api.get(u"/gmail-api/gmail/v1/users/me/messages/"_s
        + receipt.value(u"messageId"_s).toString() + u"?format=raw"_s);
    QCOMPARE(raw.status, 200);
    const QByteArray received = QByteArray::fromBase64(
        raw.json().value(u"raw"_s).toString().toLatin1(), QByteArray::Base64UrlEncoding);
    QFile saved(eml);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY2(saved.readAll() == received, "the .eml is what Gmail received");
    QVERIFY(received.contains("multipart/mixed"));
    QVERIFY(received.contains("Content-Disposition: attachment"));
    QVERIFY(received.contains("Content-Type: application/pdf"));
    QVERIFY(received.contains("filename*")); // RFC 2231: the dash is not ASCII
    QVERIFY2(QByteArray(received).replace("\r\n", "").contains(bytes.toBase64()),
        "the file's bytes, base64, whole");

    const int sentBefore = int(http->recorded(u"/graph/v1.0/me/sendMail"_s).size());
    const Run outlook = outpost(
        {u"send"_s, u"--via"_s, u"outlook"_s, u"--api-url"_s, sandbox->graphBaseUrl().toString(),
            u"--from"_s, u"dana.direct@outlook.example"_s, u"--to"_s, u"jamie.lee@example.com"_s,
            u"--subject"_s, u"The plan"_s, u"--body"_s, u"Attached."_s, u"--attach"_s, path},
        sandbox->demoProviderToken(Provider::Outlook));
    QVERIFY2(outlook.exitCode == 0, qPrintable(outlook.err));
    QCOMPARE(http->recorded(u"/graph/v1.0/me/sendMail"_s).size(), sentBefore + 1);
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    QVERIFY2(http->get(u"/_sandbox/provider-messages?provider=outlook"_s).body.contains(sha),
        "Graph stored the file whole");

    // A folder: refused with its name, exit code 65, nothing sent.
    const Run folder = outpost(
        {u"send"_s, u"--via"_s, u"outlook"_s, u"--api-url"_s, sandbox->graphBaseUrl().toString(),
            u"--from"_s, u"dana.direct@outlook.example"_s, u"--to"_s, u"jamie.lee@example.com"_s,
            u"--body"_s, u"x"_s, u"--attach"_s, home.path()},
        sandbox->demoProviderToken(Provider::Outlook));
    QCOMPARE(folder.exitCode, 65);
    QVERIFY2(folder.err.contains(QDir(home.path()).dirName()), qPrintable(folder.err));
    QCOMPARE(http->recorded(u"/graph/v1.0/me/sendMail"_s).size(), sentBefore + 1);
}

QTEST_MAIN(TestCliDirect)
#include "tst_cli_direct.moc"

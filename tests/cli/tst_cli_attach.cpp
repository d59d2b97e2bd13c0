// SPDX-License-Identifier: GPL-3.0-or-later
// `outpost send --attach FILE` as a process against `outpost sandbox --json`: the files are
// uploaded, their bytes stored as they are on disk, and the send carries their storage keys;
// a bad file stops everything before a byte is sent, naming it.
#include "tests/support/OutpostCli.h"
#include "tests/support/SandboxTestClient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestCliAttach : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sendsWithAttachments();
    void badAttachmentStopsBeforeAnything_data();
    void badAttachmentStopsBeforeAnything();
    void dryRunPutsTheFileInTheEml();

private:
    using Run = Testing::CliRun;
    Run outpost(const QStringList &arguments);
    QStringList sendArgs(const QString &subject) const;
    QString makeFile(const QString &name, const QByteArray &data);

    QTemporaryDir home;
    QTemporaryDir files;
    Testing::SandboxProcess sandbox;
    QString url;
    QString token;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
};

TestCliAttach::Run TestCliAttach::outpost(const QStringList &arguments)
{
    return Testing::runOutpost(arguments, Testing::cliEnvironment(home.path(), token));
}

void TestCliAttach::initTestCase()
{
    QVERIFY2(!Testing::outpostBinary().isEmpty(), "OUTPOST_BINARY names the built outpost");
    QVERIFY(home.isValid() && files.isValid());
    QVERIFY(sandbox.start({u"--faults"_s}));
    url = sandbox.url;
    token = sandbox.token;
    QVERIFY(!token.isEmpty());
    http = std::make_unique<Sandbox::Testing::SandboxTestClient>(QUrl(url), token);
}

void TestCliAttach::cleanupTestCase()
{
    sandbox.stop();
}

QStringList TestCliAttach::sendArgs(const QString &subject) const
{
    return {u"send"_s, u"--instance"_s, url, u"--from"_s, u"dana@acme.example"_s, u"--to"_s,
        u"jamie.lee@example.com"_s, u"--subject"_s, subject, u"--body"_s, u"Attached."_s};
}

QString TestCliAttach::makeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = files.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("could not write %s", qPrintable(path));
    return path;
}

void TestCliAttach::sendsWithAttachments()
{
    const QByteArray pdf(120 * 1024, 'p');
    const QString a = makeFile(u"notes.txt"_s, "Notes for Jamie.\n"_ba);
    const QString b = makeFile(u"Q3 “plan” ü.pdf"_s, pdf);
    const Run r = outpost(sendArgs(u"CLI attach"_s) << u"--attach"_s << a << u"--attach"_s << b);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(
        !QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"messageId").toString().isEmpty());

    const QJsonArray uploads
        = http->get(u"/_sandbox/uploads"_s).json().value(u"uploads"_s).toArray();
    QCOMPARE(uploads.size(), 2);
    QStringList hashes;
    for (const QJsonValue &u : uploads)
        hashes += u.toObject().value(u"sha256"_s).toString();
    hashes.sort();
    QStringList expected {QString::fromLatin1(Sandbox::Testing::sha256("Notes for Jamie.\n")),
        QString::fromLatin1(Sandbox::Testing::sha256(pdf))};
    expected.sort();
    QCOMPARE(hashes, expected);

    QJsonObject sent;
    for (const QJsonValue &m : http->allMessages()) {
        if (m.toObject().value(u"emailMetadata").toObject().value(u"subject").toString()
            == u"CLI attach")
            sent = m.toObject();
    }
    const QJsonArray attachments = sent.value(u"attachments"_s).toArray();
    QCOMPARE(attachments.size(), 2);
    QStringList names;
    for (const QJsonValue &v : attachments)
        names
            += v.toObject().value(u"filename"_s).toString(v.toObject().value(u"name"_s).toString());
    QCOMPARE(names, QStringList({u"notes.txt"_s, u"Q3 “plan” ü.pdf"_s}));
}

void TestCliAttach::badAttachmentStopsBeforeAnything_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("said");
    QTest::addRow("missing") << u"missing.pdf"_s << u"“missing.pdf” cannot be attached"_s;
    QTest::addRow("folder") << u"folder"_s << u"“folder” is a folder"_s;
    QTest::addRow("too large") << u"huge.iso"_s << u"“huge.iso” is 51 MB"_s;
}

void TestCliAttach::badAttachmentStopsBeforeAnything()
{
    QFETCH(QString, name);
    QFETCH(QString, said);
    QDir(files.path()).mkdir(u"folder"_s);
    QFile huge(files.filePath(u"huge.iso"_s));
    QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(51 * 1024 * 1024));
    huge.close();
    const int uploadsBefore = int(http->recorded(u"/api/upload"_s).size());
    const int sendsBefore = int(http->recorded(u"/api/email/messages/send"_s).size());
    const Run r = outpost(sendArgs(u"CLI bad attach"_s) << u"--attach"_s << files.filePath(name));
    QCOMPARE(r.exitCode, 65);
    QVERIFY2(r.err.contains(said), qPrintable(r.err));
    QCOMPARE(int(http->recorded(u"/api/upload"_s).size()), uploadsBefore);
    QCOMPARE(int(http->recorded(u"/api/email/messages/send"_s).size()), sendsBefore);
}

// With --dry-run nothing is uploaded: the file goes into the .eml itself.
void TestCliAttach::dryRunPutsTheFileInTheEml()
{
    const QString eml = files.filePath(u"dry.eml"_s);
    const qsizetype uploadsBefore = http->recorded(u"/api/upload"_s).size();
    const Run r = outpost(sendArgs(u"dry"_s) << u"--dry-run"_s << u"--eml"_s << eml << u"--attach"_s
                                             << makeFile(u"notes.txt"_s, "meeting notes"_ba));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(eml);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray message = f.readAll();
    QVERIFY(message.contains("Content-Disposition: attachment; filename=notes.txt"));
    QVERIFY(message.contains("meeting notes"_ba.toBase64()));
    QCOMPARE(http->recorded(u"/api/upload"_s).size(), uploadsBefore); // nothing uploaded
}

QTEST_GUILESS_MAIN(TestCliAttach)
#include "tst_cli_attach.moc"

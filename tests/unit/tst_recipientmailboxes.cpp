// SPDX-License-Identifier: GPL-3.0-or-later
// The mailbox last used with each recipient: known at once in memory, on disk once its own
// thread has written it, read back by the next start, and forgotten on request.
#include "settings/RecipientMailboxes.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestRecipientMailboxes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rememberedAtOnceAndOnDiskAfter();
    void nextStartReadsWhatWasKept();
    void clearForgetsEverything();

private:
    QTemporaryDir dir;
};

void TestRecipientMailboxes::rememberedAtOnceAndOnDiskAfter()
{
    const QString file = dir.filePath(u"a.ini"_s);
    RecipientMailboxes memory(file);
    memory.remember({u"Jamie.Lee@Example.com"_s, u" priya@example.org "_s}, u"ops@acme.example"_s);
    QCOMPARE(memory.mailboxFor(u"jamie.lee@example.com"_s), u"ops@acme.example"_s);
    QCOMPARE(memory.mailboxFor(u"PRIYA@example.org"_s), u"ops@acme.example"_s);
    QVERIFY(memory.mailboxFor(u"nobody@example.net"_s).isEmpty());
    memory.remember({u"jamie.lee@example.com"_s}, u"dana@acme.example"_s); // the newest wins
    memory.waitForWrites();
    QSettings stored(file, QSettings::IniFormat);
    QCOMPARE(stored.value(u"recipientMailbox/jamie.lee@example.com"_s).toString(),
        u"dana@acme.example"_s);
    QCOMPARE(
        stored.value(u"recipientMailbox/priya@example.org"_s).toString(), u"ops@acme.example"_s);
    // Kept beside a settings file, in a file of its own: a.ini's is a.recipient-mailboxes.ini.
    QCOMPARE(RecipientMailboxes::fileBeside(stored), dir.filePath(u"a.recipient-mailboxes.ini"_s));
}

void TestRecipientMailboxes::nextStartReadsWhatWasKept()
{
    const QString file = dir.filePath(u"b.ini"_s);
    {
        QSettings earlier(file, QSettings::IniFormat); // as a previous run left it
        earlier.setValue(u"recipientMailbox/mei@example.net"_s, u"support@acme.example"_s);
    }
    QCOMPARE(RecipientMailboxes(file).mailboxFor(u"Mei@example.net"_s), u"support@acme.example"_s);
}

void TestRecipientMailboxes::clearForgetsEverything()
{
    const QString file = dir.filePath(u"c.ini"_s);
    RecipientMailboxes memory(file);
    memory.remember({u"jamie.lee@example.com"_s}, u"ops@acme.example"_s);
    memory.clear();
    QVERIFY(memory.mailboxFor(u"jamie.lee@example.com"_s).isEmpty());
    memory.waitForWrites();
    QVERIFY(QSettings(file, QSettings::IniFormat).allKeys().isEmpty());
}

QTEST_GUILESS_MAIN(TestRecipientMailboxes)
#include "tst_recipientmailboxes.moc"

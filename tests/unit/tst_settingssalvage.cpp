// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged settings file is hostile input too: bit-flipped or overwritten, the preferences
// and the recipient-mailbox memory are moved aside (kept), what QSettings can still read of
// them is kept, and the repair is there for the first window to say. Real files.
#include "settings/RecipientMailboxes.h"
#include "settings/SettingsSalvage.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestSettingsSalvage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void bitFlippedSettingsKeepWhatCanBeRead();
    void garbageIsMovedAside();
    void intactAndEmptyFilesAreLeftAlone();
    void recipientMailboxFileIsSalvagedWhenRead();

private:
    QString writeSettings(const QString &name);
    QStringList asideOf(const QString &name) const;
    std::unique_ptr<QTemporaryDir> dir;
};

void TestSettingsSalvage::init()
{
    dir = std::make_unique<QTemporaryDir>();
    SettingsSalvage::takeRepairs();
}

QString TestSettingsSalvage::writeSettings(const QString &name)
{
    const QString path = dir->filePath(name);
    QSettings s(path, QSettings::IniFormat);
    s.setValue(u"compose/defaultMailbox"_s, u"dana@acme.example"_s);
    s.setValue(u"send/undoSeconds"_s, 12);
    s.setValue(u"ui/language"_s, u"de"_s);
    s.setValue(u"conversation/remoteImages"_s, u"ask"_s);
    s.sync();
    return path;
}

QStringList TestSettingsSalvage::asideOf(const QString &name) const
{
    return QDir(dir->path()).entryList({name + u".damaged-*"_s}, QDir::Files);
}

void TestSettingsSalvage::bitFlippedSettingsKeepWhatCanBeRead()
{
    const QString path = writeSettings(u"Outpost.conf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    // One bit of the language's value flipped high: not UTF-8 any more.
    const qsizetype at = bytes.indexOf("language=de") + qsizetype(qstrlen("language="));
    QVERIFY(at > 10);
    bytes[at] = char(bytes.at(at) | 0x80);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    const auto repair = SettingsSalvage::check(path);
    QVERIFY(repair.has_value());
    QCOMPARE(asideOf(u"Outpost.conf"_s).size(), 1);
    QCOMPARE(repair->movedTo, dir->filePath(asideOf(u"Outpost.conf"_s).first()));
    QCOMPARE(repair->kept, 3);
    QCOMPARE(repair->dropped, 1);
    // The damaged copy is as it was; the fresh file has every clean setting.
    QFile kept(repair->movedTo);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), bytes);
    QSettings fresh(path, QSettings::IniFormat);
    QCOMPARE(fresh.status(), QSettings::NoError);
    QCOMPARE(fresh.value(u"compose/defaultMailbox"_s).toString(), u"dana@acme.example"_s);
    QCOMPARE(fresh.value(u"send/undoSeconds"_s).toInt(), 12);
    QVERIFY(!fresh.contains(u"ui/language"_s)); // the damaged one takes its default
    // Said in plain words, once.
    const QList<SettingsSalvage::Repair> repairs = SettingsSalvage::takeRepairs();
    QCOMPARE(repairs.size(), 1);
    const QString text = SettingsSalvage::describe(repairs.first());
    QVERIFY2(text.contains(u"Outpost.conf was damaged"_s), qPrintable(text));
    QVERIFY2(text.contains(repair->movedTo), qPrintable(text));
    QVERIFY(SettingsSalvage::takeRepairs().isEmpty());
    // Checked again, the fresh file is fine.
    QVERIFY(!SettingsSalvage::check(path).has_value());
}

void TestSettingsSalvage::garbageIsMovedAside()
{
    const QString path = dir->filePath(u"Outpost.conf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage += char((i * 7919) % 251);
    file.write(garbage);
    file.close();
    const auto repair = SettingsSalvage::check(path);
    QVERIFY(repair.has_value());
    QVERIFY(!repair->movedTo.isEmpty());
    QFile kept(repair->movedTo);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);
    // Outpost goes on with a file it can write.
    QSettings fresh(path, QSettings::IniFormat);
    fresh.setValue(u"send/undoSeconds"_s, 3);
    fresh.sync();
    QCOMPARE(fresh.status(), QSettings::NoError);
}

void TestSettingsSalvage::intactAndEmptyFilesAreLeftAlone()
{
    const QString path = writeSettings(u"Outpost.conf"_s);
    QVERIFY(!SettingsSalvage::check(path).has_value());
    const QString empty = dir->filePath(u"empty.conf"_s);
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(!SettingsSalvage::check(empty).has_value());
    QVERIFY(!SettingsSalvage::check(dir->filePath(u"absent.conf"_s)).has_value());
    QVERIFY(asideOf(u"Outpost.conf"_s).isEmpty());
    QVERIFY(SettingsSalvage::takeRepairs().isEmpty());
}

void TestSettingsSalvage::recipientMailboxFileIsSalvagedWhenRead()
{
    const QString path = dir->filePath(u"Outpost.recipient-mailboxes.ini"_s);
    {
        QSettings s(path, QSettings::IniFormat);
        s.setValue(u"recipientMailbox/jamie.lee@example.com"_s, u"dana@acme.example"_s);
        s.setValue(u"recipientMailbox/priya@example.org"_s, u"ops@acme.example"_s);
        s.sync();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("broken\x01\x02=\xff\xfe\n"); // a block of something else written over the end
    file.close();

    RecipientMailboxes memory(path);
    QCOMPARE(memory.mailboxFor(u"Jamie.Lee@example.com"_s), u"dana@acme.example"_s);
    QCOMPARE(memory.mailboxFor(u"priya@example.org"_s), u"ops@acme.example"_s);
    QCOMPARE(asideOf(u"Outpost.recipient-mailboxes.ini"_s).size(), 1);
    const QList<SettingsSalvage::Repair> repairs = SettingsSalvage::takeRepairs();
    QCOMPARE(repairs.size(), 1);
    QCOMPARE(repairs.first().kept, 2);
    // It goes on remembering, in the fresh file.
    memory.remember({u"lee@example.net"_s}, u"dana@acme.example"_s);
    memory.waitForWrites();
    QSettings fresh(path, QSettings::IniFormat);
    QCOMPARE(fresh.value(u"recipientMailbox/lee@example.net"_s).toString(), u"dana@acme.example"_s);
    QCOMPARE(
        fresh.value(u"recipientMailbox/priya@example.org"_s).toString(), u"ops@acme.example"_s);
}

QTEST_GUILESS_MAIN(TestSettingsSalvage)
#include "tst_settingssalvage.moc"

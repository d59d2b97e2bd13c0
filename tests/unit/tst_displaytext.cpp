// SPDX-License-Identifier: GPL-3.0-or-later
// The one way Outpost writes dates, lists of people and sizes (issue 15, item 6): what a user
// reads in the Drafts, Outbox and Sent lists, the thread picker and the conversation view, in
// English and in German (QLocale's month and day names, never a pattern of ours per language).
#include "display/PeopleText.h"
#include "display/TimeText.h"
#include "mail/SendRules.h"

#include <QTest>
#include <QTimeZone>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestDisplayText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listDates_data();
    void listDates();
    void headerDates_data();
    void headerDates();
    void fullDateForTheTooltip();
    void localTimeNotUtc();
    void people_data();
    void people();
    void peopleInGerman();
    void peopleAsTheStoreKeepsThem();
    void sizes_data();
    void sizes();

private:
    // Thursday 14 May 2026, 12:00 in the zone of the test (UTC, so the day is certain).
    const QTimeZone utc = QTimeZone::utc();
    const QDateTime now {QDate(2026, 5, 14), QTime(12, 0), QTimeZone::utc()};
    QDateTime at(int y, int m, int d, int h, int min) const
    {
        return {QDate(y, m, d), QTime(h, min, 37), utc}; // seconds never show
    }
};

void TestDisplayText::listDates_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");
    QTest::newRow("today") << at(2026, 5, 14, 10, 0) << u"10:00"_s << u"10:00"_s;
    QTest::newRow("today, a minute ago") << at(2026, 5, 14, 11, 59) << u"11:59"_s << u"11:59"_s;
    QTest::newRow("yesterday, late") << at(2026, 5, 13, 23, 50) << u"Yesterday"_s << QString();
    QTest::newRow("this week: Monday") << at(2026, 5, 11, 9, 0) << u"Monday"_s << u"Montag"_s;
    QTest::newRow("six days ago") << at(2026, 5, 8, 9, 0) << u"Friday"_s << u"Freitag"_s;
    QTest::newRow("a week ago") << at(2026, 5, 7, 9, 0) << u"7 May"_s << u"7. Mai"_s;
    QTest::newRow("this year") << at(2026, 1, 2, 9, 0) << u"2 Jan"_s << u"2. Jan."_s;
    QTest::newRow("last year") << at(2025, 11, 14, 9, 0) << u"14 Nov 2025"_s << u"14. Nov. 2025"_s;
    QTest::newRow("the future (a clock off)") << at(2026, 6, 1, 9, 0) << u"1 Jun"_s << u"1. Juni"_s;
}

void TestDisplayText::listDates()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, english);
    QFETCH(QString, german);
    QCOMPARE(TimeText::forList(when, now, QLocale(u"en_GB"_s), utc), english);
    if (!german.isEmpty()) // "Yesterday" is a translation, not QLocale's
        QCOMPARE(TimeText::forList(when, now, QLocale(u"de_DE"_s), utc), german);
    // The American order is QLocale's too.
    if (english == u"7 May")
        QCOMPARE(TimeText::forList(when, now, QLocale(u"en_US"_s), utc), u"May 7"_s);
    if (english == u"14 Nov 2025")
        QCOMPARE(TimeText::forList(when, now, QLocale(u"en_US"_s), utc), u"Nov 14, 2025"_s);
}

void TestDisplayText::headerDates_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");
    QTest::newRow("today") << at(2026, 5, 14, 10, 0) << u"14 May, 10:00"_s << u"14. Mai, 10:00"_s;
    QTest::newRow("this year") << at(2026, 3, 2, 8, 5) << u"2 Mar, 08:05"_s << u"2. März, 08:05"_s;
    QTest::newRow("last year") << at(2025, 12, 31, 23, 59) << u"31 Dec 2025, 23:59"_s
                               << u"31. Dez. 2025, 23:59"_s;
}

void TestDisplayText::headerDates()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, english);
    QFETCH(QString, german);
    QCOMPARE(TimeText::forHeader(when, now, QLocale(u"en_GB"_s), utc), english);
    QCOMPARE(TimeText::forHeader(when, now, QLocale(u"de_DE"_s), utc), german);
    // In a sentence ("Scheduled for %1"): the time alone today, else the header's form.
    QCOMPARE(TimeText::minute(when, now, QLocale(u"en_GB"_s), utc),
        when.date() == now.date() ? u"10:00"_s : english);
}

void TestDisplayText::fullDateForTheTooltip()
{
    const QDateTime when = at(2026, 5, 14, 10, 0);
    QCOMPARE(TimeText::full(when, QLocale(u"en_GB"_s), utc), u"Thursday, 14 May 2026, 10:00"_s);
    QCOMPARE(TimeText::full(when, QLocale(u"de_DE"_s), utc), u"Donnerstag, 14. Mai 2026, 10:00"_s);
    QVERIFY(TimeText::full({}, QLocale(u"en_GB"_s), utc).isEmpty());
}

void TestDisplayText::localTimeNotUtc()
{
    // 23:30 UTC on 13 May is already the 14th in Berlin: today, at 01:30.
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    const QDateTime when = at(2026, 5, 13, 23, 30);
    QCOMPARE(TimeText::forList(when, now, QLocale(u"en_GB"_s), berlin), u"01:30"_s);
    QCOMPARE(TimeText::forList(when, now, QLocale(u"en_GB"_s), utc), u"Yesterday"_s);
}

void TestDisplayText::people_data()
{
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("shown");
    const QString jamie = u"Jamie Lee <jamie@example.com>"_s;
    const QString robin = u"Robin Hale <robin@example.com>"_s;
    const QString alex = u"alex@example.com"_s;
    const QString sam = u"Sam Roe <sam@example.com>"_s;
    const QString kim = u"Kim <kim@example.com>"_s;
    QTest::newRow("nobody") << QStringList {} << QString();
    QTest::newRow("a name") << QStringList {jamie} << u"Jamie Lee"_s;
    QTest::newRow("no name: the address") << QStringList {alex} << u"alex@example.com"_s;
    QTest::newRow("two") << QStringList {jamie, robin} << u"Jamie Lee and Robin Hale"_s;
    QTest::newRow("three in full")
        << QStringList {jamie, robin, alex} << u"Jamie Lee, Robin Hale and alex@example.com"_s;
    QTest::newRow("four: two and a count")
        << QStringList {jamie, robin, alex, sam} << u"Jamie Lee, Robin Hale and 2 others"_s;
    QTest::newRow("five") << QStringList {jamie, robin, alex, sam, kim}
                          << u"Jamie Lee, Robin Hale and 3 others"_s;
    QTest::newRow("the same address twice is one person")
        << QStringList {jamie, u"JAMIE@example.com"_s, robin} << u"Jamie Lee and Robin Hale"_s;
}

void TestDisplayText::people()
{
    QFETCH(QStringList, entries);
    QFETCH(QString, shown);
    QCOMPARE(PeopleText::names(entries, QLocale(u"en_GB"_s)), shown);
    QCOMPARE(PeopleText::names(PeopleText::parse(entries), QLocale(u"en_GB"_s)), shown);
}

void TestDisplayText::peopleInGerman()
{
    // The locale joins the list; the count is a translation (none loaded here: English).
    QCOMPARE(
        PeopleText::names(QStringList {u"Jamie Lee <jamie@example.com>"_s, u"robin@example.com"_s},
            QLocale(u"de_DE"_s)),
        u"Jamie Lee und robin@example.com"_s);
}

void TestDisplayText::peopleAsTheStoreKeepsThem()
{
    // A draft's To as typed: one string, a comma inside quotes, and a half-typed entry that is
    // not an address yet (shown as written, never dropped).
    QCOMPARE(PeopleText::names(QStringList {u"\"Lee, Jamie\" <jamie@example.com>, robin@"_s},
                 QLocale(u"en_GB"_s)),
        u"Lee, Jamie and robin@"_s);
}

void TestDisplayText::sizes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");
    constexpr qint64 kb = 1024;
    constexpr qint64 mb = 1024 * kb;
    QTest::newRow("bytes") << qint64(512) << u"512 bytes"_s << u"512 Bytes"_s;
    // QLocale's symbol for 1024 bytes in its "traditional" format is "kB".
    QTest::newRow("a small file") << 254 * kb << u"254 kB"_s << u"254 kB"_s;
    QTest::newRow("a tenth below 10") << qint64(1.25 * mb) << u"1.3 MB"_s << u"1,3 MB"_s;
    QTest::newRow("a whole number below 10") << 4 * mb << u"4 MB"_s << u"4 MB"_s;
    QTest::newRow("Gmail's attachment limit: 25 MB as Gmail says")
        << 25 * mb << u"25 MB"_s << u"25 MB"_s;
    QTest::newRow("Gmail's message limit") << 35 * mb << u"35 MB"_s << u"35 MB"_s;
    QTest::newRow("Outlook's largest") << 150 * mb << u"150 MB"_s << u"150 MB"_s;
    QTest::newRow("rounds up to 10") << qint64(9.97 * mb) << u"10 MB"_s << u"10 MB"_s;
}

void TestDisplayText::sizes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, english);
    QFETCH(QString, german);
    QCOMPARE(SendRules::sizeText(bytes, QLocale(u"en_GB"_s)), english);
    QCOMPARE(SendRules::sizeText(bytes, QLocale(u"de_DE"_s)), german);
}

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"

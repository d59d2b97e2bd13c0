// SPDX-License-Identifier: GPL-3.0-or-later
#include "display/TimeText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Outpost::TimeText {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::TimeText)
};

QString withoutSeconds(QString format)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?(\\.z+)?"));
    return format.remove(seconds);
}

// QLocale has a long date ("dddd, d MMMM yyyy", "dddd, MMMM d, yyyy", "dddd, d. MMMM yyyy",
// "dddd, d 'de' MMMM 'de' yyyy", "yyyy年M月d日dddd") but no "day and month": take the long one
// and drop its weekday and, unless asked for, its year with the words and commas that join
// them; the month is abbreviated (MMMM → MMM), as mail clients show it.
QString dayPattern(const QLocale &locale, bool withYear, bool shortMonth)
{
    static const QRegularExpression weekday(QStringLiteral("[\\s,]*dddd[\\s,]*"));
    static const QRegularExpression yearAtEnd(QStringLiteral("[\\s,.]*('[^']*'\\s*)?y+\\.?$"));
    static const QRegularExpression yearAtStart(
        QStringLiteral("^y+(\\x{5e74}|\\x{b144})?[\\s,.]*"));
    static const QRegularExpression edges(QStringLiteral("^[\\s,]+|[\\s,]+$"));
    QString f = locale.dateFormat(QLocale::LongFormat);
    f.replace(weekday, QStringLiteral(" "));
    f.remove(edges);
    if (!withYear) {
        f.remove(yearAtEnd);
        f.remove(yearAtStart);
    }
    if (shortMonth)
        f.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    return f.trimmed();
}

QString dayAndTime(const QString &day, const QString &time)
{
    //: A day and a time of day ("14 May, 10:00"; "Thursday, 14 May 2026, 10:00").
    return Tr::tr("%1, %2", "day, time of day").arg(day, time);
}
} // namespace

QString day(const QDate &date, bool withYear, const QLocale &locale, QLocale::FormatType month)
{
    return locale.toString(date, dayPattern(locale, withYear, month != QLocale::LongFormat));
}

QString timeOfDay(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, withoutSeconds(locale.timeFormat(QLocale::ShortFormat)));
}

QString forList(
    const QDateTime &when, const QDateTime &now, const QLocale &locale, const QTimeZone &zone)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toTimeZone(zone);
    const QDate today = now.toTimeZone(zone).date();
    const qint64 days = local.date().daysTo(today);
    if (days == 0)
        return timeOfDay(local.time(), locale);
    if (days == 1)
        //: A list's date column for a moment of the day before today.
        return Tr::tr("Yesterday");
    if (days > 1 && days < 7)
        return locale.standaloneDayName(local.date().dayOfWeek(), QLocale::LongFormat);
    // Older, or in the future (a clock that was off): the day itself.
    return day(local.date(), local.date().year() != today.year(), locale);
}

QString forHeader(
    const QDateTime &when, const QDateTime &now, const QLocale &locale, const QTimeZone &zone)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toTimeZone(zone);
    const bool otherYear = local.date().year() != now.toTimeZone(zone).date().year();
    return dayAndTime(day(local.date(), otherYear, locale), timeOfDay(local.time(), locale));
}

QString full(const QDateTime &when, const QLocale &locale, const QTimeZone &zone)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toTimeZone(zone);
    return dayAndTime(
        locale.toString(local.date(), QLocale::LongFormat), timeOfDay(local.time(), locale));
}

QString minute(
    const QDateTime &when, const QDateTime &now, const QLocale &locale, const QTimeZone &zone)
{
    if (!when.isValid())
        return {};
    if (when.toTimeZone(zone).date() == now.toTimeZone(zone).date())
        return timeOfDay(when.toTimeZone(zone).time(), locale);
    return forHeader(when, now, locale, zone);
}

QString minuteFormat(const QLocale &locale)
{
    return locale.dateFormat(QLocale::ShortFormat) + u' '
        + withoutSeconds(locale.timeFormat(QLocale::ShortFormat));
}

} // namespace Outpost::TimeText

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Clock.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace Outpost::TimeText {

// The one way Outpost writes a moment for people: local time, to the minute, in the words and
// order of the locale (QLocale's month and day names, its date pattern; never a pattern of
// ours per language). Every function takes the time now, the locale and the zone, so that a
// test fixes all three; the defaults are the user's.
//
//   forList    a row of a list, relative to now: "10:00" today, "Yesterday", the weekday
//              ("Monday") within the last week, "14 May" this year, "14 May 2025" before.
//   forHeader  a message's moment, always the day and the time: "14 May, 10:00" this year,
//              "14 May 2025, 10:00" another year.
//   full       the tooltip of either: "Thursday, 14 May 2026, 10:00".
QString forList(const QDateTime &when, const QDateTime &now, const QLocale &locale = QLocale(),
    const QTimeZone &zone = QTimeZone::systemTimeZone());
QString forHeader(const QDateTime &when, const QDateTime &now, const QLocale &locale = QLocale(),
    const QTimeZone &zone = QTimeZone::systemTimeZone());
QString full(const QDateTime &when, const QLocale &locale = QLocale(),
    const QTimeZone &zone = QTimeZone::systemTimeZone());

// A moment in a sentence ("Held for Undo until %1", "Scheduled for %1"): the time alone
// today ("10:00"), else as forHeader ("14 May, 10:00").
QString minute(const QDateTime &when, const QDateTime &now = systemNow(),
    const QLocale &locale = QLocale(), const QTimeZone &zone = QTimeZone::systemTimeZone());

// The day without the weekday, short month ("14 May", "May 14", "14. Mai"), with the year
// when `withYear`: the locale's long date pattern without its weekday and year. `month`
// LongFormat keeps the month's full name (for what a screen reader says).
QString day(const QDate &date, bool withYear, const QLocale &locale = QLocale(),
    QLocale::FormatType month = QLocale::ShortFormat);

// The locale's time of day without seconds ("10:00", "10:00 AM").
QString timeOfDay(const QTime &time, const QLocale &locale = QLocale());

// The locale's short date-and-time format without seconds (for a QDateTimeEdit).
QString minuteFormat(const QLocale &locale = QLocale());

} // namespace Outpost::TimeText

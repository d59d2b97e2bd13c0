// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Outpost::TimeText {

// A moment as people read it in a list or a sentence, in local time and to the minute:
// "14:30" today, "26 Nov 2026 08:00" another day (the locale's short formats, without seconds).
QString minute(const QDateTime &when);

// The full moment for a tooltip: the locale's long date and the time to the minute
// ("Thursday, 14 May 2026 10:00"). Lists say the time relative to now and this on hover.
QString full(const QDateTime &when);

// The locale's short date-and-time format without seconds (for a QDateTimeEdit).
QString minuteFormat();

} // namespace Outpost::TimeText

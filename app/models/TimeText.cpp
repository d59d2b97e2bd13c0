// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TimeText.h"

#include <QLocale>
#include <QRegularExpression>

namespace Outpost::TimeText {

namespace {
QString withoutSeconds(QString format)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?(\\.z+)?"));
    return format.remove(seconds);
}
} // namespace

QString minute(const QDateTime &when)
{
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    const QString time
        = locale.toString(local.time(), withoutSeconds(locale.timeFormat(QLocale::ShortFormat)));
    if (local.date() == QDate::currentDate())
        return time;
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' + time;
}

QString full(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    return locale.toString(local.date(), QLocale::LongFormat) + u' '
        + locale.toString(local.time(), withoutSeconds(locale.timeFormat(QLocale::ShortFormat)));
}

QString minuteFormat()
{
    const QLocale locale;
    return locale.dateFormat(QLocale::ShortFormat) + u' '
        + withoutSeconds(locale.timeFormat(QLocale::ShortFormat));
}

} // namespace Outpost::TimeText

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the SandboxStore*.cpp files: how values are laid out in SQLite.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QVariant>

namespace Outpost::Sandbox {

// Times are UTC milliseconds since the epoch; NULL when invalid.
inline QVariant toSql(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

inline QDateTime fromSql(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

inline QString listToSql(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QStringList listFromSql(const QVariant &value)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &v : array)
        list += v.toString();
    return list;
}

// Empty strings are stored as NULL (an absent header).
inline QVariant textToSql(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace Outpost::Sandbox

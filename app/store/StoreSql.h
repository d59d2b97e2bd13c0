// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to app/store: how values are laid out in SQLite, and running one statement.

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Outpost::StoreSql {

// Times are UTC milliseconds since the epoch; NULL when invalid.
inline QVariant time(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDateTime time(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// A null QString binds as NULL: text columns are NOT NULL, so an absent value is ''.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// Runs a prepared query; false with SQLite's reason in `error`.
inline bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace Outpost::StoreSql

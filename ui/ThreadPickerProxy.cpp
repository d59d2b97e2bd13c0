// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ThreadPickerProxy.h"

#include "models/Roles.h"
#include "models/ThreadListModel.h"

#include <QLocale>

namespace Outpost {

ThreadPickerProxy::ThreadPickerProxy(QObject *parent)
    : QAbstractListModel(parent), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

void ThreadPickerProxy::setSourceModel(ThreadListModel *model)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = model;
    if (model) {
        // The lister replaces its rows wholesale (a reset) as each source answers.
        connect(model, &QAbstractItemModel::modelReset, this, &ThreadPickerProxy::refilter);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ThreadPickerProxy::refilter);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ThreadPickerProxy::refilter);
        connect(model, &QAbstractItemModel::dataChanged, this, &ThreadPickerProxy::refilter);
    }
    refilter();
}

void ThreadPickerProxy::setFilterText(const QString &text)
{
    const QStringList terms = ThreadListModel::fold(text).split(u' ', Qt::SkipEmptyParts);
    m_text = text;
    if (terms == m_terms)
        return;
    m_terms = terms;
    refilter();
}

bool ThreadPickerProxy::accepts(int sourceRow) const
{
    const QString &text = m_source->searchText(sourceRow);
    for (const QString &term : m_terms) {
        if (!text.contains(term))
            return false;
    }
    return true;
}

void ThreadPickerProxy::refilter()
{
    beginResetModel();
    m_rows.clear();
    const int count = m_source ? m_source->rowCount() : 0;
    m_rows.reserve(count);
    for (int row = 0; row < count; ++row) {
        if (m_terms.isEmpty() || accepts(row))
            m_rows.append(row);
    }
    endResetModel();
}

int ThreadPickerProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + 1;
}

QVariant ThreadPickerProxy::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) { // "New thread"
        if (role == Qt::DisplayRole)
            return tr("New thread");
        if (role == Qt::ToolTipRole)
            return tr("The message starts a new thread with its recipients.");
        return {};
    }
    const QModelIndex source = m_source->index(m_rows.at(index.row() - 1), 0);
    if (role == Roles::RelativeTime || role == Qt::ToolTipRole) {
        const QDateTime time = source.data(Roles::LastMessageTime).toDateTime();
        if (!time.isValid())
            return {};
        if (role == Roles::RelativeTime)
            return relativeTime(time, m_now());
        return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
    }
    return source.data(role);
}

QString ThreadPickerProxy::relativeTime(const QDateTime &time, const QDateTime &now)
{
    const qint64 seconds = time.secsTo(now);
    if (seconds < -60) // the future (a clock off): the date itself
        return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    const QDate day = time.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    const qint64 days = day.daysTo(today);
    if (days == 0)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    if (days == 1)
        return tr("yesterday");
    if (days < 7)
        return tr("%n days ago", nullptr, int(days));
    if (days < 31)
        return tr("%n week(s) ago", nullptr, int(days / 7));
    if (days < 365)
        return tr("%n month(s) ago", nullptr, int(days / 30));
    return tr("%n year(s) ago", nullptr, int(days / 365));
}

} // namespace Outpost

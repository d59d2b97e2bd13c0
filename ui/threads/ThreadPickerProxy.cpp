// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/threads/ThreadPickerProxy.h"

#include "display/Roles.h"
#include "display/TimeText.h"
#include "threads/ThreadListModel.h"
#include "ui/threads/ThreadPickerDelegate.h"

namespace Outpost {

ThreadPickerProxy::ThreadPickerProxy(QObject *parent) : QAbstractListModel(parent) { }

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
    // What the delegate paints on two lines, for screen readers in one: the subject, the
    // people, the count, the mailbox and how long ago (the full date is the description).
    if (role == Qt::AccessibleTextRole) {
        QStringList parts {data(index, Qt::DisplayRole).toString()};
        parts += ThreadPickerDelegate::detailsOf(index).split(QStringLiteral(" · "));
        parts += data(index, Roles::RelativeTime).toString();
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    if (role == Qt::AccessibleDescriptionRole)
        return data(index, Qt::ToolTipRole);
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
            return TimeText::forList(time, nowOf(m_clock));
        return TimeText::full(time);
    }
    return source.data(role);
}

} // namespace Outpost

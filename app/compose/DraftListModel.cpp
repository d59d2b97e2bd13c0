// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/DraftListModel.h"

#include "display/PeopleText.h"
#include "display/Roles.h"
#include "display/TimeText.h"
#include "store/LocalStore.h"

namespace Outpost {

namespace {
QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(u'\n');
    return (end < 0 ? trimmed : trimmed.left(end)).left(200);
}
} // namespace

DraftListModel::DraftListModel(LocalStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    m_reload.setSingleShot(true);
    m_reload.setInterval(200);
    connect(&m_reload, &QTimer::timeout, this, &DraftListModel::reload);
    connect(store, &LocalStore::draftsChanged, &m_reload, qOverload<>(&QTimer::start));
}

void DraftListModel::reload()
{
    m_reload.stop();
    m_store->loadDrafts(this, [this](const StoreResult<QList<DraftRecord>> &result) {
        if (result.ok())
            apply(result.value);
        m_loaded = true;
        Q_EMIT loaded();
    });
}

void DraftListModel::apply(const QList<DraftRecord> &records)
{
    // In place: a selection in the Drafts window survives an autosave elsewhere.
    for (int row = int(m_records.size()) - 1; row >= 0; --row) {
        const QString id = m_records.at(row).id;
        if (std::none_of(records.cbegin(), records.cend(),
                [&](const DraftRecord &r) { return r.id == id; })) {
            beginRemoveRows({}, row, row);
            m_records.removeAt(row);
            endRemoveRows();
        }
    }
    for (const DraftRecord &r : records) {
        const auto it = std::find_if(m_records.begin(), m_records.end(),
            [&](const DraftRecord &mine) { return mine.id == r.id; });
        if (it != m_records.end()) {
            if (!(*it == r)) {
                *it = r;
                const int row = int(it - m_records.begin());
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, 0, 0);
        m_records.prepend(r);
        endInsertRows();
    }
}

std::optional<DraftRecord> DraftListModel::record(const QString &draftId) const
{
    for (const DraftRecord &r : m_records) {
        if (r.id == draftId)
            return r;
    }
    return std::nullopt;
}

std::optional<DraftRecord> DraftListModel::record(int row) const
{
    if (row < 0 || row >= m_records.size())
        return std::nullopt;
    return m_records.at(row);
}

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int DraftListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DraftRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn:
            return r.draft.subject.trimmed().isEmpty() ? tr("(no subject)") : r.draft.subject;
        case ToColumn:
            return r.toText.trimmed().isEmpty() ? tr("(no recipients)")
                                                : PeopleText::names(QStringList {r.toText});
        case ChangedColumn:
            return TimeText::forList(r.updatedAt, nowOf(m_clock));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ChangedColumn)
            return TimeText::full(r.updatedAt);
        if (index.column() == ToColumn)
            return r.toText.trimmed();
        return firstLine(r.draft.body);
    case Roles::DraftId:
        return r.id;
    case Roles::UpdatedAt:
        return r.updatedAt;
    case Roles::SortKey:
        return index.column() == ChangedColumn ? QVariant(r.updatedAt)
                                               : data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant DraftListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case ToColumn:
        return tr("To");
    case ChangedColumn:
        return tr("Changed");
    }
    return {};
}

QHash<int, QByteArray> DraftListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(Roles::DraftId, "draftId");
    names.insert(Roles::UpdatedAt, "updatedAt");
    return names;
}

} // namespace Outpost

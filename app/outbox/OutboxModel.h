// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/OutboxEntry.h"

#include <QAbstractTableModel>

namespace Outpost {

class Outbox;

// The outbox as the Outbox window lists it: Subject, To, Status (what the mail is waiting
// for, or why it failed). Follows the Outbox's signals.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SubjectColumn, ToColumn, StatusColumn, ColumnCount };

    explicit OutboxModel(Outbox *outbox, QObject *parent = nullptr);

    Outbox *outbox() const { return m_outbox; }
    QString entryId(int row) const;
    int rowOf(const QString &entryId) const;
    QString statusText(const OutboxEntry &entry) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reset();
    void onAdded(const OutboxEntry &entry);
    void onChanged(const OutboxEntry &entry);
    void onRemoved(const QString &entryId);

    Outbox *m_outbox;
    QList<OutboxEntry> m_entries;
};

} // namespace Outpost

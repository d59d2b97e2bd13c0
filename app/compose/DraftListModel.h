// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Clock.h"
#include "store/DraftRecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimer>

#include <functional>

namespace Outpost {

class LocalStore;

// The drafts the user is writing (not in the outbox), as the Drafts window lists them:
// Subject, To, Changed. Follows the LocalStore: rows update in place as drafts are saved.
class DraftListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SubjectColumn, ToColumn, ChangedColumn, ColumnCount };

    explicit DraftListModel(LocalStore *store, QObject *parent = nullptr);

    void reload();
    // The time lists are relative to ("Yesterday"); tests set it.
    void setClock(const Clock *clock) { m_clock = clock; }
    bool isLoaded() const { return m_loaded; }
    std::optional<DraftRecord> record(const QString &draftId) const;
    std::optional<DraftRecord> record(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loaded();

private:
    void apply(const QList<DraftRecord> &records);

    LocalStore *m_store;
    QList<DraftRecord> m_records;
    QTimer m_reload; // many saves in a row make one reload
    bool m_loaded = false;
    const Clock *m_clock = nullptr; // none: the system's time
};

} // namespace Outpost

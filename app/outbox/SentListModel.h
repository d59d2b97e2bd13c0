// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/OutboxEntry.h"

#include <QAbstractTableModel>

namespace Outpost {

class Outbox;

// What went out recently, as the Sent window lists it (issue 15, item 5): To, Subject, when,
// and the status the server gave. Read from the store (sent entries are kept a week, with
// their drafts), newest first, and read again each time the outbox sends one.
class SentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ToColumn, SubjectColumn, SentColumn, StatusColumn, ColumnCount };
    static constexpr int limit = 200;

    explicit SentListModel(Outbox *outbox, QObject *parent = nullptr);

    void reload();
    bool isLoaded() const { return m_loaded; }
    // The error of the last load (empty: it worked).
    QString loadError() const { return m_error; }
    const OutboxEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();

private:
    QString statusText(const OutboxEntry &entry) const;

    Outbox *m_outbox;
    QList<OutboxEntry> m_entries;
    QString m_error;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_again = false; // a send while loading: load once more after
};

} // namespace Outpost

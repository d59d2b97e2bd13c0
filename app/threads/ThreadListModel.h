// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/PlatformClient.h"
#include "threads/ThreadSource.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Outpost {

// The threads a message can continue, newest first: one row per thread id, whichever
// sources found it. DisplayRole is the subject; Roles::Thread the whole ThreadSummary;
// Roles::SearchText what a filter matches (subject, participants, mailbox), in lower case.
class ThreadListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Row
    {
        ThreadSummary thread;
        ThreadOrigins origins;
        QPointer<PlatformClient> client; // where its messages are read
    };

    using QAbstractListModel::QAbstractListModel;

    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }
    const Row *row(int index) const;
    int rowOf(const QString &threadId) const;
    // Roles::SearchText of a row, without a QVariant (a filter reads it 10,000 times a key).
    const QString &searchText(int row) const { return m_searchText.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The text a filter matches for one thread, folded (lower case, no accents).
    static QString searchTextOf(const ThreadSummary &thread);
    static QString fold(const QString &text);

private:
    QList<Row> m_rows;
    QStringList m_searchText; // per row, computed once
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"

#include <QAbstractListModel>

namespace Outpost {

// The From list: one row per connected address (newest connection first), with the
// providers it is connected under. DisplayRole reads `Name <address>`.
class MailboxListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    void setMailboxes(const QList<Mailbox> &mailboxes);
    const QList<Mailbox> &mailboxes() const { return m_mailboxes; }
    int rowOf(const QString &address) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString address;
        QString displayName;
        QList<Mailbox> mailboxes;
    };
    QList<Mailbox> m_mailboxes;
    QList<Row> m_rows;
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/MailboxListModel.h"

#include "display/Roles.h"
#include "mail/AddressList.h"

namespace Outpost {

void MailboxListModel::setMailboxes(const QList<Mailbox> &mailboxes)
{
    beginResetModel();
    m_mailboxes = mailboxes;
    m_rows.clear();
    for (const Mailbox &m : mailboxes) {
        if (!m.active)
            continue;
        const int row = rowOf(m.address);
        if (row >= 0) {
            m_rows[row].mailboxes += m;
            if (m_rows[row].displayName.isEmpty())
                m_rows[row].displayName = m.displayName;
            continue;
        }
        m_rows += Row {m.address, m.displayName, {m}};
    }
    endResetModel();
}

int MailboxListModel::rowOf(const QString &address) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (AddressList::sameAddress(m_rows.at(i).address, address))
            return int(i);
    }
    return -1;
}

int MailboxListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MailboxListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = MailAddress {row.displayName, row.address}.toString();
        // Direct mode's mailboxes say so: the mail goes straight to Gmail or Outlook.
        const bool direct = std::all_of(row.mailboxes.cbegin(), row.mailboxes.cend(),
            [](const Mailbox &m) { return m.id.startsWith(u"direct:"); });
        return direct ? tr("%1 · direct").arg(text) : text;
    }
    case Qt::ToolTipRole:
    case Roles::Address:
        return row.address;
    case Roles::DisplayName:
        return row.displayName;
    case Roles::Providers: {
        QStringList names;
        for (const Mailbox &m : row.mailboxes)
            names += providerName(m.provider);
        return names;
    }
    case Roles::Mailboxes: {
        QVariantList list;
        for (const Mailbox &m : row.mailboxes)
            list += QVariant::fromValue(m);
        return list;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> MailboxListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(Roles::Address, "address");
    names.insert(Roles::DisplayName, "displayName");
    names.insert(Roles::Providers, "providers");
    names.insert(Roles::Mailboxes, "mailboxes");
    return names;
}

} // namespace Outpost

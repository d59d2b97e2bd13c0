// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox/SentListModel.h"

#include "display/PeopleText.h"
#include "display/Roles.h"
#include "display/TimeText.h"
#include "mail/AddressList.h"
#include "mail/Clock.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"

namespace Outpost {

SentListModel::SentListModel(Outbox *outbox, QObject *parent)
    : QAbstractTableModel(parent), m_outbox(outbox)
{
    // The store writes the sent state before Outbox::sent is emitted, and reads after writes
    // in order on its thread: a load started now sees the new entry.
    connect(outbox, &Outbox::sent, this, &SentListModel::reload);
}

void SentListModel::reload()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    m_outbox->store()->loadSent(limit, this, [this](const StoreResult<QList<OutboxEntry>> &result) {
        m_loading = false;
        beginResetModel();
        m_entries = result.value;
        m_error = result.error;
        m_loaded = true;
        endResetModel();
        if (std::exchange(m_again, false))
            reload();
        else
            Q_EMIT loaded();
    });
}

const OutboxEntry *SentListModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int SentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SentListModel::statusText(const OutboxEntry &e) const
{
    // The platform's receipt says what it did with the mail (`delivered`, `queued`…); the
    // providers' answers carry no such word.
    if (e.receipt.status.isEmpty() || e.receipt.status == u"sent")
        return tr("Sent");
    //: %1 is the server's own word for what it did with the mail (`delivered`, `queued`)
    return tr("Sent: %1").arg(e.receipt.status);
}

QVariant SentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &e = m_entries.at(index.row());
    const Draft &d = e.draft.draft;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ToColumn:
            return PeopleText::names(d.to + d.cc + d.bcc);
        case SubjectColumn:
            return d.subject.isEmpty() ? tr("(no subject)") : d.subject;
        case SentColumn:
            return TimeText::forList(e.sentAt, m_outbox->clock()->now());
        case StatusColumn:
            return statusText(e);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ToColumn:
            return AddressList::toStrings(d.to + d.cc + d.bcc).join(QStringLiteral(", "));
        case SentColumn:
            return TimeText::full(e.sentAt);
        case SubjectColumn:
            return d.from.isEmpty() ? QVariant() : tr("Sent from %1").arg(d.from);
        }
        return data(index, Qt::DisplayRole);
    case Roles::EntryId:
        return e.id;
    case Roles::ThreadId:
        return e.receipt.threadId;
    case Roles::ConversationId:
        return e.receipt.conversationId;
    case Roles::SortKey:
        return index.column() == SentColumn ? QVariant(e.sentAt) : data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant SentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ToColumn:
        return tr("To");
    case SubjectColumn:
        return tr("Subject");
    case SentColumn:
        return tr("Sent");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox/OutboxModel.h"

#include "display/PeopleText.h"
#include "display/Roles.h"
#include "display/TimeText.h"
#include "mail/Clock.h"
#include "submit/Outbox.h"

namespace Outpost {

OutboxModel::OutboxModel(Outbox *outbox, QObject *parent)
    : QAbstractTableModel(parent), m_outbox(outbox)
{
    connect(outbox, &Outbox::ready, this, &OutboxModel::reset);
    connect(outbox, &Outbox::entryAdded, this, &OutboxModel::onAdded);
    connect(outbox, &Outbox::entryChanged, this, &OutboxModel::onChanged);
    connect(outbox, &Outbox::entryRemoved, this, &OutboxModel::onRemoved);
    // Whether the network is there changes what every waiting row says.
    connect(outbox, &Outbox::onlineChanged, this, [this] {
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
    });
    reset();
}

void OutboxModel::reset()
{
    beginResetModel();
    m_entries = m_outbox->entries();
    endResetModel();
}

void OutboxModel::onAdded(const OutboxEntry &entry)
{
    if (rowOf(entry.id) >= 0)
        return;
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

void OutboxModel::onChanged(const OutboxEntry &entry)
{
    const int row = rowOf(entry.id);
    if (row < 0) {
        onAdded(entry);
        return;
    }
    m_entries[row] = entry;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void OutboxModel::onRemoved(const QString &entryId)
{
    const int row = rowOf(entryId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

QString OutboxModel::entryId(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : QString();
}

int OutboxModel::rowOf(const QString &entryId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == entryId)
            return row;
    }
    return -1;
}

QString OutboxModel::statusText(const OutboxEntry &e) const
{
    using S = Outbox::Status;
    const QDateTime now = m_outbox->clock()->now();
    const auto when = [&now](const QDateTime &t) { return TimeText::minute(t, now); };
    switch (m_outbox->status(e.id)) {
    case S::Storing:
        return tr("Saving…");
    case S::Held:
        return tr("Held for Undo until %1").arg(when(e.nextAttemptAt));
    case S::Scheduled:
        return tr("Scheduled for %1").arg(when(e.scheduledAt));
    case S::AwaitingConfirmation:
        //: %1 is a time ("14:05") today, else a date and time ("12 May, 14:05").
        return tr("Was due at %1 while Outpost was closed: send it or edit it")
            .arg(when(e.scheduledAt));
    case S::Queued:
        return tr("Queued");
    case S::Waiting:
        return e.lastError.isValid() ? tr("Trying again at %1 (attempt %2): %3")
                                           .arg(when(e.nextAttemptAt))
                                           .arg(e.attempts + 1)
                                           .arg(e.lastError.message)
                                     : tr("Waiting");
    case S::Offline:
        return e.lastError.isValid() ? tr("Waiting for the network: %1").arg(e.lastError.message)
                                     : tr("Waiting for the network");
    case S::Sending:
        return tr("Sending…");
    case S::Checking:
        return tr("Checking whether it was sent: the server's answer was lost");
    case S::MayHaveBeenSent:
        return tr("May have been sent: check the conversation before sending it again.");
    case S::Failed: {
        const ServiceError error = fromOutboxError(e.lastError);
        if (error.kind == ServiceError::Kind::Cancelled)
            return tr("Not sent: cancelled.");
        if (!error.isRetryable())
            return tr("Not sent: %1").arg(e.lastError.message);
        // Retries ran out: the server's words would promise another try that is not coming.
        const QString why = error.httpStatus
            ? tr("the server kept failing (HTTP %1)").arg(error.httpStatus)
            : tr("the server could not be reached");
        return tr("Stopped after %1 attempts: %2.").arg(e.attempts).arg(why);
    }
    }
    return {};
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn:
            return e.draft.draft.subject.isEmpty() ? tr("(no subject)") : e.draft.draft.subject;
        case ToColumn: {
            const Draft &d = e.draft.draft;
            return PeopleText::names(d.to + d.cc + d.bcc);
        }
        case StatusColumn:
            return statusText(e);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ToColumn) {
            const Draft &d = e.draft.draft;
            return AddressList::toStrings(d.to + d.cc + d.bcc).join(QStringLiteral(", "));
        }
        return statusText(e);
    case Roles::EntryId:
        return e.id;
    case Roles::DraftId:
        return e.draft.id;
    case Roles::OutboxStatus:
        return int(m_outbox->status(e.id));
    case Roles::SortKey:
        return index.column() == StatusColumn ? QVariant(e.enqueuedAt)
                                              : data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case ToColumn:
        return tr("To");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> OutboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(Roles::EntryId, "entryId");
    names.insert(Roles::DraftId, "draftId");
    names.insert(Roles::OutboxStatus, "status");
    return names;
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "threads/ThreadListModel.h"

#include "display/Roles.h"

#include <QCoreApplication>

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::ThreadListModel)
};
} // namespace

void ThreadListModel::setRows(QList<Row> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.thread.lastMessageTime > b.thread.lastMessageTime;
    });
    beginResetModel();
    m_rows = std::move(rows);
    m_searchText.clear();
    m_searchText.reserve(m_rows.size());
    for (const Row &r : std::as_const(m_rows))
        m_searchText += searchTextOf(r.thread);
    endResetModel();
}

const ThreadListModel::Row *ThreadListModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int ThreadListModel::rowOf(const QString &threadId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).thread.threadId == threadId)
            return int(i);
    }
    return -1;
}

int ThreadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ThreadListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const ThreadSummary &t = r.thread;
    switch (role) {
    case Qt::DisplayRole:
        return t.subject.trimmed().isEmpty() ? Tr::tr("(no subject)") : t.subject;
    case Roles::Thread:
        return QVariant::fromValue(t);
    case Roles::ThreadId:
        return t.threadId;
    case Roles::ConversationId:
        return t.conversationId;
    case Roles::Participants:
        return t.participants;
    case Roles::LastMessageTime:
        return t.lastMessageTime;
    case Roles::MessageCount:
        return t.messageCount;
    case Roles::Address:
        return t.mailbox;
    case Roles::Providers:
        return QStringList {providerName(t.provider)};
    case Roles::ThreadOrigins:
        return int(r.origins);
    case Roles::SearchText:
        return m_searchText.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(Roles::Thread, "thread");
    names.insert(Roles::ThreadId, "threadId");
    names.insert(Roles::ConversationId, "conversationId");
    names.insert(Roles::Participants, "participants");
    names.insert(Roles::LastMessageTime, "lastMessageTime");
    names.insert(Roles::MessageCount, "messageCount");
    names.insert(Roles::Address, "mailbox");
    names.insert(Roles::Providers, "providers");
    names.insert(Roles::ThreadOrigins, "origins");
    names.insert(Roles::SearchText, "searchText");
    return names;
}

QString ThreadListModel::fold(const QString &text)
{
    // Decomposed, marks dropped, lower case: "José" is found by "jose".
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c.toLower();
    }
    return folded;
}

QString ThreadListModel::searchTextOf(const ThreadSummary &thread)
{
    return fold(thread.subject + u'\n' + thread.participants.join(u'\n') + u'\n' + thread.mailbox
        + u'\n' + providerDisplayName(thread.provider));
}

} // namespace Outpost

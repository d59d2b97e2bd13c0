// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/threads/ThreadPickerProxy.h"

#include "display/Roles.h"
#include "display/TimeText.h"
#include "threads/ThreadListModel.h"
#include "ui/threads/ThreadPickerDelegate.h"

#include <QPoint>
#include <QSet>

namespace Outpost {

ThreadPickerProxy::ThreadPickerProxy(QObject *parent) : QAbstractListModel(parent) { }

void ThreadPickerProxy::setSourceModel(ThreadListModel *model)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = model;
    if (model) {
        // The lister replaces its rows wholesale (a reset) as each source answers.
        connect(model, &QAbstractItemModel::modelReset, this, &ThreadPickerProxy::refilter);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ThreadPickerProxy::refilter);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ThreadPickerProxy::refilter);
        connect(model, &QAbstractItemModel::dataChanged, this, &ThreadPickerProxy::refilter);
    }
    refilter();
}

void ThreadPickerProxy::setFilterText(const QString &text)
{
    const QStringList terms = ThreadListModel::fold(text).split(u' ', Qt::SkipEmptyParts);
    m_text = text;
    if (terms == m_terms)
        return;
    // A narrower query still matches the messages found for the wider one; another does not.
    const bool narrower = !m_terms.isEmpty()
        && std::all_of(m_terms.cbegin(), m_terms.cend(), [&](const QString &old) {
               return std::any_of(
                   terms.cbegin(), terms.cend(), [&](const QString &t) { return t.contains(old); });
           });
    m_terms = terms;
    if (!narrower)
        m_hits.clear();
    m_hits.removeIf([this](const ContentHit &h) {
        const QString body = ThreadListModel::fold(h.body);
        return std::any_of(
            m_terms.cbegin(), m_terms.cend(), [&](const QString &t) { return !body.contains(t); });
    });
    refilter();
}

void ThreadPickerProxy::setContentHits(const QList<ContentHit> &hits)
{
    m_hits = hits;
    refilter();
}

bool ThreadPickerProxy::accepts(int sourceRow) const
{
    const QString &text = m_source->searchText(sourceRow);
    for (const QString &term : m_terms) {
        if (!text.contains(term))
            return false;
    }
    return true;
}

void ThreadPickerProxy::refilter()
{
    beginResetModel();
    m_rows.clear();
    const int count = m_source ? m_source->rowCount() : 0;
    m_rows.reserve(count);
    for (int row = 0; row < count; ++row) {
        if (m_terms.isEmpty() || accepts(row))
            m_rows.append(row);
    }
    // Found in messages: threads the list knows (only they can be continued), once each, and
    // not those the filter already shows (their own row says more than a snippet).
    m_found.clear();
    if (m_source && !m_terms.isEmpty()) {
        QSet<int> shown(m_rows.cbegin(), m_rows.cend());
        for (int i = 0; i < int(m_hits.size()); ++i) {
            const ContentHit &hit = m_hits.at(i);
            int row = hit.threadId.isEmpty() ? -1 : m_source->rowOf(hit.threadId);
            for (int r = 0; row < 0 && r < count; ++r) {
                if (m_source->row(r)->thread.conversationId == hit.conversationId)
                    row = r;
            }
            if (row < 0 || shown.contains(row))
                continue;
            shown.insert(row);
            m_found.append({row, i});
        }
    }
    endResetModel();
}

int ThreadPickerProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size() + m_found.size()) + 1;
}

QVariant ThreadPickerProxy::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // What the delegate paints on two lines, for screen readers in one: the subject, the
    // people, the count, the mailbox and how long ago (the full date is the description).
    if (role == Qt::AccessibleTextRole) {
        QStringList parts {data(index, Qt::DisplayRole).toString()};
        if (const QString snippet = data(index, Roles::Snippet).toString(); !snippet.isEmpty())
            parts += tr("found in a message: %1").arg(snippet);
        else
            parts += ThreadPickerDelegate::detailsOf(index).split(QStringLiteral(" · "));
        parts += data(index, Roles::RelativeTime).toString();
        parts.removeAll(QString());
        return parts.join(QStringLiteral(", "));
    }
    if (role == Qt::AccessibleDescriptionRole)
        return data(index, Qt::ToolTipRole);
    if (index.row() == 0) { // "New thread"
        if (role == Qt::DisplayRole)
            return tr("New thread");
        if (role == Qt::ToolTipRole)
            return tr("The message starts a new thread with its recipients.");
        return {};
    }
    const int at = index.row() - 1;
    const bool found = at >= int(m_rows.size());
    const QModelIndex source
        = m_source->index(found ? m_found.at(at - int(m_rows.size())).first : m_rows.at(at), 0);
    if (role == Roles::Snippet || role == Roles::SnippetHighlights) {
        if (!found)
            return {};
        const ContentHit &hit = m_hits.at(m_found.at(at - int(m_rows.size())).second);
        if (role == Roles::Snippet)
            return hit.snippet;
        QVariantList spans;
        for (const auto &[start, length] : hit.highlights)
            spans += QPoint(start, length);
        return spans;
    }
    if (role == Roles::RelativeTime || role == Qt::ToolTipRole) {
        const QDateTime time = source.data(Roles::LastMessageTime).toDateTime();
        if (!time.isValid())
            return {};
        if (role == Roles::RelativeTime)
            return TimeText::forList(time, nowOf(m_clock));
        return TimeText::full(time);
    }
    return source.data(role);
}

} // namespace Outpost

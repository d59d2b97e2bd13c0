// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Clock.h"
#include "threads/ThreadListModel.h"
#include "threads/ThreadContentSearch.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>

#include <functional>

namespace Outpost {

// The thread picker's rows over a ThreadListModel: "New thread" first, then the threads the
// filter lets through (every word must appear in the subject, the participants or the
// mailbox; case and accents ignored), with the last message's time relative ("3 hours ago",
// "yesterday") and its full date as the tooltip. A new filter is one model reset: the list
// lays out once per keystroke, whatever number of rows came or went. After them, the threads
// a content search found (setContentHits) that the filter did not already show, each with its
// snippet (Roles::Snippet); a narrower filter keeps the hits whose message still holds every
// word, a wider one drops them until the next search answers.
class ThreadPickerProxy : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit ThreadPickerProxy(QObject *parent = nullptr);

    void setSourceModel(ThreadListModel *model);
    ThreadListModel *sourceModel() const { return m_source; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // The threads the filter lets through and those found in messages ("New thread" not
    // counted).
    int threadCount() const { return int(m_rows.size() + m_found.size()); }
    int foundInMessagesCount() const { return int(m_found.size()); }
    void setContentHits(const QList<ContentHit> &hits);
    // The clock relative times are measured against (tests).
    void setClock(const Clock *clock) { m_clock = clock; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void refilter();
    bool accepts(int sourceRow) const;

    QPointer<ThreadListModel> m_source;
    QString m_text;
    QStringList m_terms; // folded words of the filter
    QList<int> m_rows; // source rows shown, in order
    const Clock *m_clock = nullptr; // none: the system's time
    QList<ContentHit> m_hits; // the last content search's, for m_text
    QList<QPair<int, int>> m_found; // after m_rows: (source row, hit) found only in messages
};

} // namespace Outpost

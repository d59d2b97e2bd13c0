// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Outpost {

// A thread picker row on two lines: the subject and how long ago its last message came; then
// the participants, the message count, and the mailbox with its provider; or, for a thread
// found by what was said in it, the matching words with the query's highlighted. The row
// without a thread is "New thread".
class ThreadPickerDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The second line's text (also what screen readers get).
    static QString detailsOf(const QModelIndex &index);

private:
    static void paintSnippet(QPainter *painter, const QStyleOptionViewItem &opt, const QRect &line,
        const QString &snippet, const QVariantList &highlights, bool selected);
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/threads/ThreadPickerDelegate.h"

#include "display/PeopleText.h"
#include "display/Roles.h"
#include "mail/AddressList.h"
#include "mail/ThreadSummary.h"
#include "threads/ThreadSource.h"
#include "ui/accounts/MailboxIconProxy.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QTextLayout>

namespace Outpost {

namespace {
constexpr int padding = 6;
constexpr int iconSize = 16;
} // namespace

QString ThreadPickerDelegate::detailsOf(const QModelIndex &index)
{
    const QVariant v = index.data(Roles::Thread);
    if (!v.isValid())
        return tr("Start a new thread with the recipients");
    const ThreadSummary t = v.value<ThreadSummary>();
    QStringList parts;
    // The others in the thread (the mailbox is named at the end).
    QList<MailAddress> others;
    for (const MailAddress &p : PeopleText::parse(t.participants)) {
        if (!AddressList::sameAddress(p.address, t.mailbox))
            others += p;
    }
    if (!others.isEmpty())
        parts += PeopleText::names(others);
    if (t.messageCount > 0)
        parts += tr("%n message(s)", nullptr, t.messageCount);
    if (!t.mailbox.isEmpty())
        parts += tr("%1 (%2)").arg(t.mailbox, providerDisplayName(t.provider));
    const auto origins = ThreadOrigins(index.data(Roles::ThreadOrigins).toInt());
    if (origins == ThreadOrigins(ThreadOrigin::SentFromHere))
        parts += tr("sent from this computer");
    return parts.join(QStringLiteral(" · "));
}

// A row found in messages: the matching words instead of the details, in italics (what was
// said, not who), the query's words bold on the highlight colour; clipped at the row's end.
void ThreadPickerDelegate::paintSnippet(QPainter *painter, const QStyleOptionViewItem &opt,
    const QRect &line, const QString &snippet, const QVariantList &highlights, bool selected)
{
    QFont font = opt.font;
    font.setItalic(true);
    QTextLayout layout(snippet, font);
    QList<QTextLayout::FormatRange> formats;
    for (const QVariant &v : highlights) {
        const QPoint span = v.toPoint();
        QTextLayout::FormatRange range;
        range.start = span.x();
        range.length = span.y();
        range.format.setFontWeight(QFont::Bold);
        range.format.setFontItalic(false);
        if (!selected) {
            range.format.setBackground(opt.palette.color(QPalette::Highlight).lighter(170));
            range.format.setForeground(opt.palette.color(QPalette::Text));
        }
        formats += range;
    }
    layout.setFormats(formats);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    if (textLine.isValid())
        textLine.setLineWidth(line.width());
    layout.endLayout();
    painter->save();
    painter->setClipRect(line);
    layout.draw(
        painter, QPointF(line.left(), line.top() + (line.height() - textLine.height()) / 2));
    painter->restore();
}

QSize ThreadPickerDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {option.rect.width() > 0 ? option.rect.width() : 480, 2 * fm.height() + 3 * padding};
}

void ThreadPickerDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString subject = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group
        = opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor text
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.68f);

    painter->save();
    const QRect r = opt.rect.adjusted(padding + 2, padding, -padding - 2, -padding);
    const QFontMetrics fm(opt.font);
    const QVariant v = index.data(Roles::Thread);
    int left = r.left();
    if (v.isValid()) {
        const ThreadSummary t = v.value<ThreadSummary>();
        MailboxIconProxy::providerIcon(t.provider)
            .paint(
                painter, QRect(left, r.top() + (fm.height() - iconSize) / 2, iconSize, iconSize));
    } else {
        QFont plus = opt.font;
        plus.setBold(true);
        painter->setFont(plus);
        painter->setPen(text);
        painter->drawText(
            QRect(left, r.top(), iconSize, fm.height()), Qt::AlignCenter, QStringLiteral("+"));
    }
    left += iconSize + padding;

    const QString when = index.data(Roles::RelativeTime).toString();
    const int whenWidth = when.isEmpty() ? 0 : fm.horizontalAdvance(when) + padding;
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QRect firstLine(left, r.top(), r.right() - left - whenWidth, fm.height());
    painter->drawText(firstLine, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(subject, Qt::ElideRight, firstLine.width()));
    painter->setFont(opt.font);
    painter->setPen(muted);
    if (!when.isEmpty()) {
        painter->drawText(QRect(r.right() - whenWidth, r.top(), whenWidth, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, when);
    }
    const QRect secondLine(left, r.top() + fm.height() + padding, r.right() - left, fm.height());
    if (const QString snippet = index.data(Roles::Snippet).toString(); !snippet.isEmpty()) {
        paintSnippet(painter, opt, secondLine, snippet,
            index.data(Roles::SnippetHighlights).toList(), selected);
        painter->restore();
        return;
    }
    painter->drawText(secondLine, Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(detailsOf(index), Qt::ElideRight, secondLine.width()));
    painter->restore();
}

} // namespace Outpost

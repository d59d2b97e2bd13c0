// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QStringList>
#include <QWidget>

namespace Outpost::Testing {

// Applies the layouts that are due. A widget shown, a size hint changed (a combo box filled, a
// tab switched, a message set) only posts a LayoutRequest; geometry read or a picture taken
// before it is delivered shows the old layout. Activating a layout can post one to the
// parent's: a few rounds carry it from the innermost layout up to the window.
inline void settleLayouts()
{
    for (int round = 0; round < 8; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

// The visible labels and buttons of `top` narrower than their text needs: what a person sees
// cut off. Word-wrapped labels grow in height and rich-text or picture labels are their
// owner's business, so they are left out; so are tool buttons showing only an icon.
inline QStringList clippedText(QWidget *top)
{
    using namespace Qt::StringLiterals;
    QStringList found;
    const auto check = [&found](QWidget *w, int needed, const QString &text) {
        if (w->isVisible() && !text.isEmpty() && w->width() < needed)
            found += u"%1 “%2”: %3 px for %4 px"_s.arg(w->objectName(), text)
                         .arg(w->width())
                         .arg(needed);
    };
    for (QLabel *label : top->findChildren<QLabel *>()) {
        if (label->wordWrap() || label->textFormat() == Qt::RichText || label->text().contains(u'<')
            || !label->pixmap().isNull())
            continue;
        check(label, label->minimumSizeHint().width(), label->text());
    }
    for (QAbstractButton *button : top->findChildren<QAbstractButton *>()) {
        if (button->inherits("QToolButton") && button->text().isEmpty())
            continue;
        check(button, button->minimumSizeHint().width(), button->text());
    }
    return found;
}

} // namespace Outpost::Testing

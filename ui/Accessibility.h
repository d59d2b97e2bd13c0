// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QAccessible>
#include <QListView>
#include <QString>
#include <QTreeView>

class QToolBar;
class QWidget;

namespace Outpost::Accessibility {

// What screen readers (AT-SPI on Linux, through Qt's bridge) get beyond Qt's own interfaces:
// recipient chips with Remove/Edit actions, the Drafts and Outbox windows as windows (a plain
// QWidget is a "filler"). Installed once; every widget that needs it calls this.
void installFactories();

// Tells assistive technology about a change of `widget`'s name or description (the text of a
// live label, a field's problem): Orca speaks such a change on the object that has the focus.
void notify(QWidget *widget, QAccessible::Event event);

// A widget's accessible description is made of parts, read in this order: what is wrong
// with it (a FieldMessage's problem), then what the widget says of itself (the invalid chips of
// a recipient field, the count of the thread picker, the state of the selected Outbox entry).
// A change is announced (DescriptionChanged), also when the same problem is said again.
enum class DescriptionPart { Problem, Detail };
void setDescriptionPart(QWidget *widget, DescriptionPart part, const QString &text);
QString descriptionPart(const QWidget *widget, DescriptionPart part);

// One tab stop for a toolbar (its first visible, enabled button); Left/Right (and Home/End)
// move between its buttons, Tab and Shift+Tab leave it. The buttons still never take the
// focus from a click (the body keeps it while Bold is clicked).
void makeToolBarKeyboardReachable(QToolBar *bar);

// An item view that says "focus moved to this row" only when it has the focus itself: Qt's
// QListView and QTreeView fire a Focus event on every change of the current row, also while
// the user types in a filter beside the list or while the window is hidden, which makes Orca
// leave where the user is.
template<class View> class FocusHonestView : public View
{
public:
    using View::View;

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override
    {
        if (this->hasFocus() && this->isVisible()) {
            View::currentChanged(current, previous);
            return;
        }
        QAbstractItemView::currentChanged(current, previous); // all but the Focus event
        this->viewport()->update();
    }
};
using ListView = FocusHonestView<QListView>;
using TreeView = FocusHonestView<QTreeView>;

} // namespace Outpost::Accessibility

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Accessibility.h"

#include "ui/compose/AttachmentAccessible.h"
#include "ui/compose/RecipientChip.h"

#include <QAccessibleWidget>
#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QPointer>
#include <QToolBar>
#include <QToolButton>

#include <mutex>

namespace Outpost::Accessibility {

namespace {

// A recipient chip: its name says who (or that it is not a valid address), its description
// why; "Remove" and "Edit" are actions as well as keys (Delete, F2) and the × button.
class ChipAccessible : public QAccessibleWidget
{
public:
    explicit ChipAccessible(RecipientChip *chip)
        : QAccessibleWidget(chip, QAccessible::ListItem) { }

    QStringList actionNames() const override
    {
        return QStringList {removeAction(), editAction()} + QAccessibleWidget::actionNames();
    }
    QString localizedActionName(const QString &name) const override
    {
        if (name == removeAction())
            return RecipientChip::tr("Remove");
        if (name == editAction())
            return RecipientChip::tr("Edit");
        return QAccessibleWidget::localizedActionName(name);
    }
    QString localizedActionDescription(const QString &name) const override
    {
        if (name == removeAction())
            return RecipientChip::tr("Removes this recipient (Delete)");
        if (name == editAction())
            return RecipientChip::tr("Puts this recipient back in the entry to edit it (F2)");
        return QAccessibleWidget::localizedActionDescription(name);
    }
    QStringList keyBindingsForAction(const QString &name) const override
    {
        if (name == removeAction())
            return {QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText)};
        if (name == editAction())
            return {QKeySequence(Qt::Key_F2).toString(QKeySequence::NativeText)};
        return QAccessibleWidget::keyBindingsForAction(name);
    }
    void doAction(const QString &name) override
    {
        auto *chip = static_cast<RecipientChip *>(widget());
        if (name == removeAction()) // later: the chip goes away under the caller
            QMetaObject::invokeMethod(chip, &RecipientChip::removeRequested, Qt::QueuedConnection);
        else if (name == editAction())
            QMetaObject::invokeMethod(chip, &RecipientChip::editRequested, Qt::QueuedConnection);
        else
            QAccessibleWidget::doAction(name);
    }
    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.focusable = true;
        return s;
    }

    // Action names are identifiers (not shown); the localized names above are what is read.
    static QString removeAction() { return QStringLiteral("Remove"); }
    static QString editAction() { return QStringLiteral("Edit"); }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (!widget)
        return nullptr;
    if (QAccessibleInterface *list = attachmentListAccessible(className, object))
        return list;
    if (className == u"Outpost::RecipientChip")
        return new ChipAccessible(static_cast<RecipientChip *>(widget));
    // Top-level QWidgets, not dialogs: Qt would report them as "filler".
    if (className == u"Outpost::DraftsWindow" || className == u"Outpost::OutboxWindow")
        return new QAccessibleWidget(widget, QAccessible::Window);
    return nullptr;
}

// Left/Right within a toolbar, Tab out of it.
class ToolBarKeys : public QObject
{
public:
    explicit ToolBarKeys(QToolBar *bar) : QObject(bar), m_bar(bar) { }

    QList<QToolButton *> buttons() const
    {
        QList<QToolButton *> list;
        for (QAction *a : m_bar->actions()) {
            auto *b = qobject_cast<QToolButton *>(m_bar->widgetForAction(a));
            if (b && a->isVisible() && !b->isHidden() && b->isEnabled())
                list += b;
        }
        return list;
    }

    // The first usable button is the bar's one tab stop.
    void update()
    {
        const QList<QToolButton *> usable = buttons();
        for (QAction *a : m_bar->actions()) {
            if (auto *b = qobject_cast<QToolButton *>(m_bar->widgetForAction(a))) {
                b->setFocusPolicy(
                    !usable.isEmpty() && b == usable.first() ? Qt::TabFocus : Qt::NoFocus);
                b->installEventFilter(this);
            }
        }
    }

    QToolButton *entry() const
    {
        const QList<QToolButton *> usable = buttons();
        return usable.isEmpty() ? nullptr : usable.first();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::EnabledChange || event->type() == QEvent::ShowToParent
            || event->type() == QEvent::HideToParent) {
            QMetaObject::invokeMethod(this, &ToolBarKeys::update, Qt::QueuedConnection);
            return false;
        }
        if (event->type() != QEvent::KeyPress)
            return false;
        auto *button = qobject_cast<QToolButton *>(watched);
        const auto *key = static_cast<QKeyEvent *>(event);
        const QList<QToolButton *> usable = buttons();
        const qsizetype at = usable.indexOf(button);
        if (at < 0)
            return false;
        const bool rtl = m_bar->layoutDirection() == Qt::RightToLeft;
        qsizetype to = -1;
        switch (key->key()) {
        case Qt::Key_Right:
            to = rtl ? at - 1 : at + 1;
            break;
        case Qt::Key_Left:
            to = rtl ? at + 1 : at - 1;
            break;
        case Qt::Key_Home:
            to = 0;
            break;
        case Qt::Key_End:
            to = usable.size() - 1;
            break;
        case Qt::Key_Tab:
        case Qt::Key_Backtab: {
            // From any button, as from the bar's tab stop.
            QToolButton *stop = entry();
            if (!stop || button == stop)
                return false;
            stop->setFocus(Qt::TabFocusReason);
            QCoreApplication::postEvent(
                stop, new QKeyEvent(QEvent::KeyPress, key->key(), key->modifiers()));
            return true;
        }
        default:
            return false;
        }
        if (to >= 0 && to < usable.size())
            usable.at(to)->setFocus(Qt::TabFocusReason);
        return true;
    }

private:
    QToolBar *m_bar;
};

} // namespace

void installFactories()
{
    static std::once_flag once;
    std::call_once(once, [] { QAccessible::installFactory(&factory); });
}

void notify(QWidget *widget, QAccessible::Event event)
{
    if (!widget)
        return;
    QAccessibleEvent e(widget, event);
    QAccessible::updateAccessibility(&e);
}

namespace {
const char *propertyOf(DescriptionPart part)
{
    return part == DescriptionPart::Problem ? "outpostA11yProblem" : "outpostA11yDetail";
}
} // namespace

QString descriptionPart(const QWidget *widget, DescriptionPart part)
{
    return widget ? widget->property(propertyOf(part)).toString() : QString();
}

void setDescriptionPart(QWidget *widget, DescriptionPart part, const QString &text)
{
    if (!widget)
        return;
    widget->setProperty(propertyOf(part), text);
    QStringList parts;
    for (DescriptionPart p : {DescriptionPart::Problem, DescriptionPart::Detail}) {
        const QString t = descriptionPart(widget, p).trimmed();
        if (!t.isEmpty())
            parts += t;
    }
    const QString description = parts.join(u'\n');
    if (widget->accessibleDescription() == description) {
        // Said again (Send pressed twice): said again to the user too.
        if (!text.isEmpty())
            notify(widget, QAccessible::DescriptionChanged);
        return;
    }
    widget->setAccessibleDescription(description); // announces it (DescriptionChanged)
}

void makeToolBarKeyboardReachable(QToolBar *bar)
{
    auto *keys = new ToolBarKeys(bar);
    keys->update();
    QObject::connect(bar, &QToolBar::actionTriggered, keys, &ToolBarKeys::update);
}

} // namespace Outpost::Accessibility

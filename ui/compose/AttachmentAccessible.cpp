// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compose/AttachmentAccessible.h"

#include "compose/AttachmentListModel.h"
#include "ui/Accessibility.h"
#include "ui/compose/AttachmentList.h"

#include <QAccessibleWidget>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QListView>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QWindow>

#include <utility>

namespace Outpost::Accessibility {

namespace {

const char *const marker = "outpostAttachmentList";

// Action names are identifiers (not shown); the localized names are what is read.
QString cancelAction()
{
    return QStringLiteral("Cancel");
}
QString retryAction()
{
    return QStringLiteral("Retry");
}
QString removeAction()
{
    return QStringLiteral("Remove");
}

// The list's rows change what they offer as they upload; asked again each time.
class RowAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    RowAccessible(QListView *view, const QModelIndex &index) : m_view(view), m_index(index) { }

    const QPersistentModelIndex &index() const { return m_index; }

    bool isValid() const override { return m_view && m_index.isValid(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return m_index.data(Qt::AccessibleTextRole).toString();
        if (t == QAccessible::Description)
            return m_index.data(Qt::AccessibleDescriptionRole).toString();
        return {};
    }
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect r = m_view->visualRect(m_index);
        return QRect(m_view->viewport()->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        s.selectable = true;
        s.focusable = true;
        if (m_view->selectionModel() && m_view->selectionModel()->isSelected(m_index))
            s.selected = true;
        if (m_view->currentIndex() == m_index && m_view->hasFocus())
            s.focused = true;
        if (!m_view->isVisible()
            || !m_view->viewport()->rect().intersects(m_view->visualRect(m_index)))
            s.invisible = s.offscreen = true;
        return s;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
            ? static_cast<QAccessibleActionInterface *>(this)
            : nullptr;
    }

    QStringList actionNames() const override
    {
        AttachmentListModel *attachments = editable();
        if (!attachments)
            return {};
        QStringList names;
        if (m_index.data(AttachmentListModel::CanCancelRole).toBool())
            names += cancelAction();
        if (m_index.data(AttachmentListModel::CanRetryRole).toBool())
            names += retryAction();
        return names << removeAction();
    }
    // The words of the painted buttons; described as the row's menu (Shift+F10) says them.
    QString localizedActionName(const QString &name) const override
    {
        if (name == cancelAction())
            return AttachmentList::tr("Cancel");
        if (name == retryAction())
            return AttachmentList::tr("Retry");
        if (name == removeAction())
            return AttachmentList::tr("Remove");
        return {};
    }
    QString localizedActionDescription(const QString &name) const override
    {
        if (name == cancelAction())
            return AttachmentList::tr("&Cancel Upload").remove(u'&');
        if (name == retryAction())
            return AttachmentList::tr("&Retry Upload").remove(u'&');
        if (name == removeAction())
            return AttachmentList::tr("Re&move").remove(u'&');
        return {};
    }
    QStringList keyBindingsForAction(const QString &name) const override
    {
        if (name == removeAction())
            return {QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText)};
        return {};
    }
    void doAction(const QString &name) override
    {
        AttachmentListModel *attachments = editable();
        if (!attachments || !actionNames().contains(name))
            return;
        // Later (the row goes away under the caller), and only if the row is still there and
        // the message still editable then.
        QMetaObject::invokeMethod(
            attachments,
            [view = m_view, row = m_index, name] {
                auto *owner = view ? qobject_cast<AttachmentList *>(view->parentWidget()) : nullptr;
                if (!owner || owner->isReadOnly() || !owner->model() || !row.isValid())
                    return;
                if (name == cancelAction())
                    owner->model()->cancel(row.row());
                else if (name == retryAction())
                    owner->model()->retry(row.row());
                else if (name == removeAction())
                    owner->model()->remove(row.row());
            },
            Qt::QueuedConnection);
    }

private:
    // The model, while the user may change it (not in the undo countdown).
    AttachmentListModel *editable() const
    {
        if (!isValid())
            return nullptr;
        auto *owner = qobject_cast<AttachmentList *>(m_view->parentWidget());
        return owner && !owner->isReadOnly() ? owner->model() : nullptr;
    }

    QPointer<QListView> m_view;
    QPersistentModelIndex m_index;
};

class ListAccessible : public QAccessibleWidget
{
public:
    explicit ListAccessible(QListView *view) : QAccessibleWidget(view, QAccessible::List) { }
    ~ListAccessible() override
    {
        for (const auto &row : std::as_const(m_rows))
            QAccessible::deleteAccessibleInterface(row.second);
    }

    QListView *view() const { return static_cast<QListView *>(widget()); }

    int childCount() const override
    {
        const QAbstractItemModel *model = view()->model();
        return model ? model->rowCount(view()->rootIndex()) : 0;
    }
    QAccessibleInterface *child(int i) const override
    {
        const QAbstractItemModel *model = view()->model();
        if (!model || i < 0 || i >= childCount())
            return nullptr;
        forgetGoneRows();
        const QModelIndex index = model->index(i, view()->modelColumn(), view()->rootIndex());
        for (const auto &row : std::as_const(m_rows)) {
            if (row.first == index)
                return QAccessible::accessibleInterface(row.second);
        }
        // One interface per row for as long as the row lives: the bus knows it by its id.
        auto *row = new RowAccessible(view(), index);
        m_rows.append({row->index(), QAccessible::registerAccessibleInterface(row)});
        return row;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (const auto &row : std::as_const(m_rows)) {
            if (QAccessible::accessibleInterface(row.second) == child)
                return row.first.isValid() ? row.first.row() : -1;
        }
        return -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QModelIndex index = view()->indexAt(view()->viewport()->mapFromGlobal(QPoint(x, y)));
        return index.isValid() ? child(index.row()) : nullptr;
    }
    QAccessibleInterface *focusChild() const override
    {
        const QModelIndex current = view()->currentIndex();
        return view()->hasFocus() && current.isValid() ? child(current.row()) : nullptr;
    }

private:
    void forgetGoneRows() const
    {
        for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
            if (!m_rows.at(i).first.isValid()) {
                QAccessible::deleteAccessibleInterface(m_rows.at(i).second);
                m_rows.removeAt(i);
            }
        }
    }

    mutable QList<std::pair<QPersistentModelIndex, QAccessible::Id>> m_rows;
};

} // namespace

void markAsAttachmentList(QObject *view)
{
    installFactories();
    view->setProperty(marker, true);
}

QAccessibleInterface *attachmentListAccessible(const QString &className, QObject *object)
{
    // The view's own classes have no meta-object of their own: it is asked for as a QListView.
    auto *view = qobject_cast<QListView *>(object);
    if (className != u"QListView" || !view || !view->property(marker).toBool())
        return nullptr;
    return new ListAccessible(view);
}

} // namespace Outpost::Accessibility

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compose/AttachmentList.h"

#include "compose/AttachmentListModel.h"
#include "mail/Clock.h"
#include "settings/Settings.h"
#include "ui/Accessibility.h"
#include "ui/FieldMessage.h"
#include "ui/compose/AttachmentAccessible.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Outpost {

using namespace Qt::StringLiterals;

namespace {
constexpr int iconSize = 32;
constexpr int margin = 6;

// The https link a browser drop or a pasted text carries, when that is all it carries.
QList<QUrl> linksInText(const QString &text)
{
    QList<QUrl> links;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QUrl url(line.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return {}; // ordinary text
        links += url;
    }
    return links;
}

QIcon iconFor(const QModelIndex &index, const QStyle *style)
{
    QIcon icon = QIcon::fromTheme(index.data(AttachmentListModel::IconNameRole).toString());
    if (icon.isNull())
        icon = QIcon::fromTheme(index.data(AttachmentListModel::GenericIconNameRole).toString());
    if (icon.isNull())
        icon = style->standardIcon(QStyle::SP_FileIcon);
    return icon;
}
} // namespace

// Paints one row and turns clicks on its buttons into Cancel, Retry and Remove.
class AttachmentDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    enum class Button { None, Action, Remove };

    bool readOnly = false; // frozen (the undo countdown): no Cancel, Retry or Remove

    static QString actionText(const QModelIndex &index)
    {
        if (index.data(AttachmentListModel::CanCancelRole).toBool())
            return AttachmentList::tr("Cancel");
        if (index.data(AttachmentListModel::CanRetryRole).toBool())
            return AttachmentList::tr("Retry");
        return {};
    }

    QRect buttonRect(const QStyleOptionViewItem &option, const QModelIndex &index, Button b) const
    {
        if (readOnly)
            return {};
        const QFontMetrics fm(option.font);
        const int h = fm.height() + 8;
        const int top = option.rect.top() + (option.rect.height() - h) / 2;
        const QString removeText = AttachmentList::tr("Remove");
        const int removeW = fm.horizontalAdvance(removeText) + 16;
        const QRect remove(option.rect.right() - margin - removeW, top, removeW, h);
        if (b == Button::Remove)
            return remove;
        const QString action = actionText(index);
        if (action.isEmpty())
            return {};
        const int w = fm.horizontalAdvance(action) + 16;
        return {remove.left() - margin - w, top, w, h};
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return {320, std::max(iconSize + 2 * margin, 2 * fm.height() + 3 * margin)};
    }

    void paint(
        QPainter *p, const QStyleOptionViewItem &opt, const QModelIndex &index) const override
    {
        QStyleOptionViewItem option = opt;
        initStyleOption(&option, index);
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        option.text.clear();
        option.icon = QIcon();
        style->drawControl(QStyle::CE_ItemViewItem, &option, p, option.widget);

        const QRect r = option.rect.adjusted(margin, margin, -margin, -margin);
        const QRect iconRect(r.left(), r.top() + (r.height() - iconSize) / 2, iconSize, iconSize);
        iconFor(index, style).paint(p, iconRect);

        const QRect action = buttonRect(option, index, Button::Action);
        const QRect remove = buttonRect(option, index, Button::Remove);
        const int right = action.isValid() ? action.left() - margin
            : remove.isValid()             ? remove.left() - margin
                                           : r.right();
        const QFontMetrics fm(option.font);
        const int textLeft = iconRect.right() + margin + 2;
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;

        // Line 1: the name, and its size on the right.
        const QString size = index.data(AttachmentListModel::SizeTextRole).toString();
        const int sizeW = fm.horizontalAdvance(size);
        QFont bold = option.font;
        bold.setBold(true);
        p->save();
        p->setPen(option.palette.color(textRole));
        const QRect line1(textLeft, r.top(), right - textLeft, fm.height());
        p->drawText(line1, Qt::AlignRight | Qt::AlignVCenter, size);
        p->setFont(bold);
        const QString name = QFontMetrics(bold).elidedText(
            index.data().toString(), Qt::ElideMiddle, line1.width() - sizeW - margin);
        p->drawText(line1, Qt::AlignLeft | Qt::AlignVCenter, name);
        p->restore();

        // Line 2: a progress bar while uploading, and the state in words.
        const QRect line2(textLeft, line1.bottom() + margin / 2, right - textLeft, fm.height());
        const int progress = index.data(AttachmentListModel::ProgressRole).toInt();
        QRect stateRect = line2;
        if (progress >= 0) {
            QStyleOptionProgressBar bar;
            bar.rect = QRect(line2.left(), line2.top() + 2, line2.width() / 2, line2.height() - 4);
            bar.minimum = 0;
            bar.maximum = 100;
            bar.progress = progress;
            bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
            bar.palette = option.palette;
            style->drawControl(QStyle::CE_ProgressBar, &bar, p, option.widget);
            stateRect.setLeft(bar.rect.right() + margin);
        }
        const auto state
            = AttachmentListModel::State(index.data(AttachmentListModel::StateRole).toInt());
        QColor color = option.palette.color(QPalette::Disabled, textRole);
        if (state == AttachmentListModel::State::Failed)
            color = option.palette.color(QPalette::Window).lightness() < 128
                ? QColor(0xff, 0x8a, 0x80)
                : QColor(0xb3, 0x26, 0x1e);
        else if (!index.data(AttachmentListModel::WarningRole).toString().isEmpty())
            color = QColor(0x9a, 0x67, 0x00);
        p->save();
        p->setPen(selected ? option.palette.color(QPalette::HighlightedText) : color);
        p->drawText(stateRect, Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(index.data(AttachmentListModel::StateTextRole).toString(), Qt::ElideRight,
                stateRect.width()));
        p->restore();

        drawButton(p, option, action, actionText(index));
        drawButton(p, option, remove, AttachmentList::tr("Remove"));
    }

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override
    {
        if (event->type() != QEvent::MouseButtonRelease)
            return QStyledItemDelegate::editorEvent(event, model, option, index);
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        auto *attachments = qobject_cast<AttachmentListModel *>(model);
        if (!attachments)
            return false;
        if (buttonRect(option, index, Button::Remove).contains(pos)) {
            attachments->remove(index.row());
            return true;
        }
        if (buttonRect(option, index, Button::Action).contains(pos)) {
            if (index.data(AttachmentListModel::CanCancelRole).toBool())
                attachments->cancel(index.row());
            else
                attachments->retry(index.row());
            return true;
        }
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }

private:
    static void drawButton(
        QPainter *p, const QStyleOptionViewItem &option, const QRect &rect, const QString &text)
    {
        if (!rect.isValid() || text.isEmpty())
            return;
        QStyleOptionButton b;
        b.rect = rect;
        b.text = text;
        b.state = QStyle::State_Enabled | QStyle::State_Raised;
        b.palette = option.palette;
        b.fontMetrics = option.fontMetrics;
        const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_PushButton, &b, p, option.widget);
    }
};

// The list itself: takes drops (files, links; its own rows to reorder) and opens on double-click.
class AttachmentListView : public Accessibility::ListView
{
public:
    explicit AttachmentListView(AttachmentList *owner)
        : Accessibility::ListView(owner), m_owner(owner)
    {
        // First: its accessible interface (rows with actions) is made when first asked for.
        Accessibility::markAsAttachmentList(this);
        setItemDelegate(new AttachmentDelegate(this));
        setSelectionMode(QAbstractItemView::SingleSelection);
        setDragEnabled(true);
        setAcceptDrops(true);
        setDropIndicatorShown(true);
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::CopyAction);
        setUniformItemSizes(true);
        setMouseTracking(true);
        setAccessibleName(AttachmentList::tr("Attachments"));
        // The row's buttons are painted: the keyboard has them as keys and in a menu.
        setAccessibleDescription(
            AttachmentList::tr("Enter opens the selected attachment, Delete removes it; the "
                               "Menu key or Shift+F10 offers Cancel, Retry and Remove."));
        connect(this, &QListView::doubleClicked, this, &AttachmentListView::open);
    }

    // Open, Cancel or Retry, Remove: the painted buttons of the current row, as a menu.
    void showRowMenu(const QModelIndex &index, const QPoint &globalPos)
    {
        if (!index.isValid())
            return;
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->setObjectName(u"attachmentMenu"_s);
        const QPersistentModelIndex row(index);
        menu->addAction(AttachmentList::tr("&Open"), this, [row] { openRow(row); });
        auto *attachments = m_owner->isReadOnly() ? nullptr : m_owner->model();
        if (attachments && index.data(AttachmentListModel::CanCancelRole).toBool())
            menu->addAction(AttachmentList::tr("&Cancel Upload"), this, [attachments, row] {
                if (row.isValid())
                    attachments->cancel(row.row());
            });
        if (attachments && index.data(AttachmentListModel::CanRetryRole).toBool())
            menu->addAction(AttachmentList::tr("&Retry Upload"), this, [attachments, row] {
                if (row.isValid())
                    attachments->retry(row.row());
            });
        if (attachments)
            menu->addAction(AttachmentList::tr("Re&move"), this, [attachments, row] {
                if (row.isValid())
                    attachments->remove(row.row());
            });
        menu->popup(globalPos);
    }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (m_owner->isReadOnly()) {
            event->ignore();
            return;
        }
        if (event->source() == this || AttachmentList::canAttach(event->mimeData())) {
            event->setDropAction(Qt::CopyAction);
            event->accept();
            return;
        }
        event->ignore();
    }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        if (event->source() == this) {
            QListView::dragMoveEvent(event);
            event->setDropAction(Qt::CopyAction); // the rows are moved by dropEvent
            event->accept();
            return;
        }
        if (AttachmentList::canAttach(event->mimeData())) {
            event->setDropAction(Qt::CopyAction);
            event->accept();
            return;
        }
        event->ignore();
    }
    void dropEvent(QDropEvent *event) override
    {
        if (m_owner->isReadOnly()) {
            event->ignore();
            return;
        }
        if (event->source() == this) {
            // A row dragged within the list: moved before the row it is dropped on.
            const QModelIndex from = currentIndex();
            const QModelIndex on = indexAt(event->position().toPoint());
            int to = on.isValid() ? on.row() : model()->rowCount();
            if (on.isValid() && on.row() > from.row())
                to = on.row() + 1; // dropped on a later row: goes after it
            if (from.isValid())
                model()->moveRow({}, from.row(), {}, to);
            event->setDropAction(Qt::IgnoreAction); // nothing for the drag to delete
            event->accept();
            stopAutoScroll();
            setState(NoState);
            viewport()->update();
            return;
        }
        if (m_owner->attach(event->mimeData())) {
            event->setDropAction(Qt::CopyAction);
            event->accept();
            return;
        }
        event->ignore();
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        auto *attachments = m_owner->isReadOnly() ? nullptr : m_owner->model();
        if (attachments && currentIndex().isValid()
            && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)) {
            attachments->remove(currentIndex().row());
            return;
        }
        if (currentIndex().isValid()
            && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
            open(currentIndex());
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            m_owner->attach(QGuiApplication::clipboard()->mimeData());
            return;
        }
        if (event->key() == Qt::Key_Menu
            || (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier)) {
            const QRect row = visualRect(currentIndex());
            showRowMenu(currentIndex(), viewport()->mapToGlobal(row.bottomLeft()));
            return;
        }
        QListView::keyPressEvent(event);
    }
    void focusInEvent(QFocusEvent *event) override
    {
        Accessibility::ListView::focusInEvent(event);
        // Qt announces the list itself once this returns (QWidget::setFocus), after the row
        // made current here, and says nothing of a row already current: the current row is
        // announced after it, so that Tab into the list reads the row (and reaches its
        // actions) as the arrows do. Rows are the list's children in row order
        // (AttachmentAccessible).
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!QAccessible::isActive() || !currentIndex().isValid() || !hasFocus()
                    || !isVisible())
                    return;
                QAccessibleEvent focus(this, QAccessible::Focus);
                focus.setChild(currentIndex().row());
                QAccessible::updateAccessibility(&focus);
            },
            Qt::QueuedConnection);
    }
    void contextMenuEvent(QContextMenuEvent *event) override
    {
        const QModelIndex index = event->reason() == QContextMenuEvent::Mouse
            ? indexAt(viewport()->mapFromGlobal(event->globalPos()))
            : currentIndex();
        showRowMenu(index, event->globalPos());
    }

private:
    static void openRow(const QPersistentModelIndex &index)
    {
        if (index.isValid())
            open(QModelIndex(index));
    }
    static void open(const QModelIndex &index)
    {
        QDesktopServices::openUrl(index.data(AttachmentListModel::UrlRole).toUrl());
    }

    AttachmentList *m_owner;
};

AttachmentList::AttachmentList(QWidget *parent)
    : QWidget(parent), m_view(new AttachmentListView(this)), m_message(new FieldMessage(this))
{
    if (QIcon::fallbackThemeName().isEmpty() || QIcon::fallbackThemeName() == u"hicolor")
        QIcon::setFallbackThemeName(u"Adwaita"_s); // MIME type icons where no theme is set
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view);
    layout->addWidget(m_message);
    m_message->setObjectName(u"attachmentMessage"_s);
    // As tall as its rows and message, never more: the message body takes the spare height.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setAcceptDrops(true);
    updateVisibility();
}

QLabel *AttachmentList::messageLabel() const
{
    return m_message;
}

QListView *AttachmentList::view() const
{
    return m_view;
}

void AttachmentList::setModel(AttachmentListModel *model)
{
    m_model = model;
    m_view->setModel(model);
    connect(model, &AttachmentListModel::refused, this, &AttachmentList::showMessage);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AttachmentList::updateVisibility);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AttachmentList::updateVisibility);
    connect(model, &QAbstractItemModel::modelReset, this, &AttachmentList::updateVisibility);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AttachmentList::onRowsAdded);
    updateVisibility();
}

void AttachmentList::updateVisibility()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    m_view->setVisible(rows > 0);
    if (rows > 0) {
        const int rowHeight = m_view->sizeHintForRow(0);
        m_view->setFixedHeight(std::min(rows, 5) * rowHeight + 2 * m_view->frameWidth());
    }
    setVisible(rows > 0 || !m_messages.isEmpty());
}

bool AttachmentList::canAttach(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasUrls() || mime->hasImage())
        return true;
    return mime->hasText() && !linksInText(mime->text()).isEmpty();
}

void AttachmentList::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    static_cast<AttachmentDelegate *>(m_view->itemDelegate())->readOnly = readOnly;
    // Rows stay readable, selectable and open on double-click; nothing is added, moved or
    // removed.
    m_view->setDragDropMode(readOnly ? QAbstractItemView::NoDragDrop : QAbstractItemView::DragDrop);
    m_view->setAcceptDrops(!readOnly);
    setAcceptDrops(!readOnly);
    m_view->viewport()->update();
}

bool AttachmentList::attach(const QMimeData *mime)
{
    if (!m_model || m_readOnly || !canAttach(mime))
        return false;
    clearMessage();
    if (mime->hasUrls()) {
        m_model->addUrls(mime->urls());
    } else if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (image.isNull() || !image.save(&buffer, "PNG")) {
            showMessage(tr("The pasted image could not be read."));
            return true;
        }
        const QString name = tr("Pasted image %1.png")
                                 .arg(systemNow().toLocalTime().toString(u"yyyy-MM-dd HH.mm.ss"_s));
        m_model->addData(png, name);
    } else {
        m_model->addUrls(linksInText(mime->text()));
    }
    updateVisibility();
    return true;
}

void AttachmentList::chooseFiles()
{
    if (!m_model || m_readOnly)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        window(), tr("Attach Files"), m_settings ? m_settings->attachFolder() : QDir::homePath());
    if (!files.isEmpty()) {
        if (m_settings)
            m_settings->setAttachFolder(QFileInfo(files.constFirst()).absolutePath());
        clearMessage();
        m_model->addFiles(files);
        updateVisibility();
    }
}

void AttachmentList::attachImagesPastedInto(QWidget *editor)
{
    editor->installEventFilter(this);
}

bool AttachmentList::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        // Only an image with nothing else: text and files keep their usual way in.
        if (mime && mime->hasImage() && !mime->hasUrls() && !mime->hasText()) {
            attach(mime);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

namespace {
// Where the delegate draws a row's `button`, in `view`'s viewport.
QRect buttonRectIn(QListView *view, int row, AttachmentDelegate::Button button)
{
    const QModelIndex index = view->model()->index(row, 0);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.rect = view->visualRect(index);
    return static_cast<AttachmentDelegate *>(view->itemDelegate())
        ->buttonRect(option, index, button);
}
} // namespace

QRect AttachmentList::actionButtonRect(int row) const
{
    return m_model ? buttonRectIn(m_view, row, AttachmentDelegate::Button::Action) : QRect();
}

QRect AttachmentList::removeButtonRect(int row) const
{
    return m_model ? buttonRectIn(m_view, row, AttachmentDelegate::Button::Remove) : QRect();
}

void AttachmentList::showMessage(const QString &text)
{
    if (!m_messages.contains(text))
        m_messages += text;
    m_message->showProblem(m_messages.join(u'\n'));
    updateVisibility();
}

void AttachmentList::onRowsAdded()
{
    if (m_messages.isEmpty()) // what was refused in the same drop stays said
        m_message->clearProblem();
}

void AttachmentList::clearMessage()
{
    m_messages.clear();
    m_message->clearProblem();
    updateVisibility();
}

} // namespace Outpost

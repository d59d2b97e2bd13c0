// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/threads/ThreadPicker.h"

#include "display/Roles.h"
#include "threads/ThreadContentSearch.h"
#include "threads/ThreadLister.h"
#include "ui/Accessibility.h"
#include "ui/threads/ThreadPickerDelegate.h"
#include "ui/threads/ThreadPickerProxy.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace Outpost {

ThreadPicker::ThreadPicker(ThreadLister *lister, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_lister(lister)
    , m_rows(new ThreadPickerProxy(this))
    , m_filter(new QLineEdit(this))
    // Typing in the filter moves the selection: no Focus event may take Orca off the filter.
    , m_list(new Accessibility::ListView(this))
    , m_status(new QLabel(this))
    , m_search(new ThreadContentSearch([lister] { return lister->contacts(); }, this))
{
    setObjectName(QStringLiteral("threadPicker"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Choose the thread"));
    m_rows->setSourceModel(lister->model());

    m_filter->setObjectName(QStringLiteral("threadFilter"));
    m_filter->setPlaceholderText(tr("Filter by subject, people or mailbox"));
    m_filter->setClearButtonEnabled(true);
    // Qt's clear button (a tool button of QLineEdit's own, shown once there is text) has no
    // name: a screen reader reviewing the picker would read just "button".
    for (auto *button : m_filter->findChildren<QToolButton *>())
        button->setAccessibleName(tr("Clear the filter"));
    m_filter->setAccessibleName(tr("Filter threads"));
    m_list->setObjectName(QStringLiteral("threadList"));
    m_list->setModel(m_rows);
    m_list->setItemDelegate(new ThreadPickerDelegate(m_list));
    m_list->setUniformItemSizes(true); // 10,000 rows lay out at once
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Threads"));
    m_status->setObjectName(QStringLiteral("threadStatus"));
    m_status->setWordWrap(true);
    m_status->setContentsMargins(4, 0, 4, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_filter);

    m_filter->installEventFilter(this);
    m_list->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_rows->setFilterText(text);
        m_searchError.clear();
        m_search->setQuery(text);
        m_wanted.clear();
        selectAfterChange();
        updateStatus();
    });
    connect(m_list, &QListView::clicked, this, &ThreadPicker::choose);
    connect(m_rows, &QAbstractItemModel::modelReset, this, [this] {
        selectAfterChange();
        updateStatus();
    });
    connect(lister, &ThreadLister::busyChanged, this, [this](bool busy) {
        updateStatus();
        if (!busy && m_chooseWhenListed && isVisible()) {
            m_chooseWhenListed = false;
            m_closedByKey = true; // the Return typed ahead
            choose(m_list->currentIndex());
        }
    });
    connect(
        m_search, &ThreadContentSearch::resultsReady, m_rows, &ThreadPickerProxy::setContentHits);
    connect(m_search, &ThreadContentSearch::searchingChanged, this, &ThreadPicker::updateStatus);
    connect(m_search, &ThreadContentSearch::failed, this, [this](const QString &message) {
        m_searchError = message;
        updateStatus();
    });
    // The recipients' contacts are known once the platform listed their threads.
    connect(lister, &ThreadLister::refreshed, m_search, &ThreadContentSearch::rerun);
    connect(lister, &ThreadLister::sourceFailed, this, [this](const ServiceError &e) {
        m_error = e.message;
        updateStatus();
    });
}

void ThreadPicker::popup(QWidget *anchor, const QString &currentThreadId)
{
    m_error.clear();
    m_chooseWhenListed = false;
    m_closedByKey = false;
    m_filter->clear();
    m_wanted = currentThreadId;
    selectAfterChange();
    updateStatus();
    const QRect screen = anchor->screen()->availableGeometry();
    const QSize size(std::clamp(anchor->width(), 520, std::max(520, screen.width() / 2)), 400);
    QPoint at = anchor->mapToGlobal(QPoint(0, anchor->height() + 2));
    at.setX(
        std::clamp(at.x(), screen.left(), std::max(screen.left(), screen.right() - size.width())));
    if (at.y() + size.height() > screen.bottom())
        at.setY(std::max(screen.top(), anchor->mapToGlobal(QPoint()).y() - size.height() - 2));
    setGeometry(QRect(at, size));
    show();
    raise();
    activateWindow();
    m_filter->setFocus(Qt::PopupFocusReason);
}

QString ThreadPicker::statusText() const
{
    return m_status->text();
}

bool ThreadPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Escape:
        m_closedByKey = true;
        close();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Typed ahead of the list ("inv⏎" while it is looked up): the first match is taken
        // once the threads are listed, not "New thread" now.
        // Until then a click elsewhere may close it, which is not the keyboard's doing.
        m_chooseWhenListed = m_lister->isBusy() && !m_filter->text().trimmed().isEmpty();
        if (!m_chooseWhenListed) {
            m_closedByKey = true;
            choose(m_list->currentIndex());
        }
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if (watched == m_filter) {
            // The list moves while typing goes on in the filter.
            QKeyEvent forwarded(QEvent::KeyPress, key->key(), key->modifiers(), key->text());
            QCoreApplication::sendEvent(m_list, &forwarded);
            // The row the user moved to stays selected while more rows arrive.
            m_wanted = m_list->currentIndex().data(Roles::ThreadId).toString();
            return true;
        }
        break;
    default:
        if (watched == m_list && !key->text().isEmpty() && key->text().at(0).isPrint()) {
            // Typing in the list goes to the filter.
            m_filter->setFocus();
            QCoreApplication::sendEvent(m_filter, event);
            return true;
        }
        break;
    }
    return QFrame::eventFilter(watched, event);
}

void ThreadPicker::hideEvent(QHideEvent *event)
{
    m_chooseWhenListed = false;
    QFrame::hideEvent(event);
    m_search->setQuery({}); // nothing searched for a closed picker
    Q_EMIT closed(m_closedByKey);
}

void ThreadPicker::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QVariant v = index.data(Roles::Thread);
    if (!v.isValid()) {
        close();
        Q_EMIT newThreadChosen();
        return;
    }
    const ThreadSummary thread = v.value<ThreadSummary>();
    const int row = m_lister->model()->rowOf(thread.threadId);
    const ThreadListModel::Row *r = m_lister->model()->row(row);
    PlatformClient *client = r ? r->client.data() : nullptr;
    close();
    Q_EMIT threadChosen(thread, client);
}

// Keeps the wanted thread selected; else the first match of a filter; else "New thread".
void ThreadPicker::selectAfterChange()
{
    int row = -1;
    if (!m_wanted.isEmpty()) {
        for (int i = 1; i < m_rows->rowCount(); ++i) {
            if (m_rows->index(i, 0).data(Roles::ThreadId).toString() == m_wanted) {
                row = i;
                break;
            }
        }
    }
    if (row < 0)
        row = (!m_rows->filterText().trimmed().isEmpty() && m_rows->rowCount() > 1) ? 1 : 0;
    const QModelIndex index = m_rows->index(row, 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void ThreadPicker::updateStatus()
{
    const int shown = m_rows->threadCount();
    const int all = m_lister->model()->rowCount();
    const QString who = m_lister->recipients().join(QStringLiteral(", "));
    QString text;
    if (m_lister->isBusy())
        text = who.isEmpty() ? tr("Looking up threads…")
                             : tr("Looking up threads with %1…").arg(who);
    else if (all == 0 && who.isEmpty())
        text = tr("Add recipients in To: to see the threads you have with them.");
    else if (all == 0)
        text = tr("No earlier threads with %1: this message starts a new one.").arg(who);
    else if (shown == 0)
        text = tr("No thread matches “%1”.").arg(m_filter->text().trimmed());
    else if (shown < all)
        text = tr("%1 of %n thread(s)", nullptr, all).arg(shown);
    else
        text = tr("%n thread(s)", nullptr, all);
    if (!m_error.isEmpty())
        text += u'\n' + tr("Some threads could not be listed: %1").arg(m_error);
    if (m_search->isSearching())
        text += u'\n' + tr("Searching messages…");
    else if (m_rows->foundInMessagesCount() > 0 && m_search->wasTruncated())
        text += u'\n' + tr("More messages match than are shown: add a word to narrow them.");
    if (!m_searchError.isEmpty())
        text += u'\n' + tr("Messages could not be searched: %1").arg(m_searchError);
    // Read by its text (no fixed name), and said where the user types: the filter's
    // description, announced as it changes ("3 of 6 threads").
    m_status->setText(text);
    Accessibility::setDescriptionPart(m_filter, Accessibility::DescriptionPart::Detail, text);
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/ThreadSummary.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListView;

namespace Outpost {

class PlatformClient;
class ThreadContentSearch;
class ThreadLister;
class ThreadPickerProxy;

// The thread picker: a popup under the compose window's Thread row listing the threads the
// message can continue (ThreadLister), "New thread" first. Usable by keyboard alone: type to
// filter, Up/Down/Page Up/Page Down to move, Enter to choose, Esc to close.
class ThreadPicker : public QFrame
{
    Q_OBJECT
public:
    ThreadPicker(ThreadLister *lister, QWidget *parent = nullptr);

    // Opens under `anchor`, the filter empty and `currentThreadId` (if listed) selected.
    void popup(QWidget *anchor, const QString &currentThreadId);
    ThreadPickerProxy *proxy() const { return m_rows; }
    QLineEdit *filterEdit() const { return m_filter; }
    QListView *list() const { return m_list; }
    ThreadContentSearch *contentSearch() const { return m_search; }
    QString statusText() const;

Q_SIGNALS:
    void threadChosen(const Outpost::ThreadSummary &thread, Outpost::PlatformClient *client);
    void newThreadChosen();
    // Closed, by a choice, Esc or a click elsewhere; `byKeyboard` when a key closed it (Esc, or
    // Return with its choice), so that where the keyboard goes next is shown as keyboard focus.
    void closed(bool byKeyboard);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void choose(const QModelIndex &index);
    void selectAfterChange();
    void updateStatus();

    ThreadLister *m_lister;
    ThreadPickerProxy *m_rows; // "New thread", then the filtered threads
    QLineEdit *m_filter;
    QListView *m_list;
    QLabel *m_status;
    QString m_wanted; // the thread to keep selected while rows arrive
    QString m_error;
    bool m_chooseWhenListed = false; // Return came before the list: choose once it is in
    bool m_closedByKey = false; // Esc or Return: said by closed()
    ThreadContentSearch *m_search;
    QString m_searchError;
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/OutboxEntry.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace Outpost {

class SentListModel;

// The Sent window (issue 15, item 5): what went out recently, to whom, when and with what
// status, and the way to its conversation. View ▸ Sent and the status bar's Sent link open it.
class SentWindow : public QWidget
{
    Q_OBJECT
public:
    explicit SentWindow(SentListModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    const OutboxEntry *currentEntry() const;

Q_SIGNALS:
    // Open the conversation this mail went into.
    void conversationRequested(const Outpost::OutboxEntry &entry);
    // The mail chosen while the window is shown, when it has a conversation on the platform to
    // open (its conversation is then likely to be read soon); an empty entry once none has
    // (another mail chosen, or the window hidden).
    void conversationChosen(const Outpost::OutboxEntry &entry);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateState();
    void setConversationChosen(const OutboxEntry *entry);
    void openCurrent();

    SentListModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    QPushButton *m_open;
    QString m_chosen; // the entry conversationChosen() named last
};

} // namespace Outpost

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
    // Whether the mail chosen has a conversation on the platform to open, while the window is
    // shown (false once it is hidden): a conversation is then likely to be read soon.
    void conversationAvailable(bool available);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateState();
    void setConversationAvailable(bool available);
    void openCurrent();

    SentListModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    QPushButton *m_open;
    bool m_conversationAvailable = false;
};

} // namespace Outpost

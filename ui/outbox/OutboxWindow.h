// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class OutboxWindow;
}

namespace Outpost {

class OutboxModel;

// Queued, scheduled and failed mail: send now (retry), edit, delete. Mail that may have been
// sent is never offered a blind send: "Check again" looks for it first, and Edit warns. Also
// where the undo window after Send is set.
class OutboxWindow : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxWindow(OutboxModel *model, QWidget *parent = nullptr);
    ~OutboxWindow() override;

    QString currentEntryId() const;
    void selectEntry(const QString &entryId);

Q_SIGNALS:
    // Take it out of the outbox and into a compose window.
    void editRequested(const QString &entryId);
    void undoDelayChanged(int seconds);

private:
    void sendNow();
    void editCurrent(); // asks first when the mail may have been sent
    void deleteCurrent();
    void updateState();

    std::unique_ptr<Ui::OutboxWindow> ui;
    OutboxModel *m_model;
};

} // namespace Outpost

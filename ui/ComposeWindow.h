// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"
#include "models/ComposeController.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class ComposeWindow;
}

namespace Outpost {

class FieldMessage;
class ThreadPickerRow;
class UndoSendBar;

// The compose window: edits one message and sends it through its ComposeController.
// Errors stand under the field at fault; what the user wrote is never cleared by a failure.
class ComposeWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ComposeWindow(ComposeController *controller, QWidget *parent = nullptr);
    ~ComposeWindow() override;

    // Prefills the form (mailto:, command line, a reply).
    void setDraft(const Draft &draft);
    ComposeInput input() const;
    // Fills the form exactly as the input says (a restored or returned draft).
    void restoreInput(const ComposeInput &input);
    // Selects this mailbox in From now, or once the mailboxes (re)load.
    void selectFrom(const QString &address);
    // Shown above the form, e.g. when no instance is signed in.
    void showNotice(const QString &text);
    // How long the "Sent" confirmation stays before the window closes (ms; 0: at once).
    void setCloseDelayAfterSend(int ms) { m_closeDelayMs = ms; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void send();
    void sendLater(const QDateTime &when);
    void askKeepOrDiscard();
    void updateTitle();
    void updateProviderChoice();
    void onMailboxesLoaded();
    void onProblems(const QList<DraftProblem> &problems);
    void onSendFailed(const ServiceError &error);
    void onSent(const Receipt &receipt);
    void onPhaseChanged(ComposeController::Phase phase);
    void clearProblems();
    void showBanner(const QString &text, bool isError);
    FieldMessage *messageFor(DraftField field) const;
    QWidget *widgetFor(DraftField field) const;

    std::unique_ptr<Ui::ComposeWindow> ui;
    ComposeController *m_controller;
    QString m_wantedFrom; // from a prefilled draft, selected once the mailboxes arrive
    int m_closeDelayMs = 1500;
    UndoSendBar *m_undoBar;
    QWidget *m_sendLater;
    bool m_closeDecided = false; // keep or discard was chosen: close without asking again
    ThreadPickerRow *m_threadRow = nullptr;
};

} // namespace Outpost

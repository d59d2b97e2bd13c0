// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/TeamNoteAction.h"

#include "conversation/TeamNotes.h"
#include "ui/conversation/TeamNoteDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QPointer>
#include <QWidget>

namespace Outpost::TeamNoteAction {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::TeamNoteAction)
};
} // namespace

QAction *create(QWidget *window, PlatformClient *client, std::function<About()> about)
{
    auto *action = new QAction(Tr::tr("Note for the &Team…"), window);
    action->setObjectName(QStringLiteral("actionTeamNote"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    const QString tip = Tr::tr("Write a note about this contact for your colleagues; it is never "
                               "sent (Ctrl+Shift+N)");
    action->setToolTip(tip);
    action->setStatusTip(tip);
    window->addAction(action); // the shortcut works wherever the action is shown, or not
    TeamNotes *notes = TeamNotes::of(client);
    if (!notes) {
        action->setEnabled(false);
        const QString why = Tr::tr("Notes for the team are kept on a platform instance: sign in "
                                   "to one to write them.");
        action->setToolTip(why);
        action->setStatusTip(why);
        return action;
    }
    auto follow = [action, notes, tip](TeamNotes::State state) {
        const bool offered = state != TeamNotes::State::Unavailable;
        action->setEnabled(offered);
        const QString why = offered ? tip : notes->unavailableReason();
        action->setToolTip(why);
        action->setStatusTip(why);
    };
    QObject::connect(notes, &TeamNotes::stateChanged, action, follow);
    follow(notes->state());
    notes->check();
    QPointer<QWidget> parent = window;
    QObject::connect(action, &QAction::triggered, window, [parent, notes, about] {
        if (!parent)
            return;
        const About a = about();
        auto *dialog = new TeamNoteDialog(notes, a.contactId, a.address, a.who, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    return action;
}

} // namespace Outpost::TeamNoteAction

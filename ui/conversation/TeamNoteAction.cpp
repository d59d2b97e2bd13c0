// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/TeamNoteAction.h"

#include "conversation/TeamNotes.h"
#include "platform/PlatformClient.h"
#include "ui/conversation/TeamNoteDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QPointer>
#include <QWidget>
#include <QWindow>

namespace Outpost::TeamNoteAction {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::TeamNoteAction)
};
} // namespace

QAction *createBare(QWidget *window)
{
    auto *action = new QAction(Tr::tr("Note for the &Team…"), window);
    action->setObjectName(QStringLiteral("actionTeamNote"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    window->addAction(action); // the shortcut works wherever the action is shown, or not
    offer(action, false, {});
    return action;
}

void offer(QAction *action, bool offered, const QString &why)
{
    const QString tip = offered || why.isEmpty()
        ? Tr::tr("Write a note about this contact for your colleagues; it is never sent "
                 "(Ctrl+Shift+N)")
        : why;
    action->setEnabled(offered);
    action->setToolTip(tip);
    action->setStatusTip(tip);
}

void watch(QObject *context, PlatformClient *client,
    const std::function<void(bool offered, const QString &why)> &follow)
{
    TeamNotes *notes = TeamNotes::of(client);
    if (!notes) {
        follow(false,
            Tr::tr("Notes for the team are kept on a platform instance: sign in to one to write "
                   "them."));
        return;
    }
    auto state = [notes, follow](TeamNotes::State s) {
        const bool offered = s != TeamNotes::State::Unavailable;
        follow(offered, offered ? QString() : notes->unavailableReason());
    };
    QObject::connect(notes, &TeamNotes::stateChanged, context, state);
    state(notes->state());
    notes->check();
}

QWidget *openDialog(
    PlatformClient *client, const About &about, QWidget *parent, QWindow *over, Settings *settings)
{
    TeamNotes *notes = TeamNotes::of(client);
    if (!notes)
        return nullptr;
    auto *dialog = new TeamNoteDialog(notes, about.contactId, about.address, about.who, parent);
    dialog->setSettings(settings);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!parent && over) {
        dialog->winId(); // its native window, to be put over the other one
        dialog->windowHandle()->setTransientParent(over);
    }
    dialog->open();
    return dialog;
}

QAction *create(
    QWidget *window, PlatformClient *client, std::function<About()> about, Settings *settings)
{
    QAction *action = createBare(window);
    watch(action, client,
        [action](bool offered, const QString &why) { offer(action, offered, why); });
    QPointer<QWidget> parent = window;
    QPointer<PlatformClient> from = client;
    QObject::connect(action, &QAction::triggered, window, [parent, from, about, settings] {
        if (parent && from)
            openDialog(from, about(), parent, nullptr, settings);
    });
    return action;
}

} // namespace Outpost::TeamNoteAction

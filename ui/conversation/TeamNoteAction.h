// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QAction;
class QObject;
class QWidget;
class QWindow;

namespace Outpost {

class PlatformClient;
class Settings;

// "Note for the Team…" (Ctrl+Shift+N) in the compose window's Tools menu and the conversation
// window: opens a TeamNoteDialog about the contact the window is about. On an instance that
// does not offer notes (404), the action is disabled and its tooltip and status tip say why.
namespace TeamNoteAction {

struct About
{
    QString contactId; // known (a conversation), or empty: looked up by `address`
    QString address;
    QString who; // as the dialog names the person
};

// The action, a child of `window`; `about` is asked when it is triggered. Nothing without a
// client (a window sending only through a mailbox added directly). `settings`: where the
// dialog's Attach opens (TeamNoteDialog::setSettings).
QAction *create(QWidget *window, PlatformClient *client, std::function<About()> about,
    Settings *settings = nullptr);

// The parts of create(), for a conversation window in a process of its own: there, the action
// (its text, shortcut and tips) only asks, and Outpost, which holds the client, says whether
// notes are offered and opens the dialog.
QAction *createBare(QWidget *window);
void offer(QAction *action, bool offered, const QString &why);
// Calls `follow` with whether `client` offers notes (and why not) now and at each change, while
// `context` lives; without a client, once, with the sign-in sentence.
void watch(QObject *context, PlatformClient *client,
    const std::function<void(bool offered, const QString &why)> &follow);
// The dialog (deleted on close) about `about`, over `parent`, or over `over` (another process's
// window) without one. `settings`: where its Attach opens (TeamNoteDialog::setSettings).
QWidget *openDialog(PlatformClient *client, const About &about, QWidget *parent,
    QWindow *over = nullptr, Settings *settings = nullptr);

} // namespace TeamNoteAction
} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace Outpost {

class PlatformClient;

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
// client (a window sending only through a mailbox added directly).
QAction *create(QWidget *window, PlatformClient *client, std::function<About()> about);

} // namespace TeamNoteAction
} // namespace Outpost

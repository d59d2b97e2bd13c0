// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/conversation/ConversationViewInterface.h"

#include <QStringList>

class QObject;

namespace Outpost::ConversationViewLoader {

// The folders searched for the outpost_conversationview plugin, first match wins:
// $OUTPOST_PLUGIN_DIR, <executable>/plugins, <prefix>/lib/outpost, and the build tree's
// plugins folder for programs run from the build tree.
QStringList searchPath();
// The view's factory, the plugin loaded on first use; null (and `error`) when it is missing.
ConversationViewFactory *factory(QString *error = nullptr);

// A conversation is likely to be read soon, because of `reason` (a compose window's thread row
// with a thread chosen, the Sent window with a conversation to open): once the user has paused
// for warmUpPauseMs (no key, click or wheel: each step of QtWebEngine's start holds the GUI
// thread for up to a quarter of a second, which should not land in the middle of a word), load
// the plugin, then
// (in a pause of its own if the user went on meanwhile) start QtWebEngine with one warm view,
// so that the conversation appears without QtWebEngine's cold start. Nothing starts when a view is
// warm or a conversation window is open. The warm view lasts while a reason does: once every reason
// is gone (destroyed, or given up with warmUpNoLongerNeeded) and no conversation window is open, it
// is dropped, and its renderer process ends: a user who chose a thread and never read its
// conversation does not keep QtWebEngine's renderer for the rest of the session. Where the
// windows run in the conversation process (ConversationProcess::isUsed), both steps are taken
// there, and that process is started at once, without waiting for a pause: Outpost's GUI
// thread only starts it.
inline constexpr int warmUpPauseMs = 500;
void warmUpSoon(QObject *reason);
void warmUpNoLongerNeeded(QObject *reason);
// The same at once, with no pause to wait for: in the conversation process, where nobody types.
void warmUpNow(QObject *reason);
// Conversation windows tell when they open and close; when the last one has closed, the warm
// view is dropped too (whatever reasons are left), and no renderer process stays for the rest
// of the session.
void windowOpened();
void windowClosed();

} // namespace Outpost::ConversationViewLoader

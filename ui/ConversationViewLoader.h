// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ConversationViewInterface.h"

#include <QStringList>

namespace Outpost::ConversationViewLoader {

// The folders searched for the outpost_conversationview plugin, first match wins:
// $OUTPOST_PLUGIN_DIR, <executable>/plugins, <prefix>/lib/outpost, and the build tree's
// plugins folder for programs run from the build tree.
QStringList searchPath();
// The view's factory, the plugin loaded on first use; null (and `error`) when it is missing.
ConversationViewFactory *factory(QString *error = nullptr);

} // namespace Outpost::ConversationViewLoader

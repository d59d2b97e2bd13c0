// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Outpost {

// The window's command line (`arguments`, program name first), checked before any display is
// needed: CommandLine::Ok, or the exit code with the reason and the usage on stderr (a wrong
// command line, or no display to open a window on).
int checkGuiCommandLine(const QStringList &arguments);

// `outpost [--sandbox | --instance URL] [mailto:…]`: the compose window.
int runGui(int &argc, char **argv);

// `outpost conversation-host`: the conversation windows' process (ui/conversation/
// ConversationHost), started by Outpost (ConversationProcess), never by a user: it reads
// Outpost's frames on stdin and answers on stdout.
int runConversationHost(int &argc, char **argv);

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Outpost::FreedMemory {

// Gives what the process has freed back to the system. glibc's malloc keeps freed small blocks
// for the process's own later use: without this, a process that held a long conversation's
// messages (500 of them: about 14 MB) or QtWebEngine's pages stays that large after letting
// them go. A few milliseconds for a heap of tens of MB; a no-op where malloc is not glibc's.
void giveBack();

} // namespace Outpost::FreedMemory

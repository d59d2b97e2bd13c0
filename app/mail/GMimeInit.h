// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Outpost::Internal {

// g_mime_init() exactly once, from whichever GMime-facing file needs it first.
void ensureGMime();

} // namespace Outpost::Internal

// SPDX-License-Identifier: GPL-3.0-or-later
#include <gmime/gmime.h>

#include "mail/GMimeInit.h"

#include <mutex>

namespace Outpost::Internal {

void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

} // namespace Outpost::Internal

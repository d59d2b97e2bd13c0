// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation/FreedMemory.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#ifdef __GLIBC__
#include <malloc.h> // malloc_trim
#endif

namespace Outpost::FreedMemory {

void giveBack()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace Outpost::FreedMemory

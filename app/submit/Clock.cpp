// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/Clock.h"

namespace Outpost {

Clock::~Clock() = default;

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Clock.h"

namespace Outpost {

// The wall clock, in UTC.
class SystemClock final : public Clock
{
public:
    using Clock::Clock;
    QDateTime now() const override { return systemNow(); }
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/Clock.h"

namespace Outpost {

Clock::~Clock() = default;

QDateTime systemNow()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace Outpost

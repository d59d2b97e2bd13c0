// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ServiceError.h"

#include <chrono>
#include <optional>

class QRandomGenerator;

namespace Outpost {

// When to try a failed send again: exponential backoff with full jitter, Retry-After
// honoured, only for failures that may succeed later.
struct RetryPolicy
{
    std::chrono::milliseconds base {1000};
    std::chrono::milliseconds cap {std::chrono::minutes(5)};
    int maxAttempts = 8; // attempts in all, the first included

    // The wait before attempt `nextAttempt` (2 = the first retry), or nothing: give up.
    std::optional<std::chrono::milliseconds> delayBefore(
        int nextAttempt, const ServiceError &error, QRandomGenerator &random) const;
};

} // namespace Outpost

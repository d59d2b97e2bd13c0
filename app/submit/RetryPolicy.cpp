// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Outpost {

std::optional<std::chrono::milliseconds> RetryPolicy::delayBefore(
    int nextAttempt, const ServiceError &error, QRandomGenerator &random) const
{
    using namespace std::chrono;
    if (!error.isRetryable() || nextAttempt < 2 || nextAttempt > maxAttempts)
        return std::nullopt;
    if (error.retryAfter) // the server said when: wait exactly that, within the cap
        return std::min<milliseconds>(duration_cast<milliseconds>(*error.retryAfter), cap);
    // Full jitter: uniform in [ceiling/2, ceiling], ceiling = base·2^(n-2), capped.
    const int exponent = std::min(nextAttempt - 2, 20);
    const milliseconds ceiling = std::min<milliseconds>(base * (1LL << exponent), cap);
    const qint64 low = ceiling.count() / 2;
    const qint64 high = ceiling.count();
    return milliseconds(low + static_cast<qint64>(random.bounded(high - low + 1)));
}

} // namespace Outpost

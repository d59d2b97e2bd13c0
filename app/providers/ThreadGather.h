// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderRegistry.h"

#include <QStringList>

namespace Outpost {

// A provider's thread lookups run in parallel; the answer goes out when the last one is back
// (shared by the providers' listThreads).
struct ThreadGather
{
    int outstanding = 0;
    ProviderThreads listing;
    QStringList seen; // thread ids
    ProviderInfo::ThreadsDone done;

    void fail(const ServiceError &e)
    {
        if (!listing.error)
            listing.error = e;
    }
    void add(const ThreadSummary &t)
    {
        if (seen.contains(t.threadId))
            return;
        seen += t.threadId;
        listing.threads += t;
    }
    void finishOne()
    {
        if (--outstanding == 0)
            done(listing);
    }
};

} // namespace Outpost

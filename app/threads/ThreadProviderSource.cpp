// SPDX-License-Identifier: GPL-3.0-or-later
#include "threads/ThreadProviderSource.h"

#include "providers/ProviderHttp.h"
#include "providers/ProviderRegistry.h"

namespace Outpost {

ThreadProviderSource::ThreadProviderSource(
    ProviderHttp *http, DirectMailbox mailbox, int maxThreads)
    : m_http(http), m_mailbox(std::move(mailbox)), m_max(maxThreads)
{
}

void ThreadProviderSource::list(const QStringList &recipients, QObject *context, Done done)
{
    if (!m_http || recipients.isEmpty()) {
        done({});
        return;
    }
    // Each provider lists its threads in its own way (its row's listThreads).
    ProviderRegistry::of(m_mailbox.provider)
        .listThreads(m_http, m_mailbox, recipients, m_max, context,
            [done = std::move(done)](const ProviderThreads &found) {
                done(Listing {found.threads, found.error, {}});
            });
}

} // namespace Outpost

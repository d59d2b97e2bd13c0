// SPDX-License-Identifier: GPL-3.0-or-later
#include "threads/ThreadStoreSource.h"

#include "mail/AddressList.h"
#include "platform/PlatformClient.h"
#include "store/LocalStore.h"

namespace Outpost {

ThreadStoreSource::ThreadStoreSource(
    LocalStore *store, QUrl instance, PlatformClient *client, QList<Mailbox> mailboxes)
    : m_store(store)
    , m_instance(std::move(instance))
    , m_client(client)
    , m_mailboxes(std::move(mailboxes))
{
}

void ThreadStoreSource::list(const QStringList &, QObject *context, Done done)
{
    if (!m_store) {
        done({});
        return;
    }
    const QList<Mailbox> ours = m_mailboxes;
    m_store->loadKnownThreads(
        m_instance, context, [ours, done](const StoreResult<QList<KnownThread>> &result) {
            Listing listing;
            if (!result.ok()) {
                ServiceError e;
                e.kind = ServiceError::Kind::Protocol; // the local file, not the network
                e.message = result.error;
                listing.error = e;
                done(listing);
                return;
            }
            for (const KnownThread &k : result.value) {
                ThreadSummary t;
                t.threadId = k.threadId;
                t.conversationId = k.conversationId;
                t.subject = k.subject;
                t.mailbox = k.mailbox;
                t.participants = {k.mailbox};
                t.lastMessageTime = k.updatedAt;
                t.lastMessageId = k.lastMessageId;
                // The provider was kept only when the address is connected twice.
                t.provider = k.provider.value_or(Provider::Gmail);
                if (!k.provider) {
                    for (const Mailbox &m : ours) {
                        if (AddressList::sameAddress(m.address, k.mailbox))
                            t.provider = m.provider;
                    }
                }
                listing.threads += t;
            }
            done(listing);
        });
}

} // namespace Outpost

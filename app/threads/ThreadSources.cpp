// SPDX-License-Identifier: GPL-3.0-or-later
#include "threads/ThreadSources.h"

#include "accounts/DirectMailboxes.h"
#include "accounts/InstanceSession.h"
#include "accounts/MailboxListModel.h"
#include "accounts/SessionRegistry.h"
#include "compose/ComposeController.h"
#include "submit/Outbox.h"
#include "threads/ThreadPlatformSource.h"
#include "threads/ThreadProviderSource.h"
#include "threads/ThreadStoreSource.h"

namespace Outpost::ThreadSources {

std::vector<std::unique_ptr<ThreadSource>> of(ComposeController *controller)
{
    std::vector<std::unique_ptr<ThreadSource>> sources;
    LocalStore *store = controller->outbox() ? controller->outbox()->store() : nullptr;
    auto add = [&](PlatformClient *client, const QList<Mailbox> &mailboxes) {
        if (!client)
            return;
        sources.push_back(std::make_unique<ThreadPlatformSource>(client, mailboxes));
        if (store) {
            sources.push_back(std::make_unique<ThreadStoreSource>(
                store, client->session().instance, client, mailboxes));
        }
    };
    if (SessionRegistry *sessions = controller->sessions()) {
        for (InstanceSession *s : sessions->sessions())
            add(s->client(), s->mailboxes());
        // Direct mode: each direct mailbox's own threads, asked of Gmail or Graph.
        if (DirectMailboxes *direct = sessions->direct()) {
            for (const DirectMailbox &m : direct->list())
                sources.push_back(std::make_unique<ThreadProviderSource>(direct->httpFor(m), m));
        }
    } else {
        add(controller->client(), controller->mailboxes()->mailboxes());
    }
    return sources;
}

} // namespace Outpost::ThreadSources

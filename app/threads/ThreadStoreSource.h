// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"
#include "platform/PlatformClient.h"
#include "threads/ThreadSource.h"

#include <QPointer>
#include <QUrl>

namespace Outpost {

class LocalStore;

// The threads this client sent into on one instance (the LocalStore's known threads), so a
// reply works before the platform lists the conversation. The store does not keep who a
// thread was with: every known thread is offered, whatever the recipients.
class ThreadStoreSource : public ThreadSource
{
public:
    ThreadStoreSource(
        LocalStore *store, QUrl instance, PlatformClient *client, QList<Mailbox> mailboxes);

    ThreadOrigin origin() const override { return ThreadOrigin::SentFromHere; }
    PlatformClient *client() const override { return m_client; }
    void list(const QStringList &recipients, QObject *context, Done done) override;

private:
    QPointer<LocalStore> m_store;
    QUrl m_instance;
    QPointer<PlatformClient> m_client;
    QList<Mailbox> m_mailboxes;
};

} // namespace Outpost

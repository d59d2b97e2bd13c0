// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"
#include "platform/PlatformClient.h"
#include "threads/ThreadSource.h"

#include <QPointer>

namespace Outpost {

// The platform's email conversations with the recipients: each address is looked up as a
// contact (`GET /api/contacts?search=`), then its conversations are listed
// (`POST /api/conversation/all`). The mailbox of a conversation is named through the
// connected mailboxes (its `emailAccountId`).
class ThreadPlatformSource : public ThreadSource
{
public:
    ThreadPlatformSource(PlatformClient *client, QList<Mailbox> mailboxes);

    ThreadOrigin origin() const override { return ThreadOrigin::Platform; }
    PlatformClient *client() const override { return m_client; }
    void list(const QStringList &recipients, QObject *context, Done done) override;

private:
    QPointer<PlatformClient> m_client;
    QList<Mailbox> m_mailboxes;
};

} // namespace Outpost

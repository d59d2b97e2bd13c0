// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace Outpost {

// A thread this client sent into: enough to offer it again and reply into it.
struct KnownThread
{
    QUrl instance;
    QString threadId; // the provider's thread (Gmail threadId / Graph conversationId)
    QString conversationId; // the platform's conversation
    QString subject;
    QString mailbox; // the address it was sent from
    std::optional<Provider> provider;
    QString lastMessageId; // the Message-ID of the latest message we sent, when known
    QDateTime updatedAt;

    bool operator==(const KnownThread &other) const = default;
};

} // namespace Outpost

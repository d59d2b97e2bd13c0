// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"

#include <QDateTime>
#include <QMetaType>
#include <QStringList>

namespace Outpost {

// One thread a reply can continue, whoever listed it (the platform, Gmail, Graph, or the
// local store's memory of threads sent into).
struct ThreadSummary
{
    QString threadId; // what a send passes back as threadId
    QString conversationId; // the platform's conversation, when there is one
    QString subject;
    QStringList participants;
    QDateTime lastMessageTime;
    int messageCount = 0;
    QString mailbox; // the address the thread belongs to
    Provider provider = Provider::Gmail;
    QString lastMessageId; // Message-ID of the latest message, with <>
    QString references; // its References, for the reply's chain
    bool operator==(const ThreadSummary &other) const = default;
};

} // namespace Outpost

Q_DECLARE_METATYPE(Outpost::ThreadSummary)

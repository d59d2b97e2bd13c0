// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Outpost {

// What a successful send leaves behind: enough to show it and to reply into the thread.
struct Receipt
{
    QString messageId; // the stored message's `_id`
    QString conversationId; // the platform's conversation
    QString threadId; // the provider's thread: pass back as threadId to reply
    QString status; // e.g. `delivered`
    QString rfcMessageId; // the Message-ID header, when the server reports it
    QDateTime createdAt;
};

} // namespace Outpost

Q_DECLARE_METATYPE(Outpost::Receipt)

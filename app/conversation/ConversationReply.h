// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/ConversationMessage.h"
#include "mail/Mailbox.h"
#include "mail/ThreadSummary.h"

#include <QLocale>
#include <QTimeZone>

namespace Outpost {

enum class ReplyKind { Reply, ReplyAll, Forward };

// The message a Reply, Reply all or Forward of one conversation message starts from.
// A reply continues the thread (threadId, In-Reply-To and References of that message), is
// sent from the mailbox the message reached, goes to ReplyRecipients, and quotes the
// original (as HTML when it was HTML). A forward starts a new thread, keeps the attachments
// and carries the original under a header. Internal notes are never quoted.
namespace ConversationReply {

Draft draft(ReplyKind kind, const ConversationMessage &message, const ThreadSummary &thread,
    const QList<Mailbox> &mailboxes, const QLocale &locale = QLocale(),
    const QTimeZone &zone = QTimeZone::systemTimeZone());

// The connected mailbox the message belongs to: the one it reached (or was sent from), else
// the thread's.
QString mailboxFor(
    const ConversationMessage &message, const ThreadSummary &thread, const QList<Mailbox> &ours);

} // namespace ConversationReply
} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/ConversationMessage.h"
#include "mail/Draft.h"
#include "mail/ThreadSummary.h"

namespace Outpost {

class ComposeController;

// What choosing a thread in the picker does to the message being written, and what "New
// thread" undoes. Choosing sets threadId, the subject to `Re: <subject>`, From to the
// thread's mailbox (with its provider when the address is connected twice), and
// inReplyTo/references when the latest message is known (the server fills them otherwise).
namespace ThreadChoice {

Draft applied(Draft draft, const ThreadSummary &thread, const QList<Mailbox> &mailboxes);
// A new thread: no thread id nor reply chain; a `Re:` the choice put in the subject goes.
Draft cleared(Draft draft);
// The thread with its latest emailed message's Message-ID and References (notes skipped).
ThreadSummary withLatest(ThreadSummary thread, const QList<ConversationMessage> &messages);

// The same, on the form a controller edits (the form is refilled; nothing typed is lost).
void choose(ComposeController *controller, const ThreadSummary &thread);
void clear(ComposeController *controller);
// The thread id, inReplyTo and references the controller's draft holds now.
Draft current(ComposeController *controller);
// Opens `draft` in a controller's (fresh) form: a reply or a forward, with the fields the
// form does not show (thread, reply chain, attachments, HTML) kept in its draft.
void open(ComposeController *controller, const Draft &draft);

} // namespace ThreadChoice
} // namespace Outpost

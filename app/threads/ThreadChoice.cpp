// SPDX-License-Identifier: GPL-3.0-or-later
#include "threads/ThreadChoice.h"

#include "accounts/MailboxListModel.h"
#include "compose/ComposeController.h"
#include "compose/DraftAutosave.h"
#include "mail/ConversationMessage.h"
#include "mail/MailboxResolver.h"
#include "mail/SubjectLine.h"

namespace Outpost::ThreadChoice {

namespace {
QString joined(const QList<MailAddress> &addresses)
{
    return AddressList::toStrings(addresses).join(QStringLiteral(", "));
}

// The controller's draft as the form shows it now, with the fields the form does not show.
DraftRecord snapshot(ComposeController *controller)
{
    DraftAutosave *autosave = controller->autosave();
    return autosave->snapshot(autosave->current());
}

void adopt(ComposeController *controller, const DraftRecord &record)
{
    controller->adoptDraft(record); // the form is refilled from it
    controller->autosave()->edited(); // and it is saved as a draft in a moment
}
} // namespace

Draft applied(Draft draft, const ThreadSummary &thread, const QList<Mailbox> &mailboxes)
{
    draft.threadId = thread.threadId;
    draft.conversationId = thread.conversationId;
    draft.inReplyTo = thread.lastMessageId;
    draft.references = ConversationMessage::replyChain(thread.references, thread.lastMessageId);
    draft.subject = SubjectLine::reply(thread.subject);
    if (!thread.mailbox.isEmpty()) {
        const MailboxResolution r = MailboxResolver::resolve(mailboxes, thread.mailbox, {});
        if (r.kind == MailboxResolution::Kind::Resolved) {
            draft.from = r.mailbox.address;
            draft.provider.reset();
        } else if (r.kind == MailboxResolution::Kind::Ambiguous) {
            draft.from = thread.mailbox;
            draft.provider = thread.provider; // the thread lives under this one
        } else if (mailboxes.isEmpty()) {
            draft.from = thread.mailbox; // not loaded yet: selected once they are
        }
    }
    return draft;
}

Draft cleared(Draft draft)
{
    draft.threadId.clear();
    draft.conversationId.clear();
    draft.inReplyTo.clear();
    draft.references.clear();
    draft.subject = SubjectLine::withoutReplyPrefixes(draft.subject);
    return draft;
}

ThreadSummary withLatest(ThreadSummary thread, const QList<ConversationMessage> &messages)
{
    for (auto m = messages.crbegin(); m != messages.crend(); ++m) {
        if (m->internal || m->messageId.isEmpty())
            continue;
        thread.lastMessageId = m->messageId;
        thread.references = m->references.text();
        break;
    }
    return thread;
}

void choose(ComposeController *controller, const ThreadSummary &thread)
{
    DraftRecord r = snapshot(controller);
    r.draft = applied(r.draft, thread, controller->mailboxes()->mailboxes());
    adopt(controller, r);
}

void clear(ComposeController *controller)
{
    DraftRecord r = snapshot(controller);
    r.draft = cleared(r.draft);
    adopt(controller, r);
}

Draft current(ComposeController *controller)
{
    return snapshot(controller).draft;
}

void open(ComposeController *controller, const Draft &draft)
{
    DraftRecord r = snapshot(controller);
    r.draft = draft;
    r.toText = joined(draft.to);
    r.ccText = joined(draft.cc);
    r.bccText = joined(draft.bcc);
    adopt(controller, r);
}

} // namespace Outpost::ThreadChoice

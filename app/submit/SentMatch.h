// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/ConversationMessage.h"
#include "mail/Draft.h"
#include "mail/Receipt.h"
#include "net/ServiceError.h"

#include <QDateTime>
#include <QStringList>

namespace Outpost {

// What looking for a mail among what a service stored found out.
struct SentLookup
{
    enum class Outcome {
        Found, // it is there: `receipt` describes it
        NotFound, // looked everywhere it could be: it is not there (yet)
        Failed, // could not look (`error`): nothing is known
        Unsupported, // this way of sending cannot look at all
    };
    Outcome outcome = Outcome::Unsupported;
    Receipt receipt;
    ServiceError error;
};

namespace SentMatch {

// The attempt that failed with `error` may have reached the server: the rule is
// ServiceError::outcomeUnknown() (net/ServiceError.h), the one home of it; this name stays for
// the outbox and the submissions that ask it here.
inline bool outcomeUnknown(const ServiceError &error)
{
    return error.outcomeUnknown();
}

// Is `message` the mail `draft` sent by an attempt that began at `since`? The same sending
// mailbox, the same To and Cc (in any order, case-insensitive), the same subject and body,
// the same attachments (as many, with the same file names: api/CONTRACT.md lists
// `attachments` on every message), the same Bcc where the listing shows one (the pages do
// not say it does: a message without one leaves Bcc unknown, not empty), in the same thread
// for a reply, an outgoing email and not a note, created at or after `since`. The same mail
// sent on purpose twice is two mails: the earlier one was created before the later one's
// attempt began, and a message another outbox entry already took as its receipt is never
// matched (the caller passes those as `claimed`). Assumed (the pages say nothing): the
// platform lists an attachment under the file name it was sent with.
// Assumed (the pages say nothing): `createdAt` is the server's clock and `since` the
// client's; they are taken to agree to within the time between two attempts.
bool matches(const Draft &draft, const ConversationMessage &message, const QDateTime &since);

// The receipt of a send, rebuilt from the message the send stored.
Receipt receiptOf(const ConversationMessage &message);

} // namespace SentMatch
} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"
#include "mail/MailboxResolver.h"
#include "mail/MergeFields.h"
#include "mail/SendLimits.h"

#include <QLocale>

#include <variant>

namespace Outpost {

// What the compose form holds, as the user typed it.
struct ComposeInput
{
    QString from;
    std::optional<Provider> provider;
    QString to;
    QString cc;
    QString bcc;
    QString subject;
    QString body;
    bool isHtml = false;
    QString threadId;
    QString conversationId; // the platform's conversation of threadId, when known
    QString inReplyTo;
    QString references;
};

// The one home of what must hold before a mail leaves the machine. Pure functions: no I/O but
// the sizes already in the draft, no settings, no clock. The compose window, the outbox and
// the command line all ask here, so a rule is written once and said the same way everywhere.
namespace SendRules {

// Every problem of the draft with the field it concerns: sender, recipients, body (a
// template's placeholder still in it: one problem per field, placeholderRefusal), header values,
// attachments (each either uploaded or a link, links https only) and, when `limits` are given, each
// file and the whole message against the route's limits.
QList<DraftProblem> check(const Draft &draft, const SendLimits &limits = {});

// The draft a form makes: addresses parsed (GMime) and checked one by one, an address given
// twice kept where it first appears, then check(draft): every problem, at most one per field.
std::variant<Draft, QList<DraftProblem>> draftFrom(const ComposeInput &input);

// What is wrong with the resolution of the sending mailbox, or nothing when it resolved.
QList<DraftProblem> check(
    const MailboxResolution &resolution, const QString &from, std::optional<Provider> provider);

// One file of `bytes` about to join attachments that already weigh `attachedBytes`: why it
// cannot, named by `name`, or an empty string.
QString fileRefusal(
    const QString &name, qint64 bytes, qint64 attachedBytes, const SendLimits &limits);

// The attachments' total against the message limits, or an empty string.
QString totalRefusal(qint64 attachedBytes, const SendLimits &limits);

// A template's placeholders left in the text ({{firstName}}, MergeFields): what stops the send,
// naming each field, with its reason when there is one and a single field ("{{firstName}} could
// not be filled: no contact on the instance has the address … Edit it before sending.").
QString placeholderRefusal(const QList<UnfilledField> &fields);

// The one size unit convention of Outpost (attachment rows, limits in messages, the Outbox,
// the conversation view): binary multiples named KB, MB, GB (QLocale's JEDEC "traditional"
// format), as Gmail, Outlook and Windows count them: Gmail's 25 × 1024 × 1024 limit reads
// "25 MB" there and here (SI would say "26.2 MB", contradicting the provider's own page; IEC's
// "25 MiB" is a unit few users know). One decimal below 10 of a unit unless it is zero
// ("1.2 MB", "4 MB"), none from 10 ("254 kB", "35 MB"); "512 bytes" under a kilobyte. The
// symbols and the decimal mark are QLocale's.
QString sizeText(qint64 bytes, const QLocale &locale = QLocale());

} // namespace SendRules
} // namespace Outpost

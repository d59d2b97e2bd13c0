// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"

namespace Outpost {

// Which connected mailbox sends: a pure function of (mailboxes, from, provider?).
struct MailboxResolution
{
    enum class Kind { Resolved, NotConnected, Ambiguous, ProviderMismatch };
    Kind kind = Kind::NotConnected;
    Mailbox mailbox; // Resolved
    QList<Provider> providers; // Ambiguous / ProviderMismatch: the providers `from` has
};

namespace MailboxResolver {

// `mailboxes` in the platform's order (newest connection first); inactive ones never match.
// Address comparison is case-insensitive on the whole address.
MailboxResolution resolve(
    const QList<Mailbox> &mailboxes, const QString &from, std::optional<Provider> provider);

// The platform's rule when no provider is given: the newest connection of the address.
std::optional<Mailbox> newestFor(const QList<Mailbox> &mailboxes, const QString &from);

} // namespace MailboxResolver
} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailboxResolver.h"

#include "mail/AddressList.h"

namespace Outpost::MailboxResolver {

namespace {
QList<Mailbox> matching(const QList<Mailbox> &mailboxes, const QString &from)
{
    QList<Mailbox> found;
    const QString wanted = from.trimmed();
    for (const Mailbox &m : mailboxes) {
        if (m.active && AddressList::sameAddress(m.address, wanted))
            found += m;
    }
    return found;
}

QList<Provider> providersOf(const QList<Mailbox> &mailboxes)
{
    QList<Provider> providers;
    for (const Mailbox &m : mailboxes) {
        if (!providers.contains(m.provider))
            providers += m.provider;
    }
    return providers;
}
} // namespace

MailboxResolution resolve(
    const QList<Mailbox> &mailboxes, const QString &from, std::optional<Provider> provider)
{
    const QList<Mailbox> found = matching(mailboxes, from);
    MailboxResolution result;
    if (found.isEmpty()) {
        result.kind = MailboxResolution::Kind::NotConnected;
        return result;
    }
    result.providers = providersOf(found);
    if (provider) {
        for (const Mailbox &m : found) {
            if (m.provider == *provider) {
                result.kind = MailboxResolution::Kind::Resolved;
                result.mailbox = m;
                return result;
            }
        }
        result.kind = MailboxResolution::Kind::ProviderMismatch;
        return result;
    }
    if (result.providers.size() > 1) {
        result.kind = MailboxResolution::Kind::Ambiguous;
        return result;
    }
    result.kind = MailboxResolution::Kind::Resolved;
    result.mailbox = found.first();
    return result;
}

std::optional<Mailbox> newestFor(const QList<Mailbox> &mailboxes, const QString &from)
{
    const QList<Mailbox> found = matching(mailboxes, from);
    if (found.isEmpty())
        return std::nullopt;
    // The platform lists newest first; connectedAt decides when both are known.
    Mailbox newest = found.first();
    for (const Mailbox &m : found) {
        if (m.connectedAt.isValid() && newest.connectedAt.isValid()
            && m.connectedAt > newest.connectedAt)
            newest = m;
    }
    return newest;
}

} // namespace Outpost::MailboxResolver

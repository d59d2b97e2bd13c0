// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/ReplyRecipients.h"

namespace Outpost {

namespace {
QList<MailAddress> parsed(const QStringList &entries)
{
    QList<MailAddress> list;
    for (const QString &entry : entries) {
        const AddressParse p = AddressList::parse(entry);
        list += p.addresses;
    }
    return list;
}

bool isOwn(const MailAddress &a, const QStringList &own)
{
    return own.contains(a.address, Qt::CaseInsensitive);
}

// Keeps the first occurrence of each address across both lists (To before Cc) and drops the
// user's own; a later duplicate only lends its display name when the first had none.
ReplyRecipients cleaned(QList<MailAddress> to, QList<MailAddress> cc, const QStringList &own)
{
    ReplyRecipients r;
    QStringList seen;
    auto keep = [&](const QList<MailAddress> &from, QList<MailAddress> &into) {
        for (const MailAddress &a : from) {
            if (a.address.isEmpty() || isOwn(a, own))
                continue;
            const qsizetype at = seen.indexOf(a.address.toLower());
            if (at >= 0) {
                for (QList<MailAddress> *list : {&r.to, &r.cc}) {
                    for (MailAddress &kept : *list) {
                        if (AddressList::sameAddress(kept.address, a.address)
                            && kept.name.isEmpty())
                            kept.name = a.name;
                    }
                }
                continue;
            }
            seen += a.address.toLower();
            into += a;
        }
    };
    keep(to, r.to);
    keep(cc, r.cc);
    return r;
}

bool sentByUser(const ConversationMessage &m, const QStringList &own)
{
    return !m.incoming || isOwn(m.sender(), own);
}

QList<MailAddress> replyTarget(const ConversationMessage &m)
{
    const QList<MailAddress> replyTo = parsed({m.replyTo});
    return replyTo.isEmpty() ? QList<MailAddress> {m.sender()} : replyTo;
}

// Nothing left (a note to oneself): the reply still needs a recipient.
ReplyRecipients withFallback(ReplyRecipients r, const ConversationMessage &m)
{
    if (r.to.isEmpty() && !r.cc.isEmpty())
        r.to.swap(r.cc);
    if (r.to.isEmpty())
        r.to = replyTarget(m);
    return r;
}
} // namespace

ReplyRecipients ReplyRecipients::reply(const ConversationMessage &message, const QStringList &own)
{
    if (sentByUser(message, own))
        return withFallback(cleaned(parsed(message.to), {}, own), message);
    return withFallback(cleaned(replyTarget(message), {}, own), message);
}

ReplyRecipients ReplyRecipients::replyAll(
    const ConversationMessage &message, const QStringList &own)
{
    QList<MailAddress> to;
    if (!sentByUser(message, own))
        to = replyTarget(message);
    to += parsed(message.to);
    return withFallback(cleaned(to, parsed(message.cc), own), message);
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation/ConversationReply.h"

#include "conversation/ConversationQuote.h"
#include "mail/MailboxResolver.h"
#include "mail/ReplyRecipients.h"
#include "mail/SubjectLine.h"

namespace Outpost::ConversationReply {

namespace {
QStringList addressesOf(const QList<Mailbox> &mailboxes)
{
    QStringList list;
    for (const Mailbox &m : mailboxes) {
        if (!list.contains(m.address, Qt::CaseInsensitive))
            list += m.address;
    }
    return list;
}

std::optional<QString> ownAmong(const QStringList &entries, const QStringList &own)
{
    for (const QString &entry : entries) {
        for (const MailAddress &a : AddressList::parse(entry).addresses) {
            if (own.contains(a.address, Qt::CaseInsensitive))
                return a.address;
        }
    }
    return std::nullopt;
}
} // namespace

QString mailboxFor(
    const ConversationMessage &message, const ThreadSummary &thread, const QList<Mailbox> &ours)
{
    const QStringList own = addressesOf(ours);
    const QStringList candidates
        = message.incoming ? QStringList(message.to + message.cc) : QStringList {message.from};
    if (const auto address = ownAmong(candidates, own))
        return *address;
    return thread.mailbox;
}

Draft draft(ReplyKind kind, const ConversationMessage &m, const ThreadSummary &thread,
    const QList<Mailbox> &mailboxes, const QLocale &locale, const QTimeZone &zone)
{
    Draft d;
    d.from = mailboxFor(m, thread, mailboxes);
    if (MailboxResolver::resolve(mailboxes, d.from, {}).kind == MailboxResolution::Kind::Ambiguous)
        d.provider = thread.provider; // the thread lives under this one
    const QString subject = m.subject.isEmpty() ? thread.subject : m.subject;
    if (m.internal) { // a note is not mail: nothing of it goes out
        d.subject = kind == ReplyKind::Forward ? SubjectLine::forward(subject)
                                               : SubjectLine::reply(subject);
        if (kind != ReplyKind::Forward) {
            d.threadId = thread.threadId;
            d.conversationId = thread.conversationId; // the reply can open it again
        }
        return d;
    }
    if (kind == ReplyKind::Forward) {
        d.subject = SubjectLine::forward(subject);
        for (Attachment a : m.attachments) {
            // By storage key when the platform gave one: nothing is downloaded, nothing expires.
            if (!a.storageKey.isEmpty())
                a.url.clear();
            if (!a.url.isEmpty() || !a.storageKey.isEmpty())
                d.attachments += a;
        }
        if (m.isHtml) {
            d.isHtml = true;
            d.body = ConversationQuote::htmlBody(
                ConversationQuote::forwardHtml(m, locale, zone).value_or(QString()));
        } else {
            d.body = ConversationQuote::forwardPlain(m, locale, zone).value_or(QString());
        }
        return d; // a new thread
    }
    const QStringList own = addressesOf(mailboxes);
    const ReplyRecipients to = kind == ReplyKind::ReplyAll ? ReplyRecipients::replyAll(m, own)
                                                           : ReplyRecipients::reply(m, own);
    d.to = to.to;
    d.cc = to.cc;
    d.subject = SubjectLine::reply(subject);
    d.threadId = m.threadId.isEmpty() ? thread.threadId : m.threadId;
    d.conversationId = m.conversationId.isEmpty() ? thread.conversationId : m.conversationId;
    d.inReplyTo = m.messageId;
    d.references = m.replyReferences();
    if (m.isHtml) {
        d.isHtml = true;
        d.body = ConversationQuote::htmlBody(
            ConversationQuote::html(m, locale, zone).value_or(QString()));
    } else {
        d.body = ConversationQuote::plain(m, locale, zone).value_or(QString());
    }
    return d;
}

} // namespace Outpost::ConversationReply

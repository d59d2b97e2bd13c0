// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/SentMatch.h"

#include "mail/AddressList.h"

#include <QFileInfo>

namespace Outpost::SentMatch {

using namespace Qt::StringLiterals;

namespace {
// The bare addresses of a list, lower-cased and sorted: order and case carry no meaning.
QStringList normalised(const QStringList &entries)
{
    QStringList out;
    for (const QString &entry : entries) {
        const AddressParse parsed = AddressList::parseOne(entry);
        const QString address = parsed.ok() ? parsed.addresses.first().address : entry.trimmed();
        out += address.toLower();
    }
    out.sort();
    return out;
}

QStringList normalised(const QList<MailAddress> &list)
{
    QStringList out;
    for (const MailAddress &a : list)
        out += a.address.toLower();
    out.sort();
    return out;
}

// The file names of a mail's attachments, lower-cased and sorted: neither order nor case
// tells two mails apart here.
QStringList fileNames(const QList<Attachment> &attachments)
{
    QStringList out;
    for (const Attachment &a : attachments)
        out += (a.filename.isEmpty() ? QFileInfo(a.localPath).fileName() : a.filename).toLower();
    out.sort();
    return out;
}
} // namespace

bool matches(const Draft &draft, const ConversationMessage &m, const QDateTime &since)
{
    if (m.incoming || m.internal || m.pending)
        return false;
    if (!m.createdAt.isValid() || !since.isValid() || m.createdAt < since)
        return false;
    if (!AddressList::sameAddress(m.sender().address, draft.from))
        return false;
    if (normalised(m.to) != normalised(draft.to) || normalised(m.cc) != normalised(draft.cc))
        return false;
    if (m.bcc && normalised(*m.bcc) != normalised(draft.bcc))
        return false;
    if (fileNames(m.attachments) != fileNames(draft.attachments))
        return false;
    // No subject: the server chose one (the thread's, or "(no subject)"), per the send page.
    if (!draft.subject.isEmpty() && m.subject != draft.subject)
        return false;
    if (m.body != draft.body)
        return false;
    if (draft.isReply() && m.threadId != draft.threadId)
        return false;
    return true;
}

Receipt receiptOf(const ConversationMessage &m)
{
    Receipt r;
    r.messageId = m.id;
    r.conversationId = m.conversationId;
    r.threadId = m.threadId;
    r.status = m.status;
    r.rfcMessageId = m.messageId;
    r.createdAt = m.createdAt;
    return r;
}

} // namespace Outpost::SentMatch

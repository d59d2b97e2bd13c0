// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/SentMatch.h"

#include "mail/AddressList.h"
#include "mail/MimeMessage.h"

#include <QFileInfo>
#include <QRegularExpression>

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
// Whether `needle` occurs in `haystack` as one run (an empty needle does).
bool containsRun(const QStringList &haystack, const QStringList &needle)
{
    if (needle.isEmpty())
        return true;
    return std::search(haystack.cbegin(), haystack.cend(), needle.cbegin(), needle.cend())
        != haystack.cend();
}
} // namespace

QStringList visibleWords(const QString &body, bool isHtml)
{
    QString text = isHtml ? plainTextFromHtml(body) : body;
    // Link targets: one renderer writes "text <url>", another "text [url]" or nothing.
    static const QRegularExpression links(
        QStringLiteral("<[a-z][a-z0-9+.-]*:[^>\\s]*>|\\[[a-z][a-z0-9+.-]*:[^\\]\\s]*\\]|"
                       "\\b[a-z][a-z0-9+.-]*://\\S+"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(links);
    static const QRegularExpression word(
        QStringLiteral("[\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();)
        words += it.next().captured().toCaseFolded();
    return words;
}

bool matches(
    const Draft &draft, const ConversationMessage &m, const QDateTime &since, BodyRule rule)
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
    if (rule == BodyRule::Exact && m.body != draft.body)
        return false;
    if (rule == BodyRule::SameWords
        && !containsRun(visibleWords(m.body, m.isHtml), visibleWords(draft.body, draft.isHtml)))
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

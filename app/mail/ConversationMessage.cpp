// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/ConversationMessage.h"
#include "mail/Clock.h"
#include "mail/SenderAuthentication.h"

#include <QCborArray>
#include <QCborMap>

namespace Outpost {

MessageReferences::MessageReferences(const QString &text)
    : m_value(text.isEmpty() ? QCborValue() : QCborValue(text))
{
}

MessageReferences MessageReferences::fromJson(const QJsonObject &object, QLatin1StringView key)
{
    MessageReferences r;
    // The object's own storage taken as it is (a copy of the handle, not of the text).
    const QCborValue value = QCborMap::fromJsonObject(QJsonObject(object)).value(key);
    if (value.isString() || value.isArray())
        r.m_value = value;
    return r;
}

QString MessageReferences::text() const
{
    if (!m_value.isArray())
        return m_value.toString();
    QStringList ids;
    for (const QCborValue &item : m_value.toArray()) {
        const QString id = item.toString().trimmed();
        if (!id.isEmpty())
            ids += id;
    }
    return ids.join(u' ');
}

MailAddress ConversationMessage::sender() const
{
    const AddressParse parsed = AddressList::parseOne(from);
    if (!parsed.addresses.isEmpty())
        return parsed.addresses.first();
    return MailAddress {QString(), from.trimmed()};
}

QString ConversationMessage::senderName() const
{
    const MailAddress a = sender();
    return a.name.trimmed().isEmpty() ? a.address : a.name.trimmed();
}

QString ConversationMessage::trustableSender() const
{
    if (SenderAuthentication::fromHeaders(authenticationResults).failed)
        return {};
    return sender().address.trimmed().toLower();
}

QString ConversationMessage::replyReferences() const
{
    return replyChain(references.text(), messageId);
}

QString ConversationMessage::replyChain(const QString &references, const QString &messageId)
{
    if (messageId.isEmpty())
        return {};
    // As the header came (RFC 5322 §3.6.4: identifiers separated by folding white space).
    QStringList chain = references.simplified().split(u' ', Qt::SkipEmptyParts);
    if (!chain.contains(messageId))
        chain += messageId;
    // "References: " and the identifiers with a space between each.
    constexpr qsizetype lineLimit = 998 - qsizetype(sizeof("References: ") - 1);
    qsizetype length = chain.size() - 1;
    for (const QString &id : std::as_const(chain))
        length += id.size();
    qsizetype drop = 0; // identifiers after the first to leave out
    while (length > lineLimit && chain.size() - drop > 4) {
        length -= chain.at(1 + drop).size() + 1;
        ++drop;
    }
    chain.remove(1, drop);
    return chain.join(u' ');
}

ConversationMessage ConversationMessage::fromSent(const Draft &draft, const Receipt &receipt)
{
    ConversationMessage m;
    m.id = receipt.messageId;
    m.conversationId = receipt.conversationId;
    m.incoming = false;
    m.status = receipt.status;
    m.body = draft.body;
    m.isHtml = draft.isHtml;
    m.attachments = draft.attachments;
    m.createdAt = receipt.createdAt.isValid() ? receipt.createdAt : systemNow();
    m.threadId = receipt.threadId.isEmpty() ? draft.threadId : receipt.threadId;
    m.messageId = receipt.rfcMessageId;
    m.inReplyTo = draft.inReplyTo;
    m.references = draft.references;
    m.from = draft.from;
    m.to = AddressList::toStrings(draft.to);
    m.cc = AddressList::toStrings(draft.cc);
    m.subject = draft.subject;
    m.pending = true;
    return m;
}

} // namespace Outpost

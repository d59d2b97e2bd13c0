// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/platform/SandboxJson.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace Outpost::Sandbox::Json {

using namespace Qt::StringLiterals;

namespace {
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

QString time(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString newId()
{
    // Like a MongoDB ObjectId: seconds since the epoch, then random bits.
    const auto seconds = static_cast<quint32>(QDateTime::currentSecsSinceEpoch());
    const quint64 random = QRandomGenerator::global()->generate64();
    return u"%1%2"_s.arg(seconds, 8, 16, QLatin1Char('0')).arg(random, 16, 16, QLatin1Char('0'));
}

QJsonObject user(const User &user)
{
    return {{u"_id"_s, user.id}, {u"email"_s, user.email}, {u"firstName"_s, user.firstName},
        {u"lastName"_s, user.lastName}};
}

QJsonObject mailbox(const Mailbox &mailbox)
{
    return {{u"_id"_s, mailbox.id}, {u"provider"_s, providerName(mailbox.provider)},
        {u"emailAddress"_s, mailbox.address}, {u"isActive"_s, mailbox.active},
        {u"displayName"_s, mailbox.displayName}, {u"createdAt"_s, time(mailbox.connectedAt)}};
}

QJsonObject contact(const Contact &contact)
{
    return {{u"_id"_s, contact.id}, {u"firstName"_s, contact.firstName},
        {u"lastName"_s, contact.lastName}, {u"email"_s, contact.email}};
}

QJsonObject conversation(const Conversation &c)
{
    return {{u"_id"_s, c.id}, {u"contactId"_s, c.contactId}, {u"channelType"_s, c.channelType},
        {u"channelIdentifier"_s, c.threadId}, {u"subject"_s, c.subject},
        {u"provider"_s, c.provider}, {u"emailAccountId"_s, c.emailAccountId},
        {u"participants"_s, QJsonArray::fromStringList(c.participants)},
        {u"lastMessageTime"_s, time(c.lastMessageTime)}, {u"messageCount"_s, c.messageCount},
        {u"isResolved"_s, c.resolved}};
}

QJsonObject attachment(const StoredAttachment &a)
{
    QJsonObject o;
    if (a.url.isEmpty())
        o.insert(u"storageKey"_s, a.storageKey);
    else
        o.insert(u"url"_s, a.url);
    o.insert(u"filename"_s, a.filename);
    o.insert(u"contentType"_s, a.contentType);
    o.insert(u"size"_s, a.size ? QJsonValue(*a.size) : QJsonValue());
    return o;
}

QJsonObject message(const Message &m)
{
    QJsonArray attachments;
    for (const StoredAttachment &a : m.attachments)
        attachments.append(attachment(a));
    QJsonObject o {{u"_id"_s, m.id}, {u"organizationId"_s, m.orgId},
        {u"conversationId"_s, m.conversationId}, {u"contactId"_s, m.contactId},
        {u"userId"_s, m.userId}, {u"channelType"_s, m.channelType}, {u"isIncoming"_s, m.incoming},
        {u"isInternal"_s, m.internal}, {u"status"_s, m.status}, {u"body"_s, m.body},
        {u"attachments"_s, attachments}, {u"createdAt"_s, time(m.createdAt)},
        {u"updatedAt"_s, time(m.updatedAt)}};
    if (m.hasEmail) {
        QJsonObject meta {{u"threadId"_s, m.threadId}, {u"messageId"_s, textOrNull(m.messageId)},
            {u"inReplyTo"_s, textOrNull(m.inReplyTo)}, {u"references"_s, textOrNull(m.references)},
            {u"from"_s, m.from}, {u"to"_s, QJsonArray::fromStringList(m.to)},
            {u"cc"_s, QJsonArray::fromStringList(m.cc)}, {u"subject"_s, m.subject},
            {u"isHtml"_s, m.html}};
        // Only the sender knows its Bcc; incoming mail never shows one.
        if (!m.bcc.isEmpty())
            meta.insert(u"bcc"_s, QJsonArray::fromStringList(m.bcc));
        o.insert(u"emailMetadata"_s, meta);
    }
    return o;
}

} // namespace Outpost::Sandbox::Json

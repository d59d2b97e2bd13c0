// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/ConversationWire.h"

#include <QtEndian>

namespace Outpost::ConversationWire {

namespace {
constexpr qsizetype lengthSize = 4;
// A conversation of 500 messages is about 7 MB; far above it, the length is not one we wrote.
constexpr quint32 largestFrame = 512u * 1024u * 1024u;
} // namespace

QByteArray encode(Command command, qint32 window, const QByteArray &fields)
{
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out.setVersion(version);
    out << command << window << fields;
    QByteArray bytes(lengthSize, Qt::Uninitialized);
    qToBigEndian(quint32(body.size()), bytes.data());
    return bytes + body;
}

bool decode(QByteArray &buffer, QList<Frame> &frames)
{
    qsizetype at = 0;
    while (buffer.size() - at >= lengthSize) {
        const quint32 length = qFromBigEndian<quint32>(buffer.constData() + at);
        if (length > largestFrame)
            return false;
        if (buffer.size() - at - lengthSize < qsizetype(length))
            break;
        QDataStream in(buffer.mid(at + lengthSize, length));
        in.setVersion(version);
        Frame frame;
        in >> frame.command >> frame.window >> frame.fields;
        if (in.status() != QDataStream::Ok)
            return false;
        frames += frame;
        at += lengthSize + length;
    }
    buffer.remove(0, at);
    return true;
}

} // namespace Outpost::ConversationWire

namespace Outpost {

QDataStream &operator<<(QDataStream &out, const ThreadSummary &t)
{
    return out << t.threadId << t.conversationId << t.subject << t.participants << t.lastMessageTime
               << qint32(t.messageCount) << t.mailbox << t.provider << t.lastMessageId
               << t.references;
}

QDataStream &operator>>(QDataStream &in, ThreadSummary &t)
{
    qint32 count = 0;
    in >> t.threadId >> t.conversationId >> t.subject >> t.participants >> t.lastMessageTime
        >> count >> t.mailbox >> t.provider >> t.lastMessageId >> t.references;
    t.messageCount = count;
    return in;
}

QDataStream &operator<<(QDataStream &out, const Attachment &a)
{
    return out << a.filename << a.contentType << a.storageKey << a.url << a.localPath << a.size
               << a.modified;
}

QDataStream &operator>>(QDataStream &in, Attachment &a)
{
    return in >> a.filename >> a.contentType >> a.storageKey >> a.url >> a.localPath >> a.size
        >> a.modified;
}

// A message's References stay in Outpost: the window never shows them, and an answer's draft is
// built in Outpost from its own copy (ConversationHandle). They are also what grows with a
// thread: its 500th message names the 499 before it (26 KB), and a 500-message thread carried
// them all in 13 MB of frames.
QDataStream &operator<<(QDataStream &out, const ConversationMessage &m)
{
    out << m.id << m.conversationId << m.incoming << m.internal << m.status << m.body << m.isHtml
        << m.attachments << m.createdAt << m.threadId << m.messageId << m.inReplyTo << m.from
        << m.replyTo << m.to << m.cc << m.bcc.has_value() << m.bcc.value_or(QStringList())
        << m.subject << m.pending << m.authenticationResults;
    return out;
}

QDataStream &operator>>(QDataStream &in, ConversationMessage &m)
{
    bool hasBcc = false;
    QStringList bcc;
    in >> m.id >> m.conversationId >> m.incoming >> m.internal >> m.status >> m.body >> m.isHtml
        >> m.attachments >> m.createdAt >> m.threadId >> m.messageId >> m.inReplyTo >> m.from
        >> m.replyTo >> m.to >> m.cc >> hasBcc >> bcc >> m.subject >> m.pending
        >> m.authenticationResults;
    m.bcc = hasBcc ? std::optional<QStringList>(bcc) : std::nullopt;
    return in;
}

} // namespace Outpost

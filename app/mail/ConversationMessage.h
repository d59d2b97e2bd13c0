// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/AddressList.h"
#include "mail/Draft.h"
#include "mail/Receipt.h"

#include <QCborValue>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

namespace Outpost {

// The References of a message (RFC 5322 §3.6.4) as its source gave them: the header's text,
// folding white space kept, or, from the platform's JSON, a string or an array of Message-IDs.
// Held as read, sharing the JSON parser's copy, and made text only when a reply to this message
// asks for it: making every message's References a QString as the thread was read cost a
// 500-message thread about 40 ms of the read, nearly all of it page faults of 13.6 MB of fresh
// memory (each message names the ones before it). Compared as they are (ConversationLoader's
// check that a read changed nothing): 500 compare in under a millisecond.
class MessageReferences
{
public:
    MessageReferences() = default;
    // Implicit: a header's text, as Gmail's API or a draft gives it.
    MessageReferences(const QString &text);
    // The value under `key` in a JSON object (emailMetadata), shared with it.
    static MessageReferences fromJson(const QJsonObject &object, QLatin1StringView key);
    // The identifiers as one string: the header's text as it came, an array's items joined
    // with a space.
    QString text() const;
    bool operator==(const MessageReferences &other) const { return m_value == other.m_value; }

private:
    QCborValue m_value; // undefined, a string or an array of strings
};

// One message of a platform conversation (`GET /api/conversation/{id}/messages`): an email
// with its emailMetadata, or an internal note (`isInternal`) that is never sent nor quoted.
struct ConversationMessage
{
    QString id; // `_id`
    QString conversationId;
    bool incoming = false;
    bool internal = false; // a private note of the team: shown marked, never quoted
    QString status;
    QString body;
    bool isHtml = false;
    QList<Attachment> attachments;
    QDateTime createdAt;

    // emailMetadata (absent on notes)
    QString threadId;
    QString messageId; // Message-ID, with <>
    QString inReplyTo;
    MessageReferences references; // replyChain reads them
    QString from; // RFC 5322, as the server wrote it
    QString replyTo;
    QStringList to;
    QStringList cc;
    // Bcc, only where the listing shows it (the sender's own copy may; received mail never
    // does): nothing means not shown, not "no Bcc".
    std::optional<QStringList> bcc;
    QString subject;

    // Shown from a send's receipt before the server lists it.
    bool pending = false;

    // The Authentication-Results headers the receiving provider added, as Gmail (message
    // headers) or Graph (internetMessageHeaders) list them; empty: not reported. The
    // platform's API lists no headers, so its messages never carry them (SenderAuthentication
    // reads them: unknown is not failed).
    QStringList authenticationResults;

    // The parsed sender (name may be empty); the raw text as address when it does not parse.
    MailAddress sender() const;
    // The name a person reads: the display name, else the address.
    QString senderName() const;
    // The sender whose remote images the user may trust: the address, lower case; empty
    // without one, or when the message failed the provider's authentication (forged).
    QString trustableSender() const;
    // References of a reply to this message: its own References, then its Message-ID
    // (replyChain).
    QString replyReferences() const;
    // The References of a reply to a message with these References and this Message-ID: the
    // former, then the latter (RFC 5322 §3.6.4). Empty without a Message-ID. A long thread's
    // chain would grow without end (the 500th message names the 499 before it, 26 KB); it is
    // kept within one 998-character header line, the way RFC 5537 §3.4.4 trims it for
    // Netnews: the first identifier stays (the thread's root), the oldest after it go first,
    // the latest three always stay.
    static QString replyChain(const QString &references, const QString &messageId);
    bool operator==(const ConversationMessage &other) const = default;

    // The message a successful send just stored, as far as the client knows it.
    static ConversationMessage fromSent(const Draft &draft, const Receipt &receipt);
};

} // namespace Outpost

Q_DECLARE_METATYPE(Outpost::ConversationMessage)

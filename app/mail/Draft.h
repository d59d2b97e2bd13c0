// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/AddressList.h"
#include "mail/Mailbox.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Outpost {

// The parts of a draft an error can point at.
enum class DraftField { None, From, Provider, To, Cc, Bcc, Subject, Body, Thread, Attachments };

// A file or link carried by a message. Exactly one of storageKey or url is sent.
struct Attachment
{
    QString filename;
    QString contentType;
    QString storageKey; // from POST /api/upload
    QString url; // a pre-signed https URL the server can GET
    QString localPath; // where the user picked it, when it came from disk
    qint64 size = -1;
    // The file's modification time when its bytes were taken (uploaded): a later one on disk
    // means the file changed and is uploaded again.
    QDateTime modified {};
    bool operator==(const Attachment &other) const = default;
};

struct DraftProblem
{
    DraftField field = DraftField::None;
    QString message;
};

// What the user is writing: a value type, copied freely, never tied to a window.
struct Draft
{
    QString from; // bare address of the sending mailbox
    std::optional<Provider> provider; // only when `from` is connected twice
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QList<MailAddress> bcc;
    QString subject; // empty: the server picks `(no subject)` or the thread's subject
    QString body;
    bool isHtml = false;
    QString threadId; // empty: a new thread
    // The platform's conversation the thread belongs to (empty: none known, or a new thread).
    // Kept with the draft so that it can open that conversation, after a restart too; never
    // sent: the send page has no such field.
    QString conversationId;
    QString inReplyTo; // empty: the server fills it on a reply
    QString references; // empty: the server fills it on a reply
    QList<Attachment> attachments;

    bool isReply() const { return !threadId.isEmpty(); }
    bool operator==(const Draft &other) const = default;
    // What must hold before it is sent: SendRules::check.
};

// The field's name as the platform's send page spells it (`to`, `threadId`, …).
QString draftFieldName(DraftField field);
DraftField draftFieldFromName(const QString &name);

} // namespace Outpost

Q_DECLARE_METATYPE(Outpost::Draft)

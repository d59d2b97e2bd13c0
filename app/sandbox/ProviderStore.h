// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

QT_BEGIN_NAMESPACE
class QSqlDatabase;
class QSqlQuery;
QT_END_NAMESPACE

namespace Outpost::Sandbox {

class SandboxStore;

// A provider access token: whose mailbox it opens, until when.
struct ProviderToken
{
    QString token;
    Provider provider = Provider::Gmail;
    QString address; // the direct mailbox
    QString userId; // the sandbox user who owns it
    QDateTime expiresAt; // invalid: never
};

// One message of a Gmail mailbox, with the raw RFC 5322 bytes Gmail keeps.
struct GmailMessage
{
    QString id;
    QString mailbox;
    QString threadId;
    QString messageId; // with <>
    QString subject;
    QString from; // the header as written, for searches
    QString to;
    QString cc;
    QDateTime internalDate;
    QStringList labelIds;
    QString snippet;
    qint64 historyId = 0;
    QByteArray raw; // empty unless asked for
    qint64 size = 0;
    bool sentThroughApi = false; // false: seeded demo data
};

// A resumable Gmail upload session (uploadType=resumable).
struct GmailUploadSession
{
    QString id;
    QString mailbox;
    QJsonObject metadata;
    QString contentType;
    qint64 total = -1; // -1: not announced yet
    qint64 received = 0; // bytes committed
    QString file; // the bytes so far
    QDateTime createdAt;
    int finalStatus = 0; // 0 while the upload is open
    QByteArray finalBody; // the answer to the last chunk, repeated to later status queries
};

// A Microsoft Graph message: its JSON resource plus the sandbox's bookkeeping.
struct GraphMessage
{
    QString id;
    QString mailbox;
    QString folder; // drafts, sentitems, inbox, deleteditems
    bool draft = false;
    QJsonObject resource; // subject, body, recipients, conversationId, internetMessageId, …
    QDateTime receivedAt;
    QString replyToId; // for reply drafts: the message replied to
    QString replyTopic; // its subject without RE:/FW:, for the conversationId rule
    QString replyConversationId;
    bool saveToSentItems = true;
    bool sentThroughApi = false;
    QDateTime sentAt;
};

struct GraphAttachment
{
    QString id;
    QString messageId;
    QString name;
    QString contentType;
    qint64 size = 0;
    QString sha256;
    bool inline_ = false;
    QString via; // "inline" (in the message JSON), "attachments" (POST) or "uploadSession"
    QDateTime createdAt;
};

struct GraphUploadSession
{
    QString id;
    QString messageId;
    QString mailbox;
    QString authToken; // what the upload URL carries instead of a bearer token
    QString name;
    QString contentType;
    bool inline_ = false;
    qint64 size = 0;
    qint64 received = 0;
    QString file;
    QDateTime expiresAt;
    QString attachmentId; // set once complete
};

// The Gmail and Graph state of the sandbox, in the sandbox's own SQLite file.
class ProviderStore
{
public:
    explicit ProviderStore(SandboxStore &store);

    // Creates the provider tables when missing (older sandbox files gain them on reopen);
    // `created` says whether they were new and need their demo data.
    bool ensureSchema(bool *created);
    SandboxStore &sandbox() { return m_store; }
    QString meta(const QString &key) const;

    bool insertToken(const ProviderToken &token);
    std::optional<ProviderToken> token(const QString &token) const;
    // The scopes an OAuth grant gave a token (space-separated); nothing for a token made
    // otherwise (the demo tokens, /_sandbox/provider-tokens), which holds every scope.
    bool insertTokenScope(const QString &token, const QString &scope);
    std::optional<QString> tokenScope(const QString &token) const;

    // Gmail
    bool insertGmail(const GmailMessage &message);
    std::optional<GmailMessage> gmailMessage(
        const QString &mailbox, const QString &id, bool withRaw = false) const;
    QList<GmailMessage> gmailMessages(const QString &mailbox) const; // newest first, no raw
    QList<GmailMessage> gmailThread(const QString &mailbox, const QString &threadId) const;
    QList<GmailMessage> gmailSent() const; // sent through the API, oldest first, with raw
    qint64 nextHistoryId();
    bool insertGmailUpload(const GmailUploadSession &session);
    std::optional<GmailUploadSession> gmailUpload(const QString &id) const;
    bool updateGmailUpload(const GmailUploadSession &session);

    // Microsoft Graph
    bool insertGraph(const GraphMessage &message);
    // Writes the message back; `previousId` when sending gave it a new id.
    bool updateGraph(const GraphMessage &message, const QString &previousId = {});
    bool deleteGraph(const QString &id); // with its attachments and upload sessions
    std::optional<GraphMessage> graphMessage(const QString &mailbox, const QString &id) const;
    QList<GraphMessage> graphMessages(const QString &mailbox) const; // newest first
    QList<GraphMessage> graphSent() const; // sent through the API, oldest first
    bool insertGraphAttachment(const GraphAttachment &attachment);
    QList<GraphAttachment> graphAttachments(const QString &messageId) const;
    bool insertGraphUpload(const GraphUploadSession &session);
    std::optional<GraphUploadSession> graphUpload(const QString &id) const;
    QList<GraphUploadSession> graphUploads(const QString &messageId) const;
    bool updateGraphUpload(const GraphUploadSession &session);
    bool deleteGraphUpload(const QString &id);

private:
    // Never NULL: an empty string stays an empty string in the NOT NULL columns.
    static QVariant text(const QString &value);
    QSqlDatabase db() const;
    bool exec(QSqlQuery &query) const;
    QList<GmailMessage> readGmail(QSqlQuery &query, bool withRaw) const;
    QList<GraphMessage> readGraph(QSqlQuery &query) const;
    QList<GraphUploadSession> readGraphUploads(QSqlQuery &query) const;

    SandboxStore &m_store;
};

} // namespace Outpost::Sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QSqlDatabase;
class QSqlQuery;
QT_END_NAMESPACE

namespace Outpost::Sandbox {

struct User
{
    QString id;
    QString orgId;
    QString email;
    QString firstName;
    QString lastName;
};

struct Contact
{
    QString id;
    QString orgId;
    QString firstName;
    QString lastName;
    QString email;
};

struct Conversation
{
    QString id;
    QString orgId;
    QString userId;
    QString contactId;
    QString channelType = QStringLiteral("email");
    QString threadId; // channelIdentifier
    QString subject;
    QString provider;
    QString emailAccountId;
    QStringList participants;
    bool resolved = false;
    QDateTime createdAt;
    // Derived from the messages when read.
    QDateTime lastMessageTime;
    int messageCount = 0;
};

struct StoredAttachment
{
    QString storageKey; // exactly one of storageKey and url
    QString url;
    QString filename;
    QString contentType;
    std::optional<qint64> size;
};

struct Message
{
    QString id;
    QString orgId;
    QString conversationId;
    QString contactId;
    QString userId;
    QString channelType = QStringLiteral("email");
    bool incoming = false;
    bool internal = false;
    QString status = QStringLiteral("delivered");
    QString body;
    QList<StoredAttachment> attachments;
    QDateTime createdAt;
    QDateTime updatedAt;
    // emailMetadata; absent on internal notes
    bool hasEmail = true;
    QString threadId;
    QString messageId;
    QString inReplyTo;
    QString references;
    QString from;
    QStringList to;
    QStringList cc;
    QStringList bcc;
    QString subject;
    bool html = false;
};

struct Upload
{
    QString key;
    QString userId;
    QString orgId;
    QString name;
    QString type;
    qint64 size = 0;
    QString file; // path relative to the uploads folder
    QDateTime createdAt;
};

struct StoredResponse
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

// The sandbox's state in one SQLite file (WAL), with its own connection name per instance.
class SandboxStore
{
public:
    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    // Opens or creates the file; `created` tells whether the schema was new (needs a seed).
    bool open(const QString &file, bool *created, QString *error);
    bool transaction(const std::function<bool()> &work);

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

    // Users and tokens
    bool insertUser(const User &user, const QString &password);
    std::optional<User> userById(const QString &id) const;
    std::optional<User> userByCredentials(const QString &email, const QString &password) const;
    bool insertToken(const QString &token, const QString &userId, const QString &kind,
        const QDateTime &expiresAt); // invalid expiresAt: never expires
    std::optional<User> userForToken(
        const QString &token, const QString &kind, const QDateTime &now) const;
    bool revokeToken(const QString &token);
    int expireAccessTokens(const QDateTime &now, const QString &except);

    // Mailboxes, newest connection first (inactive ones included)
    QList<Mailbox> mailboxes(const QString &userId) const;
    bool insertMailbox(const QString &userId, const Mailbox &mailbox);
    // False when the user has no mailbox `id`.
    bool setMailboxActive(const QString &userId, const QString &id, bool active);
    bool insertOAuthState(
        const QString &state, const QString &userId, const QString &provider, const QDateTime &now);
    // Consumes a one-time state: the user and provider it was issued for.
    std::optional<QPair<QString, QString>> takeOAuthState(const QString &state);

    // Contacts (per organisation)
    QList<Contact> contacts(const QString &orgId) const;
    std::optional<Contact> contactByEmail(const QString &orgId, const QString &email) const;
    bool insertContact(const Contact &contact, const QDateTime &now);

    // Conversations and messages
    QList<Conversation> conversations(const QString &userId) const; // newest first
    std::optional<Conversation> conversationById(const QString &id) const;
    std::optional<Conversation> conversationByThread(
        const QString &userId, const QString &threadId) const;
    bool insertConversation(const Conversation &conversation);
    bool setParticipants(const QString &conversationId, const QStringList &participants);
    QList<Message> messages(const QString &conversationId) const; // oldest first
    QList<Message> allMessages() const;
    std::optional<Message> latestEmailMessage(const QString &conversationId) const;
    bool insertMessage(const Message &message);

    // Uploads
    bool insertUpload(const Upload &upload);
    std::optional<Upload> uploadByKey(const QString &userId, const QString &key) const;
    std::optional<Upload> uploadByKey(const QString &key) const;

    // Idempotency: responses remembered per user and endpoint
    std::optional<StoredResponse> storedResponse(
        const QString &userId, const QString &scope, const QString &key) const;
    bool storeResponse(const QString &userId, const QString &scope, const QString &key,
        const StoredResponse &response, const QDateTime &now);

private:
    friend class ProviderStore; // the Gmail and Graph tables share this connection
    friend class TeamStore; // the notes table shares it too
    QSqlDatabase db() const;
    bool exec(QSqlQuery &query) const;
    bool createSchema();
    QList<Conversation> readConversations(QSqlQuery &query) const;
    QList<Message> readMessages(QSqlQuery &query) const;

    QString m_connection;
};

} // namespace Outpost::Sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
// SandboxStore, second half: contacts, conversations and messages.
#include "sandbox/SandboxStore.h"

#include "sandbox/SandboxStoreSql.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

namespace {
const QString conversationColumns = u"c.id, c.org_id, c.user_id, c.contact_id, c.channel_type,"
                                    u" c.thread_id, c.subject, c.provider, c.email_account_id,"
                                    u" c.participants, c.resolved, c.created_at,"
                                    u" (SELECT MAX(m.created_at) FROM messages m"
                                    u"  WHERE m.conversation_id = c.id) AS last_time,"
                                    u" (SELECT COUNT(*) FROM messages m"
                                    u"  WHERE m.conversation_id = c.id) AS message_count"_s;

const QString messageColumns = u"id, org_id, conversation_id, contact_id, user_id, channel_type,"
                               u" incoming, internal, status, body, attachments, created_at,"
                               u" updated_at, has_email, thread_id, message_id, in_reply_to,"
                               u" refs, from_addr, to_json, cc_json, bcc_json, subject, html"_s;
// The same, read: the two long texts come as their UTF-8 bytes (a QByteArray, turned into a
// QString by Qt's converter) instead of through SQLite's own UTF-16 translation, which was 15%
// of serving a 500-message thread (perf).
QString readColumns()
{
    QStringList columns = messageColumns.split(u',');
    for (QString &column : columns) {
        column = column.trimmed();
        if (column == u"body" || column == u"refs")
            column = u"CAST(%1 AS BLOB)"_s.arg(column);
    }
    return columns.join(u", "_s);
}
const QString messageReadColumns = readColumns();

QString attachmentsToSql(const QList<StoredAttachment> &attachments)
{
    QJsonArray array;
    for (const StoredAttachment &a : attachments) {
        QJsonObject o {{u"filename"_s, a.filename}, {u"contentType"_s, a.contentType}};
        o.insert(
            a.url.isEmpty() ? u"storageKey"_s : u"url"_s, a.url.isEmpty() ? a.storageKey : a.url);
        o.insert(u"size"_s, a.size ? QJsonValue(*a.size) : QJsonValue());
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<StoredAttachment> attachmentsFromSql(const QVariant &value)
{
    QList<StoredAttachment> list;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        StoredAttachment a;
        a.storageKey = o.value(u"storageKey"_s).toString();
        a.url = o.value(u"url"_s).toString();
        a.filename = o.value(u"filename"_s).toString();
        a.contentType = o.value(u"contentType"_s).toString();
        if (o.value(u"size"_s).isDouble())
            a.size = o.value(u"size"_s).toInteger();
        list += a;
    }
    return list;
}
} // namespace

QList<Contact> SandboxStore::contacts(const QString &orgId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT id, org_id, first_name, last_name, email FROM contacts WHERE org_id = ?"
              u" ORDER BY first_name COLLATE NOCASE, last_name COLLATE NOCASE, id"_s);
    q.addBindValue(orgId);
    QList<Contact> result;
    if (!exec(q))
        return result;
    while (q.next()) {
        result += Contact {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString()};
    }
    return result;
}

std::optional<Contact> SandboxStore::contactByEmail(
    const QString &orgId, const QString &email) const
{
    // Compared in C++: SQLite's NOCASE folds ASCII only. The domain is compared in its ASCII
    // (IDNA) form: GMime decodes "xn--bcher-kva.example" but leaves "XN--BCHER-KVA.EXAMPLE"
    // alone, and both are the same mailbox.
    const auto key = [](const QString &address) -> QString {
        const qsizetype at = address.lastIndexOf(u'@');
        return address.left(at).toCaseFolded() + u'@'
            + QString::fromLatin1(QUrl::toAce(address.mid(at + 1))).toLower();
    };
    const QString wanted = key(email);
    for (const Contact &c : contacts(orgId)) {
        if (key(c.email) == wanted)
            return c;
    }
    return std::nullopt;
}

bool SandboxStore::insertContact(const Contact &contact, const QDateTime &now)
{
    QSqlQuery q(db());
    // A contact may have no name at all (a bare address): the names are then empty, and a null
    // QString (which Qt binds as NULL) must not trip the NOT NULL columns.
    q.prepare(u"INSERT INTO contacts (id, org_id, first_name, last_name, email, created_at)"
              u" VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?)"_s);
    for (const QVariant &v :
        {QVariant(contact.id), QVariant(contact.orgId), QVariant(contact.firstName),
            QVariant(contact.lastName), QVariant(contact.email), toSql(now)})
        q.addBindValue(v);
    return exec(q);
}

QList<Conversation> SandboxStore::readConversations(QSqlQuery &query) const
{
    QList<Conversation> result;
    if (!exec(query))
        return result;
    while (query.next()) {
        Conversation c;
        c.id = query.value(0).toString();
        c.orgId = query.value(1).toString();
        c.userId = query.value(2).toString();
        c.contactId = query.value(3).toString();
        c.channelType = query.value(4).toString();
        c.threadId = query.value(5).toString();
        c.subject = query.value(6).toString();
        c.provider = query.value(7).toString();
        c.emailAccountId = query.value(8).toString();
        c.participants = listFromSql(query.value(9));
        c.resolved = query.value(10).toBool();
        c.createdAt = fromSql(query.value(11));
        c.lastMessageTime = fromSql(query.value(12));
        c.messageCount = query.value(13).toInt();
        result += c;
    }
    return result;
}

QList<Conversation> SandboxStore::conversations(const QString &userId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + conversationColumns
        + u" FROM conversations c WHERE c.user_id = ?"
          u" ORDER BY last_time DESC, c.created_at DESC, c.id DESC"_s);
    q.addBindValue(userId);
    return readConversations(q);
}

std::optional<Conversation> SandboxStore::conversationById(const QString &id) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + conversationColumns + u" FROM conversations c WHERE c.id = ?"_s);
    q.addBindValue(id);
    const QList<Conversation> found = readConversations(q);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Conversation> SandboxStore::conversationByThread(
    const QString &userId, const QString &threadId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + conversationColumns
        + u" FROM conversations c WHERE c.user_id = ? AND c.thread_id = ?"_s);
    q.addBindValue(userId);
    q.addBindValue(threadId);
    const QList<Conversation> found = readConversations(q);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

bool SandboxStore::insertConversation(const Conversation &c)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO conversations (id, org_id, user_id, contact_id, channel_type,"
              u" thread_id, subject, provider, email_account_id, participants, resolved,"
              u" created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(c.id), QVariant(c.orgId), QVariant(c.userId),
             QVariant(c.contactId), QVariant(c.channelType), QVariant(c.threadId),
             QVariant(c.subject), QVariant(c.provider), QVariant(c.emailAccountId),
             QVariant(listToSql(c.participants)), QVariant(c.resolved), toSql(c.createdAt)})
        q.addBindValue(v);
    return exec(q);
}

bool SandboxStore::setParticipants(const QString &conversationId, const QStringList &participants)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE conversations SET participants = ? WHERE id = ?"_s);
    q.addBindValue(listToSql(participants));
    q.addBindValue(conversationId);
    return exec(q);
}

QList<Message> SandboxStore::readMessages(QSqlQuery &query) const
{
    QList<Message> result;
    if (!exec(query))
        return result;
    while (query.next()) {
        Message m;
        m.id = query.value(0).toString();
        m.orgId = query.value(1).toString();
        m.conversationId = query.value(2).toString();
        m.contactId = query.value(3).toString();
        m.userId = query.value(4).toString();
        m.channelType = query.value(5).toString();
        m.incoming = query.value(6).toBool();
        m.internal = query.value(7).toBool();
        m.status = query.value(8).toString();
        m.body = query.value(9).toString();
        m.attachments = attachmentsFromSql(query.value(10));
        m.createdAt = fromSql(query.value(11));
        m.updatedAt = fromSql(query.value(12));
        m.hasEmail = query.value(13).toBool();
        m.threadId = query.value(14).toString();
        m.messageId = query.value(15).toString();
        m.inReplyTo = query.value(16).toString();
        m.references = query.value(17).toString();
        m.from = query.value(18).toString();
        m.to = listFromSql(query.value(19));
        m.cc = listFromSql(query.value(20));
        m.bcc = listFromSql(query.value(21));
        m.subject = query.value(22).toString();
        m.html = query.value(23).toBool();
        result += m;
    }
    return result;
}

QList<Message> SandboxStore::messages(const QString &conversationId) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true); // read once: no copy of every row kept by Qt
    q.prepare(u"SELECT "_s + messageReadColumns
        + u" FROM messages WHERE conversation_id = ? ORDER BY created_at, seq"_s);
    q.addBindValue(conversationId);
    return readMessages(q);
}

QList<Message> SandboxStore::allMessages() const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + messageReadColumns + u" FROM messages ORDER BY seq"_s);
    return readMessages(q);
}

std::optional<Message> SandboxStore::latestEmailMessage(const QString &conversationId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + messageReadColumns
        + u" FROM messages WHERE conversation_id = ? AND has_email = 1 AND internal = 0"
          u" ORDER BY created_at DESC, seq DESC LIMIT 1"_s);
    q.addBindValue(conversationId);
    const QList<Message> found = readMessages(q);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

bool SandboxStore::insertMessage(const Message &m)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO messages ("_s + messageColumns
        + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          u" ?)"_s);
    for (const QVariant &v :
        {QVariant(m.id), QVariant(m.orgId), QVariant(m.conversationId), QVariant(m.contactId),
            QVariant(m.userId), QVariant(m.channelType), QVariant(m.incoming), QVariant(m.internal),
            QVariant(m.status), QVariant(m.body), QVariant(attachmentsToSql(m.attachments)),
            toSql(m.createdAt), toSql(m.updatedAt), QVariant(m.hasEmail), textToSql(m.threadId),
            textToSql(m.messageId), textToSql(m.inReplyTo), textToSql(m.references),
            textToSql(m.from), QVariant(listToSql(m.to)), QVariant(listToSql(m.cc)),
            QVariant(listToSql(m.bcc)), textToSql(m.subject), QVariant(m.html)})
        q.addBindValue(v);
    return exec(q);
}

} // namespace Outpost::Sandbox

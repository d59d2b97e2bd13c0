// SPDX-License-Identifier: GPL-3.0-or-later
// ProviderStore, second half: Microsoft Graph messages, attachments and upload sessions.
#include "sandbox/ProviderStore.h"

#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxStoreSql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

namespace {
const QString graphColumns = u"id, mailbox, folder, draft, resource, received_at, reply_to_id,"
                             u" reply_topic, reply_conversation_id, save_to_sent, via_api,"
                             u" sent_at"_s;
const QString uploadColumns = u"id, message_id, mailbox, auth_token, name, content_type, inline,"
                              u" size, received, file, expires_at, attachment_id"_s;

QString toText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

bool ProviderStore::insertGraph(const GraphMessage &m)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO graph_messages (id, mailbox, folder, draft, resource, received_at,"
              u" reply_to_id, reply_topic, reply_conversation_id, save_to_sent, via_api, sent_at)"
              u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {text(m.id), text(m.mailbox), text(m.folder), QVariant(m.draft),
             QVariant(toText(m.resource)), toSql(m.receivedAt), textToSql(m.replyToId),
             textToSql(m.replyTopic), textToSql(m.replyConversationId), QVariant(m.saveToSentItems),
             QVariant(m.sentThroughApi), toSql(m.sentAt)})
        q.addBindValue(v);
    return exec(q);
}

bool ProviderStore::updateGraph(const GraphMessage &m, const QString &previousId)
{
    const QString oldId = previousId.isEmpty() ? m.id : previousId;
    return m_store.transaction([&] {
        QSqlQuery q(db());
        q.prepare(u"UPDATE graph_messages SET id = ?, folder = ?, draft = ?, resource = ?,"
                  u" received_at = ?, save_to_sent = ?, via_api = ?, sent_at = ? WHERE id = ?"_s);
        for (const QVariant &v : {text(m.id), text(m.folder), QVariant(m.draft),
                 QVariant(toText(m.resource)), toSql(m.receivedAt), QVariant(m.saveToSentItems),
                 QVariant(m.sentThroughApi), toSql(m.sentAt), QVariant(oldId)})
            q.addBindValue(v);
        if (!exec(q) || q.numRowsAffected() != 1)
            return false;
        if (oldId == m.id)
            return true;
        QSqlQuery a(db());
        a.prepare(u"UPDATE graph_attachments SET message_id = ? WHERE message_id = ?"_s);
        a.addBindValue(m.id);
        a.addBindValue(oldId);
        return exec(a);
    });
}

bool ProviderStore::deleteGraph(const QString &id)
{
    return m_store.transaction([&] {
        for (const QString &sql : {u"DELETE FROM graph_attachments WHERE message_id = ?"_s,
                 u"DELETE FROM graph_uploads WHERE message_id = ?"_s,
                 u"DELETE FROM graph_messages WHERE id = ?"_s}) {
            QSqlQuery q(db());
            q.prepare(sql);
            q.addBindValue(id);
            if (!exec(q))
                return false;
        }
        return true;
    });
}

QList<GraphMessage> ProviderStore::readGraph(QSqlQuery &q) const
{
    QList<GraphMessage> result;
    if (!exec(q))
        return result;
    while (q.next()) {
        GraphMessage m;
        m.id = q.value(0).toString();
        m.mailbox = q.value(1).toString();
        m.folder = q.value(2).toString();
        m.draft = q.value(3).toBool();
        m.resource = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        m.receivedAt = fromSql(q.value(5));
        m.replyToId = q.value(6).toString();
        m.replyTopic = q.value(7).toString();
        m.replyConversationId = q.value(8).toString();
        m.saveToSentItems = q.value(9).toBool();
        m.sentThroughApi = q.value(10).toBool();
        m.sentAt = fromSql(q.value(11));
        result += m;
    }
    return result;
}

std::optional<GraphMessage> ProviderStore::graphMessage(
    const QString &mailbox, const QString &id) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + graphColumns + u" FROM graph_messages WHERE mailbox = ? AND id = ?"_s);
    q.addBindValue(mailbox);
    q.addBindValue(id);
    const QList<GraphMessage> found = readGraph(q);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<GraphMessage> ProviderStore::graphMessages(const QString &mailbox) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + graphColumns
        + u" FROM graph_messages WHERE mailbox = ? ORDER BY received_at DESC, seq DESC"_s);
    q.addBindValue(mailbox);
    return readGraph(q);
}

QList<GraphMessage> ProviderStore::graphSent() const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + graphColumns
        + u" FROM graph_messages WHERE via_api = 1 AND draft = 0 ORDER BY sent_at, seq"_s);
    return readGraph(q);
}

bool ProviderStore::insertGraphAttachment(const GraphAttachment &a)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO graph_attachments (id, message_id, name, content_type, size, sha256,"
              u" inline, via, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
        {text(a.id), text(a.messageId), text(a.name), text(a.contentType), QVariant(a.size),
            text(a.sha256), QVariant(a.inline_), text(a.via), toSql(a.createdAt)})
        q.addBindValue(v);
    return exec(q);
}

QList<GraphAttachment> ProviderStore::graphAttachments(const QString &messageId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT id, message_id, name, content_type, size, sha256, inline, via, created_at"
              u" FROM graph_attachments WHERE message_id = ? ORDER BY created_at, rowid"_s);
    q.addBindValue(messageId);
    QList<GraphAttachment> result;
    if (!exec(q))
        return result;
    while (q.next()) {
        result += GraphAttachment {q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong(),
            q.value(5).toString(), q.value(6).toBool(), q.value(7).toString(), fromSql(q.value(8))};
    }
    return result;
}

bool ProviderStore::insertGraphUpload(const GraphUploadSession &s)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO graph_uploads ("_s + uploadColumns
        + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {text(s.id), text(s.messageId), text(s.mailbox), text(s.authToken),
             text(s.name), text(s.contentType), QVariant(s.inline_), QVariant(s.size),
             QVariant(s.received), text(s.file), toSql(s.expiresAt), textToSql(s.attachmentId)})
        q.addBindValue(v);
    return exec(q);
}

QList<GraphUploadSession> ProviderStore::readGraphUploads(QSqlQuery &q) const
{
    QList<GraphUploadSession> result;
    if (!exec(q))
        return result;
    while (q.next()) {
        GraphUploadSession s;
        s.id = q.value(0).toString();
        s.messageId = q.value(1).toString();
        s.mailbox = q.value(2).toString();
        s.authToken = q.value(3).toString();
        s.name = q.value(4).toString();
        s.contentType = q.value(5).toString();
        s.inline_ = q.value(6).toBool();
        s.size = q.value(7).toLongLong();
        s.received = q.value(8).toLongLong();
        s.file = q.value(9).toString();
        s.expiresAt = fromSql(q.value(10));
        s.attachmentId = q.value(11).toString();
        result += s;
    }
    return result;
}

std::optional<GraphUploadSession> ProviderStore::graphUpload(const QString &id) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + uploadColumns + u" FROM graph_uploads WHERE id = ?"_s);
    q.addBindValue(id);
    const QList<GraphUploadSession> found = readGraphUploads(q);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<GraphUploadSession> ProviderStore::graphUploads(const QString &messageId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + uploadColumns + u" FROM graph_uploads WHERE message_id = ?"_s);
    q.addBindValue(messageId);
    return readGraphUploads(q);
}

bool ProviderStore::updateGraphUpload(const GraphUploadSession &s)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE graph_uploads SET message_id = ?, received = ?, attachment_id = ?"
              u" WHERE id = ?"_s);
    q.addBindValue(s.messageId);
    q.addBindValue(s.received);
    q.addBindValue(textToSql(s.attachmentId));
    q.addBindValue(s.id);
    return exec(q);
}

bool ProviderStore::deleteGraphUpload(const QString &id)
{
    QSqlQuery q(db());
    q.prepare(u"DELETE FROM graph_uploads WHERE id = ?"_s);
    q.addBindValue(id);
    return exec(q);
}

} // namespace Outpost::Sandbox

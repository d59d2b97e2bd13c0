// SPDX-License-Identifier: GPL-3.0-or-later
// ProviderStore, first half: schema, provider tokens and Gmail.
#include "sandbox/ProviderStore.h"

#include "sandbox/SandboxLogging.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxStoreSql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

namespace {
const char *const providerSchema[] = {
    "CREATE TABLE provider_tokens (token TEXT PRIMARY KEY, provider TEXT NOT NULL,"
    " address TEXT NOT NULL, user_id TEXT NOT NULL, expires_at INTEGER)",
    "CREATE TABLE gmail_messages (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
    " mailbox TEXT NOT NULL COLLATE NOCASE, thread_id TEXT NOT NULL, message_id TEXT NOT NULL,"
    " subject TEXT NOT NULL, from_hdr TEXT NOT NULL, to_hdr TEXT NOT NULL, cc_hdr TEXT NOT NULL,"
    " internal_date INTEGER NOT NULL, label_ids TEXT NOT NULL, snippet TEXT NOT NULL,"
    " history_id INTEGER NOT NULL, raw BLOB NOT NULL, size INTEGER NOT NULL,"
    " via_api INTEGER NOT NULL)",
    "CREATE INDEX gmail_messages_thread ON gmail_messages (mailbox, thread_id, internal_date)",
    "CREATE INDEX gmail_messages_msgid ON gmail_messages (mailbox, message_id)",
    "CREATE TABLE gmail_uploads (id TEXT PRIMARY KEY, mailbox TEXT NOT NULL,"
    " metadata TEXT NOT NULL, content_type TEXT NOT NULL, total INTEGER NOT NULL,"
    " received INTEGER NOT NULL, file TEXT NOT NULL, created_at INTEGER NOT NULL,"
    " final_status INTEGER NOT NULL, final_body BLOB NOT NULL)",
    "CREATE TABLE graph_messages (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
    " mailbox TEXT NOT NULL COLLATE NOCASE, folder TEXT NOT NULL, draft INTEGER NOT NULL,"
    " resource TEXT NOT NULL, received_at INTEGER NOT NULL, reply_to_id TEXT,"
    " reply_topic TEXT, reply_conversation_id TEXT, save_to_sent INTEGER NOT NULL,"
    " via_api INTEGER NOT NULL, sent_at INTEGER)",
    "CREATE TABLE graph_attachments (id TEXT PRIMARY KEY, message_id TEXT NOT NULL,"
    " name TEXT NOT NULL, content_type TEXT NOT NULL, size INTEGER NOT NULL,"
    " sha256 TEXT NOT NULL, inline INTEGER NOT NULL, via TEXT NOT NULL,"
    " created_at INTEGER NOT NULL)",
    "CREATE TABLE graph_uploads (id TEXT PRIMARY KEY, message_id TEXT NOT NULL,"
    " mailbox TEXT NOT NULL, auth_token TEXT NOT NULL, name TEXT NOT NULL,"
    " content_type TEXT NOT NULL, inline INTEGER NOT NULL, size INTEGER NOT NULL,"
    " received INTEGER NOT NULL, file TEXT NOT NULL, expires_at INTEGER NOT NULL,"
    " attachment_id TEXT)",
};

const QString gmailColumns = u"id, mailbox, thread_id, message_id, subject, from_hdr, to_hdr,"
                             u" cc_hdr, internal_date, label_ids, snippet, history_id, size,"
                             u" via_api"_s;
} // namespace

ProviderStore::ProviderStore(SandboxStore &store) : m_store(store) { }

QVariant ProviderStore::text(const QString &value)
{
    return QVariant(value.isNull() ? QString(u""_s) : value);
}

QSqlDatabase ProviderStore::db() const
{
    return m_store.db();
}

bool ProviderStore::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    qCWarning(lcSandbox) << "SQL failed:" << query.lastError().text();
    return false;
}

QString ProviderStore::meta(const QString &key) const
{
    return m_store.meta(key);
}

bool ProviderStore::ensureSchema(bool *created)
{
    QSqlQuery check(db());
    check.prepare(
        u"SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'provider_tokens'"_s);
    if (!exec(check))
        return false;
    *created = !check.next();
    // Added after the first provider tables: also into older sandbox files.
    QSqlQuery scopes(db());
    if (!scopes.exec(u"CREATE TABLE IF NOT EXISTS provider_token_scopes (token TEXT PRIMARY KEY,"
                     u" scope TEXT NOT NULL)"_s)) {
        qCWarning(lcSandbox) << "provider schema:" << scopes.lastError().text();
        return false;
    }
    if (!*created)
        return true;
    return m_store.transaction([this] {
        for (const char *statement : providerSchema) {
            QSqlQuery q(db());
            if (!q.exec(QString::fromLatin1(statement))) {
                qCWarning(lcSandbox) << "provider schema:" << q.lastError().text();
                return false;
            }
        }
        return true;
    });
}

bool ProviderStore::insertToken(const ProviderToken &t)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO provider_tokens (token, provider, address, user_id, expires_at)"
              u" VALUES (?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {text(t.token), QVariant(providerName(t.provider)), text(t.address),
             text(t.userId), toSql(t.expiresAt)})
        q.addBindValue(v);
    return exec(q);
}

std::optional<ProviderToken> ProviderStore::token(const QString &token) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT token, provider, address, user_id, expires_at FROM provider_tokens"
              u" WHERE token = ?"_s);
    q.addBindValue(token);
    if (!exec(q) || !q.next())
        return std::nullopt;
    const auto provider = providerFromName(q.value(1).toString());
    if (!provider)
        return std::nullopt;
    return ProviderToken {q.value(0).toString(), *provider, q.value(2).toString(),
        q.value(3).toString(), fromSql(q.value(4))};
}

bool ProviderStore::insertTokenScope(const QString &token, const QString &scope)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT OR REPLACE INTO provider_token_scopes (token, scope) VALUES (?, ?)"_s);
    q.addBindValue(text(token));
    q.addBindValue(text(scope));
    return exec(q);
}

std::optional<QString> ProviderStore::tokenScope(const QString &token) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT scope FROM provider_token_scopes WHERE token = ?"_s);
    q.addBindValue(token);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool ProviderStore::insertGmail(const GmailMessage &m)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO gmail_messages (id, mailbox, thread_id, message_id, subject, from_hdr,"
              u" to_hdr, cc_hdr, internal_date, label_ids, snippet, history_id, raw, size,"
              u" via_api) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {text(m.id), text(m.mailbox), text(m.threadId), text(m.messageId),
             text(m.subject), text(m.from), text(m.to), text(m.cc), toSql(m.internalDate),
             QVariant(listToSql(m.labelIds)), text(m.snippet), QVariant(m.historyId),
             QVariant(m.raw), QVariant(qint64(m.raw.size())), QVariant(m.sentThroughApi)})
        q.addBindValue(v);
    return exec(q);
}

QList<GmailMessage> ProviderStore::readGmail(QSqlQuery &q, bool withRaw) const
{
    QList<GmailMessage> result;
    if (!exec(q))
        return result;
    while (q.next()) {
        GmailMessage m;
        m.id = q.value(0).toString();
        m.mailbox = q.value(1).toString();
        m.threadId = q.value(2).toString();
        m.messageId = q.value(3).toString();
        m.subject = q.value(4).toString();
        m.from = q.value(5).toString();
        m.to = q.value(6).toString();
        m.cc = q.value(7).toString();
        m.internalDate = fromSql(q.value(8));
        m.labelIds = listFromSql(q.value(9));
        m.snippet = q.value(10).toString();
        m.historyId = q.value(11).toLongLong();
        m.size = q.value(12).toLongLong();
        m.sentThroughApi = q.value(13).toBool();
        if (withRaw)
            m.raw = q.value(14).toByteArray();
        result += m;
    }
    return result;
}

std::optional<GmailMessage> ProviderStore::gmailMessage(
    const QString &mailbox, const QString &id, bool withRaw) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + gmailColumns + (withRaw ? u", raw"_s : QString())
        + u" FROM gmail_messages WHERE mailbox = ? AND id = ?"_s);
    q.addBindValue(mailbox);
    q.addBindValue(id);
    const QList<GmailMessage> found = readGmail(q, withRaw);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<GmailMessage> ProviderStore::gmailMessages(const QString &mailbox) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + gmailColumns
        + u" FROM gmail_messages WHERE mailbox = ? ORDER BY internal_date DESC, seq DESC"_s);
    q.addBindValue(mailbox);
    return readGmail(q, false);
}

QList<GmailMessage> ProviderStore::gmailThread(
    const QString &mailbox, const QString &threadId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + gmailColumns
        + u" FROM gmail_messages WHERE mailbox = ? AND thread_id = ?"
          u" ORDER BY internal_date, seq"_s);
    q.addBindValue(mailbox);
    q.addBindValue(threadId);
    return readGmail(q, false);
}

QList<GmailMessage> ProviderStore::gmailSent() const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + gmailColumns
        + u", raw FROM gmail_messages WHERE via_api = 1"
          u" ORDER BY seq"_s);
    return readGmail(q, true);
}

qint64 ProviderStore::nextHistoryId()
{
    // Gmail's history ids only grow; the sandbox keeps one counter for every mailbox.
    const qint64 next = meta(u"gmailHistoryId"_s).toLongLong() + 1;
    m_store.setMeta(u"gmailHistoryId"_s, QString::number(next));
    return next;
}

bool ProviderStore::insertGmailUpload(const GmailUploadSession &s)
{
    QSqlQuery q(db());
    q.prepare(
        u"INSERT INTO gmail_uploads (id, mailbox, metadata, content_type, total, received,"
        u" file, created_at, final_status, final_body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {text(s.id), text(s.mailbox),
             QVariant(QString::fromUtf8(QJsonDocument(s.metadata).toJson(QJsonDocument::Compact))),
             text(s.contentType), QVariant(s.total), QVariant(s.received), text(s.file),
             toSql(s.createdAt), QVariant(s.finalStatus),
             QVariant(s.finalBody.isNull() ? QByteArray("") : s.finalBody)})
        q.addBindValue(v);
    return exec(q);
}

std::optional<GmailUploadSession> ProviderStore::gmailUpload(const QString &id) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT id, mailbox, metadata, content_type, total, received, file, created_at,"
              u" final_status, final_body FROM gmail_uploads WHERE id = ?"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    GmailUploadSession s;
    s.id = q.value(0).toString();
    s.mailbox = q.value(1).toString();
    s.metadata = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    s.contentType = q.value(3).toString();
    s.total = q.value(4).toLongLong();
    s.received = q.value(5).toLongLong();
    s.file = q.value(6).toString();
    s.createdAt = fromSql(q.value(7));
    s.finalStatus = q.value(8).toInt();
    s.finalBody = q.value(9).toByteArray();
    return s;
}

bool ProviderStore::updateGmailUpload(const GmailUploadSession &s)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE gmail_uploads SET total = ?, received = ?, final_status = ?, final_body = ?"
              u" WHERE id = ?"_s);
    for (const QVariant &v : {QVariant(s.total), QVariant(s.received), QVariant(s.finalStatus),
             QVariant(s.finalBody.isNull() ? QByteArray("") : s.finalBody), text(s.id)})
        q.addBindValue(v);
    return exec(q);
}

} // namespace Outpost::Sandbox

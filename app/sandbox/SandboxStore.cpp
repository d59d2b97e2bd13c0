// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxStore.h"

#include "sandbox/SandboxLogging.h"
#include "sandbox/SandboxStoreSql.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

namespace {
constexpr int schemaVersion = 1;

const char *const schema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE users (id TEXT PRIMARY KEY, org_id TEXT NOT NULL,"
    " email TEXT NOT NULL UNIQUE COLLATE NOCASE, first_name TEXT NOT NULL,"
    " last_name TEXT NOT NULL, salt BLOB NOT NULL, password_hash BLOB NOT NULL)",
    "CREATE TABLE tokens (token TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),"
    " kind TEXT NOT NULL, expires_at INTEGER, revoked INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE mailboxes (id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id),"
    " provider TEXT NOT NULL, address TEXT NOT NULL, display_name TEXT NOT NULL,"
    " active INTEGER NOT NULL, created_at INTEGER NOT NULL)",
    "CREATE TABLE oauth_states (state TEXT PRIMARY KEY, user_id TEXT NOT NULL,"
    " provider TEXT NOT NULL, created_at INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE contacts (id TEXT PRIMARY KEY, org_id TEXT NOT NULL,"
    " first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL COLLATE NOCASE,"
    " created_at INTEGER NOT NULL)",
    "CREATE TABLE conversations (id TEXT PRIMARY KEY, org_id TEXT NOT NULL,"
    " user_id TEXT NOT NULL REFERENCES users(id), contact_id TEXT NOT NULL,"
    " channel_type TEXT NOT NULL, thread_id TEXT NOT NULL, subject TEXT NOT NULL,"
    " provider TEXT NOT NULL, email_account_id TEXT NOT NULL, participants TEXT NOT NULL,"
    " resolved INTEGER NOT NULL, created_at INTEGER NOT NULL)",
    "CREATE UNIQUE INDEX conversations_thread ON conversations (user_id, thread_id)",
    "CREATE TABLE messages (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
    " org_id TEXT NOT NULL, conversation_id TEXT NOT NULL REFERENCES conversations(id),"
    " contact_id TEXT NOT NULL, user_id TEXT NOT NULL, channel_type TEXT NOT NULL,"
    " incoming INTEGER NOT NULL, internal INTEGER NOT NULL, status TEXT NOT NULL,"
    " body TEXT NOT NULL, attachments TEXT NOT NULL, created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL, has_email INTEGER NOT NULL, thread_id TEXT,"
    " message_id TEXT, in_reply_to TEXT, refs TEXT, from_addr TEXT, to_json TEXT,"
    " cc_json TEXT, bcc_json TEXT, subject TEXT, html INTEGER NOT NULL)",
    "CREATE INDEX messages_conversation ON messages (conversation_id, created_at, seq)",
    "CREATE TABLE uploads (key TEXT PRIMARY KEY, user_id TEXT NOT NULL, org_id TEXT NOT NULL,"
    " name TEXT NOT NULL, type TEXT NOT NULL, size INTEGER NOT NULL, file TEXT NOT NULL,"
    " created_at INTEGER NOT NULL)",
    "CREATE TABLE idempotency (user_id TEXT NOT NULL, scope TEXT NOT NULL, key TEXT NOT NULL,"
    " status INTEGER NOT NULL, content_type TEXT NOT NULL, body BLOB NOT NULL,"
    " created_at INTEGER NOT NULL, PRIMARY KEY (user_id, scope, key))",
};

QByteArray passwordHash(const QString &password, const QByteArray &salt)
{
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, 4096, 32);
}

User readUser(const QSqlQuery &q)
{
    return User {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toString()};
}
} // namespace

SandboxStore::SandboxStore()
    : m_connection(u"outpost-sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SandboxStore::~SandboxStore()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase SandboxStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool SandboxStore::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    qCWarning(lcSandbox) << "SQL failed:" << query.lastError().text();
    return false;
}

bool SandboxStore::open(const QString &file, bool *created, QString *error)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    database.setDatabaseName(file);
    if (!database.open()) {
        *error = database.lastError().text();
        return false;
    }
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
             "PRAGMA busy_timeout=2000", "PRAGMA synchronous=NORMAL"}) {
        QSqlQuery q(database);
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error = q.lastError().text();
            return false;
        }
    }
    QSqlQuery check(database);
    check.prepare(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'"_s);
    if (!exec(check)) {
        *error = check.lastError().text();
        return false;
    }
    *created = !check.next();
    if (*created && !transaction([this] { return createSchema(); })) {
        *error = u"could not create the schema in "_s + file;
        return false;
    }
    if (!*created && meta(u"schema"_s).toInt() != schemaVersion) {
        *error = u"unknown schema version in "_s + file;
        return false;
    }
    return true;
}

bool SandboxStore::createSchema()
{
    for (const char *statement : schema) {
        QSqlQuery q(db());
        if (!q.exec(QString::fromLatin1(statement))) {
            qCWarning(lcSandbox) << "schema:" << q.lastError().text();
            return false;
        }
    }
    return setMeta(u"schema"_s, QString::number(schemaVersion));
}

bool SandboxStore::transaction(const std::function<bool()> &work)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return false;
    if (work() && database.commit())
        return true;
    database.rollback();
    return false;
}

QString SandboxStore::meta(const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    return exec(q) && q.next() ? q.value(0).toString() : QString();
}

bool SandboxStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q);
}

bool SandboxStore::insertUser(const User &user, const QString &password)
{
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO users (id, org_id, email, first_name, last_name, salt, password_hash)"
              u" VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
        {QVariant(user.id), QVariant(user.orgId), QVariant(user.email), QVariant(user.firstName),
            QVariant(user.lastName), QVariant(salt), QVariant(passwordHash(password, salt))})
        q.addBindValue(v);
    return exec(q);
}

std::optional<User> SandboxStore::userById(const QString &id) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT id, org_id, email, first_name, last_name FROM users WHERE id = ?"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return readUser(q);
}

std::optional<User> SandboxStore::userByCredentials(
    const QString &email, const QString &password) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT id, org_id, email, first_name, last_name, salt, password_hash"
              u" FROM users WHERE email = ?"_s);
    q.addBindValue(email.trimmed());
    if (!exec(q) || !q.next())
        return std::nullopt;
    if (passwordHash(password, q.value(5).toByteArray()) != q.value(6).toByteArray())
        return std::nullopt;
    return readUser(q);
}

bool SandboxStore::insertToken(
    const QString &token, const QString &userId, const QString &kind, const QDateTime &expiresAt)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO tokens (token, user_id, kind, expires_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(token);
    q.addBindValue(userId);
    q.addBindValue(kind);
    q.addBindValue(toSql(expiresAt));
    return exec(q);
}

std::optional<User> SandboxStore::userForToken(
    const QString &token, const QString &kind, const QDateTime &now) const
{
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery q(db());
    q.prepare(u"SELECT u.id, u.org_id, u.email, u.first_name, u.last_name FROM tokens t"
              u" JOIN users u ON u.id = t.user_id WHERE t.token = ? AND t.kind = ?"
              u" AND t.revoked = 0 AND (t.expires_at IS NULL OR t.expires_at > ?)"_s);
    q.addBindValue(token);
    q.addBindValue(kind);
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!exec(q) || !q.next())
        return std::nullopt;
    return readUser(q);
}

bool SandboxStore::revokeToken(const QString &token)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE tokens SET revoked = 1 WHERE token = ?"_s);
    q.addBindValue(token);
    return exec(q) && q.numRowsAffected() == 1;
}

int SandboxStore::expireAccessTokens(const QDateTime &now, const QString &except)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE tokens SET expires_at = ? WHERE kind = 'access' AND token <> ?"
              u" AND revoked = 0 AND (expires_at IS NULL OR expires_at > ?)"_s);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(except);
    q.addBindValue(now.toMSecsSinceEpoch());
    return exec(q) ? q.numRowsAffected() : 0;
}

QList<Mailbox> SandboxStore::mailboxes(const QString &userId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT id, provider, address, display_name, active, created_at FROM mailboxes"
              u" WHERE user_id = ? ORDER BY created_at DESC, rowid DESC"_s);
    q.addBindValue(userId);
    QList<Mailbox> result;
    if (!exec(q))
        return result;
    while (q.next()) {
        Mailbox m;
        m.id = q.value(0).toString();
        m.provider = providerFromName(q.value(1).toString()).value_or(Provider::Gmail);
        m.address = q.value(2).toString();
        m.displayName = q.value(3).toString();
        m.active = q.value(4).toBool();
        m.connectedAt = fromSql(q.value(5));
        result += m;
    }
    return result;
}

bool SandboxStore::insertMailbox(const QString &userId, const Mailbox &mailbox)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO mailboxes (id, user_id, provider, address, display_name, active,"
              u" created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(mailbox.id), QVariant(userId),
             QVariant(providerName(mailbox.provider)), QVariant(mailbox.address),
             QVariant(mailbox.displayName), QVariant(mailbox.active), toSql(mailbox.connectedAt)})
        q.addBindValue(v);
    return exec(q);
}

bool SandboxStore::setMailboxActive(const QString &userId, const QString &id, bool active)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE mailboxes SET active = ? WHERE user_id = ? AND id = ?"_s);
    q.addBindValue(active);
    q.addBindValue(userId);
    q.addBindValue(id);
    return exec(q) && q.numRowsAffected() == 1;
}

bool SandboxStore::insertOAuthState(
    const QString &state, const QString &userId, const QString &provider, const QDateTime &now)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO oauth_states (state, user_id, provider, created_at)"
              u" VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(state);
    q.addBindValue(userId);
    q.addBindValue(provider);
    q.addBindValue(now.toMSecsSinceEpoch());
    return exec(q);
}

std::optional<QPair<QString, QString>> SandboxStore::takeOAuthState(const QString &state)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE oauth_states SET used = 1 WHERE state = ? AND used = 0"_s);
    q.addBindValue(state);
    if (!exec(q) || q.numRowsAffected() != 1)
        return std::nullopt;
    QSqlQuery s(db());
    s.prepare(u"SELECT user_id, provider FROM oauth_states WHERE state = ?"_s);
    s.addBindValue(state);
    if (!exec(s) || !s.next())
        return std::nullopt;
    return QPair<QString, QString>(s.value(0).toString(), s.value(1).toString());
}

bool SandboxStore::insertUpload(const Upload &upload)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO uploads (key, user_id, org_id, name, type, size, file, created_at)"
              u" VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(upload.key), QVariant(upload.userId), QVariant(upload.orgId),
             QVariant(upload.name), QVariant(upload.type), QVariant(upload.size),
             QVariant(upload.file), toSql(upload.createdAt)})
        q.addBindValue(v);
    return exec(q);
}

std::optional<Upload> SandboxStore::uploadByKey(const QString &userId, const QString &key) const
{
    std::optional<Upload> upload = uploadByKey(key);
    if (upload && upload->userId != userId)
        return std::nullopt;
    return upload;
}

std::optional<Upload> SandboxStore::uploadByKey(const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT key, user_id, org_id, name, type, size, file, created_at FROM uploads"
              u" WHERE key = ?"_s);
    q.addBindValue(key);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return Upload {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
        q.value(6).toString(), fromSql(q.value(7))};
}

std::optional<StoredResponse> SandboxStore::storedResponse(
    const QString &userId, const QString &scope, const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT status, content_type, body FROM idempotency"
              u" WHERE user_id = ? AND scope = ? AND key = ?"_s);
    q.addBindValue(userId);
    q.addBindValue(scope);
    q.addBindValue(key);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return StoredResponse {
        q.value(0).toInt(), q.value(1).toString().toLatin1(), q.value(2).toByteArray()};
}

bool SandboxStore::storeResponse(const QString &userId, const QString &scope, const QString &key,
    const StoredResponse &response, const QDateTime &now)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT OR IGNORE INTO idempotency (user_id, scope, key, status, content_type,"
              u" body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(userId), QVariant(scope), QVariant(key),
             QVariant(response.status), QVariant(QString::fromLatin1(response.contentType)),
             QVariant(response.body), QVariant(now.toMSecsSinceEpoch())})
        q.addBindValue(v);
    return exec(q);
}

} // namespace Outpost::Sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/platform/TeamStore.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxStoreSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

namespace {
QString attachmentsToSql(const QList<Upload> &files)
{
    QJsonArray array;
    for (const Upload &f : files)
        array.append(QJsonObject {{u"key"_s, f.key}, {u"name"_s, f.name},
            {u"size"_s, double(f.size)}, {u"type"_s, f.type}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Upload> attachmentsFromSql(const QVariant &value)
{
    QList<Upload> files;
    for (const QJsonValue &v : QJsonDocument::fromJson(value.toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        Upload f;
        f.key = o.value(u"key").toString();
        f.name = o.value(u"name").toString();
        f.size = o.value(u"size").toInteger();
        f.type = o.value(u"type").toString();
        files += f;
    }
    return files;
}

bool run(QSqlQuery &q)
{
    if (q.exec())
        return true;
    qCWarning(lcSandbox) << "SQL failed:" << q.lastError().text();
    return false;
}
} // namespace

bool TeamStore::ensureSchema()
{
    QSqlQuery check(m_store.db());
    check.prepare(
        u"SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'contact_notes'"_s);
    if (!run(check))
        return false;
    if (check.next())
        return true;
    return m_store.transaction([this] {
        QSqlQuery create(m_store.db());
        create.prepare(u"CREATE TABLE contact_notes (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       u" id TEXT NOT NULL UNIQUE, org_id TEXT NOT NULL, contact_id TEXT NOT NULL,"
                       u" user_id TEXT NOT NULL, note TEXT NOT NULL, mentions TEXT NOT NULL,"
                       u" attachments TEXT NOT NULL, created_at INTEGER NOT NULL)"_s);
        if (!run(create))
            return false;
        // Dana's colleagues in the demo organisation, to be mentioned (their names are those
        // of the users page's examples). Random passwords: nobody signs in as them.
        const QString org = Seed::demoOrgId.toString();
        if (!m_store.userById(Seed::demoUserId.toString()))
            return true; // a store seeded otherwise (tests): no teammates
        const QList<User> team {
            {u"64ee9a8b1e7f2a00112233a1"_s, org, u"alex@acme.example"_s, u"Alex"_s, u"Rep"_s},
            {u"64ee9a8b1e7f2a00112233a2"_s, org, u"sam@acme.example"_s, u"Sam"_s, u"Closer"_s},
            {u"64ee9a8b1e7f2a00112233a3"_s, org, u"cory@acme.example"_s, u"Cory"_s, u"Tan"_s},
        };
        for (const User &u : team) {
            if (!m_store.userById(u.id) && !m_store.insertUser(u, randomHex(16)))
                return false;
        }
        return true;
    });
}

QList<User> TeamStore::users(const QString &orgId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id, org_id, email, first_name, last_name FROM users WHERE org_id = ?"
              u" ORDER BY first_name, last_name"_s);
    q.addBindValue(orgId);
    QList<User> found;
    if (!run(q))
        return found;
    while (q.next())
        found += User {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString()};
    return found;
}

bool TeamStore::insertNote(const StoredNote &n)
{
    QSqlQuery q(m_store.db());
    q.prepare(u"INSERT INTO contact_notes (id, org_id, contact_id, user_id, note, mentions,"
              u" attachments, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(n.id), QVariant(n.orgId), QVariant(n.contactId),
             QVariant(n.userId), QVariant(n.note), QVariant(listToSql(n.mentions)),
             QVariant(attachmentsToSql(n.attachments)), toSql(n.createdAt)})
        q.addBindValue(v);
    return run(q);
}

QList<StoredNote> TeamStore::notes(
    const QString &orgId, const QString &contactId, int limit, int offset, int *total) const
{
    QSqlQuery count(m_store.db());
    count.prepare(u"SELECT COUNT(*) FROM contact_notes WHERE org_id = ? AND contact_id = ?"_s);
    count.addBindValue(orgId);
    count.addBindValue(contactId);
    *total = run(count) && count.next() ? count.value(0).toInt() : 0;
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT id, org_id, contact_id, user_id, note, mentions, attachments, created_at"
              u" FROM contact_notes WHERE org_id = ? AND contact_id = ?"
              u" ORDER BY created_at DESC, seq DESC LIMIT ? OFFSET ?"_s);
    for (const QVariant &v :
        {QVariant(orgId), QVariant(contactId), QVariant(limit), QVariant(offset)})
        q.addBindValue(v);
    QList<StoredNote> found;
    if (!run(q))
        return found;
    while (q.next())
        found += StoredNote {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), listFromSql(q.value(5)),
            attachmentsFromSql(q.value(6)), fromSql(q.value(7))};
    return found;
}

} // namespace Outpost::Sandbox

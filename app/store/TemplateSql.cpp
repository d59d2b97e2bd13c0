// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TemplateSql.h"

#include "store/StoreConnection.h"
#include "store/StoreSql.h"

#include <QCoreApplication>

namespace Outpost::TemplateSql {

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::LocalStore)
};
} // namespace

bool save(StoreConnection &c, const MailTemplate &t, QString *error)
{
    const QString name = t.name.trimmed();
    if (name.isEmpty()) {
        *error = Tr::tr("A template needs a name.");
        return false;
    }
    QSqlQuery taken(c.db());
    taken.prepare(u"SELECT 1 FROM templates WHERE name = ? COLLATE NOCASE AND id <> ?"_s);
    taken.addBindValue(name);
    taken.addBindValue(StoreSql::text(t.id));
    if (!StoreSql::exec(taken, error))
        return false;
    if (taken.next()) {
        *error = Tr::tr("A template named “%1” already exists.").arg(name);
        return false;
    }
    QSqlQuery q(c.db());
    q.prepare(u"INSERT INTO templates (id, name, subject, body, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
              "subject = excluded.subject, body = excluded.body, "
              "updated_at = excluded.updated_at"_s);
    q.addBindValue(t.id);
    q.addBindValue(name);
    q.addBindValue(StoreSql::text(t.subject));
    q.addBindValue(StoreSql::text(t.body));
    q.addBindValue(StoreSql::time(t.createdAt.isValid() ? t.createdAt : t.updatedAt));
    q.addBindValue(StoreSql::time(t.updatedAt));
    return StoreSql::exec(q, error);
}

bool remove(StoreConnection &c, const QString &id, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"DELETE FROM templates WHERE id = ?"_s);
    q.addBindValue(id);
    return StoreSql::exec(q, error);
}

QList<MailTemplate> list(StoreConnection &c, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"SELECT id, name, subject, body, created_at, updated_at FROM templates "
              "ORDER BY name COLLATE NOCASE"_s);
    QList<MailTemplate> out;
    if (!StoreSql::exec(q, error))
        return out;
    while (q.next()) {
        MailTemplate t;
        t.id = q.value(0).toString();
        t.name = q.value(1).toString();
        t.subject = q.value(2).toString();
        t.body = q.value(3).toString();
        t.createdAt = StoreSql::time(q.value(4));
        t.updatedAt = StoreSql::time(q.value(5));
        out += t;
    }
    return out;
}

} // namespace Outpost::TemplateSql

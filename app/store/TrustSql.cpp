// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TrustSql.h"

#include "store/StoreConnection.h"
#include "store/StoreSql.h"

namespace Outpost::TrustSql {

using namespace Qt::StringLiterals;

namespace {
QString key(const QString &address)
{
    return address.trimmed().toLower();
}
} // namespace

bool add(StoreConnection &c, const TrustedSender &t, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"INSERT INTO trusted_senders (sender, mailbox, added_at) VALUES (?, ?, ?) "
              "ON CONFLICT (sender, mailbox) DO NOTHING"_s);
    q.addBindValue(StoreSql::text(key(t.sender)));
    q.addBindValue(StoreSql::text(key(t.mailbox)));
    q.addBindValue(StoreSql::time(t.addedAt));
    return StoreSql::exec(q, error);
}

bool remove(StoreConnection &c, const QString &sender, const QString &mailbox, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"DELETE FROM trusted_senders WHERE sender = ? AND mailbox = ?"_s);
    q.addBindValue(StoreSql::text(key(sender)));
    q.addBindValue(StoreSql::text(key(mailbox)));
    return StoreSql::exec(q, error);
}

QList<TrustedSender> list(StoreConnection &c, const QString &mailbox, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"SELECT sender, mailbox, added_at FROM trusted_senders "
              "WHERE ? = '' OR mailbox = ? ORDER BY mailbox, sender"_s);
    q.addBindValue(StoreSql::text(key(mailbox)));
    q.addBindValue(StoreSql::text(key(mailbox)));
    QList<TrustedSender> out;
    if (!StoreSql::exec(q, error))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), StoreSql::time(q.value(2))});
    return out;
}

} // namespace Outpost::TrustSql

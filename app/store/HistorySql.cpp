// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/HistorySql.h"

#include "store/StoreConnection.h"
#include "store/StoreSql.h"

namespace Outpost::HistorySql {

using namespace Qt::StringLiterals;

bool saveThread(StoreConnection &c, const KnownThread &t, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"INSERT INTO known_threads (instance, thread_id, conversation_id, subject, mailbox, "
              "provider, last_message_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (instance, thread_id) DO UPDATE SET "
              "conversation_id = excluded.conversation_id, subject = excluded.subject, "
              "mailbox = excluded.mailbox, provider = excluded.provider, "
              "last_message_id = CASE WHEN excluded.last_message_id = '' "
              "THEN known_threads.last_message_id ELSE excluded.last_message_id END, "
              "updated_at = excluded.updated_at"_s);
    q.addBindValue(StoreSql::text(t.instance.toString()));
    q.addBindValue(StoreSql::text(t.threadId));
    q.addBindValue(StoreSql::text(t.conversationId));
    q.addBindValue(StoreSql::text(t.subject));
    q.addBindValue(StoreSql::text(t.mailbox));
    q.addBindValue(
        t.provider ? QVariant(providerName(*t.provider)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(StoreSql::text(t.lastMessageId));
    q.addBindValue(StoreSql::time(t.updatedAt));
    return StoreSql::exec(q, error);
}

bool saveRecipient(StoreConnection &c, const RecentRecipient &r, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"INSERT INTO recent_recipients (address, name, use_count, last_used_at) "
              "VALUES (?, ?, ?, ?) ON CONFLICT (address) DO UPDATE SET "
              "name = CASE WHEN excluded.name = '' THEN recent_recipients.name "
              "ELSE excluded.name END, "
              "use_count = recent_recipients.use_count + excluded.use_count, "
              "last_used_at = excluded.last_used_at"_s);
    q.addBindValue(StoreSql::text(r.address));
    q.addBindValue(StoreSql::text(r.name));
    q.addBindValue(r.useCount);
    q.addBindValue(StoreSql::time(r.lastUsedAt));
    return StoreSql::exec(q, error);
}

bool recordSent(StoreConnection &c, const DraftRecord &sent, const Receipt &receipt,
    const QDateTime &at, QString *error)
{
    if (!receipt.threadId.isEmpty()) {
        const KnownThread thread {sent.instance, receipt.threadId, receipt.conversationId,
            sent.draft.subject, sent.draft.from, sent.draft.provider, receipt.rfcMessageId, at};
        if (!saveThread(c, thread, error))
            return false;
    }
    for (const QList<MailAddress> *list : {&sent.draft.to, &sent.draft.cc, &sent.draft.bcc}) {
        for (const MailAddress &a : *list) {
            if (!saveRecipient(c, {a.address, a.name, 1, at}, error))
                return false;
        }
    }
    return true;
}

QList<KnownThread> threads(StoreConnection &c, const QUrl &instance, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"SELECT instance, thread_id, conversation_id, subject, mailbox, provider, "
              "last_message_id, updated_at FROM known_threads WHERE ? = '' OR instance = ? "
              "ORDER BY updated_at DESC, thread_id"_s);
    q.addBindValue(StoreSql::text(instance.toString()));
    q.addBindValue(StoreSql::text(instance.toString()));
    QList<KnownThread> list;
    if (!StoreSql::exec(q, error))
        return list;
    while (q.next()) {
        list.append({QUrl(q.value(0).toString()), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(),
            q.value(5).isNull() ? std::nullopt : providerFromName(q.value(5).toString()),
            q.value(6).toString(), StoreSql::time(q.value(7))});
    }
    return list;
}

QList<RecentRecipient> recipients(
    StoreConnection &c, const QString &prefix, int limit, QString *error)
{
    QSqlQuery q(c.db());
    // LIKE with an escape: a typed `%` or `_` is matched as itself.
    QString pattern = prefix;
    pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    q.prepare(u"SELECT address, name, use_count, last_used_at FROM recent_recipients "
              "WHERE address LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' "
              "ORDER BY use_count DESC, last_used_at DESC, address LIMIT ?"_s);
    q.addBindValue(QString(pattern + u'%'));
    q.addBindValue(QString(pattern + u'%'));
    q.addBindValue(limit);
    QList<RecentRecipient> list;
    if (!StoreSql::exec(q, error))
        return list;
    while (q.next()) {
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
            StoreSql::time(q.value(3))});
    }
    return list;
}

} // namespace Outpost::HistorySql

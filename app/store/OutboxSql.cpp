// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/OutboxSql.h"

#include "store/DraftSql.h"
#include "store/StoreConnection.h"
#include "store/StoreSql.h"

namespace Outpost {

using namespace Qt::StringLiterals;

namespace OutboxSql {

namespace {
const QString columns
    = u"id, draft_id, idempotency_key, state, attempts, next_attempt_at, "
      "scheduled_at, enqueued_at, sent_at, error_kind, error_status, "
      "error_message, error_field, receipt_message_id, "
      "receipt_conversation_id, receipt_thread_id, receipt_status, "
      "receipt_rfc_message_id, receipt_created_at, unknown_since, checks, route"_s;

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

OutboxEntry fromRow(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toString();
    e.draft.id = q.value(1).toString();
    e.idempotencyKey = q.value(2).toString();
    e.state = outboxStateFromName(q.value(3).toString()).value_or(OutboxEntry::State::Queued);
    e.attempts = q.value(4).toInt();
    e.nextAttemptAt = StoreSql::time(q.value(5));
    e.scheduledAt = StoreSql::time(q.value(6));
    e.enqueuedAt = StoreSql::time(q.value(7));
    e.sentAt = StoreSql::time(q.value(8));
    e.lastError.kind = q.value(9).toString();
    e.lastError.httpStatus = q.value(10).toInt();
    e.lastError.message = q.value(11).toString();
    e.lastError.field = draftFieldFromName(q.value(12).toString());
    e.receipt.messageId = q.value(13).toString();
    e.receipt.conversationId = q.value(14).toString();
    e.receipt.threadId = q.value(15).toString();
    e.receipt.status = q.value(16).toString();
    e.receipt.rfcMessageId = q.value(17).toString();
    e.receipt.createdAt = StoreSql::time(q.value(18));
    e.unknownSince = StoreSql::time(q.value(19));
    e.checks = q.value(20).toInt();
    e.route = Route::fromText(q.value(21).toString());
    return e;
}

// The entries the query selects, each with its draft.
QList<OutboxEntry> readAll(StoreConnection &c, QSqlQuery &q, QString *error)
{
    QList<OutboxEntry> list;
    if (!StoreSql::exec(q, error))
        return list;
    while (q.next())
        list.append(fromRow(q));
    for (OutboxEntry &e : list) {
        const auto draft = DraftSql::load(c, e.draft.id, error);
        if (!draft)
            return {};
        e.draft = *draft;
    }
    return list;
}
} // namespace

bool insert(StoreConnection &c, const OutboxEntry &e, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"INSERT INTO outbox (id, draft_id, idempotency_key, state, attempts, "
              "next_attempt_at, scheduled_at, enqueued_at, route) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''))"_s);
    q.addBindValue(e.id);
    q.addBindValue(e.draft.id);
    q.addBindValue(e.idempotencyKey);
    q.addBindValue(outboxStateName(e.state));
    q.addBindValue(e.attempts);
    q.addBindValue(StoreSql::time(e.nextAttemptAt));
    q.addBindValue(StoreSql::time(e.scheduledAt));
    q.addBindValue(StoreSql::time(e.enqueuedAt));
    q.addBindValue(e.route.toText()); // decided once: never updated
    return StoreSql::exec(q, error);
}

bool update(StoreConnection &c, const OutboxEntry &e, QString *error)
{
    QSqlQuery q(c.db());
    // A sent entry never goes back: the 2xx is final, whatever a late writer thinks.
    q.prepare(u"UPDATE outbox SET state = ?, attempts = ?, next_attempt_at = ?, scheduled_at = ?, "
              "error_kind = ?, error_status = ?, error_message = ?, error_field = ?, "
              "unknown_since = ?, checks = ? WHERE id = ? AND state <> 'sent'"_s);
    q.addBindValue(outboxStateName(e.state));
    q.addBindValue(e.attempts);
    q.addBindValue(StoreSql::time(e.nextAttemptAt));
    q.addBindValue(StoreSql::time(e.scheduledAt));
    q.addBindValue(text(e.lastError.kind));
    q.addBindValue(e.lastError.httpStatus);
    q.addBindValue(text(e.lastError.message));
    q.addBindValue(text(draftFieldName(e.lastError.field)));
    q.addBindValue(StoreSql::time(e.unknownSince));
    q.addBindValue(e.checks);
    q.addBindValue(e.id);
    return StoreSql::exec(q, error);
}

bool markSent(StoreConnection &c, const QString &id, const Receipt &r, const QDateTime &sentAt,
    QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"UPDATE outbox SET state = 'sent', sent_at = ?, next_attempt_at = NULL, "
              "error_kind = NULL, error_status = 0, error_message = NULL, error_field = NULL, "
              "receipt_message_id = ?, receipt_conversation_id = ?, receipt_thread_id = ?, "
              "receipt_status = ?, receipt_rfc_message_id = ?, receipt_created_at = ?, "
              "unknown_since = NULL, checks = 0 WHERE id = ?"_s);
    q.addBindValue(StoreSql::time(sentAt));
    q.addBindValue(text(r.messageId));
    q.addBindValue(text(r.conversationId));
    q.addBindValue(text(r.threadId));
    q.addBindValue(text(r.status));
    q.addBindValue(text(r.rfcMessageId));
    q.addBindValue(StoreSql::time(r.createdAt));
    q.addBindValue(id);
    if (!StoreSql::exec(q, error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = u"no outbox entry %1"_s.arg(id);
        return false;
    }
    if (r.messageId.isEmpty())
        return true;
    // In the same transaction as the state: a crash leaves both or neither. A message already
    // claimed stays with its first entry (lookups never offer it to another).
    QSqlQuery claim(c.db());
    claim.prepare(u"INSERT OR IGNORE INTO claimed_receipts (message_id, entry_id, claimed_at) "
                  "VALUES (?, ?, ?)"_s);
    claim.addBindValue(r.messageId);
    claim.addBindValue(id);
    claim.addBindValue(StoreSql::time(sentAt));
    return StoreSql::exec(claim, error);
}

QStringList claims(StoreConnection &c, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"SELECT message_id FROM claimed_receipts ORDER BY claimed_at"_s);
    QStringList ids;
    if (!StoreSql::exec(q, error))
        return ids;
    while (q.next())
        ids += q.value(0).toString();
    return ids;
}

QList<OutboxEntry> listUnsent(StoreConnection &c, const QUrl &instance, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"SELECT "_s + columns
        + u" FROM outbox WHERE state <> 'sent' AND (? = '' OR draft_id IN "
          "(SELECT id FROM drafts WHERE instance = ?)) ORDER BY enqueued_at, id"_s);
    q.addBindValue(StoreSql::text(instance.toString()));
    q.addBindValue(StoreSql::text(instance.toString()));
    return readAll(c, q, error);
}

QList<OutboxEntry> listSent(StoreConnection &c, int limit, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"SELECT "_s + columns
        + u" FROM outbox WHERE state = 'sent' ORDER BY sent_at DESC, id LIMIT ?"_s);
    q.addBindValue(limit);
    return readAll(c, q, error);
}

std::optional<OutboxEntry> load(StoreConnection &c, const QString &id, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"SELECT "_s + columns + u" FROM outbox WHERE id = ?"_s);
    q.addBindValue(id);
    const QList<OutboxEntry> found = readAll(c, q, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool remove(StoreConnection &c, const QString &id, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"DELETE FROM outbox WHERE id = ? AND state <> 'sent'"_s);
    q.addBindValue(id);
    return StoreSql::exec(q, error);
}

bool pruneSent(StoreConnection &c, const QDateTime &before, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"DELETE FROM drafts WHERE id IN "
              "(SELECT draft_id FROM outbox WHERE state = 'sent' AND sent_at < ?)"_s);
    q.addBindValue(StoreSql::time(before));
    if (!StoreSql::exec(q, error))
        return false;
    QSqlQuery claims(c.db());
    claims.prepare(u"DELETE FROM claimed_receipts WHERE claimed_at < ? AND claimed_at < "
                   "COALESCE((SELECT MIN(unknown_since) FROM outbox WHERE state <> 'sent' "
                   "AND unknown_since IS NOT NULL), ?)"_s);
    claims.addBindValue(StoreSql::time(before));
    claims.addBindValue(StoreSql::time(before));
    return StoreSql::exec(claims, error);
}

} // namespace OutboxSql
} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/DraftSql.h"

#include "mail/Clock.h"
#include "store/StoreConnection.h"
#include "store/StoreSql.h"

namespace Outpost::DraftSql {

using namespace Qt::StringLiterals;

namespace {
const QString columns = u"id, instance, from_address, provider, to_text, cc_text, bcc_text, "
                        "subject, body, is_html, thread_id, in_reply_to, references_chain, "
                        "open_in_window, created_at, updated_at, conversation_id"_s;

QList<MailAddress> *listFor(Draft &draft, const QString &kind)
{
    if (kind == u"to")
        return &draft.to;
    if (kind == u"cc")
        return &draft.cc;
    if (kind == u"bcc")
        return &draft.bcc;
    return nullptr;
}

// The row's columns (in `columns` order) into a record, without its child rows.
DraftRecord fromRow(const QSqlQuery &q)
{
    DraftRecord r;
    r.id = q.value(0).toString();
    r.instance = QUrl(q.value(1).toString());
    r.draft.from = q.value(2).toString();
    r.draft.provider = q.value(3).isNull() ? std::nullopt : providerFromName(q.value(3).toString());
    r.toText = q.value(4).toString();
    r.ccText = q.value(5).toString();
    r.bccText = q.value(6).toString();
    r.draft.subject = q.value(7).toString();
    r.draft.body = q.value(8).toString();
    r.draft.isHtml = q.value(9).toBool();
    r.draft.threadId = q.value(10).toString();
    r.draft.inReplyTo = q.value(11).toString();
    r.draft.references = q.value(12).toString();
    r.openInWindow = q.value(13).toBool();
    r.createdAt = StoreSql::time(q.value(14));
    r.updatedAt = StoreSql::time(q.value(15));
    r.draft.conversationId = q.value(16).toString();
    return r;
}

bool loadChildren(StoreConnection &c, DraftRecord &r, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"SELECT kind, name, address FROM draft_recipients WHERE draft_id = ? "
              "ORDER BY kind, position"_s);
    q.addBindValue(StoreSql::text(r.id));
    if (!StoreSql::exec(q, error))
        return false;
    while (q.next()) {
        if (QList<MailAddress> *list = listFor(r.draft, q.value(0).toString()))
            list->append({q.value(1).toString(), q.value(2).toString()});
    }
    QSqlQuery a(c.db());
    a.prepare(u"SELECT filename, content_type, storage_key, url, local_path, size, modified_at "
              "FROM draft_attachments WHERE draft_id = ? ORDER BY position"_s);
    a.addBindValue(r.id);
    if (!StoreSql::exec(a, error))
        return false;
    while (a.next()) {
        r.draft.attachments.append({a.value(0).toString(), a.value(1).toString(),
            a.value(2).toString(), a.value(3).toString(), a.value(4).toString(),
            a.value(5).toLongLong(), StoreSql::time(a.value(6))});
    }
    return true;
}

bool deleteChildren(StoreConnection &c, const QString &id, QString *error)
{
    for (const QString &table : {u"draft_recipients"_s, u"draft_attachments"_s}) {
        QSqlQuery q(c.db());
        q.prepare(u"DELETE FROM "_s + table + u" WHERE draft_id = ?"_s);
        q.addBindValue(id);
        if (!StoreSql::exec(q, error))
            return false;
    }
    return true;
}
} // namespace

bool save(StoreConnection &c, const DraftRecord &r, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"INSERT INTO drafts ("_s + columns
        + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (id) DO UPDATE SET instance = excluded.instance, "
          "from_address = excluded.from_address, provider = excluded.provider, "
          "to_text = excluded.to_text, cc_text = excluded.cc_text, bcc_text = excluded.bcc_text, "
          "subject = excluded.subject, body = excluded.body, is_html = excluded.is_html, "
          "thread_id = excluded.thread_id, in_reply_to = excluded.in_reply_to, "
          "references_chain = excluded.references_chain, "
          "conversation_id = excluded.conversation_id, "
          "open_in_window = excluded.open_in_window, updated_at = excluded.updated_at"_s);
    q.addBindValue(StoreSql::text(r.id));
    q.addBindValue(StoreSql::text(r.instance.toString()));
    q.addBindValue(StoreSql::text(r.draft.from));
    q.addBindValue(r.draft.provider ? QVariant(providerName(*r.draft.provider))
                                    : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(StoreSql::text(r.toText));
    q.addBindValue(StoreSql::text(r.ccText));
    q.addBindValue(StoreSql::text(r.bccText));
    q.addBindValue(StoreSql::text(r.draft.subject));
    q.addBindValue(StoreSql::text(r.draft.body));
    q.addBindValue(r.draft.isHtml);
    q.addBindValue(StoreSql::text(r.draft.threadId));
    q.addBindValue(StoreSql::text(r.draft.inReplyTo));
    q.addBindValue(StoreSql::text(r.draft.references));
    q.addBindValue(r.openInWindow);
    const QDateTime updated = r.updatedAt.isValid() ? r.updatedAt : systemNow();
    q.addBindValue(StoreSql::time(r.createdAt.isValid() ? r.createdAt : updated));
    q.addBindValue(StoreSql::time(updated));
    q.addBindValue(StoreSql::text(r.draft.conversationId));
    if (!StoreSql::exec(q, error) || !deleteChildren(c, r.id, error))
        return false;

    QSqlQuery recipient(c.db());
    recipient.prepare(u"INSERT INTO draft_recipients (draft_id, kind, position, name, address) "
                      "VALUES (?, ?, ?, ?, ?)"_s);
    const std::pair<QString, const QList<MailAddress> *> lists[]
        = {{u"to"_s, &r.draft.to}, {u"cc"_s, &r.draft.cc}, {u"bcc"_s, &r.draft.bcc}};
    for (const auto &[kind, list] : lists) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            recipient.addBindValue(StoreSql::text(r.id));
            recipient.addBindValue(kind);
            recipient.addBindValue(i);
            recipient.addBindValue(StoreSql::text(list->at(i).name));
            recipient.addBindValue(StoreSql::text(list->at(i).address));
            if (!StoreSql::exec(recipient, error))
                return false;
        }
    }
    QSqlQuery attachment(c.db());
    attachment.prepare(u"INSERT INTO draft_attachments (draft_id, position, filename, "
                       "content_type, storage_key, url, local_path, size, modified_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < r.draft.attachments.size(); ++i) {
        const Attachment &a = r.draft.attachments.at(i);
        for (const QVariant &v : {StoreSql::text(r.id), QVariant(i), StoreSql::text(a.filename),
                 StoreSql::text(a.contentType), StoreSql::text(a.storageKey), StoreSql::text(a.url),
                 StoreSql::text(a.localPath), QVariant(a.size), StoreSql::time(a.modified)})
            attachment.addBindValue(v);
        if (!StoreSql::exec(attachment, error))
            return false;
    }
    return true;
}

std::optional<DraftRecord> load(StoreConnection &c, const QString &id, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"SELECT "_s + columns + u" FROM drafts WHERE id = ?"_s);
    q.addBindValue(id);
    if (!StoreSql::exec(q, error) || !q.next())
        return std::nullopt;
    DraftRecord r = fromRow(q);
    if (!loadChildren(c, r, error))
        return std::nullopt;
    return r;
}

QList<DraftRecord> listEditable(StoreConnection &c, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"SELECT "_s + columns
        + u" FROM drafts WHERE NOT EXISTS (SELECT 1 FROM outbox WHERE outbox.draft_id = drafts.id)"
          " ORDER BY updated_at DESC, id"_s);
    QList<DraftRecord> list;
    if (!StoreSql::exec(q, error))
        return list;
    while (q.next())
        list.append(fromRow(q));
    for (DraftRecord &r : list) {
        if (!loadChildren(c, r, error))
            return {};
    }
    return list;
}

bool remove(StoreConnection &c, const QString &id, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"DELETE FROM drafts WHERE id = ?"_s);
    q.addBindValue(id);
    return StoreSql::exec(q, error);
}

bool setOpenInWindow(StoreConnection &c, const QString &id, bool open, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(u"UPDATE drafts SET open_in_window = ? WHERE id = ?"_s);
    q.addBindValue(open);
    q.addBindValue(id);
    return StoreSql::exec(q, error);
}

} // namespace Outpost::DraftSql

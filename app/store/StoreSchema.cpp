// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreSchema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <iterator>

namespace Outpost::StoreSchema {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::LocalStore)
};

// Migration n brings a file from version n-1 to n. Append only: a shipped step never changes.
// Times are UTC milliseconds since the epoch.
const char *const migration1[] = {
    // Drafts: every Draft field, the address fields as typed, and bookkeeping.
    "CREATE TABLE drafts ("
    " id TEXT PRIMARY KEY,"
    " instance TEXT NOT NULL DEFAULT '',"
    " from_address TEXT NOT NULL DEFAULT '',"
    " provider TEXT CHECK (provider IN ('gmail', 'outlook')),"
    " to_text TEXT NOT NULL DEFAULT '',"
    " cc_text TEXT NOT NULL DEFAULT '',"
    " bcc_text TEXT NOT NULL DEFAULT '',"
    " subject TEXT NOT NULL DEFAULT '',"
    " body TEXT NOT NULL DEFAULT '',"
    " is_html INTEGER NOT NULL DEFAULT 0,"
    " thread_id TEXT NOT NULL DEFAULT '',"
    " in_reply_to TEXT NOT NULL DEFAULT '',"
    " references_chain TEXT NOT NULL DEFAULT '',"
    " open_in_window INTEGER NOT NULL DEFAULT 0,"
    " created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL)",
    // The parsed recipients, in order (the Draft's to/cc/bcc lists).
    "CREATE TABLE draft_recipients ("
    " draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL CHECK (kind IN ('to', 'cc', 'bcc')),"
    " position INTEGER NOT NULL,"
    " name TEXT NOT NULL DEFAULT '',"
    " address TEXT NOT NULL,"
    " PRIMARY KEY (draft_id, kind, position))",
    "CREATE TABLE draft_attachments ("
    " draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " filename TEXT NOT NULL DEFAULT '',"
    " content_type TEXT NOT NULL DEFAULT '',"
    " storage_key TEXT NOT NULL DEFAULT '',"
    " url TEXT NOT NULL DEFAULT '',"
    " local_path TEXT NOT NULL DEFAULT '',"
    " size INTEGER NOT NULL DEFAULT -1,"
    " PRIMARY KEY (draft_id, position))",
    "CREATE INDEX drafts_updated ON drafts (updated_at)",
};

const char *const migration2[] = {
    // The durable outbox: one row per mail on its way, keyed for idempotent retries.
    "CREATE TABLE outbox ("
    " id TEXT PRIMARY KEY,"
    " draft_id TEXT NOT NULL UNIQUE REFERENCES drafts(id) ON DELETE CASCADE,"
    " idempotency_key TEXT NOT NULL UNIQUE,"
    " state TEXT NOT NULL CHECK (state IN ('held', 'queued', 'failed', 'sent')),"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " next_attempt_at INTEGER,"
    " scheduled_at INTEGER,"
    " enqueued_at INTEGER NOT NULL,"
    " sent_at INTEGER,"
    " error_kind TEXT,"
    " error_status INTEGER NOT NULL DEFAULT 0,"
    " error_message TEXT,"
    " error_field TEXT,"
    " receipt_message_id TEXT,"
    " receipt_conversation_id TEXT,"
    " receipt_thread_id TEXT,"
    " receipt_status TEXT,"
    " receipt_rfc_message_id TEXT,"
    " receipt_created_at INTEGER)",
    "CREATE INDEX outbox_state ON outbox (state, enqueued_at)",
};

const char *const migration3[] = {
    // Threads this client sent into, and the people it sent to.
    "CREATE TABLE known_threads ("
    " instance TEXT NOT NULL,"
    " thread_id TEXT NOT NULL,"
    " conversation_id TEXT NOT NULL DEFAULT '',"
    " subject TEXT NOT NULL DEFAULT '',"
    " mailbox TEXT NOT NULL DEFAULT '',"
    " provider TEXT CHECK (provider IN ('gmail', 'outlook')),"
    " last_message_id TEXT NOT NULL DEFAULT '',"
    " updated_at INTEGER NOT NULL,"
    " PRIMARY KEY (instance, thread_id))",
    "CREATE TABLE recent_recipients ("
    " address TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,"
    " name TEXT NOT NULL DEFAULT '',"
    " use_count INTEGER NOT NULL DEFAULT 0,"
    " last_used_at INTEGER NOT NULL)",
};

const char *const migration4[] = {
    // An attachment's modification time when it was uploaded (UTC ms; NULL: not known), so
    // a restored draft uploads again only the files that changed since.
    "ALTER TABLE draft_attachments ADD COLUMN modified_at INTEGER",
};

const char *const migration5[] = {
    // The outbox never repeats an attempt whose outcome is unknown: it looks first. When such
    // an attempt began (UTC ms; NULL: every outcome is known), and how many lookups since
    // found nothing.
    "ALTER TABLE outbox ADD COLUMN unknown_since INTEGER",
    "ALTER TABLE outbox ADD COLUMN checks INTEGER NOT NULL DEFAULT 0",
};

const char *const migration6[] = {
    // Messages some outbox entry took as its receipt, kept on disk so that no lookup, in this
    // run or after a restart (or in another Outpost on the same file), hands one stored
    // message to two entries. Kept while an unknown outcome could still be looked up.
    "CREATE TABLE claimed_receipts ("
    " message_id TEXT PRIMARY KEY,"
    " entry_id TEXT NOT NULL,"
    " claimed_at INTEGER NOT NULL)",
};

const char *const migration7[] = {
    // "Always show images from <sender>", per receiving mailbox (addresses lower case). Until
    // now the trust lived only as long as its conversation window: there is nothing older to
    // carry over.
    "CREATE TABLE trusted_senders ("
    " sender TEXT NOT NULL,"
    " mailbox TEXT NOT NULL,"
    " added_at INTEGER NOT NULL,"
    " PRIMARY KEY (sender, mailbox))",
};

const char *const migration8[] = {
    // The user's own templates (issue 17, item 2): a name unique without regard to case, an
    // optional subject, a plain-text body with merge fields ({{firstName}}).
    "CREATE TABLE templates ("
    " id TEXT PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " subject TEXT NOT NULL DEFAULT '',"
    " body TEXT NOT NULL DEFAULT '',"
    " created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL)",
};

const char *const migration9[] = {
    // The way each mail leaves, decided once when it was sent (Route, as JSON): attempts and
    // lookups take it without resolving From again. Empty for entries queued before.
    "ALTER TABLE outbox ADD COLUMN route TEXT NOT NULL DEFAULT ''",
};

const char *const migration10[] = {
    // The platform's conversation a reply's thread belongs to, so that a draft opens it, after
    // a restart too (empty: unknown, as for every draft written before).
    "ALTER TABLE drafts ADD COLUMN conversation_id TEXT NOT NULL DEFAULT ''",
};

struct Migration
{
    const char *const *begin;
    const char *const *end;
};

const Migration migrations[] = {
    {std::begin(migration1), std::end(migration1)},
    {std::begin(migration2), std::end(migration2)},
    {std::begin(migration3), std::end(migration3)},
    {std::begin(migration4), std::end(migration4)},
    {std::begin(migration5), std::end(migration5)},
    {std::begin(migration6), std::end(migration6)},
    {std::begin(migration7), std::end(migration7)},
    {std::begin(migration8), std::end(migration8)},
    {std::begin(migration9), std::end(migration9)},
    {std::begin(migration10), std::end(migration10)},
};

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}
} // namespace

int latestVersion()
{
    return int(std::size(migrations));
}

int version(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool migrate(QSqlDatabase &db, QString *error, int target)
{
    const int from = version(db);
    if (from < 0) {
        *error = Tr::tr("The file is not a database Outpost can read.");
        return false;
    }
    if (from > latestVersion()) {
        *error = Tr::tr("The file was written by a newer Outpost (schema %1; this one knows up to "
                        "%2). Nothing was changed.")
                     .arg(from)
                     .arg(latestVersion());
        return false;
    }
    for (int v = from + 1; v <= target; ++v) {
        QString why;
        if (!db.transaction()) {
            *error = Tr::tr("Could not start upgrading the file: %1").arg(db.lastError().text());
            return false;
        }
        bool ok = true;
        const Migration &m = migrations[v - 1];
        for (auto statement = m.begin; ok && statement != m.end; ++statement)
            ok = run(db, QString::fromLatin1(*statement), &why);
        // PRAGMA user_version is part of the transaction: the step lands whole or not at all.
        ok = ok && run(db, QStringLiteral("PRAGMA user_version = %1").arg(v), &why);
        if (!ok || !db.commit()) {
            if (why.isEmpty())
                why = db.lastError().text();
            db.rollback();
            *error = Tr::tr("Could not upgrade the file to schema %1: %2").arg(v).arg(why);
            return false;
        }
    }
    return true;
}

} // namespace Outpost::StoreSchema

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/MailTemplate.h"
#include "store/DraftRecord.h"
#include "store/KnownThread.h"
#include "store/OutboxEntry.h"
#include "store/RecentRecipient.h"
#include "store/StoreResult.h"
#include "store/TrustedSender.h"

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Outpost {

class StoreConnection;

// Outpost's local state in one SQLite file: drafts, the outbox, known threads and recent
// recipients. The file is used on the store's own thread only; every call here returns at
// once and runs there in call order, its result handed back on the caller's thread (the
// handler runs only while `context` lives). Nothing on the UI thread waits on the disk.
class LocalStore : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Handler = std::function<void(const StoreResult<T> &)>;
    using Done = Handler<bool>;

    explicit LocalStore(QObject *parent = nullptr);
    // Finishes every call made so far, then closes the file.
    ~LocalStore() override;

    // `<AppDataLocation>/outpost.sqlite`.
    static QString defaultPath();
    // `<AppDataLocation>/sandbox-outpost.sqlite`: what was written against the sandbox,
    // kept apart from real mail (the sandbox is fresh each time; the drafts are not).
    static QString sandboxPath();

    // Opens (creates, migrates) the file; `:memory:` for a store that lives only as long as
    // this object. opened() tells how it went; calls made meanwhile wait their turn.
    void open(const QString &path);
    // As open(), but a file that does not exist yet is created on the first write, not now:
    // it is locked at once (one Outpost per file), reads find it empty, and SQLite loads only
    // when something is written (a composer nobody types in never needs it). An existing file
    // is opened at once, as by open().
    void openWhenNeeded(const QString &path);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // Once opened: the Outpost that had the file before ended without closing it (it crashed
    // or was killed), so what it held is as it was at its last save, not at its end.
    bool lastRunEndedUnexpectedly() const { return m_lastRunEndedUnexpectedly; }
    // Blocks until every call made so far has reached the file (shutdown and tests only).
    bool flush(int timeoutMs = 30000);

    // Drafts.
    void saveDraft(const DraftRecord &record, QObject *context = nullptr, Done done = {});
    void setDraftOpen(const QString &id, bool open, QObject *context = nullptr, Done done = {});
    void deleteDraft(const QString &id, QObject *context = nullptr, Done done = {});
    void loadDraft(const QString &id, QObject *context, Handler<std::optional<DraftRecord>> done);
    // Drafts not in the outbox, most recently changed first.
    void loadDrafts(QObject *context, Handler<QList<DraftRecord>> done);

    // The outbox. enqueue() saves the draft and adds the entry in one transaction.
    void enqueue(const OutboxEntry &entry, QObject *context = nullptr, Done done = {});
    void updateEntry(const OutboxEntry &entry, QObject *context = nullptr, Done done = {});
    // The server answered 2xx: the entry is final, its thread and recipients remembered, all
    // in one transaction.
    void markSent(const OutboxEntry &entry, const Receipt &receipt, const QDateTime &at,
        QObject *context = nullptr, Done done = {});
    // Takes an unsent entry out of the outbox; its draft is editable again (and handed back).
    void returnToDrafts(
        const QString &entryId, QObject *context, Handler<std::optional<DraftRecord>> done);
    // Deletes an unsent entry and its draft.
    void deleteEntry(const QString &entryId, QObject *context = nullptr, Done done = {});
    // Unsent entries with their drafts (`instance` empty: all), oldest first.
    void loadOutbox(const QUrl &instance, QObject *context, Handler<QList<OutboxEntry>> done);
    // The mail sent recently (the last `limit`, kept a week), newest first: the Sent list.
    void loadSent(int limit, QObject *context, Handler<QList<OutboxEntry>> done);
    void loadEntry(
        const QString &entryId, QObject *context, Handler<std::optional<OutboxEntry>> done);
    void pruneSent(const QDateTime &before, QObject *context = nullptr, Done done = {});
    // The messages sent entries took as their receipts: a lookup never hands one to another.
    void loadClaims(QObject *context, Handler<QStringList> done);

    // What sending left behind.
    void loadKnownThreads(const QUrl &instance, QObject *context, Handler<QList<KnownThread>> done);
    void loadRecentRecipients(
        const QString &prefix, int limit, QObject *context, Handler<QList<RecentRecipient>> done);

    // Senders whose remote images are shown in one mailbox (TrustedSender).
    void trustSender(const TrustedSender &trust, QObject *context = nullptr, Done done = {});
    void removeTrustedSender(
        const QString &sender, const QString &mailbox, QObject *context = nullptr, Done done = {});
    // `mailbox` empty: every mailbox's.
    void loadTrustedSenders(
        const QString &mailbox, QObject *context, Handler<QList<TrustedSender>> done);

    // The user's own templates (MailTemplate, origin Own): saved by id (a new id inserts),
    // deleted, listed by name. A name another template has is refused with a sentence saying so.
    void saveTemplate(const MailTemplate &t, QObject *context = nullptr, Done done = {});
    void deleteTemplate(const QString &id, QObject *context = nullptr, Done done = {});
    void loadTemplates(QObject *context, Handler<QList<MailTemplate>> done);

Q_SIGNALS:
    // A template was saved or deleted (every window's Templates menu reads them again).
    void templatesChanged();
    // A sender was trusted or no longer is (every window showing mail reads the list again).
    void trustedSendersChanged();
    void opened(bool ok, const QString &error);
    // The file was damaged: it was moved aside and what could be read of it recovered into a
    // fresh one (emitted before opened()); `notice` says so for the user.
    void recovered(const QString &notice);
    // A draft was saved, deleted, queued or handed back.
    void draftsChanged();
    // A write did not reach the file (disk full, permissions): what the user should know.
    void writeFailed(const QString &error);

private:
    // Prune: a write that only removes old rows (nothing to do in a file not created yet).
    enum class Effect { Read, Write, Prune, DraftsWrite, TrustWrite, TemplatesWrite };
    using Work = std::function<void(StoreConnection &)>;
    void post(Work work, std::function<void()> deliver);
    template<typename T>
    void request(std::function<StoreResult<T>(StoreConnection &)> work, QObject *context,
        Handler<T> done, Effect effect);
    void openOn(const QString &path, bool whenNeeded);

    QThread m_thread;
    QObject *m_anchor; // lives on m_thread: the calls are posted to it
    std::unique_ptr<StoreConnection> m_connection; // touched on m_thread only
    QString m_path;
    bool m_open = false;
    bool m_lastRunEndedUnexpectedly = false;
};

} // namespace Outpost

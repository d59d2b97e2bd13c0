// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/LocalStore.h"

#include "store/DraftSql.h"
#include "store/HistorySql.h"
#include "store/OutboxSql.h"
#include "store/StoreConnection.h"
#include "store/TemplateSql.h"
#include "store/TrustSql.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QSemaphore>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcStore, "outpost.store", QtInfoMsg)

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::LocalStore)
};

using Status = StoreResult<bool>;

Status status(bool ok, const QString &error)
{
    if (ok)
        return {true, {}};
    return Status::failure(
        error.isEmpty() ? Tr::tr("The drafts file could not be written.") : error);
}

// Runs `work` in one transaction on the store's thread.
Status inTransaction(StoreConnection &c, const std::function<bool(QString *)> &work)
{
    QString error;
    const bool ok = c.transaction(work, &error);
    return status(ok, error);
}

template<typename T> StoreResult<T> readResult(T value, const QString &error)
{
    if (!error.isEmpty())
        return StoreResult<T>::failure(error);
    return {std::move(value), {}};
}
} // namespace

LocalStore::LocalStore(QObject *parent)
    : QObject(parent)
    , m_anchor(new QObject)
    , m_connection(std::make_unique<StoreConnection>(
          QStringLiteral("outpost-store-%1").arg(quintptr(this), 0, 16)))
{
    m_thread.setObjectName(QStringLiteral("LocalStore"));
    m_anchor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread.start();
}

LocalStore::~LocalStore()
{
    // The last call: everything posted before it has run when the thread ends.
    QMetaObject::invokeMethod(
        m_anchor,
        [c = m_connection.get()] {
            c->close();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

QString LocalStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("outpost.sqlite"));
}

QString LocalStore::sandboxPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sandbox-outpost.sqlite"));
}

void LocalStore::post(Work work, std::function<void()> deliver)
{
    QMetaObject::invokeMethod(
        m_anchor,
        [this, c = m_connection.get(), work = std::move(work), deliver = std::move(deliver)] {
            work(*c);
            // This object outlives the thread (its destructor waits), so it is safe to post to.
            QMetaObject::invokeMethod(this, deliver, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

template<typename T>
void LocalStore::request(std::function<StoreResult<T>(StoreConnection &)> work, QObject *context,
    Handler<T> done, Effect effect)
{
    auto result = std::make_shared<StoreResult<T>>();
    const QPointer<QObject> guard(context);
    const bool bound = context != nullptr;
    post(
        [work = std::move(work), result, effect](StoreConnection &c) {
            if (c.isPending()) {
                // Opened when needed (openWhenNeeded): no file, nothing to read nor prune in it.
                if ((effect == Effect::Read || effect == Effect::Prune) && c.pendingFileMissing()) {
                    *result = StoreResult<T> {T {}, {}};
                    return;
                }
                if (QString error; !c.ensureOpen(&error)) {
                    *result = StoreResult<T>::failure(error);
                    return;
                }
            }
            *result = work(c);
        },
        [this, result, guard, bound, done = std::move(done), effect] {
            if (!result->ok() && effect != Effect::Read) {
                qCWarning(lcStore).noquote() << "write failed:" << result->error;
                Q_EMIT writeFailed(result->error);
            }
            if (done && (!bound || guard))
                done(*result);
            if (result->ok() && effect == Effect::DraftsWrite)
                Q_EMIT draftsChanged();
            if (result->ok() && effect == Effect::TrustWrite)
                Q_EMIT trustedSendersChanged();
            if (result->ok() && effect == Effect::TemplatesWrite)
                Q_EMIT templatesChanged();
        });
}

void LocalStore::open(const QString &path)
{
    openOn(path, false);
}

void LocalStore::openWhenNeeded(const QString &path)
{
    openOn(path, true);
}

void LocalStore::openOn(const QString &path, bool whenNeeded)
{
    m_path = path;
    auto notice = std::make_shared<QString>();
    auto ownerDied = std::make_shared<bool>(false);
    request<bool>(
        [path, notice, ownerDied, whenNeeded](StoreConnection &c) {
            QString error;
            const bool ok = whenNeeded ? c.openWhenNeeded(path, &error, notice.get())
                                       : c.open(path, &error, notice.get());
            *ownerDied = ok && c.lastOwnerDied();
            return status(ok, error);
        },
        this,
        [this, notice, ownerDied](const Status &r) {
            m_open = r.ok();
            m_lastRunEndedUnexpectedly = *ownerDied;
            if (r.ok())
                qCDebug(lcStore).noquote() << "opened" << m_path;
            else
                qCWarning(lcStore).noquote() << "cannot open" << m_path << r.error;
            if (!notice->isEmpty()) {
                qCWarning(lcStore).noquote() << *notice;
                Q_EMIT recovered(*notice);
            }
            Q_EMIT opened(r.ok(), r.error);
        },
        Effect::Read);
}

bool LocalStore::flush(int timeoutMs)
{
    auto reached = std::make_shared<QSemaphore>();
    QMetaObject::invokeMethod(
        m_anchor, [reached] { reached->release(); }, Qt::QueuedConnection);
    return reached->tryAcquire(1, timeoutMs);
}

void LocalStore::saveDraft(const DraftRecord &record, QObject *context, Done done)
{
    request<bool>(
        [record](StoreConnection &c) {
            return inTransaction(c, [&](QString *e) { return DraftSql::save(c, record, e); });
        },
        context, std::move(done), Effect::DraftsWrite);
}

void LocalStore::setDraftOpen(const QString &id, bool open, QObject *context, Done done)
{
    request<bool>(
        [id, open](StoreConnection &c) {
            return inTransaction(
                c, [&](QString *e) { return DraftSql::setOpenInWindow(c, id, open, e); });
        },
        context, std::move(done), Effect::Write);
}

void LocalStore::deleteDraft(const QString &id, QObject *context, Done done)
{
    request<bool>(
        [id](StoreConnection &c) {
            return inTransaction(c, [&](QString *e) { return DraftSql::remove(c, id, e); });
        },
        context, std::move(done), Effect::DraftsWrite);
}

void LocalStore::loadDraft(
    const QString &id, QObject *context, Handler<std::optional<DraftRecord>> done)
{
    request<std::optional<DraftRecord>>(
        [id](StoreConnection &c) {
            QString error;
            auto found = c.isOpen() ? DraftSql::load(c, id, &error) : std::nullopt;
            return readResult(std::move(found), error);
        },
        context, std::move(done), Effect::Read);
}

void LocalStore::loadDrafts(QObject *context, Handler<QList<DraftRecord>> done)
{
    request<QList<DraftRecord>>(
        [](StoreConnection &c) {
            QString error;
            if (!c.isOpen())
                return StoreResult<QList<DraftRecord>>::failure(
                    Tr::tr("The drafts file is not open."));
            auto list = DraftSql::listEditable(c, &error);
            return readResult(std::move(list), error);
        },
        context, std::move(done), Effect::Read);
}

void LocalStore::enqueue(const OutboxEntry &entry, QObject *context, Done done)
{
    request<bool>(
        [entry](StoreConnection &c) {
            return inTransaction(c, [&](QString *e) {
                DraftRecord draft = entry.draft;
                draft.openInWindow = false; // on its way: not reopened after a crash
                return DraftSql::save(c, draft, e) && OutboxSql::insert(c, entry, e);
            });
        },
        context, std::move(done), Effect::DraftsWrite);
}

void LocalStore::updateEntry(const OutboxEntry &entry, QObject *context, Done done)
{
    request<bool>(
        [entry](StoreConnection &c) {
            return inTransaction(c, [&](QString *e) { return OutboxSql::update(c, entry, e); });
        },
        context, std::move(done), Effect::Write);
}

void LocalStore::markSent(const OutboxEntry &entry, const Receipt &receipt, const QDateTime &at,
    QObject *context, Done done)
{
    request<bool>(
        [entry, receipt, at](StoreConnection &c) {
            return inTransaction(c, [&](QString *e) {
                return OutboxSql::markSent(c, entry.id, receipt, at, e)
                    && HistorySql::recordSent(c, entry.draft, receipt, at, e);
            });
        },
        context, std::move(done), Effect::Write);
}

void LocalStore::returnToDrafts(
    const QString &entryId, QObject *context, Handler<std::optional<DraftRecord>> done)
{
    request<std::optional<DraftRecord>>(
        [entryId](StoreConnection &c) {
            std::optional<DraftRecord> draft;
            const Status s = inTransaction(c, [&](QString *e) {
                const auto entry = OutboxSql::load(c, entryId, e);
                if (!entry) {
                    if (e->isEmpty())
                        *e = Tr::tr("This message is no longer in the outbox.");
                    return false;
                }
                if (entry->state == OutboxEntry::State::Sent) {
                    *e = Tr::tr("This message was already sent.");
                    return false;
                }
                draft = entry->draft;
                return OutboxSql::remove(c, entryId, e);
            });
            return readResult(s.ok() ? draft : std::nullopt, s.error);
        },
        context, std::move(done), Effect::DraftsWrite);
}

void LocalStore::deleteEntry(const QString &entryId, QObject *context, Done done)
{
    request<bool>(
        [entryId](StoreConnection &c) {
            return inTransaction(c, [&](QString *e) {
                const auto entry = OutboxSql::load(c, entryId, e);
                if (!entry)
                    return e->isEmpty();
                if (entry->state == OutboxEntry::State::Sent) {
                    *e = Tr::tr("This message was already sent.");
                    return false;
                }
                return DraftSql::remove(c, entry->draft.id, e);
            });
        },
        context, std::move(done), Effect::Write);
}

void LocalStore::loadOutbox(
    const QUrl &instance, QObject *context, Handler<QList<OutboxEntry>> done)
{
    request<QList<OutboxEntry>>(
        [instance](StoreConnection &c) {
            QString error;
            if (!c.isOpen())
                return StoreResult<QList<OutboxEntry>>::failure(
                    Tr::tr("The drafts file is not open."));
            auto list = OutboxSql::listUnsent(c, instance, &error);
            return readResult(std::move(list), error);
        },
        context, std::move(done), Effect::Read);
}

void LocalStore::loadSent(int limit, QObject *context, Handler<QList<OutboxEntry>> done)
{
    request<QList<OutboxEntry>>(
        [limit](StoreConnection &c) {
            QString error;
            if (!c.isOpen())
                return StoreResult<QList<OutboxEntry>>::failure(
                    Tr::tr("The drafts file is not open."));
            auto list = OutboxSql::listSent(c, limit, &error);
            return readResult(std::move(list), error);
        },
        context, std::move(done), Effect::Read);
}

void LocalStore::loadEntry(
    const QString &entryId, QObject *context, Handler<std::optional<OutboxEntry>> done)
{
    request<std::optional<OutboxEntry>>(
        [entryId](StoreConnection &c) {
            QString error;
            auto found = c.isOpen() ? OutboxSql::load(c, entryId, &error) : std::nullopt;
            return readResult(std::move(found), error);
        },
        context, std::move(done), Effect::Read);
}

void LocalStore::pruneSent(const QDateTime &before, QObject *context, Done done)
{
    request<bool>(
        [before](StoreConnection &c) {
            return inTransaction(c, [&](QString *e) { return OutboxSql::pruneSent(c, before, e); });
        },
        context, std::move(done), Effect::Prune);
}

void LocalStore::loadClaims(QObject *context, Handler<QStringList> done)
{
    request<QStringList>(
        [](StoreConnection &c) {
            QString error;
            if (!c.isOpen())
                return StoreResult<QStringList>::failure(Tr::tr("The drafts file is not open."));
            auto list = OutboxSql::claims(c, &error);
            return readResult(std::move(list), error);
        },
        context, std::move(done), Effect::Read);
}

void LocalStore::loadKnownThreads(
    const QUrl &instance, QObject *context, Handler<QList<KnownThread>> done)
{
    request<QList<KnownThread>>(
        [instance](StoreConnection &c) {
            QString error;
            auto list
                = c.isOpen() ? HistorySql::threads(c, instance, &error) : QList<KnownThread>();
            return readResult(std::move(list), error);
        },
        context, std::move(done), Effect::Read);
}

void LocalStore::loadRecentRecipients(
    const QString &prefix, int limit, QObject *context, Handler<QList<RecentRecipient>> done)
{
    request<QList<RecentRecipient>>(
        [prefix, limit](StoreConnection &c) {
            QString error;
            auto list = c.isOpen() ? HistorySql::recipients(c, prefix, limit, &error)
                                   : QList<RecentRecipient>();
            return readResult(std::move(list), error);
        },
        context, std::move(done), Effect::Read);
}

void LocalStore::trustSender(const TrustedSender &trust, QObject *context, Done done)
{
    request<bool>(
        [trust](StoreConnection &c) {
            return inTransaction(c, [&](QString *e) { return TrustSql::add(c, trust, e); });
        },
        context, std::move(done), Effect::TrustWrite);
}

void LocalStore::removeTrustedSender(
    const QString &sender, const QString &mailbox, QObject *context, Done done)
{
    request<bool>(
        [sender, mailbox](StoreConnection &c) {
            return inTransaction(
                c, [&](QString *e) { return TrustSql::remove(c, sender, mailbox, e); });
        },
        context, std::move(done), Effect::TrustWrite);
}

void LocalStore::loadTrustedSenders(
    const QString &mailbox, QObject *context, Handler<QList<TrustedSender>> done)
{
    request<QList<TrustedSender>>(
        [mailbox](StoreConnection &c) {
            QString error;
            auto list = c.isOpen() ? TrustSql::list(c, mailbox, &error) : QList<TrustedSender>();
            return readResult(std::move(list), error);
        },
        context, std::move(done), Effect::Read);
}

void LocalStore::saveTemplate(const MailTemplate &t, QObject *context, Done done)
{
    request<bool>(
        [t](StoreConnection &c) {
            return inTransaction(c, [&](QString *e) { return TemplateSql::save(c, t, e); });
        },
        context, std::move(done), Effect::TemplatesWrite);
}

void LocalStore::deleteTemplate(const QString &id, QObject *context, Done done)
{
    request<bool>(
        [id](StoreConnection &c) {
            return inTransaction(c, [&](QString *e) { return TemplateSql::remove(c, id, e); });
        },
        context, std::move(done), Effect::TemplatesWrite);
}

void LocalStore::loadTemplates(QObject *context, Handler<QList<MailTemplate>> done)
{
    request<QList<MailTemplate>>(
        [](StoreConnection &c) {
            QString error;
            auto list = c.isOpen() ? TemplateSql::list(c, &error) : QList<MailTemplate>();
            return readResult(std::move(list), error);
        },
        context, std::move(done), Effect::Read);
}

} // namespace Outpost

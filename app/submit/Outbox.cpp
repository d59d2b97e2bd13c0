// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/Outbox.h"

#include "mail/Clock.h"
#include "store/LocalStore.h"
#include "submit/SentMatch.h"
#include "submit/StoredError.h"
#include "submit/Submission.h"

#include <QRandomGenerator>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOutbox, "outpost.outbox", QtInfoMsg)

namespace Outpost {

using namespace Qt::StringLiterals;
using State = OutboxEntry::State;

namespace {
bool isNetworkFailure(ServiceError::Kind kind)
{
    return kind == ServiceError::Kind::Network || kind == ServiceError::Kind::Timeout;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

Outbox::Outbox(LocalStore *store, Submission *submission, Clock *clock, OutboxSettings settings,
    QRandomGenerator *random, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_submission(submission)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_ownRandom(random
              ? nullptr
              : std::make_unique<QRandomGenerator>(QRandomGenerator::system()->generate()))
    , m_random(random ? random : m_ownRandom.get())
{
    setUndoDelay(m_settings.undoDelay);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::processQueue);
    connect(m_clock, &Clock::jumped, this, &Outbox::processQueue);
    connect(m_submission, &Submission::succeeded, this, &Outbox::onSucceeded);
    connect(m_submission, &Submission::failed, this, &Outbox::onFailed);
}

Outbox::~Outbox()
{
    // Mail in flight stays queued in the store: the next start repeats it under the same key.
    if (!m_inFlight.isEmpty()) {
        disconnect(m_submission, nullptr, this, nullptr);
        m_inFlight.clear(); // a lookup's answer, given while cancelling, is ignored
        m_submission->cancel();
    }
}

void Outbox::setUndoDelay(std::chrono::milliseconds delay)
{
    m_settings.undoDelay = std::clamp<std::chrono::milliseconds>(delay, {}, maxUndoDelay);
}

void Outbox::start()
{
    if (m_started)
        return;
    m_store->pruneSent(m_clock->now().addDays(-7));
    m_store->loadOutbox(
        m_settings.instance, this, [this](const StoreResult<QList<OutboxEntry>> &result) {
            if (!result.ok())
                qCWarning(lcOutbox).noquote() << "cannot load the outbox:" << result.error;
            const QDateTime now = m_clock->now();
            QList<Item> loaded;
            QList<OutboxEntry> due;
            for (const OutboxEntry &stored : result.value) {
                Item item {stored, true, false};
                // The undo window ended with the last run: the user did not take it back.
                if (item.entry.state == State::Held) {
                    item.entry.state = State::Queued;
                    item.entry.nextAttemptAt = {};
                    persist(item.entry);
                }
                // An attempt whose outcome is unknown: looked for first thing (a lookup sends
                // nothing; one that finds nothing waits the rest of checkDelays as usual).
                if (item.entry.state == State::Queued && item.entry.unknownSince.isValid())
                    item.entry.nextAttemptAt = {};
                if (item.entry.state == State::Queued && item.entry.scheduledAt.isValid()
                    && item.entry.scheduledAt <= now) {
                    item.awaitingConfirmation = true;
                    due += item.entry;
                }
                loaded += item;
            }
            // Mail sent while the outbox was loading is newer than anything loaded.
            for (const Item &early : std::as_const(m_items)) {
                if (!std::any_of(loaded.cbegin(), loaded.cend(),
                        [&](const Item &i) { return i.entry.id == early.entry.id; }))
                    loaded += early;
            }
            m_items = loaded;
            m_started = true;
            qCDebug(lcOutbox) << "started with" << m_items.size() << "unsent";
            Q_EMIT ready();
            Q_EMIT countChanged(count());
            if (!due.isEmpty())
                Q_EMIT dueWhileClosed(due);
            processQueue();
        });
}

QString Outbox::enqueue(
    const DraftRecord &draft, const QDateTime &sendAt, const QString &key, const Route &route)
{
    const QDateTime now = m_clock->now();
    Item item;
    OutboxEntry &e = item.entry;
    e.id = newId();
    e.idempotencyKey = key.isEmpty() ? newId() : key;
    e.enqueuedAt = now;
    e.route = route;
    e.draft = draft;
    e.draft.openInWindow = false;
    e.draft.updatedAt = now;
    if (!e.draft.createdAt.isValid())
        e.draft.createdAt = now;
    if (e.draft.instance.isEmpty())
        e.draft.instance = m_settings.instance;
    if (sendAt.isValid() && sendAt > now) {
        e.scheduledAt = sendAt.toUTC();
    } else if (m_settings.undoDelay.count() > 0) {
        e.state = State::Held;
        e.nextAttemptAt = now.addMSecs(m_settings.undoDelay.count());
    }
    const QString id = e.id;
    m_items.append(item);
    Q_EMIT entryAdded(e);
    Q_EMIT countChanged(count());
    m_store->enqueue(e, this, [this, id](const StoreResult<bool> &result) {
        Item *stored = find(id);
        if (!stored)
            return; // undone meanwhile
        if (!result.ok()) {
            // Not on disk, so not sent: the draft stays with the user.
            dropItem(id);
            Q_EMIT enqueueFailed(id, result.error);
            return;
        }
        stored->stored = true;
        Q_EMIT queued(id);
        Q_EMIT entryChanged(stored->entry);
        processQueue();
    });
    return id;
}

bool Outbox::undo(const QString &id)
{
    const QString entryId = id; // a copy: signals below may change what `id` refers to
    const Item *item = find(entryId);
    if (!item || item->entry.state != State::Held || m_inFlight == entryId)
        return false;
    dropItem(entryId);
    m_store->returnToDrafts(entryId, this, [](const StoreResult<std::optional<DraftRecord>> &r) {
        if (!r.ok())
            qCWarning(lcOutbox).noquote() << "undo:" << r.error;
    });
    arm();
    return true;
}

bool Outbox::takeBack(const QString &id, QObject *context,
    std::function<void(const std::optional<DraftRecord> &)> done)
{
    const QString entryId = id; // a copy: signals below may change what `id` refers to
    if (!find(entryId) || m_inFlight == entryId)
        return false;
    dropItem(entryId);
    m_store->returnToDrafts(
        entryId, context, [done](const StoreResult<std::optional<DraftRecord>> &r) {
            if (!r.ok())
                qCWarning(lcOutbox).noquote() << "take back:" << r.error;
            if (done)
                done(r.value);
        });
    arm();
    return true;
}

bool Outbox::remove(const QString &id)
{
    const QString entryId = id; // a copy: signals below may change what `id` refers to
    if (!find(entryId) || m_inFlight == entryId)
        return false;
    dropItem(entryId);
    m_store->deleteEntry(entryId);
    arm();
    return true;
}

void Outbox::retry(const QString &entryId)
{
    Item *item = find(entryId);
    if (!item || m_inFlight == entryId)
        return;
    OutboxEntry &e = item->entry;
    if (e.state == State::Failed) {
        // A fresh round. One that may have been sent looks first, and its lost attempt counts:
        // found nothing, the next is attempt 2 (RetryPolicy gives no delay before a first,
        // and the entry failed where it should have gone again).
        e.attempts = e.unknownSince.isValid() ? 1 : 0;
        e.checks = 0;
        item->lookupFailures = 0;
    }
    if (e.state != State::Held)
        e.state = State::Queued;
    e.nextAttemptAt = {};
    m_pausedUntil = {};
    persist(e);
    Q_EMIT entryChanged(e);
    processQueue();
}

void Outbox::sendNow(const QString &entryId)
{
    Item *item = find(entryId);
    if (!item || m_inFlight == entryId)
        return;
    if (item->entry.state == State::Failed && item->entry.unknownSince.isValid()) {
        retry(entryId); // it may have been sent: look again first
        return;
    }
    item->awaitingConfirmation = false;
    OutboxEntry &e = item->entry;
    e.scheduledAt = {};
    if (e.state == State::Held)
        e.state = State::Queued;
    if (e.state == State::Queued)
        e.nextAttemptAt = {};
    persist(e);
    Q_EMIT entryChanged(e);
    processQueue();
}

void Outbox::cancelAttempt()
{
    if (m_inFlight.isEmpty())
        return;
    if (m_storingAttempt)
        m_cancelRequested = true; // nothing left yet: submitAttempt() stops there
    else
        m_submission->cancel();
}

void Outbox::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    qCInfo(lcOutbox) << (online ? "online" : "offline");
    if (online) {
        // The network is back: what waited for it goes now.
        m_pausedUntil = {};
        for (Item &item : m_items) {
            OutboxEntry &e = item.entry;
            if (e.state == State::Queued && fromOutboxError(e.lastError).isRetryable()
                && isNetworkFailure(fromOutboxError(e.lastError).kind))
                e.nextAttemptAt = {};
        }
    }
    Q_EMIT onlineChanged(online);
    processQueue();
}

QList<OutboxEntry> Outbox::entries() const
{
    QList<OutboxEntry> list;
    list.reserve(m_items.size());
    for (const Item &item : m_items)
        list += item.entry;
    return list;
}

std::optional<OutboxEntry> Outbox::entry(const QString &entryId) const
{
    const Item *item = find(entryId);
    return item ? std::optional(item->entry) : std::nullopt;
}

Outbox::Status Outbox::status(const QString &entryId) const
{
    const Item *item = find(entryId);
    if (!item)
        return Status::Failed;
    const OutboxEntry &e = item->entry;
    const QDateTime now = m_clock->now();
    if (!item->stored)
        return Status::Storing;
    if (m_inFlight == entryId)
        return m_checking ? Status::Checking : Status::Sending;
    switch (e.state) {
    case State::Failed:
        return e.unknownSince.isValid() ? Status::MayHaveBeenSent : Status::Failed;
    case State::Sent:
        return Status::Failed;
    case State::Held:
        return Status::Held;
    case State::Queued:
        break;
    }
    if (item->awaitingConfirmation)
        return Status::AwaitingConfirmation;
    if (e.unknownSince.isValid())
        return Status::Checking;
    if (e.scheduledAt.isValid() && e.scheduledAt > now)
        return Status::Scheduled;
    const bool networkWait = isNetworkFailure(fromOutboxError(e.lastError).kind);
    if (!m_online || (networkWait && e.nextAttemptAt.isValid() && e.nextAttemptAt > now))
        return Status::Offline;
    if ((e.nextAttemptAt.isValid() && e.nextAttemptAt > now)
        || (m_pausedUntil.isValid() && m_pausedUntil > now))
        return Status::Waiting;
    return Status::Queued;
}

Outbox::Item *Outbox::find(const QString &entryId)
{
    for (Item &item : m_items) {
        if (item.entry.id == entryId)
            return &item;
    }
    return nullptr;
}

const Outbox::Item *Outbox::find(const QString &entryId) const
{
    for (const Item &item : m_items) {
        if (item.entry.id == entryId)
            return &item;
    }
    return nullptr;
}

bool Outbox::isEligible(const Item &item, const QDateTime &now) const
{
    const OutboxEntry &e = item.entry;
    return item.stored && !item.awaitingConfirmation && e.state == State::Queued
        && !e.scheduledAt.isValid() && (!e.nextAttemptAt.isValid() || e.nextAttemptAt <= now);
}

void Outbox::processQueue()
{
    if (!m_started)
        return;
    const QDateTime now = m_clock->now();
    for (Item &item : m_items) {
        OutboxEntry &e = item.entry;
        if (!item.stored)
            continue;
        if (e.state == State::Held && e.nextAttemptAt <= now) {
            e.state = State::Queued; // the undo window is over
            e.nextAttemptAt = {};
            persist(e);
            Q_EMIT entryChanged(e);
        }
        if (e.state == State::Queued && e.scheduledAt.isValid() && !item.awaitingConfirmation
            && e.scheduledAt <= now) {
            e.scheduledAt = {}; // due while running: released (a restart will not ask again)
            persist(e);
            Q_EMIT entryChanged(e);
        }
    }
    const bool paused = m_pausedUntil.isValid() && m_pausedUntil > now;
    if (m_inFlight.isEmpty() && m_online && !paused) {
        for (Item &item : m_items) {
            if (isEligible(item, now)) {
                startAttempt(item);
                break;
            }
        }
    }
    arm();
}

void Outbox::startAttempt(Item &item)
{
    OutboxEntry &e = item.entry;
    if (e.unknownSince.isValid()) {
        startCheck(item); // an earlier attempt may have landed: never repeat it blindly
        return;
    }
    m_inFlight = e.id;
    m_storingAttempt = true;
    m_cancelRequested = false;
    ++e.attempts;
    // The server's clock stamps what it stores, so the attempt is dated by the wall clock, not
    // by m_clock (which tests move). Written down before the request can leave: a crash from
    // here on leads to a lookup.
    e.unknownSince = systemNow();
    e.checks = 0;
    const QString id = e.id;
    m_store->updateEntry(e, this, [this, id](const StoreResult<bool> &r) {
        if (!r.ok())
            qCWarning(lcOutbox).noquote() << "could not record the attempt at" << id << r.error;
        submitAttempt(id);
    });
    qCDebug(lcOutbox) << "attempt" << e.attempts << "at" << e.id;
    Q_EMIT attemptStarted(e.id, e.attempts);
    Q_EMIT entryChanged(e);
}

void Outbox::submitAttempt(const QString &id)
{
    if (m_inFlight != id || !m_storingAttempt)
        return;
    m_storingAttempt = false;
    Item *item = find(id);
    if (!item || m_cancelRequested) {
        // Nothing left the machine: known not sent.
        if (item)
            item->entry.unknownSince = {};
        onFailed(ServiceError::network(ServiceError::Kind::Cancelled, {}, {}));
        return;
    }
    // Copies: a synchronous failure may re-enter and change the list.
    const Draft draft = item->entry.draft.draft;
    const QString key = item->entry.idempotencyKey;
    const Route route = item->entry.route;
    m_submission->submit(draft, key, route);
}

void Outbox::onSucceeded(const Receipt &receipt)
{
    if (m_inFlight.isEmpty() || m_checking || m_storingAttempt)
        return;
    const QString id = std::exchange(m_inFlight, QString());
    Item *item = find(id);
    if (!item)
        return;
    markSent(*item, receipt);
}

void Outbox::markSent(Item &item, const Receipt &receipt)
{
    const QString id = item.entry.id;
    const QDateTime now = m_clock->now();
    if (!receipt.messageId.isEmpty())
        m_claimed += receipt.messageId;
    OutboxEntry e = item.entry;
    e.state = State::Sent;
    e.sentAt = now;
    e.receipt = receipt;
    // The 2xx is written down before anything else happens.
    m_store->markSent(e, receipt, now, this, [id](const StoreResult<bool> &r) {
        if (!r.ok())
            qCWarning(lcOutbox).noquote() << "could not record" << id << "as sent:" << r.error;
    });
    qCDebug(lcOutbox) << "sent" << id << "after" << e.attempts << "attempt(s)";
    m_pausedUntil = {};
    Q_EMIT sent(id, receipt);
    dropItem(id);
    processQueue();
}

void Outbox::onFailed(const ServiceError &error)
{
    if (m_inFlight.isEmpty() || m_checking || m_storingAttempt)
        return;
    const QString id = std::exchange(m_inFlight, QString());
    Item *item = find(id);
    if (!item)
        return;
    OutboxEntry &e = item->entry;
    if (e.unknownSince.isValid() && SentMatch::outcomeUnknown(error)) {
        scheduleCheck(*item, error); // it may have landed: look before anything else
        return;
    }
    // The outcome is known: not stored. A cancelled attempt is not known either way: it stays
    // marked, so a retry looks first.
    if (error.kind != ServiceError::Kind::Cancelled) {
        e.unknownSince = {};
        e.checks = 0;
    }
    retryOrFail(*item, error);
}

void Outbox::retryOrFail(Item &item, const ServiceError &error)
{
    const QString id = item.entry.id;
    OutboxEntry &e = item.entry;
    const QDateTime now = m_clock->now();
    e.lastError = toOutboxError(error);
    if (error.isRetryable()) {
        const bool network = isNetworkFailure(error.kind);
        const int next = e.attempts + 1;
        // Offline, the attempts are probes: they back off but are never used up.
        const int counted = network && m_settings.waitWhileOffline
            ? std::min(next, m_settings.retry.maxAttempts)
            : next;
        if (const auto delay = m_settings.retry.delayBefore(counted, error, *m_random)) {
            e.nextAttemptAt = now.addMSecs(delay->count());
            // The network or the server's rate limit holds back the whole queue.
            if (network || error.kind == ServiceError::Kind::RateLimited
                || error.kind == ServiceError::Kind::Unavailable)
                m_pausedUntil = e.nextAttemptAt;
            persist(e);
            qCDebug(lcOutbox) << id << "waits" << delay->count() << "ms:" << error.message;
            Q_EMIT entryChanged(e);
            Q_EMIT waiting(id, next, delay->count(), error);
            processQueue();
            return;
        }
    }
    // Refused, out of attempts, or cancelled by its owner: the user decides.
    e.state = State::Failed;
    e.nextAttemptAt = {};
    persist(e);
    qCDebug(lcOutbox) << id << "failed:" << error.message;
    Q_EMIT entryChanged(e);
    Q_EMIT failed(id, error);
    processQueue();
}

void Outbox::persist(const OutboxEntry &entry)
{
    m_store->updateEntry(entry);
}

void Outbox::dropItem(const QString &id)
{
    const QString entryId = id;
    m_items.removeIf([&](const Item &i) { return i.entry.id == entryId; });
    Q_EMIT entryRemoved(entryId);
    Q_EMIT countChanged(count());
}

void Outbox::arm()
{
    const QDateTime now = m_clock->now();
    QDateTime next;
    auto consider = [&next](const QDateTime &t) {
        if (t.isValid() && (!next.isValid() || t < next))
            next = t;
    };
    for (const Item &item : std::as_const(m_items)) {
        const OutboxEntry &e = item.entry;
        if (!item.stored || item.awaitingConfirmation || e.state == State::Failed)
            continue;
        if (e.state == State::Held)
            consider(e.nextAttemptAt);
        else if (e.scheduledAt.isValid())
            consider(e.scheduledAt);
        else if (m_inFlight.isEmpty() && m_online)
            consider(std::max(e.nextAttemptAt.isValid() ? e.nextAttemptAt : now,
                m_pausedUntil.isValid() ? m_pausedUntil : now));
    }
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 day = 24LL * 3600 * 1000;
    m_timer.start(int(std::clamp<qint64>(now.msecsTo(next), 0, day)));
}

} // namespace Outpost

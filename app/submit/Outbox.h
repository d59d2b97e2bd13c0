// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ServiceError.h"
#include "store/OutboxEntry.h"
#include "submit/RetryPolicy.h"
#include "submit/StoredError.h"

#include <QLoggingCategory>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

class QRandomGenerator;

Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

namespace Outpost {

class Clock;
class LocalStore;
class Submission;
struct SentLookup;

struct OutboxSettings
{
    std::chrono::milliseconds undoDelay {5000}; // 0–30 s: how long Undo is offered
    RetryPolicy retry;
    // Failed connects wait for the network (backing off, probing) without using up attempts.
    bool waitWhileOffline = true;
    QUrl instance; // only this instance's mail is loaded and sent (empty: all)
    // After an attempt whose outcome is unknown: the waits before each lookup (the first
    // after the failure, then after each lookup that found nothing). Only when every one found
    // nothing is the mail taken as not stored and sent again. The send page says the platform
    // answers with the message it stored; a dropped connection can leave it still at work,
    // and the later lookup gives it that long to finish (assumed: the pages give no figure).
    QList<std::chrono::milliseconds> checkDelays {std::chrono::seconds(1), std::chrono::seconds(4)};
};

// The durable outbox: mail the user sent, on its way. Each entry is in the LocalStore from
// the moment Send is pressed (draft and entry in one transaction) until the server answers
// 2xx, which is written down before anything else. Every attempt at one mail carries the same
// Idempotency-Key, but a server may ignore it (the platform's pages never mention it), so an
// attempt whose outcome is unknown is never simply repeated: the entry records when the
// attempt began before the request is made, and until the outcome is known the outbox looks
// for the mail (Submission::findSent). Found: sent, with the receipt of what was found. Not
// found after every lookup (OutboxSettings::checkDelays): sent again. Could not look: the
// entry waits for the user as "may have been sent". Each decision is stored before it is
// acted on, so a crash at any point leads to a lookup, never to a blind second send.
// One mail is submitted (or looked for) at a time, oldest first.
class Outbox : public QObject
{
    Q_OBJECT
public:
    // What an entry is doing, for people.
    enum class Status {
        Storing, // Send was pressed; the entry is being written
        Held, // the undo window
        Scheduled, // send later, not due yet
        AwaitingConfirmation, // fell due while Outpost was closed: the user decides
        Queued, // its turn comes
        Waiting, // backing off before the next attempt
        Offline, // waiting for the network
        Sending,
        Failed, // refused, or out of attempts: the user decides
        Checking, // an attempt's outcome is unknown: looking whether it landed
        MayHaveBeenSent, // the lookups could not tell: the user must look, then decide
    };
    Q_ENUM(Status)

    static constexpr std::chrono::seconds maxUndoDelay {30};

    // `random` drives the backoff jitter (null: seeded from the system).
    Outbox(LocalStore *store, Submission *submission, Clock *clock, OutboxSettings settings = {},
        QRandomGenerator *random = nullptr, QObject *parent = nullptr);
    ~Outbox() override;

    LocalStore *store() const { return m_store; }
    Clock *clock() const { return m_clock; }
    const OutboxSettings &settings() const { return m_settings; }
    void setUndoDelay(std::chrono::milliseconds delay); // clamped to 0–30 s

    // Loads the unsent mail of the last run and starts sending: ready(), then dueWhileClosed()
    // for scheduled mail whose time passed meanwhile (it goes out only once confirmed).
    void start();
    bool isStarted() const { return m_started; }

    // Moves the draft into the outbox with `idempotencyKey` (empty: a fresh one). `sendAt`
    // in the future: held until then. `route`: the way it leaves, decided by the caller once
    // (every attempt and lookup hands it to the Submission); invalid: the Submission resolves
    // From itself. Returns the entry's id; queued() once it is stored.
    QString enqueue(const DraftRecord &draft, const QDateTime &sendAt = {},
        const QString &idempotencyKey = {}, const Route &route = {});
    // During the undo window only: the entry leaves the outbox, its draft is editable again.
    bool undo(const QString &entryId);
    // Takes unsent mail back for editing (never while it is being submitted).
    bool takeBack(const QString &entryId, QObject *context,
        std::function<void(const std::optional<DraftRecord> &)> done);
    // Deletes unsent mail and its draft (never while it is being submitted).
    bool remove(const QString &entryId);
    // Failed or backing off: try again now (a failed entry gets a fresh round of attempts).
    void retry(const QString &entryId);
    // Scheduled, held or due while closed: send as soon as possible.
    void sendNow(const QString &entryId);
    // Stops the attempt in flight; its entry fails as Cancelled (the server may have it).
    void cancelAttempt();

    // The network is there or not (QNetworkInformation); when it returns, waiting mail goes.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    QList<OutboxEntry> entries() const; // unsent, oldest first
    std::optional<OutboxEntry> entry(const QString &entryId) const;
    Status status(const QString &entryId) const;
    int count() const { return int(m_items.size()); }
    QString inFlight() const { return m_inFlight; }

Q_SIGNALS:
    void ready();
    void entryAdded(const Outpost::OutboxEntry &entry);
    void entryChanged(const Outpost::OutboxEntry &entry);
    void entryRemoved(const QString &entryId);
    void countChanged(int count);
    void queued(const QString &entryId); // the entry is on disk
    void enqueueFailed(const QString &entryId, const QString &error); // not stored: not sent
    void attemptStarted(const QString &entryId, int attempt);
    void waiting(const QString &entryId, int nextAttempt, qint64 delayMs,
        const Outpost::ServiceError &error);
    // The attempt's outcome is unknown (`error`): a lookup follows in `delayMs`, not a resend.
    void checking(const QString &entryId, qint64 delayMs, const Outpost::ServiceError &error);
    // The lookups could not tell whether the mail landed: failed() follows with the same error,
    // and the entry waits, MayHaveBeenSent, for the user.
    void outcomeUnknown(const QString &entryId, const Outpost::ServiceError &error);
    void sent(const QString &entryId, const Outpost::Receipt &receipt);
    // Refused (400/403/404/409/413, 401 after the refresh) or out of attempts: the entry waits
    // in the outbox, Failed, for the user.
    void failed(const QString &entryId, const Outpost::ServiceError &error);
    void dueWhileClosed(const QList<Outpost::OutboxEntry> &entries);
    void onlineChanged(bool online);

private:
    struct Item
    {
        OutboxEntry entry;
        bool stored = false;
        bool awaitingConfirmation = false;
        int lookupFailures = 0; // lookups that could not be made, since the last that could
    };

    Item *find(const QString &entryId);
    const Item *find(const QString &entryId) const;
    bool isEligible(const Item &item, const QDateTime &now) const;
    void processQueue();
    void startAttempt(Item &item);
    void submitAttempt(const QString &entryId);
    void onSucceeded(const Receipt &receipt);
    void onFailed(const ServiceError &error);
    void retryOrFail(Item &item, const ServiceError &error);
    void markSent(Item &item, const Receipt &receipt);
    // Looking whether an attempt whose outcome is unknown landed (OutboxCheck.cpp).
    void scheduleCheck(Item &item, const ServiceError &error);
    void startCheck(Item &item);
    void onLookup(const QString &entryId, const SentLookup &result);
    void onLookupUnavailable(Item &item, const QString &why); // the claims could not be read
    void mayHaveBeenSent(Item &item, const ServiceError &lookupError);
    void persist(const OutboxEntry &entry);
    void dropItem(const QString &entryId);
    void arm();

    LocalStore *m_store;
    Submission *m_submission;
    Clock *m_clock;
    OutboxSettings m_settings;
    std::unique_ptr<QRandomGenerator> m_ownRandom;
    QRandomGenerator *m_random;
    QList<Item> m_items;
    QString m_inFlight;
    bool m_checking = false; // m_inFlight is being looked for, not submitted
    bool m_storingAttempt = false; // m_inFlight's attempt is being written down
    bool m_cancelRequested = false;
    // Messages that are some entry's receipt, this run: never another's. The store keeps them
    // too (claimed_receipts, written with the entry's sent state) for the next run.
    QStringList m_claimed;
    QDateTime m_pausedUntil; // the whole queue waits (rate limit, or probing a lost network)
    QTimer m_timer;
    bool m_online = true;
    bool m_started = false;
};

} // namespace Outpost

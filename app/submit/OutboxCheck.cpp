// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox's lookups: what happens between an attempt whose outcome is unknown and the
// decision that it was sent, was not, or cannot be told (see Outbox.h).
#include "mail/Clock.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/SentMatch.h"
#include "submit/StoredError.h"
#include "submit/Submission.h"

#include <QRandomGenerator>

namespace Outpost {

using State = OutboxEntry::State;
using Outcome = SentLookup::Outcome;

void Outbox::scheduleCheck(Item &item, const ServiceError &error)
{
    OutboxEntry &e = item.entry;
    const QString id = e.id;
    const auto &delays = m_settings.checkDelays;
    const std::chrono::milliseconds delay = delays.isEmpty()
        ? std::chrono::milliseconds(0)
        : delays.at(std::min<qsizetype>(e.checks, delays.size() - 1));
    e.lastError = toOutboxError(error);
    e.state = State::Queued;
    e.nextAttemptAt = m_clock->now().addMSecs(delay.count());
    m_pausedUntil = e.nextAttemptAt; // the whole queue waits: the next mail may not be new
    persist(e);
    qCDebug(lcOutbox) << id << "outcome unknown (" << error.message << "): looking in"
                      << delay.count() << "ms";
    Q_EMIT entryChanged(e);
    Q_EMIT checking(id, delay.count(), error);
    processQueue();
}

void Outbox::startCheck(Item &item)
{
    OutboxEntry &e = item.entry;
    m_inFlight = e.id;
    m_checking = true;
    const QString id = e.id;
    qCDebug(lcOutbox) << "looking whether" << id << "landed (attempt began"
                      << e.unknownSince.toString(Qt::ISODateWithMs) << ")";
    Q_EMIT entryChanged(e);
    // The receipts other entries took, as the store has them (this run's, the last run's, and
    // another Outpost's on the same file): a message found is never handed to two entries.
    m_store->loadClaims(this, [this, id](const StoreResult<QStringList> &claims) {
        Item *checked = find(id);
        if (m_inFlight != id || !m_checking || !checked)
            return;
        if (!claims.ok()) {
            // Without the list a lookup could take another entry's message: the user decides.
            m_inFlight.clear();
            m_checking = false;
            onLookupUnavailable(*checked, claims.error);
            return;
        }
        QStringList claimed = claims.value;
        for (const QString &mine : std::as_const(m_claimed)) {
            if (!claimed.contains(mine))
                claimed += mine;
        }
        const OutboxEntry &looked = checked->entry;
        m_submission->findSent(looked.draft.draft, looked.idempotencyKey, looked.route,
            looked.unknownSince, claimed, this,
            [this, id](const SentLookup &result) { onLookup(id, result); });
    });
}

void Outbox::onLookupUnavailable(Item &item, const QString &why)
{
    ServiceError error = ServiceError::network(ServiceError::Kind::Protocol, {}, why);
    error.message = why;
    mayHaveBeenSent(item, error);
}

void Outbox::onLookup(const QString &id, const SentLookup &result)
{
    if (m_inFlight != id || !m_checking)
        return;
    m_inFlight.clear();
    m_checking = false;
    Item *item = find(id);
    if (!item)
        return;
    OutboxEntry &e = item->entry;
    const ServiceError attemptError = fromOutboxError(e.lastError);
    switch (result.outcome) {
    case Outcome::Found:
        // It landed: sent, with the receipt of what was found (markSent writes it down first).
        item->lookupFailures = 0;
        qCInfo(lcOutbox) << id << "was stored after all: taken as sent, not sent again";
        markSent(*item, result.receipt);
        return;
    case Outcome::NotFound:
        item->lookupFailures = 0;
        ++e.checks;
        if (e.checks < m_settings.checkDelays.size()) {
            scheduleCheck(*item, attemptError); // not yet: the server may still be at work
            return;
        }
        [[fallthrough]];
    case Outcome::Unsupported:
        // Not there after every lookup (or the service cannot be asked, and a repeat under the
        // same Idempotency-Key is all there is): not stored. Written down before the next
        // attempt, which writes its own start before it leaves.
        qCDebug(lcOutbox) << id << "was not stored: it may be sent again";
        e.unknownSince = {};
        e.checks = 0;
        retryOrFail(*item, attemptError);
        return;
    case Outcome::Failed:
        break;
    }
    // Could not look. A lookup is retried like a send; offline it waits for the network.
    const ServiceError &error = result.error;
    ++item->lookupFailures;
    const bool network
        = error.kind == ServiceError::Kind::Network || error.kind == ServiceError::Kind::Timeout;
    const int counted = network && m_settings.waitWhileOffline
        ? std::min(item->lookupFailures + 1, m_settings.retry.maxAttempts)
        : item->lookupFailures + 1;
    const auto delay = error.kind == ServiceError::Kind::Cancelled
        ? std::nullopt
        : m_settings.retry.delayBefore(counted, error, *m_random);
    if (!delay) {
        mayHaveBeenSent(*item, error);
        return;
    }
    e.nextAttemptAt = m_clock->now().addMSecs(delay->count());
    m_pausedUntil = e.nextAttemptAt;
    persist(e);
    qCDebug(lcOutbox) << id << "could not be looked for (" << error.message << "): again in"
                      << delay->count() << "ms";
    Q_EMIT entryChanged(e);
    Q_EMIT checking(id, delay->count(), error);
    processQueue();
}

void Outbox::mayHaveBeenSent(Item &item, const ServiceError &lookupError)
{
    OutboxEntry &e = item.entry;
    const QString id = e.id;
    ServiceError shown = fromOutboxError(e.lastError);
    shown.message = lookupError.message.isEmpty()
        ? tr("May have been sent: %1 Check the conversation before sending it again.")
              .arg(shown.message)
        : tr("May have been sent: %1 Outpost could not find out whether it arrived (%2). Check "
             "the conversation before sending it again.")
              .arg(shown.message, lookupError.message);
    e.lastError = toOutboxError(shown);
    e.state = State::Failed; // kept, with unknownSince: the user decides
    e.nextAttemptAt = {};
    persist(e);
    qCInfo(lcOutbox).noquote() << id << "may have been sent:" << lookupError.message;
    Q_EMIT entryChanged(e);
    Q_EMIT outcomeUnknown(id, shown);
    Q_EMIT failed(id, shown);
    processQueue();
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Receipt.h"
#include "mail/Route.h"
#include "store/DraftRecord.h"

namespace Outpost {

// Why the last attempt at an outbox entry failed, as stored (the submit layer maps it to and
// from its ServiceError).
struct OutboxError
{
    QString kind; // e.g. `network`, `badRequest`
    int httpStatus = 0;
    QString message; // what the user reads
    DraftField field = DraftField::None;

    bool isValid() const { return !kind.isEmpty(); }
    bool operator==(const OutboxError &other) const = default;
};

// One mail in the durable outbox, with the draft it sends.
struct OutboxEntry
{
    enum class State {
        Held, // in the undo window (until nextAttemptAt)
        Queued, // waiting for its turn, its time, the network or a retry
        Failed, // needs the user: refused, or retries exhausted
        Sent, // the server answered 2xx: never submitted again
    };

    QString id; // a UUID
    QString idempotencyKey; // the same for every attempt
    State state = State::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt; // held: end of the undo window; queued: earliest retry
    QDateTime scheduledAt; // send later; invalid: as soon as possible
    QDateTime enqueuedAt;
    QDateTime sentAt;
    // An attempt began then and its outcome is not known yet (the request may have reached the
    // server): before anything else the outbox looks whether it landed. Written before the
    // attempt is made; invalid once the outcome is known. On a Failed entry: it may have been
    // sent, and the user must look.
    QDateTime unknownSince;
    int checks = 0; // lookups for the unknown attempt that found nothing
    OutboxError lastError;
    Receipt receipt; // once sent
    DraftRecord draft;
    // The way it leaves, decided when it was queued (invalid for entries queued before routes
    // were kept: resolved from From then).
    Route route;

    bool operator==(const OutboxEntry &other) const = default;
};

QString outboxStateName(OutboxEntry::State state); // `held`, `queued`, `failed`, `sent`
std::optional<OutboxEntry::State> outboxStateFromName(const QString &name);

} // namespace Outpost

Q_DECLARE_METATYPE(Outpost::OutboxEntry)

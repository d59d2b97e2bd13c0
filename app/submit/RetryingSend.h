// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "submit/RetryPolicy.h"
#include "submit/Submission.h"

namespace Outpost {

class LocalStore;
class Outbox;
class SystemClock;

// Drives one mail through a Submission until it is sent or definitely refused: retryable
// failures wait (RetryPolicy) and try again with the same Idempotency-Key. For one-shot
// sends (the command line): the Outbox's retry loop over a store held in memory, no undo
// window, and a network failure counts as an attempt.
class RetryingSend : public QObject
{
    Q_OBJECT
public:
    RetryingSend(Submission *submission, RetryPolicy policy, QObject *parent = nullptr);
    ~RetryingSend() override;

    void start(const Draft &draft, const QString &idempotencyKey);
    void cancel();
    void retryNow(); // skip the current wait
    bool isRunning() const { return m_running; }
    // After failed(): the lookups could not tell whether the mail landed ("may have been
    // sent"), rather than it being known not sent.
    bool outcomeWasUnknown() const { return m_outcomeUnknown; }
    int attempt() const { return m_attempt; }

Q_SIGNALS:
    void attemptStarted(int attempt);
    void waiting(int nextAttempt, qint64 delayMs, const Outpost::ServiceError &lastError);
    void succeeded(const Outpost::Receipt &receipt);
    void failed(const Outpost::ServiceError &error);

private:
    LocalStore *m_store;
    SystemClock *m_clock;
    Outbox *m_outbox;
    QString m_entryId;
    int m_attempt = 0;
    bool m_running = false;
    bool m_outcomeUnknown = false;
};

} // namespace Outpost

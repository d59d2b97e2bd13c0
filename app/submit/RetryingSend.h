// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "submit/RetryPolicy.h"
#include "submit/Submission.h"

#include <QTimer>

namespace Outpost {

// Drives one mail through a Submission until it is sent or definitely refused: retryable
// failures wait (RetryPolicy) and try again with the same Idempotency-Key.
class RetryingSend : public QObject
{
    Q_OBJECT
public:
    RetryingSend(Submission *submission, RetryPolicy policy, QObject *parent = nullptr);

    void start(const Draft &draft, const QString &idempotencyKey);
    void cancel();
    void retryNow(); // skip the current wait
    bool isRunning() const { return m_running; }
    int attempt() const { return m_attempt; }

Q_SIGNALS:
    void attemptStarted(int attempt);
    void waiting(int nextAttempt, qint64 delayMs, const Outpost::ServiceError &lastError);
    void succeeded(const Outpost::Receipt &receipt);
    void failed(const Outpost::ServiceError &error);

private:
    void attemptNow();
    void onFailed(const ServiceError &error);

    Submission *m_submission;
    RetryPolicy m_policy;
    QTimer m_wait;
    Draft m_draft;
    QString m_key;
    int m_attempt = 0;
    bool m_running = false;
};

} // namespace Outpost

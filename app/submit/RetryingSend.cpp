// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/RetryingSend.h"

#include <QRandomGenerator>

namespace Outpost {

RetryingSend::RetryingSend(Submission *submission, RetryPolicy policy, QObject *parent)
    : QObject(parent), m_submission(submission), m_policy(policy)
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &RetryingSend::attemptNow);
    connect(m_submission, &Submission::succeeded, this, [this](const Receipt &receipt) {
        m_running = false;
        Q_EMIT succeeded(receipt);
    });
    connect(m_submission, &Submission::failed, this, &RetryingSend::onFailed);
}

void RetryingSend::start(const Draft &draft, const QString &idempotencyKey)
{
    m_draft = draft;
    m_key = idempotencyKey;
    m_attempt = 0;
    m_running = true;
    attemptNow();
}

void RetryingSend::attemptNow()
{
    m_wait.stop();
    ++m_attempt;
    Q_EMIT attemptStarted(m_attempt);
    m_submission->submit(m_draft, m_key);
}

void RetryingSend::onFailed(const ServiceError &error)
{
    if (!m_running)
        return;
    const auto delay = m_policy.delayBefore(m_attempt + 1, error, *QRandomGenerator::global());
    if (!delay || error.kind == ServiceError::Kind::Cancelled) {
        m_running = false;
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT waiting(m_attempt + 1, delay->count(), error);
    m_wait.start(*delay);
}

void RetryingSend::retryNow()
{
    if (m_running && m_wait.isActive())
        attemptNow();
}

void RetryingSend::cancel()
{
    if (!m_running)
        return;
    if (m_wait.isActive()) {
        m_wait.stop();
        m_running = false;
        Q_EMIT failed(ServiceError::network(ServiceError::Kind::Cancelled, {}, {}));
        return;
    }
    m_submission->cancel(); // failed(Cancelled) follows
}

} // namespace Outpost

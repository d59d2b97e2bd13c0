// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/RetryingSend.h"

#include "mail/SystemClock.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"

#include <QUuid>

namespace Outpost {

RetryingSend::RetryingSend(Submission *submission, RetryPolicy policy, QObject *parent)
    : QObject(parent), m_store(new LocalStore(this)), m_clock(new SystemClock(this))
{
    m_store->open(QStringLiteral(":memory:"));
    OutboxSettings settings;
    settings.undoDelay = {};
    settings.retry = policy;
    settings.waitWhileOffline = false;
    m_outbox = new Outbox(m_store, submission, m_clock, settings, nullptr, this);
    auto mine = [this](const QString &id) { return m_running && id == m_entryId; };
    connect(m_outbox, &Outbox::attemptStarted, this, [this, mine](const QString &id, int n) {
        if (!mine(id))
            return;
        m_attempt = n;
        Q_EMIT attemptStarted(n);
    });
    connect(m_outbox, &Outbox::waiting, this,
        [this, mine](const QString &id, int next, qint64 delayMs, const ServiceError &error) {
            if (mine(id))
                Q_EMIT waiting(next, delayMs, error);
        });
    connect(m_outbox, &Outbox::sent, this, [this, mine](const QString &id, const Receipt &r) {
        if (!mine(id))
            return;
        m_running = false;
        Q_EMIT succeeded(r);
    });
    connect(
        m_outbox, &Outbox::failed, this, [this, mine](const QString &id, const ServiceError &e) {
            if (!mine(id))
                return;
            m_running = false;
            m_outcomeUnknown = m_outbox->status(id) == Outbox::Status::MayHaveBeenSent;
            m_outbox->remove(id);
            Q_EMIT failed(e);
        });
    connect(m_outbox, &Outbox::enqueueFailed, this,
        [this, mine](const QString &id, const QString &why) {
            if (!mine(id))
                return;
            m_running = false;
            Q_EMIT failed(ServiceError::network(ServiceError::Kind::Cancelled, {}, why));
        });
    m_outbox->start();
}

RetryingSend::~RetryingSend() = default;

void RetryingSend::start(const Draft &draft, const QString &idempotencyKey)
{
    DraftRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.draft = draft;
    m_attempt = 0;
    m_running = true;
    m_outcomeUnknown = false;
    m_entryId = m_outbox->enqueue(record, {}, idempotencyKey);
}

void RetryingSend::retryNow()
{
    if (m_running)
        m_outbox->retry(m_entryId);
}

void RetryingSend::cancel()
{
    if (!m_running)
        return;
    if (m_outbox->inFlight() == m_entryId) {
        m_outbox->cancelAttempt(); // failed(Cancelled) follows
        return;
    }
    m_running = false;
    m_outbox->remove(m_entryId);
    Q_EMIT failed(ServiceError::network(ServiceError::Kind::Cancelled, {}, {}));
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/PlatformSubmission.h"

#include "platform/PlatformClient.h"
#include "submit/SendVerifier.h"

namespace Outpost {

PlatformSubmission::PlatformSubmission(PlatformClient *client, QObject *parent)
    : Submission(parent), m_client(client)
{
}

SubmissionCapabilities PlatformSubmission::capabilities() const
{
    return {true, SendLimits::of(SendRoute::Platform, std::nullopt)};
}

void PlatformSubmission::submit(const Draft &draft, const QString &idempotencyKey, const Route &)
{
    Q_ASSERT(!m_call);
    setState(State::Sending);
    m_call = m_client->send(draft, idempotencyKey, this, [this](const Result<Receipt> &result) {
        m_call = nullptr;
        if (result.ok()) {
            setState(State::Sent);
            Q_EMIT succeeded(result.value());
        } else {
            setState(State::Failed);
            Q_EMIT failed(result.error());
        }
    });
    connect(m_call, &PlatformCall::uploadProgress, this, &Submission::progress);
}

void PlatformSubmission::cancel()
{
    if (m_call)
        m_call->abort();
    if (m_verifier)
        m_verifier->cancel();
}

void PlatformSubmission::findSent(const Draft &draft, const QString &, const Route &,
    const QDateTime &since, const QStringList &claimed, QObject *context,
    std::function<void(const SentLookup &)> done)
{
    if (!m_verifier)
        m_verifier = new SendVerifier(m_client, this);
    QPointer<QObject> guard(context);
    m_verifier->find(draft, since, claimed, [guard, done](const SentLookup &result) {
        if (guard)
            done(result);
    });
}

} // namespace Outpost

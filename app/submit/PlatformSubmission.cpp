// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/PlatformSubmission.h"

#include "platform/PlatformClient.h"

namespace Outpost {

PlatformSubmission::PlatformSubmission(PlatformClient *client, QObject *parent)
    : Submission(parent), m_client(client)
{
}

SubmissionCapabilities PlatformSubmission::capabilities() const
{
    return {true, SendLimits::of(SendRoute::Platform, std::nullopt)};
}

void PlatformSubmission::submit(const Draft &draft, const QString &idempotencyKey)
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
}

} // namespace Outpost

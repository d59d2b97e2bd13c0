// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "submit/Submission.h"

#include <QPointer>

namespace Outpost {

class PlatformClient;
class PlatformCall;

// Sends through the platform's POST /api/email/messages/send.
class PlatformSubmission : public Submission
{
    Q_OBJECT
public:
    explicit PlatformSubmission(PlatformClient *client, QObject *parent = nullptr);

    SubmissionCapabilities capabilities() const override;
    void submit(const Draft &draft, const QString &idempotencyKey) override;
    void cancel() override;

private:
    PlatformClient *m_client;
    QPointer<PlatformCall> m_call;
};

} // namespace Outpost

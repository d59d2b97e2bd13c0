// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "submit/Submission.h"

#include <QPointer>

namespace Outpost {

class PlatformClient;
class PlatformCall;
class SendVerifier;

// Sends through the platform's POST /api/email/messages/send.
class PlatformSubmission : public Submission
{
    Q_OBJECT
public:
    explicit PlatformSubmission(PlatformClient *client, QObject *parent = nullptr);

    SubmissionCapabilities capabilities() const override;
    void submit(const Draft &draft, const QString &idempotencyKey, const Route &route) override;
    void cancel() override;
    // Looks in the recipients' conversations (SendVerifier).
    // The platform's messages carry no key of ours: the match is by content (SentMatch).
    void findSent(const Draft &draft, const QString &idempotencyKey, const Route &route,
        const QDateTime &since, const QStringList &claimed, QObject *context,
        std::function<void(const SentLookup &)> done) override;

private:
    PlatformClient *m_client;
    SendVerifier *m_verifier = nullptr;
    QPointer<PlatformCall> m_call;
};

} // namespace Outpost

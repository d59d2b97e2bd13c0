// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "submit/Submission.h"

#include <QPointer>

namespace Outpost {

class SessionRegistry;

// Sends through the instance that owns the draft's mailbox (several may be signed in at once):
// each attempt is handed to a PlatformSubmission on that instance's PlatformClient. A direct
// mailbox (SessionRegistry::direct()) sends straight through its provider instead: a
// GmailSubmission or GraphSubmission with its own tokens.
class RoutingSubmission : public Submission
{
    Q_OBJECT
public:
    explicit RoutingSubmission(SessionRegistry *sessions, QObject *parent = nullptr);
    ~RoutingSubmission() override;

    SubmissionCapabilities capabilities() const override;
    void submit(const Draft &draft, const QString &idempotencyKey) override;
    void cancel() override;
    void findSent(const Draft &draft, const QString &idempotencyKey, const QDateTime &since,
        const QStringList &claimed, QObject *context,
        std::function<void(const Outpost::SentLookup &)> done) override;

private:
    // The submission for the draft's mailbox, a child of this; null with `error` when no
    // signed-in instance or direct mailbox owns it.
    Submission *routeFor(const Draft &draft, ServiceError *error);
    Draft draftFor(const Draft &draft) const;

    SessionRegistry *m_sessions;
    QPointer<Submission> m_current;
    QPointer<Submission> m_lookup; // the one looking for an unknown outcome's mail
};

} // namespace Outpost

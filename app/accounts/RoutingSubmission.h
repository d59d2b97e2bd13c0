// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "submit/Submission.h"

#include <QPointer>

namespace Outpost {

class SessionRegistry;

// Sends each mail the way its Route says (decided once, when it was queued): a platform route
// is handed to a PlatformSubmission on the client of the session it names (several may be
// signed in at once); a direct route to its provider's own submission (Gmail API or Graph,
// with the mailbox's tokens). It resolves nothing itself, except for an outbox entry queued
// before routes were kept (SessionRegistry::routeFor on its From).
class RoutingSubmission : public Submission
{
    Q_OBJECT
public:
    explicit RoutingSubmission(SessionRegistry *sessions, QObject *parent = nullptr);
    ~RoutingSubmission() override;

    SubmissionCapabilities capabilities() const override;
    void submit(const Draft &draft, const QString &idempotencyKey, const Route &route) override;
    void cancel() override;
    void findSent(const Draft &draft, const QString &idempotencyKey, const Route &route,
        const QDateTime &since, const QStringList &claimed, QObject *context,
        std::function<void(const Outpost::SentLookup &)> done) override;

private:
    // The submission for the route (or, for an entry queued without one, for the draft's
    // From), a child of this; null with `error` when the route's session or direct mailbox is
    // gone, or nothing signed in owns the mailbox.
    Submission *submissionFor(
        const std::optional<Route> &route, const Draft &draft, ServiceError *error);
    std::optional<Route> routeOf(const Route &given, const Draft &draft) const;
    static Draft draftFor(const Draft &draft, const Route &route);

    SessionRegistry *m_sessions;
    QPointer<Submission> m_current;
    QPointer<Submission> m_lookup; // the one looking for an unknown outcome's mail
};

} // namespace Outpost

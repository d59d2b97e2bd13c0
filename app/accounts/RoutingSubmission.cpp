// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/RoutingSubmission.h"

#include "accounts/DirectMailboxes.h"
#include "accounts/InstanceSession.h"
#include "accounts/SessionRegistry.h"
#include "submit/PlatformSubmission.h"

#include <QCoreApplication>
#include <QTimer>

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::RoutingSubmission)
};
} // namespace

RoutingSubmission::RoutingSubmission(SessionRegistry *sessions, QObject *parent)
    : Submission(parent), m_sessions(sessions)
{
}

RoutingSubmission::~RoutingSubmission() = default;

SubmissionCapabilities RoutingSubmission::capabilities() const
{
    return {true, SendLimits::of(SendRoute::Platform, std::nullopt)};
}

std::optional<Route> RoutingSubmission::routeOf(const Route &given, const Draft &draft) const
{
    // The way decided when the mail was queued; an entry from before routes were kept is
    // resolved from its From, here.
    if (given.isValid())
        return given;
    return m_sessions->routeFor(draft.from, draft.provider);
}

Submission *RoutingSubmission::submissionFor(
    const std::optional<Route> &route, const Draft &draft, ServiceError *error)
{
    if (!route) {
        *error = ServiceError::fromHttp(403, {},
            Tr::tr("%1 is not a mailbox of any instance you are signed in to.").arg(draft.from),
            DraftField::From, std::nullopt);
        return nullptr;
    }
    if (route->kind == SendRoute::Direct) {
        // Straight to its provider; the platform never sees the mail.
        DirectMailboxes *direct = m_sessions->direct();
        const auto mailbox = direct ? direct->find(route->mailbox, route->provider) : std::nullopt;
        if (!mailbox) {
            *error = ServiceError::fromHttp(403, {},
                Tr::tr("%1 is no longer a mailbox Outpost sends through directly. Add it again "
                       "in Accounts, or send from another mailbox.")
                    .arg(route->mailbox),
                DraftField::From, std::nullopt);
            return nullptr;
        }
        return direct->submissionFor(*mailbox, this);
    }
    InstanceSession *session = m_sessions->sessionOf(*route);
    if (!session) {
        // Never another account in its place: the user chose this one.
        *error = ServiceError::fromHttp(401, {},
            Tr::tr("Signed out of %1 as %2 since this message was queued: sign in again to "
                   "send it.")
                .arg(route->instance.host(), route->account),
            DraftField::None, std::nullopt);
        return nullptr;
    }
    return new PlatformSubmission(session->client(), this);
}

Draft RoutingSubmission::draftFor(const Draft &draft, const Route &route)
{
    // The provider hint is said to the platform only; a provider needs no such hint.
    Draft d = draft;
    if (route.kind == SendRoute::Direct)
        d.provider.reset();
    return d;
}

void RoutingSubmission::submit(
    const Draft &draft, const QString &idempotencyKey, const Route &route)
{
    if (m_current)
        m_current->deleteLater();
    ServiceError error;
    const std::optional<Route> taken = routeOf(route, draft);
    m_current = submissionFor(taken, draft, &error);
    if (!m_current) {
        setState(State::Failed);
        // Asynchronous like every other outcome.
        QTimer::singleShot(0, this, [this, error] { Q_EMIT failed(error); });
        return;
    }
    connect(m_current, &Submission::stateChanged, this, &RoutingSubmission::setState);
    connect(m_current, &Submission::progress, this, &Submission::progress);
    connect(m_current, &Submission::succeeded, this, &Submission::succeeded);
    connect(m_current, &Submission::failed, this, &Submission::failed);
    m_current->submit(draftFor(draft, *taken), idempotencyKey, *taken);
}

void RoutingSubmission::findSent(const Draft &draft, const QString &idempotencyKey,
    const Route &route, const QDateTime &since, const QStringList &claimed, QObject *context,
    std::function<void(const SentLookup &)> done)
{
    // Looked for where it was sent: the same route as submit() took, even after a restart.
    if (m_lookup)
        m_lookup->deleteLater();
    ServiceError error;
    const std::optional<Route> taken = routeOf(route, draft);
    m_lookup = submissionFor(taken, draft, &error);
    if (!m_lookup) {
        Submission::findSent(
            draft, idempotencyKey, route, since, claimed, context, std::move(done));
        return;
    }
    m_lookup->findSent(
        draftFor(draft, *taken), idempotencyKey, *taken, since, claimed, context, std::move(done));
}

void RoutingSubmission::cancel()
{
    if (m_current)
        m_current->cancel();
    if (m_lookup)
        m_lookup->cancel();
}

} // namespace Outpost

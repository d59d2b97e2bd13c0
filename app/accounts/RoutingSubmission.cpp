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

Submission *RoutingSubmission::routeFor(const Draft &draft, ServiceError *error)
{
    // A direct mailbox goes straight to its provider; the platform never sees the mail.
    if (DirectMailboxes *direct = m_sessions->direct()) {
        if (const auto mailbox = direct->find(draft.from, draft.provider))
            return direct->submissionFor(*mailbox, this);
    }
    InstanceSession *session = m_sessions->sessionFor(draft.from, draft.provider);
    // One instance (its mailbox list perhaps not reloaded yet after a new sign-in): it decides.
    if (!session && m_sessions->sessions().size() == 1)
        session = m_sessions->sessions().first();
    if (!session) {
        *error = ServiceError::fromHttp(403, {},
            Tr::tr("%1 is not a mailbox of any instance you are signed in to.").arg(draft.from),
            DraftField::From, std::nullopt);
        return nullptr;
    }
    return new PlatformSubmission(session->client(), this);
}

Draft RoutingSubmission::draftFor(const Draft &draft) const
{
    // The provider hint is said to the platform only; a provider needs no such hint.
    Draft d = draft;
    if (m_sessions->direct() && m_sessions->direct()->find(draft.from, draft.provider))
        d.provider.reset();
    return d;
}

void RoutingSubmission::submit(const Draft &draft, const QString &idempotencyKey)
{
    if (m_current)
        m_current->deleteLater();
    ServiceError error;
    const Draft d = draftFor(draft);
    m_current = routeFor(draft, &error);
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
    m_current->submit(d, idempotencyKey);
}

void RoutingSubmission::findSent(const Draft &draft, const QString &idempotencyKey,
    const QDateTime &since, const QStringList &claimed, QObject *context,
    std::function<void(const SentLookup &)> done)
{
    // Looked for where it was sent: the same route as submit() takes, even after a restart.
    if (m_lookup)
        m_lookup->deleteLater();
    ServiceError error;
    m_lookup = routeFor(draft, &error);
    if (!m_lookup) {
        Submission::findSent(draft, idempotencyKey, since, claimed, context, std::move(done));
        return;
    }
    m_lookup->findSent(draftFor(draft), idempotencyKey, since, claimed, context, std::move(done));
}

void RoutingSubmission::cancel()
{
    if (m_current)
        m_current->cancel();
    if (m_lookup)
        m_lookup->cancel();
}

} // namespace Outpost

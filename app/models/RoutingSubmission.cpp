// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RoutingSubmission.h"

#include "models/DirectMailboxes.h"
#include "models/InstanceSession.h"
#include "models/SessionRegistry.h"
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

void RoutingSubmission::submit(const Draft &draft, const QString &idempotencyKey)
{
    if (m_current)
        m_current->deleteLater();
    // A direct mailbox goes straight to its provider; the platform never sees the mail.
    if (DirectMailboxes *direct = m_sessions->direct()) {
        if (const auto mailbox = direct->find(draft.from, draft.provider)) {
            m_current = direct->submissionFor(*mailbox, this);
            connect(m_current, &Submission::stateChanged, this, &RoutingSubmission::setState);
            connect(m_current, &Submission::progress, this, &Submission::progress);
            connect(m_current, &Submission::succeeded, this, &Submission::succeeded);
            connect(m_current, &Submission::failed, this, &Submission::failed);
            Draft d = draft;
            d.provider.reset(); // said to the platform only; a provider needs no such hint
            m_current->submit(d, idempotencyKey);
            return;
        }
    }
    InstanceSession *session = m_sessions->sessionFor(draft.from, draft.provider);
    // One instance (its mailbox list perhaps not reloaded yet after a new sign-in): it decides.
    if (!session && m_sessions->sessions().size() == 1)
        session = m_sessions->sessions().first();
    if (!session) {
        ServiceError e = ServiceError::fromHttp(403, {},
            Tr::tr("%1 is not a mailbox of any instance you are signed in to.").arg(draft.from),
            DraftField::From, std::nullopt);
        setState(State::Failed);
        // Asynchronous like every other outcome.
        QTimer::singleShot(0, this, [this, e] { Q_EMIT failed(e); });
        return;
    }
    m_current = new PlatformSubmission(session->client(), this);
    connect(m_current, &Submission::stateChanged, this, &RoutingSubmission::setState);
    connect(m_current, &Submission::progress, this, &Submission::progress);
    connect(m_current, &Submission::succeeded, this, &Submission::succeeded);
    connect(m_current, &Submission::failed, this, &Submission::failed);
    m_current->submit(draft, idempotencyKey);
}

void RoutingSubmission::cancel()
{
    if (m_current)
        m_current->cancel();
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"
#include "mail/Receipt.h"
#include "mail/Route.h"
#include "mail/SendLimits.h"
#include "net/ServiceError.h"
#include "submit/SentMatch.h"

#include <QObject>

#include <functional>

namespace Outpost {

// What differs between ways of sending, as data rather than extra verbs.
struct SubmissionCapabilities
{
    bool honoursIdempotencyKey = false; // a repeat with the same key cannot send twice
    SendLimits limits; // the route's row of SendLimits' table
};

// Something that sends one Draft: the platform API now, Gmail and Graph directly later.
// One submit() at a time; the outcome is exactly one of succeeded() or failed().
class Submission : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Uploading, Sending, Sent, Failed };
    Q_ENUM(State)

    using QObject::QObject;
    ~Submission() override;

    virtual SubmissionCapabilities capabilities() const = 0;
    // `idempotencyKey` is the same for every attempt at the same mail. `route` is the way the
    // mail was given when it was queued (Route; invalid when none was decided): a submission
    // bound to one mailbox (the platform's client, a provider's API) has only one way and
    // ignores it; RoutingSubmission takes it.
    virtual void submit(const Draft &draft, const QString &idempotencyKey, const Route &route) = 0;
    virtual void cancel() = 0;
    // After an attempt whose outcome is unknown (SentMatch::outcomeUnknown): looks for the mail
    // among what the service stored since `since`, never taking a message in `claimed` (other
    // mail's receipts). `idempotencyKey` is the attempt's (Gmail and Graph derive the
    // Message-ID from it). Found or NotFound say what the service shows now: a service that
    // files a sent mail a moment later (Graph's Sent Items) is asked again by the outbox after
    // OutboxSettings::checkDelays. `done` runs once, never after `context` is gone; cancel()
    // stops the lookup too. The default cannot look: Unsupported.
    virtual void findSent(const Draft &draft, const QString &idempotencyKey, const Route &route,
        const QDateTime &since, const QStringList &claimed, QObject *context,
        std::function<void(const Outpost::SentLookup &)> done);

    State state() const { return m_state; }

Q_SIGNALS:
    void stateChanged(Outpost::Submission::State state);
    void progress(qint64 done, qint64 total);
    void succeeded(const Outpost::Receipt &receipt);
    void failed(const Outpost::ServiceError &error);

protected:
    void setState(State state);

private:
    State m_state = State::Idle;
};

} // namespace Outpost

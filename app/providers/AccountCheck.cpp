// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/AccountCheck.h"

#include "providers/ProviderHttp.h"
#include "providers/ProviderRegistry.h"

#include <QCoreApplication>
#include <QTimer>

namespace Outpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::AccountCheck)
};

QString providerAccountName(Provider provider)
{
    return QString::fromLatin1(ProviderRegistry::of(provider).accountOwner);
}

// The provider would not say whose the grant is: nothing may be sent through it.
ServiceError unknownAccount(Provider provider, const ServiceError &cause)
{
    ServiceError e = cause;
    if (cause.kind == ServiceError::Kind::Forbidden || cause.kind == ServiceError::Kind::NotFound
        || cause.kind == ServiceError::Kind::BadRequest
        || cause.kind == ServiceError::Kind::Protocol) {
        // A grant older than the scope that reads the account (User.Read) is refused here:
        // only a new sign-in asks for it.
        e.kind = ServiceError::Kind::Forbidden;
        e.field = DraftField::From;
        e.message = Tr::tr("%1 did not say which account this sign-in belongs to (%2). Connect "
                           "the mailbox again so that Outpost can check it.")
                        .arg(providerAccountName(provider), cause.message);
    }
    return e;
}
} // namespace

namespace AccountCheck {

void learn(ProviderHttp *http, Provider provider, const QUrl &apiBase, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    const auto finish = [guard, done](const Result<AccountIdentity> &result) {
        if (guard)
            done(result);
    };
    const auto unnamed = [provider]() {
        ServiceError e = ServiceError::network(ServiceError::Kind::Protocol, {}, {});
        e.message = Tr::tr("the answer named no address");
        return unknownAccount(provider, e);
    };
    // Each provider asks in its own way (its row's learnAccount); what its answer means for a
    // send is the same everywhere.
    ProviderRegistry::of(provider).learnAccount(
        http, apiBase, [finish, unnamed, provider](const Result<AccountIdentity> &answer) {
            if (!answer.ok())
                return finish(unknownAccount(provider, answer.error()));
            finish(answer.value().isKnown() ? answer : Result<AccountIdentity>(unnamed()));
        });
}

ServiceError refusal(Provider provider, const AccountIdentity &identity, const QString &from)
{
    ServiceError e = ServiceError::fromHttp(
        403, QStringLiteral("account_mismatch"), {}, DraftField::From, std::nullopt);
    e.message = Tr::tr("Signed in to %1 as %2, not %3: connect %3 or choose %2.")
                    .arg(providerAccountName(provider), identity.address, from);
    return e;
}

} // namespace AccountCheck

AccountCheckedSubmission::AccountCheckedSubmission(
    Submission *inner, Provider provider, Lookup lookup, QObject *parent)
    : Submission(parent), m_inner(inner), m_provider(provider), m_lookup(std::move(lookup))
{
    m_inner->setParent(this);
    connect(m_inner, &Submission::stateChanged, this, &AccountCheckedSubmission::setState);
    connect(m_inner, &Submission::progress, this, &Submission::progress);
    connect(m_inner, &Submission::succeeded, this, &Submission::succeeded);
    connect(m_inner, &Submission::failed, this, &Submission::failed);
}

AccountCheckedSubmission::~AccountCheckedSubmission() = default;

SubmissionCapabilities AccountCheckedSubmission::capabilities() const
{
    return m_inner->capabilities();
}

void AccountCheckedSubmission::submit(
    const Draft &draft, const QString &idempotencyKey, const Route &route)
{
    delete m_attempt;
    m_attempt = new QObject(this);
    setState(State::Sending);
    m_lookup(
        m_attempt, [this, draft, idempotencyKey, route](const Result<AccountIdentity> &identity) {
            delete m_attempt;
            if (!identity.ok())
                return fail(identity.error());
            if (!identity.value().allows(draft.from))
                return fail(AccountCheck::refusal(m_provider, identity.value(), draft.from));
            m_inner->submit(draft, idempotencyKey, route);
        });
}

void AccountCheckedSubmission::fail(const ServiceError &error)
{
    setState(State::Failed);
    Q_EMIT failed(error);
}

void AccountCheckedSubmission::cancel()
{
    if (m_attempt) {
        delete m_attempt;
        ServiceError e = ServiceError::network(ServiceError::Kind::Cancelled, {}, {});
        QTimer::singleShot(0, this, [this, e] { fail(e); });
    }
    m_inner->cancel();
}

void AccountCheckedSubmission::findSent(const Draft &draft, const QString &idempotencyKey,
    const Route &route, const QDateTime &since, const QStringList &claimed, QObject *context,
    std::function<void(const SentLookup &)> done)
{
    // Looking changes nothing: the account was checked before the attempt that is looked for.
    m_inner->findSent(draft, idempotencyKey, route, since, claimed, context, std::move(done));
}

} // namespace Outpost

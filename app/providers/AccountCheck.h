// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AccountIdentity.h"
#include "mail/Mailbox.h"
#include "net/Result.h"
#include "submit/Submission.h"

#include <QPointer>
#include <QUrl>

#include <functional>

namespace Outpost {

class ProviderHttp;

// Whose mailbox a provider token opens, asked of the provider itself (each provider's row asks in
// its own way: ProviderInfo::learnAccount):
//  - Gmail: users.getProfile → emailAddress, then users.settings.sendAs.list → every alias
//    whose verificationStatus is "accepted" (or that isPrimary): the addresses Gmail sends as
//    without rewriting From
//    (https://developers.google.com/gmail/api/reference/rest/v1/users/getProfile,
//    https://developers.google.com/gmail/api/reference/rest/v1/users.settings.sendAs).
//  - Graph: GET /me?$select=mail,userPrincipalName → `mail`, "the SMTP address for the user"
//    (https://learn.microsoft.com/graph/api/resources/user#properties). `userPrincipalName`
//    is the sign-in name, not necessarily an address mail is sent from; it is used only when
//    `mail` is null (personal Microsoft accounts, where the sign-in name is the address).
//    Graph sends as the signed-in user: there are no aliases to allow.
namespace AccountCheck {

using Done = std::function<void(const Result<AccountIdentity> &identity)>;

// Asks the provider through `http` (its tokens); `done` once, never after `context` is gone.
void learn(ProviderHttp *http, Provider provider, const QUrl &apiBase, QObject *context, Done done);

// "Signed in to Google as x@…, not y@…: connect y@… or choose x@…" as a refusal of From.
ServiceError refusal(Provider provider, const AccountIdentity &identity, const QString &from);

} // namespace AccountCheck

// A direct submission that sends only as the account its token belongs to: before the first
// send it learns the account (from `lookup`: the keychain, else the provider) and refuses a
// From the provider would rewrite (Gmail) or replace by the signed-in user (Graph), as a
// problem of From, before anything is uploaded. Owns `inner`.
class AccountCheckedSubmission : public Submission
{
    Q_OBJECT
public:
    using Lookup = std::function<void(QObject *context, AccountCheck::Done done)>;
    AccountCheckedSubmission(
        Submission *inner, Provider provider, Lookup lookup, QObject *parent = nullptr);
    ~AccountCheckedSubmission() override;

    // The submission that sends once the account is checked.
    Submission *inner() const { return m_inner; }
    // Replaces how the account is learned (before the next submit()).
    void setLookup(Lookup lookup) { m_lookup = std::move(lookup); }

    SubmissionCapabilities capabilities() const override;
    void submit(const Draft &draft, const QString &idempotencyKey, const Route &route) override;
    void cancel() override;
    void findSent(const Draft &draft, const QString &idempotencyKey, const Route &route,
        const QDateTime &since, const QStringList &claimed, QObject *context,
        std::function<void(const Outpost::SentLookup &)> done) override;

private:
    void fail(const ServiceError &error);

    Submission *m_inner;
    Provider m_provider;
    Lookup m_lookup;
    // Replaced by each submit(): an answer for an earlier one (or after cancel()) is dropped.
    QPointer<QObject> m_attempt;
};

} // namespace Outpost

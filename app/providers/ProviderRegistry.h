// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AccountIdentity.h"
#include "auth/OAuthProfile.h"
#include "mail/Draft.h"
#include "mail/Mailbox.h"
#include "mail/MimeMessage.h"
#include "mail/ThreadSummary.h"
#include "net/Result.h"
#include "net/ServiceError.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QObject;
QT_END_NAMESPACE

namespace Outpost {

class AccessTokenSource;
class ProviderHttp;
class Submission;
struct DirectMailbox;

// What a provider found when asked for the threads with some recipients.
struct ProviderThreads
{
    QList<ThreadSummary> threads;
    std::optional<ServiceError> error;
};

// One row of the providers' table: everything Outpost knows about a mail provider it sends
// through directly, and the factories of what talks to it. Each provider fills its own row in
// its own folder (app/providers/gmail/GmailProvider.cpp, app/providers/outlook/…); code outside
// those folders asks the table (ProviderRegistry), never compares with a named provider.
//
// The provider's id, wire name and display name (`Provider`, providerName(),
// providerDisplayName() in mail/Mailbox.h) and its limits (the row in mail/SendLimits.cpp) stay
// below this layer: the platform's API, the local store and the sandbox speak them too.
struct ProviderInfo
{
    using ThreadsDone = std::function<void(const ProviderThreads &)>;
    using IdentityDone = std::function<void(const Result<AccountIdentity> &)>;

    Provider id {};
    // The company whose account a grant opens, as a person reads it ("Google"): untranslated
    // (a name), and the source text of its translation in the context "Outpost::AccountsDialog".
    const char *accountOwner = "";
    // The API a direct mailbox is sent through ("Gmail API"), to translate in the context
    // "Outpost::AccountsDialog".
    const char *apiName = "";
    // The Accounts dialog's buttons for it, to translate in the context
    // "Outpost::AccountsDialog" (each with its own mnemonic, unique in the dialog): connecting
    // a mailbox of it to the platform (only when the platform connects this provider:
    // `platformConnects`), and adding one that Outpost sends through directly.
    bool platformConnects = false;
    const char *connectLabel = ""; // "Connect &Gmail…"
    const char *connectTip = ""; // "Opens your browser to connect a Gmail mailbox"
    const char *directLabel = ""; // "Add Gmail &directly…"
    const char *directTip = ""; // "Signs in to Google in your browser; Outpost then sends …"
    QString iconPath; // a Qt resource: ":/outpost/icons/gmail.svg"

    // Its OAuth 2.0 profile (auth/OAuthProfile.h) by name ("google") and built from the
    // settings and overrides.
    QString oauthProfileName;
    OAuthProfile (*oauthProfile)(const QSettings *, const ConfigOverrides &) = nullptr;

    // Where its REST API is: the real one, or the variable (environment, else the overrides
    // handed in) that points it at a stand-in.
    QUrl defaultApiBase;
    QByteArray apiUrlVariable;

    // Its error shape mapped to a ServiceError (for ProviderHttp).
    ServiceError (*error)(
        int status, const QByteArray &body, const QByteArray &retryAfter, const QDateTime &now)
        = nullptr;

    // Its Submission. `emlCopy` (a path; empty: none) asks for a copy of the very message sent,
    // which only a provider taking raw MIME can give (keepsEmlCopy).
    bool keepsEmlCopy = false;
    // The very MIME message a send of `draft` from `mailbox` with this key uploads (Date:
    // `date`, or now), for a provider that sends Outpost's own MIME; nullptr for one that
    // builds the message itself (Graph, from JSON). "Save As .eml" and `outpost send --eml`
    // write it (ProviderRegistry::rawMime).
    std::variant<MimeMessage, QList<DraftProblem>> (*rawMessage)(const Draft &draft,
        const QString &idempotencyKey, const DirectMailbox &mailbox, const QDateTime &date)
        = nullptr;
    Submission *(*submission)(QNetworkAccessManager *network, AccessTokenSource *tokens,
        const DirectMailbox &mailbox, const QString &emlCopy)
        = nullptr;

    // Whose account the grant behind `http` opens, asked of the provider: an error as the
    // provider gave it, or an identity that may be unknown (AccountCheck::learn words both).
    void (*learnAccount)(ProviderHttp *http, const QUrl &apiBase, IdentityDone done) = nullptr;

    // The threads of `mailbox` with any of `recipients` (at most `max` each), all asked in
    // parallel; `done` runs once, and not after `context` is gone.
    void (*listThreads)(ProviderHttp *http, const DirectMailbox &mailbox,
        const QStringList &recipients, int max, QObject *context, ThreadsDone done)
        = nullptr;

    QString wireName() const { return providerName(id); }
    QString displayName() const { return providerDisplayName(id); }
    // The API base for this provider: its variable's value in `overrides` (the environment's
    // OUTPOST_GMAIL_API_URL, …, or a stand-in's), else the real API.
    QUrl apiBase(const ConfigOverrides &overrides) const;
    // rawMessage() written to `path` (this row must have one): an empty string, or what went
    // wrong, for the user.
    QString writeEml(const Draft &draft, const QString &idempotencyKey,
        const DirectMailbox &mailbox, const QString &path, const QDateTime &date = {}) const;
    // The error mapper of ProviderHttp, at the time of the answer.
    std::function<ServiceError(int, const QByteArray &, const QByteArray &)> errorMapper() const;
};

// The table: one row per provider, in the order they are offered to the user.
namespace ProviderRegistry {
const QList<ProviderInfo> &all();
const ProviderInfo &of(Provider provider);
// The row whose OAuth profile is named `profile` ("google"); nullptr for none.
const ProviderInfo *byOAuthProfile(const QString &profile);
// The row whose rawMessage writes an .eml: `preferred`'s when it sends raw MIME, else the
// first row that does (a platform mailbox's .eml is the message a direct send would upload).
const ProviderInfo &rawMime(std::optional<Provider> preferred);
} // namespace ProviderRegistry

// The rows, each in its provider's folder.
ProviderInfo gmailProvider();
ProviderInfo outlookProvider();

} // namespace Outpost

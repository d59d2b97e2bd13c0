// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DirectSend.h"

#include "auth/InstanceUrl.h"
#include "cli/CommandLine.h"
#include "cli/SendOutput.h"
#include "mail/AttachmentFile.h"
#include "mail/MimeMessage.h"
#include "mail/SendRules.h"
#include "providers/AccessTokenSource.h"
#include "providers/AccountCheck.h"
#include "providers/DirectMailbox.h"
#include "providers/ProviderHttp.h"
#include "providers/ProviderRegistry.h"
#include "submit/RetryingSend.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUuid>

namespace Outpost {

namespace {
using namespace CommandLine;
using namespace SendOutput;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::SendCommand)
};

// The token's account is asked of the provider before the first attempt (once: the answer is
// kept for the retries); a From it cannot send as is refused as a problem of --from (exit 65).
std::unique_ptr<Submission> accountChecked(Submission *inner, QNetworkAccessManager *network,
    AccessTokenSource *tokens, const DirectMailbox &mailbox)
{
    auto submission = std::make_unique<AccountCheckedSubmission>(
        inner, mailbox.provider, AccountCheckedSubmission::Lookup {});
    auto *http = new ProviderHttp(
        network, tokens, ProviderRegistry::of(mailbox.provider).errorMapper(), submission.get());
    auto known = std::make_shared<std::optional<AccountIdentity>>();
    submission->setLookup([http, mailbox, known](QObject *context, AccountCheck::Done done) {
        if (*known) {
            done(**known);
            return;
        }
        AccountCheck::learn(http, mailbox.provider, mailbox.apiBase, context,
            [known, done](const Result<AccountIdentity> &identity) {
                if (identity.ok())
                    *known = identity.value();
                done(identity);
            });
    });
    return submission;
}

int writeOnly(const Draft &draft, const DirectSendOptions &options,
    std::optional<Provider> provider, const QString &key)
{
    // The very message a direct send with this key would upload (through the provider asked
    // for when it sends raw MIME, else the one that does).
    const ProviderInfo &row = ProviderRegistry::rawMime(provider);
    const DirectMailbox mailbox {row.id, draft.from, {}, {}};
    auto built = row.rawMessage(draft, key, mailbox, {});
    if (const auto *problems = std::get_if<QList<DraftProblem>>(&built)) {
        for (const DraftProblem &p : *problems)
            printErr(describe(p.field, p.message));
        return Validation;
    }
    QString error;
    if (!std::get<MimeMessage>(built).writeTo(options.emlPath, &error)) {
        printErr(Tr::tr("outpost send: cannot write %1: %2").arg(options.emlPath, error));
        return Usage;
    }
    const QString messageId = std::get<MimeMessage>(built).messageId();
    printOut(QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("eml"), options.emlPath},
                                                 {QStringLiteral("rfcMessageId"), messageId}})
                                   .toJson(QJsonDocument::Compact)));
    return Ok;
}
} // namespace

int runDirectSend(const ComposeInput &input, const DirectSendOptions &options)
{
    // Addresses parsed and checked as for any send; no platform mailboxes to resolve against.
    const auto result = SendRules::draftFrom(input);
    if (const auto *problems = std::get_if<QList<DraftProblem>>(&result)) {
        for (const DraftProblem &p : *problems)
            printErr(describe(p.field, p.message));
        return Validation;
    }
    Draft draft = std::get<Draft>(result);
    draft.provider.reset();
    const auto provider = providerFromName(options.provider);
    if (!options.dryRun && !provider) {
        printErr(Tr::tr("outpost send: --via must be gmail or outlook."));
        return Usage;
    }
    // --attach: checked as the compose window checks them (readable, not a folder, within the
    // provider's limit for one message) before anything is built; streamed from disk after.
    const SendLimits limits
        = SendLimits::of(SendRoute::Direct, options.dryRun ? std::optional<Provider>() : provider);
    if (!options.attachFiles.isEmpty()) {
        QStringList refused;
        qint64 attached = 0;
        for (const QString &path : options.attachFiles) {
            QString why = AttachmentFile::unusable(path);
            const Attachment a = why.isEmpty() ? AttachmentFile::of(path) : Attachment {};
            if (why.isEmpty()) {
                const bool twice = std::any_of(draft.attachments.cbegin(), draft.attachments.cend(),
                    [&](const Attachment &b) { return b.localPath == a.localPath; });
                if (twice)
                    continue; // the same file named twice goes once
                why = SendRules::fileRefusal(a.filename, a.size, attached, limits);
            }
            if (!why.isEmpty()) {
                refused += why;
                continue;
            }
            attached += a.size;
            draft.attachments += a;
        }
        if (!refused.isEmpty()) {
            for (const QString &why : refused)
                printErr(Tr::tr("outpost send: --attach: %1").arg(why));
            return Validation;
        }
    }
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (options.dryRun)
        return writeOnly(draft, options, provider, key);

    const ProviderInfo &row = ProviderRegistry::of(*provider);
    QUrl base = row.defaultApiBase;
    if (!options.apiUrl.isEmpty()) {
        QString error;
        const auto url = InstanceUrl::parse(options.apiUrl, &error);
        if (!url) {
            printErr(Tr::tr("outpost send: --api-url: %1").arg(error));
            return Usage;
        }
        base = *url;
    }
    const QString token = qEnvironmentVariable("OUTPOST_PROVIDER_TOKEN");
    if (token.isEmpty()) {
        printErr(Tr::tr("outpost send: no token: set OUTPOST_PROVIDER_TOKEN to an access token "
                        "of %1.")
                     .arg(draft.from));
        return Authentication;
    }
    QNetworkAccessManager network;
    StaticTokenSource tokens(token);
    const DirectMailbox mailbox {*provider, draft.from, {}, base};
    if (!options.emlPath.isEmpty() && !row.keepsEmlCopy) {
        // Only Outlook today (Graph builds the message itself from JSON).
        printErr(Tr::tr("outpost send: --eml with --via outlook: Graph builds the message "
                        "itself; use --dry-run to write the .eml."));
        return Usage;
    }
    Submission *inner = row.submission(&network, &tokens, mailbox, options.emlPath);
    const auto submission = accountChecked(inner, &network, &tokens, mailbox);
    RetryPolicy policy;
    policy.maxAttempts = 4;
    policy.cap = std::chrono::seconds(30);
    RetryingSend send(submission.get(), policy);
    QObject::connect(&send, &RetryingSend::waiting, &send,
        [](int attempt, qint64 delayMs, const ServiceError &e) {
            printErr(Tr::tr("outpost send: %1 Retrying in %2 ms (attempt %3).")
                         .arg(e.message)
                         .arg(delayMs)
                         .arg(attempt));
        });
    QObject::connect(&send, &RetryingSend::failed, &send, [&send](const ServiceError &e) {
        printErr(describe(e.field, e.message));
        // The lookups could not tell: never "not sent" (the outbox's rule, as for the platform).
        QCoreApplication::exit(send.outcomeWasUnknown() ? MayHaveBeenSent : exitCodeFor(e));
    });
    QObject::connect(&send, &RetryingSend::succeeded, &send, [](const Receipt &r) {
        printOut(QString::fromUtf8(receiptJson(r)));
        QCoreApplication::exit(Ok);
    });
    send.start(draft, key);
    return QCoreApplication::exec();
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
// Gmail's row of the providers' table (providers/ProviderRegistry.h).
#include "providers/DirectMailbox.h"
#include "providers/ProviderHttp.h"
#include "providers/ProviderRegistry.h"
#include "providers/ThreadGather.h"
#include "providers/gmail/GmailSubmission.h"
#include "providers/gmail/GmailWire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>

#include <memory>

namespace Outpost {

namespace {

QUrl usersMe(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString p = url.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    url.setPath(p + QStringLiteral("/gmail/v1/users/me") + path);
    return url;
}

// users.getProfile → emailAddress, then users.settings.sendAs.list → every alias whose
// verificationStatus is "accepted" (or that isPrimary): the addresses Gmail sends as without
// rewriting From
// (https://developers.google.com/gmail/api/reference/rest/v1/users/getProfile,
// https://developers.google.com/gmail/api/reference/rest/v1/users.settings.sendAs).
AccountIdentity identity(const QJsonObject &profile, const QJsonObject &sendAsList)
{
    AccountIdentity identity;
    identity.address = profile.value(u"emailAddress").toString().trimmed();
    if (!identity.isKnown())
        return identity;
    for (const QJsonValue &v : sendAsList.value(u"sendAs").toArray()) {
        const QJsonObject alias = v.toObject();
        const QString address = alias.value(u"sendAsEmail").toString().trimmed();
        // "pending" (or anything else) is not an address Gmail sends as yet.
        const bool verified = alias.value(u"isPrimary").toBool()
            || alias.value(u"verificationStatus").toString() == u"accepted";
        if (verified && !address.isEmpty() && !identity.allows(address))
            identity.sendAs += address;
    }
    return identity;
}

void learnAccount(ProviderHttp *http, const QUrl &apiBase, ProviderInfo::IdentityDone done)
{
    ProviderHttp::Request request;
    request.url = usersMe(apiBase, QStringLiteral("/profile"));
    http->send(request, http, [http, apiBase, done](const ProviderHttp::Answer &profile) {
        if (profile.error)
            return done(*profile.error);
        if (!identity(profile.json(), {}).isKnown())
            return done(AccountIdentity {});
        ProviderHttp::Request aliases;
        aliases.url = usersMe(apiBase, QStringLiteral("/settings/sendAs"));
        const QJsonObject profileJson = profile.json();
        http->send(aliases, http, [done, profileJson](const ProviderHttp::Answer &list) {
            if (list.error)
                return done(*list.error);
            done(identity(profileJson, list.json()));
        });
    });
}

// `threads.list` with `q=from:… OR to:… OR cc:…`, then `threads.get format=metadata` of each
// (Subject, Message-ID, References of the latest message).
void listThreads(ProviderHttp *http, const DirectMailbox &mailbox, const QStringList &recipients,
    int max, QObject *context, ProviderInfo::ThreadsDone done)
{
    auto state = std::make_shared<ThreadGather>();
    state->done = std::move(done);
    state->outstanding = int(recipients.size());
    QPointer<ProviderHttp> guarded = http;
    for (const QString &recipient : recipients) {
        ProviderHttp::Request list;
        list.url = GmailWire::threadsWithUrl(mailbox.apiBase, recipient, max);
        http->send(list, context, [=](const ProviderHttp::Answer &answer) {
            if (answer.error || !guarded) {
                if (answer.error)
                    state->fail(*answer.error);
                state->finishOne();
                return;
            }
            for (const QString &id : GmailWire::threadIds(answer.json())) {
                if (state->seen.contains(id))
                    continue;
                state->seen += id;
                ++state->outstanding;
                ProviderHttp::Request get;
                get.url = GmailWire::threadMetadataUrl(mailbox.apiBase, id);
                guarded->send(get, context, [=](const ProviderHttp::Answer &thread) {
                    if (thread.error)
                        state->fail(*thread.error);
                    else
                        state->listing.threads
                            += GmailWire::threadSummary(thread.json(), mailbox.address);
                    state->finishOne();
                });
            }
            state->finishOne();
        });
    }
}

Submission *submission(QNetworkAccessManager *network, AccessTokenSource *tokens,
    const DirectMailbox &mailbox, const QString &emlCopy)
{
    auto *gmail = new GmailSubmission(network, tokens, mailbox);
    gmail->setEmlCopy(emlCopy);
    return gmail;
}

} // namespace

ProviderInfo gmailProvider()
{
    ProviderInfo p;
    p.id = Provider::Gmail;
    p.accountOwner = QT_TRANSLATE_NOOP("Outpost::AccountsDialog", "Google");
    p.apiName = QT_TRANSLATE_NOOP("Outpost::AccountsDialog", "Gmail API");
    // The platform connects Gmail mailboxes: api/CONTRACT.md, `GET
    // /api/email/oauth/authorize?provider=gmail|outlook`.
    p.platformConnects = true;
    p.connectLabel = QT_TRANSLATE_NOOP("Outpost::AccountsDialog", "Connect &Gmail…");
    p.connectTip = QT_TRANSLATE_NOOP(
        "Outpost::AccountsDialog", "Opens your browser to connect a Gmail mailbox");
    p.directLabel = QT_TRANSLATE_NOOP("Outpost::AccountsDialog", "Add Gmail &directly…");
    p.directTip = QT_TRANSLATE_NOOP("Outpost::AccountsDialog",
        "Signs in to Google in your browser; Outpost then sends through the Gmail API");
    p.iconPath = QStringLiteral(":/outpost/icons/gmail.svg");
    p.oauthProfileName = QStringLiteral("google");
    p.oauthProfile = &OAuthProfile::google;
    p.defaultApiBase = GmailWire::defaultBase();
    p.apiUrlVariable = "OUTPOST_GMAIL_API_URL";
    p.error = &GmailWire::error;
    // Gmail takes the raw MIME Outpost builds: the copy is exactly what was sent.
    p.keepsEmlCopy = true;
    p.rawMessage = &GmailSubmission::messageFor;
    p.submission = &submission;
    p.learnAccount = &learnAccount;
    p.listThreads = &listThreads;
    return p;
}

} // namespace Outpost

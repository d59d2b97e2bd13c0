// SPDX-License-Identifier: GPL-3.0-or-later
// Outlook's row of the providers' table (providers/ProviderRegistry.h): Microsoft's accounts,
// sent through Microsoft Graph.
#include "providers/DirectMailbox.h"
#include "providers/ProviderHttp.h"
#include "providers/ProviderRegistry.h"
#include "providers/ThreadGather.h"
#include "providers/outlook/GraphSubmission.h"
#include "providers/outlook/GraphWire.h"

#include <QCoreApplication>

#include <memory>

namespace Outpost {

namespace {

// GET /me?$select=mail,userPrincipalName → `mail`, "the SMTP address for the user"
// (https://learn.microsoft.com/graph/api/resources/user#properties). `userPrincipalName` is
// the sign-in name, not necessarily an address mail is sent from; it is used only when `mail`
// is null (personal Microsoft accounts, where the sign-in name is the address). Graph sends as
// the signed-in user: there are no aliases to allow.
AccountIdentity identity(const QJsonObject &me)
{
    AccountIdentity identity;
    identity.address = me.value(u"mail").toString().trimmed();
    if (identity.address.isEmpty())
        identity.address = me.value(u"userPrincipalName").toString().trimmed();
    return identity;
}

void learnAccount(ProviderHttp *http, const QUrl &apiBase, ProviderInfo::IdentityDone done)
{
    ProviderHttp::Request request;
    request.url = GraphWire::url(apiBase, QStringLiteral("/me"),
        {{QStringLiteral("$select"), QStringLiteral("mail,userPrincipalName")}});
    http->send(request, http, [done](const ProviderHttp::Answer &a) {
        if (a.error)
            return done(*a.error);
        done(identity(a.json()));
    });
}

// The messages with the address among their participants (`$search="participants:…"`; Graph
// refuses lambda filters on recipients), grouped by conversationId and sorted (the latest
// message is the one createReply answers).
void listThreads(ProviderHttp *http, const DirectMailbox &mailbox, const QStringList &recipients,
    int max, QObject *context, ProviderInfo::ThreadsDone done)
{
    auto state = std::make_shared<ThreadGather>();
    state->done = std::move(done);
    state->outstanding = int(recipients.size());
    for (const QString &recipient : recipients) {
        ProviderHttp::Request list;
        list.url = GraphWire::messagesWithUrl(mailbox.apiBase, recipient, 5 * max);
        http->send(list, context, [=](const ProviderHttp::Answer &answer) {
            if (answer.error)
                state->fail(*answer.error);
            else
                for (const ThreadSummary &t :
                    GraphWire::conversations(answer.json(), mailbox.address))
                    state->add(t);
            state->finishOne();
        });
    }
}

Submission *submission(QNetworkAccessManager *network, AccessTokenSource *tokens,
    const DirectMailbox &mailbox, const QString &)
{
    return new GraphSubmission(network, tokens, mailbox);
}

} // namespace

ProviderInfo outlookProvider()
{
    ProviderInfo p;
    p.id = Provider::Outlook;
    p.accountOwner = QT_TRANSLATE_NOOP("Outpost::AccountsDialog", "Microsoft");
    p.apiName = QT_TRANSLATE_NOOP("Outpost::AccountsDialog", "Microsoft Graph");
    // The platform connects Outlook mailboxes: api/CONTRACT.md, `GET
    // /api/email/oauth/authorize?provider=gmail|outlook`.
    p.platformConnects = true;
    p.connectLabel = QT_TRANSLATE_NOOP("Outpost::AccountsDialog", "Connect &Outlook…");
    p.connectTip = QT_TRANSLATE_NOOP(
        "Outpost::AccountsDialog", "Opens your browser to connect an Outlook mailbox");
    p.directLabel = QT_TRANSLATE_NOOP("Outpost::AccountsDialog", "Add Outlook direc&tly…");
    p.directTip = QT_TRANSLATE_NOOP("Outpost::AccountsDialog",
        "Signs in to Microsoft in your browser; Outpost then sends through Microsoft Graph");
    p.iconPath = QStringLiteral(":/outpost/icons/outlook.svg");
    p.oauthProfileName = QStringLiteral("microsoft");
    p.oauthProfile = &OAuthProfile::microsoft;
    p.defaultApiBase = GraphWire::defaultBase();
    p.apiUrlVariable = "OUTPOST_GRAPH_API_URL";
    p.error = &GraphWire::error;
    // Graph builds the message itself from JSON: there is no copy of what it sends.
    p.keepsEmlCopy = false;
    p.submission = &submission;
    p.learnAccount = &learnAccount;
    p.listThreads = &listThreads;
    return p;
}

} // namespace Outpost

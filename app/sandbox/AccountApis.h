// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxRouter.h"
#include "sandbox/oauth/ProviderTokens.h"

namespace Outpost::Sandbox {

class GmailApi;
class GraphApi;
class SandboxContext;

// Whose mailbox a token opens, as the real services tell it:
//   GET /gmail-api/gmail/v1/users/{me}/profile           users.getProfile: {emailAddress,
//        messagesTotal, threadsTotal, historyId}; needs one of mail.google.com, gmail.modify,
//        gmail.compose, gmail.readonly, gmail.metadata
//        (https://developers.google.com/gmail/api/reference/rest/v1/users/getProfile)
//   GET /gmail-api/gmail/v1/users/{me}/settings/sendAs   users.settings.sendAs.list: the
//        primary address (isPrimary) and the custom "from" aliases with their
//        verificationStatus; needs one of gmail.settings.basic, mail.google.com, gmail.modify,
//        gmail.readonly
//        (https://developers.google.com/gmail/api/reference/rest/v1/users.settings.sendAs/list)
//   GET /graph/v1.0/me                                  the user resource: id, displayName,
//        mail ("the SMTP address for the user") and userPrincipalName, $select honoured;
//        needs User.Read (or a wider User.* permission)
//        (https://learn.microsoft.com/graph/api/user-get, …/resources/user#properties)
// A token made without an OAuth grant (the demo tokens, /_sandbox/provider-tokens) holds
// every scope; one from the stand-in's authorization servers holds what was granted.
class AccountApis
{
public:
    AccountApis(SandboxContext &context, GmailApi &gmail, GraphApi &graph);
    void addRoutes(SandboxRouter &router);

    struct Alias
    {
        QString address;
        QString verificationStatus; // accepted | pending
    };
    // The custom "from" aliases of a Gmail mailbox (the demo mailbox has one verified and one
    // pending; others none).
    static QList<Alias> gmailAliases(const QString &mailbox);
    // Whether Gmail sends a message from `from` with that From unchanged: the account itself
    // or a verified ("accepted") alias.
    static bool gmailSendsAs(const QString &mailbox, const QString &from);

private:
    HttpResponse gmailProfile(const HttpRequest &request);
    HttpResponse gmailSendAs(const HttpRequest &request);
    HttpResponse graphMe(const HttpRequest &request);

    SandboxContext &m_context;
    GmailApi &m_gmail;
    GraphApi &m_graph;
    ProviderTokens m_tokens;
};

} // namespace Outpost::Sandbox

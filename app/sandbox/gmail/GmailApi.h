// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ProviderStore.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/oauth/ProviderTokens.h"

namespace Outpost::Sandbox {

class SandboxContext;

// The Gmail API under /gmail-api (standing for https://gmail.googleapis.com):
//   POST gmail/v1/users/{me}/messages/send          {raw, threadId?}, at most 1 MB of JSON
//   GET  gmail/v1/users/{me}/messages?q=…        {messages:[{id,threadId}], resultSizeEstimate}
//   GET  gmail/v1/users/{me}/messages/{id}?format=…
//   GET  gmail/v1/users/{me}/threads?q=…&maxResults=…
//   GET  gmail/v1/users/{me}/threads/{id}?format=metadata&metadataHeaders=…
// Sending follows Gmail's documented threading rule: a message joins `threadId` only when
// In-Reply-To/References name a message of that thread and the subject matches.
class GmailApi
{
public:
    static constexpr qint64 maxMessageBytes = 35LL * 1024 * 1024;
    static constexpr qint64 maxPlainRequestBytes = 1000 * 1000;

    explicit GmailApi(SandboxContext &context);
    void addRoutes(SandboxRouter &router);

    // The mailbox of the request's bearer token, checked against the {userId} path segment.
    std::optional<ProviderToken> authenticate(const HttpRequest &request, HttpResponse *error);
    // Validates, threads and stores one outgoing message; answers as messages.send does.
    HttpResponse deliver(
        const ProviderToken &account, const QByteArray &raw, const QJsonValue &threadId);

private:
    HttpResponse sendPlain(const HttpRequest &request);
    HttpResponse listMessages(const HttpRequest &request);
    HttpResponse getMessage(const HttpRequest &request);
    HttpResponse listThreads(const HttpRequest &request);
    HttpResponse getThread(const HttpRequest &request);

    SandboxContext &m_context;
    ProviderStore m_store;
    ProviderTokens m_tokens;
};

} // namespace Outpost::Sandbox

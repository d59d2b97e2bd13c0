// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxRouter.h"

namespace Outpost::Sandbox {

class GraphApi;
class SandboxContext;
struct Fault;

// The /_sandbox/ controls for direct mode (routed only when faults are on):
//   GET  /_sandbox/provider-messages?provider=gmail   every message sent through the Gmail
//        API: ids, sha256 and size of the stored MIME (Bcc removed), and the MIME itself up
//        to 1 MiB (`raw`, or `rawBase64` when it is not UTF-8)
//   GET  /_sandbox/provider-messages?provider=outlook every message sent through Graph: the
//        message resource and each attachment's name, type, size, sha256 and how it came
//   POST /_sandbox/provider-tokens {provider, mailbox?, expiresInSecs?} → {token}: a token
//        for tests (negative expiresInSecs: already expired)
//   POST /_sandbox/provider-deliver {provider, mailbox?, from, subject, html,
//        authenticationResults: [..]} → {id, threadId|conversationId}: a message arriving in
//        the mailbox, with the Authentication-Results headers its receiving server added
//        (a forged From is a message whose results say dmarc=fail)
class ProviderControl
{
public:
    ProviderControl(SandboxContext &context, GraphApi &graph);
    void addRoutes(SandboxRouter &controls);

    // An injected status fault on a Gmail or Graph path answers in that provider's error
    // shape unless the fault brought its own body; other paths keep the platform's shape.
    static HttpResponse faultResponse(
        const Fault &fault, const HttpRequest &request, const QDateTime &now);

private:
    HttpResponse messages(const HttpRequest &request);
    HttpResponse addToken(const HttpRequest &request);
    HttpResponse deliver(const HttpRequest &request);

    SandboxContext &m_context;
    GraphApi &m_graph;
};

} // namespace Outpost::Sandbox

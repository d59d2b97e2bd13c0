// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxRouter.h"

namespace Outpost::Sandbox {

class SandboxContext;
struct User;

// GET /api/conversation/contact/{contactId}/messages/search: what was said to and by one
// contact, as docs.tetherai.ca's conversation pages publish it (api/CONTRACT.md, "Also
// published"): q of 1–500 characters; matchCase and wholeWord (true|false); channelType; fromDate
// and toDate as YYYY-MM-DD (inclusive, UTC days); limit 1–5000 →
// { results: [ { conversationId, channelType, channelIdentifier, matches: [ { messageId, body,
// createdAt } ] } ], total, truncated }. Not published, so chosen here (the stricter reading
// where one exists): a parameter outside those rules is 400 with its name; limit defaults to
// 50 and counts matches, not conversations; the text searched is a message's visible text
// (HTML rendered), notes included; conversations newest first, matches newest first; an
// unknown contact, or one of another organisation, is 404.
class MessageSearchApi
{
public:
    explicit MessageSearchApi(SandboxContext &context);
    void addRoutes(SandboxRouter &router);

private:
    HttpResponse search(const HttpRequest &request, const User &user);

    SandboxContext &m_context;
};

} // namespace Outpost::Sandbox

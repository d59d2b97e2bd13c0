// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxRouter.h"

namespace Outpost::Sandbox {

class SandboxContext;

// The read side of api/CONTRACT.md plus sign-in and mailbox connection.
class PlatformApi
{
public:
    explicit PlatformApi(SandboxContext &context);
    void addRoutes(SandboxRouter &router);

private:
    HttpResponse login(const HttpRequest &request);
    HttpResponse refresh(const HttpRequest &request);
    HttpResponse accounts(const User &user);
    HttpResponse authorize(const HttpRequest &request, const User &user);
    HttpResponse connect(const HttpRequest &request);
    HttpResponse contacts(const HttpRequest &request, const User &user);
    HttpResponse allConversations(const HttpRequest &request, const User &user);
    HttpResponse conversation(const QString &id, const User &user);
    HttpResponse messages(const QString &conversationId, const User &user);
    HttpResponse messagesByBody(const HttpRequest &request, const User &user);
    HttpResponse file(const HttpRequest &request);

    SandboxContext &m_context;
};

// Parses a JSON object body; an empty body counts as {}.
bool jsonBody(const HttpRequest &request, QJsonObject *object, HttpResponse *error);

} // namespace Outpost::Sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxRouter.h"

namespace Outpost::Sandbox {

class SandboxContext;

// POST /api/email/messages/send with every rule of api/send-email-endpoint.txt.
class SendEndpoint
{
public:
    explicit SendEndpoint(SandboxContext &context);
    void addRoutes(SandboxRouter &router);

private:
    HttpResponse send(const HttpRequest &request, const User &user);
    QString newThreadId(Provider provider, const QString &userId) const;

    SandboxContext &m_context;
};

} // namespace Outpost::Sandbox

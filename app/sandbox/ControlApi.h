// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxRouter.h"

namespace Outpost::Sandbox {

class FaultInjector;
class RequestLog;
class SandboxContext;

// The /_sandbox/ endpoints for tests: faults, recorded requests, all messages, token expiry.
// Only routed when SandboxOptions::faults is true.
class ControlApi
{
public:
    ControlApi(SandboxContext &context, FaultInjector &faults, RequestLog &log);
    void addRoutes(SandboxRouter &router);

private:
    HttpResponse addFault(const HttpRequest &request);

    SandboxContext &m_context;
    FaultInjector &m_faults;
    RequestLog &m_log;
};

} // namespace Outpost::Sandbox

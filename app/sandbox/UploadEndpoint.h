// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxRouter.h"

namespace Outpost::Sandbox {

class SandboxContext;

// POST /api/upload: multipart/form-data, parts named `files`, bytes kept under uploads/.
class UploadEndpoint
{
public:
    static constexpr int maxFiles = 10;

    explicit UploadEndpoint(SandboxContext &context);
    void addRoutes(SandboxRouter &router);

private:
    HttpResponse upload(const HttpRequest &request, const User &user);

    SandboxContext &m_context;
};

} // namespace Outpost::Sandbox

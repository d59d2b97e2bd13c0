// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxRouter.h"
#include "sandbox/SandboxStore.h"

namespace Outpost::Sandbox {

class SandboxContext;

// POST /api/upload: multipart/form-data, parts named `files`, bytes kept under uploads/.
class UploadEndpoint
{
public:
    static constexpr int maxFiles = 10;

    explicit UploadEndpoint(SandboxContext &context);
    void addRoutes(SandboxRouter &router);
    // GET /_sandbox/uploads: every file stored since start, oldest first, with the SHA-256 of
    // the stored bytes (for tests comparing what arrived with what was sent).
    void addControlRoutes(SandboxRouter &router);

private:
    HttpResponse upload(const HttpRequest &request, const User &user);
    HttpResponse storedUploads() const;

    SandboxContext &m_context;
    QList<Upload> m_stored;
};

} // namespace Outpost::Sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ProviderStore.h"
#include "sandbox/SandboxRouter.h"

namespace Outpost::Sandbox {

class GmailApi;
class SandboxContext;

// Gmail's media upload of users.messages.send, under /gmail-api/upload/gmail/v1/…:
//   POST ?uploadType=media       the message itself (message/rfc822), at most 5 MB
//   POST ?uploadType=multipart   multipart/related: JSON metadata, then the message, up to
//                                users.messages.send's "Maximum file size: 35MB"
//   POST ?uploadType=resumable   X-Upload-Content-Type/-Length + JSON metadata → 200, Location
//   PUT  <Location>              bytes, whole or in chunks (Content-Range: bytes a-b/N):
//                                308 + Range until complete, then the message resource;
//                                `bytes */N` with no body asks how far the upload got
// Chunks are committed in whole 256 KiB blocks, as Google's servers do: the 308 Range header
// says what was kept, and the next chunk must start right after it.
class GmailUpload
{
public:
    // developers.google.com/gmail/api/guides/uploads: uploadType=media is "for quick transfer
    // of smaller files, for example, 5 MB or less". An example, not a stated limit: whether
    // Google refuses a larger simple upload is unknown, and the stand-in is the stricter one.
    // uploadType=multipart has no size of its own there: the method's 35 MB holds
    // (GmailApi::maxMessageBytes).
    static constexpr qint64 maxSimpleMediaBytes = 5LL * 1024 * 1024;
    static constexpr qint64 chunkGranularity = 256 * 1024;

    GmailUpload(SandboxContext &context, GmailApi &api);
    void addRoutes(SandboxRouter &router);

private:
    HttpResponse start(const HttpRequest &request);
    HttpResponse media(const HttpRequest &request, const ProviderToken &account);
    HttpResponse multipart(const HttpRequest &request, const ProviderToken &account);
    HttpResponse resumable(const HttpRequest &request, const ProviderToken &account);
    HttpResponse put(const HttpRequest &request);
    HttpResponse finish(GmailUploadSession &session, const ProviderToken &account);

    SandboxContext &m_context;
    GmailApi &m_api;
    ProviderStore m_store;
};

} // namespace Outpost::Sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ProviderStore.h"
#include "sandbox/SandboxRouter.h"

namespace Outpost::Sandbox {

class GraphApi;
class SandboxContext;

// Attachments of Graph drafts:
//   POST /graph/v1.0/me/messages/{id}/attachments                      a fileAttachment < 3 MB
//   POST /graph/v1.0/me/messages/{id}/attachments/createUploadSession  {AttachmentItem} for
//        files of 3 MB to 150 MB → 201 {uploadUrl, expirationDateTime, nextExpectedRanges}
//   PUT  <uploadUrl>  (under /outlook-upload, pre-authenticated: an Authorization header is
//        refused with 401) bytes in order, Content-Range required, at most 4 MB a chunk:
//        200 {nextExpectedRanges:["<next>"]} until the last chunk, then 201 + Location
//   DELETE <uploadUrl>  cancels the session (204)
class GraphUpload
{
public:
    static constexpr qint64 maxChunkBytes = 4LL * 1024 * 1024;
    static constexpr qint64 maxAttachmentBytes = 150LL * 1024 * 1024;

    GraphUpload(SandboxContext &context, GraphApi &api);
    void addRoutes(SandboxRouter &router);

private:
    HttpResponse addAttachment(const HttpRequest &request);
    HttpResponse listAttachments(const HttpRequest &request);
    HttpResponse createSession(const HttpRequest &request);
    HttpResponse put(const HttpRequest &request);
    HttpResponse cancel(const HttpRequest &request);
    // The session an upload URL names, or the error to answer.
    std::optional<GraphUploadSession> session(const HttpRequest &request, HttpResponse *error);
    QString attachmentUrl(const GraphUploadSession &session) const;

    SandboxContext &m_context;
    GraphApi &m_api;
};

} // namespace Outpost::Sandbox

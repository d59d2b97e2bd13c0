// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ProviderStore.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/graph/GraphJson.h"
#include "sandbox/oauth/ProviderTokens.h"

namespace Outpost::Sandbox {

class SandboxContext;

// Microsoft Graph mail under /graph (standing for https://graph.microsoft.com), v1.0, /me:
//   POST sendMail                         → 202, a new conversation
//   POST messages                         → 201 draft;  PATCH messages/{id};  GET messages/{id}
//   POST messages/{id}/createReply        → 201 draft in the conversation, "RE: …"
//   POST messages/{id}/send               → 202; the sent message gets a new id unless the
//                                           request says Prefer: IdType="ImmutableId"
//   DELETE messages/{id}                  → 204; moved to Deleted Items (still listed by
//                                           GET messages), deleted for good from there
//   GET  messages?$filter&$orderby&$select&$top&$skip, mailFolders/{folder}/messages?…,
//        or ?$search="participants:…" (GraphSearch; no $orderby or $filter beside it)
// Limits as documented: 4 MB per request (413), inline attachments under 3 MB, 35 MB per
// message; $orderby properties must lead the $filter (else InefficientFilter); no lambda
// filter on recipients (GraphFilter). A reply whose subject no longer matches its
// conversation's topic starts a new conversationId. Drafts are listed like any message.
// The Sent Items copy of sendMail and send appears SandboxOptions::graphSentCopyDelayMs after
// the 202, not at once (sendMail's page: "202 Accepted"; the copy is written asynchronously,
// how long after is not documented and varies: the stand-in waits 300 ms by default).
class GraphApi
{
public:
    static constexpr qint64 maxRequestBytes = 4LL * 1024 * 1024;
    // The sandbox reads Graph's "under 3 MB" as under 3,000,000 bytes, the stricter reading.
    static constexpr qint64 maxInlineAttachmentBytes = 3000 * 1000;
    static constexpr qint64 maxMessageBytes = 35LL * 1024 * 1024;

    explicit GraphApi(SandboxContext &context);
    void addRoutes(SandboxRouter &router);

    std::optional<ProviderToken> authenticate(const HttpRequest &request, HttpResponse *error);
    // 413 when the request body is over Graph's 4 MB.
    bool withinRequestLimit(const HttpRequest &request, HttpResponse *error);
    // What a request that writes carries: the signed-in account and its JSON object body.
    struct WriteRequest
    {
        ProviderToken account;
        QJsonObject body;
    };
    // The account (authenticate), within the request limit, and the JSON object body
    // (jsonBody); for an `operation` that takes only some `parameters`, no other key. Else
    // nullopt with the answer in `error`.
    std::optional<WriteRequest> writeRequest(const HttpRequest &request, bool emptyAllowed,
        HttpResponse *error, const char *operation = nullptr, const QStringList &parameters = {});
    // A JSON object body; `emptyAllowed` for actions whose body is optional.
    std::optional<QJsonObject> jsonBody(
        const HttpRequest &request, bool emptyAllowed, HttpResponse *error);
    HttpResponse fail(int status, const QString &code, const QString &message) const;
    // 404 ErrorItemNotFound, as Graph answers for an id or folder the mailbox does not show.
    HttpResponse itemNotFound() const;
    // An answer with no body (202 Accepted, 201 with a Location, 204 No Content).
    static HttpResponse withoutBody(int status);
    // The message as Graph shows it (id, isDraft, folder, hasAttachments filled in).
    QJsonObject resource(const GraphMessage &message) const;
    // The draft `id` of the account, or the error to answer.
    std::optional<GraphMessage> draft(
        const ProviderToken &account, const QString &id, HttpResponse *error);
    // Whether the mailbox shows the message: not a sendMail kept out of Sent Items, not a
    // Sent Items copy still on its way.
    bool isShown(const GraphMessage &message) const;
    // The account's message `id` if the mailbox shows it.
    std::optional<GraphMessage> shown(const ProviderToken &account, const QString &id) const;
    bool storeAttachment(const QString &messageId, const GraphJson::FileAttachment &file,
        const QString &via, QString *attachmentId = nullptr);
    ProviderStore &store() { return m_store; }

private:
    HttpResponse sendMail(const HttpRequest &request);
    HttpResponse create(const HttpRequest &request);
    HttpResponse get(const HttpRequest &request);
    HttpResponse list(const HttpRequest &request, const QString &folder);
    HttpResponse patch(const HttpRequest &request);
    HttpResponse send(const HttpRequest &request);
    HttpResponse createReply(const HttpRequest &request);
    HttpResponse remove(const HttpRequest &request);

    GraphMessage newMessage(const ProviderToken &account, bool draft) const;
    // Applies written properties; false with the error when an attachment is too large.
    bool apply(GraphMessage &message, const GraphJson::MessageInput &input, HttpResponse *error);
    // Stores a new message and its inline attachments (each `via` "inline") in one
    // transaction: all of them or none (sendMail, create, createReply).
    bool insertWithAttachments(
        const GraphMessage &message, const QList<GraphJson::FileAttachment> &attachments);
    // What a rewriting tenant does to a message it sends (SandboxOptions::graphRewritesSentCopy).
    void rewriteSentCopy(GraphMessage &message) const;

    SandboxContext &m_context;
    ProviderStore m_store;
    ProviderTokens m_tokens;
};

} // namespace Outpost::Sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/outlook/GraphSubmission.h"

#include "mail/Clock.h"
#include "mail/MimeMessage.h"
#include "providers/DirectLookup.h"
#include "providers/ProviderHttp.h"
#include "providers/outlook/GraphWire.h"
#include "submit/SentMatch.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeDatabase>

namespace Outpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::GraphSubmission)
};

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Every POST here makes something (a sent mail, a draft, an attachment): its body is read
// once (OneShotBody), so that Qt never sends it again by itself when a kept-alive connection
// drops after the request left (it did: sendMail stored twice). The outbox decides, after
// looking in Sent Items.
ProviderHttp::Request post(const QUrl &url, const QJsonObject &body)
{
    ProviderHttp::Request r;
    r.method = "POST";
    r.url = url;
    r.contentType = "application/json";
    r.body = QList<OneShotBody::Piece> {json(body)};
    return r;
}
} // namespace

GraphSubmission::GraphSubmission(QNetworkAccessManager *network, AccessTokenSource *tokens,
    DirectMailbox mailbox, QObject *parent)
    : Submission(parent)
    , m_mailbox(std::move(mailbox))
    , m_http(new ProviderHttp(
          network, tokens,
          [](int status, const QByteArray &body, const QByteArray &retryAfter) {
              return GraphWire::error(status, body, retryAfter, systemNow());
          },
          this))
{
    connect(m_http, &ProviderHttp::uploadProgress, this, &Submission::progress);
    m_copyWait.setSingleShot(true);
    connect(&m_copyWait, &QTimer::timeout, this, &GraphSubmission::lookupReceipt);
}

GraphSubmission::~GraphSubmission() = default;

SubmissionCapabilities GraphSubmission::capabilities() const
{
    return {true, SendLimits::of(SendRoute::Direct, Provider::Outlook)};
}

void GraphSubmission::submit(const Draft &draft, const QString &idempotencyKey, const Route &)
{
    setState(State::Sending);
    m_draft = draft;
    m_key = idempotencyKey;
    m_began = systemNow();
    m_internetMessageId = DirectLookup::messageIdFor(idempotencyKey, draft.from);
    m_inline = {};
    m_separate.clear();
    m_large.clear();
    m_draftId.clear();
    m_sendPosted = false;
    m_receiptTries = 0;
    // The same checks as for a MIME message: no line break in a header, readable files.
    const auto checked = MimeMessage::build(draft, {});
    if (const auto *problems = std::get_if<QList<DraftProblem>>(&checked)) {
        ServiceError e = ServiceError::fromHttp(
            400, QStringLiteral("invalid_message"), {}, problems->first().field, std::nullopt);
        e.message = problems->first().message;
        finish(e);
        return;
    }
    static const QMimeDatabase mimeTypes;
    const SendLimits limits = capabilities().limits;
    qint64 requestBytes = draft.body.toUtf8().size() * 2 + 64 * 1024;
    for (const Attachment &a : draft.attachments) {
        FilePart part {a.localPath,
            a.filename.isEmpty() ? QFileInfo(a.localPath).fileName() : a.filename,
            a.contentType.isEmpty() ? mimeTypes.mimeTypeForFile(a.localPath).name() : a.contentType,
            QFileInfo(a.localPath).size()};
        const qint64 encoded = (part.size + 2) / 3 * 4;
        if (part.size >= limits.inlineBelowBytes) {
            m_large += part;
        } else if (!draft.isReply() && requestBytes + encoded < limits.maxRequestBytes) {
            QFile file(part.path);
            if (!file.open(QIODevice::ReadOnly)) {
                ServiceError e
                    = ServiceError::fromHttp(400, {}, {}, DraftField::Attachments, std::nullopt);
                e.message = Tr::tr("“%1” cannot be read: %2").arg(part.name, file.errorString());
                finish(e);
                return;
            }
            m_inline.append(GraphWire::fileAttachment(part.name, part.contentType, file.readAll()));
            requestBytes += encoded;
        } else {
            m_separate += part;
        }
    }
    // Was this very mail sent already (an answer lost on the way)? Then it is done.
    ProviderHttp::Request check;
    check.url = GraphWire::sentByInternetMessageIdUrl(m_mailbox.apiBase, m_internetMessageId);
    m_http->send(check, this, [this](const ProviderHttp::Answer &answer) {
        if (answer.error) {
            finish(*answer.error);
            return;
        }
        const QJsonObject sent = GraphWire::firstValue(answer.json());
        if (!sent.isEmpty()) {
            setState(State::Sent);
            Q_EMIT succeeded(GraphWire::receipt(sent, m_internetMessageId, m_draft.threadId));
            return;
        }
        afterSentCheck();
    });
}

void GraphSubmission::afterSentCheck()
{
    if (m_draft.isReply())
        createReply();
    else if (m_large.isEmpty() && m_separate.isEmpty())
        sendMail();
    else
        createDraft();
}

void GraphSubmission::sendMail()
{
    const QJsonObject body {{QStringLiteral("message"),
                                GraphWire::message(m_draft, m_internetMessageId, m_inline, true)},
        {QStringLiteral("saveToSentItems"), true}};
    m_http->send(post(GraphWire::url(m_mailbox.apiBase, QStringLiteral("/me/sendMail")), body),
        this, [this](const ProviderHttp::Answer &answer) {
            if (answer.error)
                return finish(*answer.error);
            lookupReceipt();
        });
}

void GraphSubmission::createDraft()
{
    m_http->send(post(GraphWire::url(m_mailbox.apiBase, QStringLiteral("/me/messages")),
                     GraphWire::message(m_draft, m_internetMessageId, m_inline, true)),
        this, [this](const ProviderHttp::Answer &answer) {
            if (answer.error)
                return finish(*answer.error);
            m_draftId = answer.json().value(u"id").toString();
            addAttachment(0);
        });
}

void GraphSubmission::createReply()
{
    ProviderHttp::Request latest;
    latest.url = GraphWire::latestInConversationUrl(m_mailbox.apiBase, m_draft.threadId);
    m_http->send(latest, this, [this](const ProviderHttp::Answer &found) {
        if (found.error)
            return finish(*found.error);
        const QString original = GraphWire::firstValue(found.json()).value(u"id").toString();
        if (original.isEmpty()) {
            ServiceError e = ServiceError::fromHttp(404, {}, {}, DraftField::Thread, std::nullopt);
            e.message = Tr::tr("Outlook has no message in this conversation to reply to.");
            return finish(e);
        }
        const QUrl url = GraphWire::url(
            m_mailbox.apiBase, QStringLiteral("/me/messages/%1/createReply").arg(original));
        m_http->send(post(url, {}), this, [this](const ProviderHttp::Answer &created) {
            if (created.error)
                return finish(*created.error);
            m_draftId = created.json().value(u"id").toString();
            // The reply keeps Graph's subject: changing it would start a new conversation.
            ProviderHttp::Request patch;
            patch.method = "PATCH";
            patch.url
                = GraphWire::url(m_mailbox.apiBase, QStringLiteral("/me/messages/") + m_draftId);
            patch.contentType = "application/json";
            patch.body = json(GraphWire::message(m_draft, m_internetMessageId, {}, false));
            m_http->send(patch, this, [this](const ProviderHttp::Answer &patched) {
                if (patched.error)
                    return finish(*patched.error);
                addAttachment(0);
            });
        });
    });
}

void GraphSubmission::addAttachment(qsizetype index)
{
    if (index >= m_separate.size())
        return uploadLarge(0);
    const FilePart &part = m_separate.at(index);
    QFile file(part.path);
    if (!file.open(QIODevice::ReadOnly)) {
        ServiceError e = ServiceError::fromHttp(400, {}, {}, DraftField::Attachments, std::nullopt);
        e.message = Tr::tr("“%1” cannot be read: %2").arg(part.name, file.errorString());
        return finish(e);
    }
    const QUrl url = GraphWire::url(
        m_mailbox.apiBase, QStringLiteral("/me/messages/%1/attachments").arg(m_draftId));
    m_http->send(post(url, GraphWire::fileAttachment(part.name, part.contentType, file.readAll())),
        this, [this, index](const ProviderHttp::Answer &answer) {
            if (answer.error)
                return finish(*answer.error);
            addAttachment(index + 1);
        });
}

void GraphSubmission::uploadLarge(qsizetype index)
{
    if (index >= m_large.size())
        return sendDraft();
    const FilePart &part = m_large.at(index);
    const QUrl url = GraphWire::url(m_mailbox.apiBase,
        QStringLiteral("/me/messages/%1/attachments/createUploadSession").arg(m_draftId));
    m_http->send(post(url, GraphWire::uploadSessionRequest(part.name, part.size, part.contentType)),
        this, [this, index](const ProviderHttp::Answer &answer) {
            if (answer.error)
                return finish(*answer.error);
            const QUrl uploadUrl(answer.json().value(u"uploadUrl").toString());
            if (!uploadUrl.isValid())
                return finish(ServiceError::network(ServiceError::Kind::Protocol,
                    m_mailbox.apiBase.host(), Tr::tr("no upload URL")));
            putChunk(uploadUrl, index, 0);
        });
}

void GraphSubmission::putChunk(const QUrl &uploadUrl, qsizetype index, qint64 offset)
{
    const FilePart &part = m_large.at(index);
    QFile file(part.path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        ServiceError e = ServiceError::fromHttp(400, {}, {}, DraftField::Attachments, std::nullopt);
        e.message = Tr::tr("“%1” cannot be read: %2").arg(part.name, file.errorString());
        return finish(e);
    }
    // One chunk in memory at most.
    const QByteArray chunk = file.read(capabilities().limits.chunkBytes);
    const qint64 last = offset + chunk.size() - 1;
    ProviderHttp::Request put;
    put.method = "PUT";
    put.url = uploadUrl;
    put.authenticated = false; // the upload URL carries its own authorization
    put.contentType = "application/octet-stream";
    put.headers = {{"Content-Range",
        QStringLiteral("bytes %1-%2/%3").arg(offset).arg(last).arg(part.size).toLatin1()}};
    put.body = chunk;
    m_http->send(put, this, [this, uploadUrl, index, last](const ProviderHttp::Answer &answer) {
        if (answer.error)
            return finish(*answer.error);
        Q_EMIT progress(last + 1, m_large.at(index).size);
        if (last + 1 < m_large.at(index).size)
            putChunk(uploadUrl, index, last + 1);
        else
            uploadLarge(index + 1);
    });
}

void GraphSubmission::sendDraft()
{
    m_sendPosted = true;
    const QUrl url
        = GraphWire::url(m_mailbox.apiBase, QStringLiteral("/me/messages/%1/send").arg(m_draftId));
    m_http->send(post(url, {}), this, [this](const ProviderHttp::Answer &answer) {
        if (answer.error)
            return finish(*answer.error);
        lookupReceipt();
    });
}

void GraphSubmission::lookupReceipt()
{
    // sendMail and send answer 202 with no body: Sent Items tells the conversation. Graph
    // writes that copy a moment later (sendMail: "202 Accepted", the copy asynchronous), so
    // it is asked again, a little later each time, before Outpost settles for no receipt id.
    // The copy is looked for as a lost send is (findSent: by internetMessageId, then by what
    // it says), so a tenant that does not keep the id still gives the receipt.
    static constexpr int waitsMs[] = {100, 200, 400, 800, 1600, 3200};
    findSent(m_draft, m_key, {}, m_began, {}, this, [this](const SentLookup &lookup) {
        if (lookup.outcome == SentLookup::Outcome::Found)
            return sentWith(lookup.receipt);
        if (lookup.outcome == SentLookup::Outcome::NotFound
            && m_receiptTries < int(std::size(waitsMs))) {
            m_copyWait.start(waitsMs[m_receiptTries++]);
            return;
        }
        sentWith(GraphWire::receipt({}, m_internetMessageId, m_draft.threadId));
    });
}

void GraphSubmission::sentWith(const Receipt &receipt)
{
    m_copyWait.stop();
    setState(State::Sent);
    Q_EMIT succeeded(receipt);
}

void GraphSubmission::finish(const ServiceError &error)
{
    // A draft made for this attempt (new, or createReply's) is deleted before the failure is
    // told, so that a retry starts clean and no half-made reply stays in the conversation;
    // not when the send itself may have gone through (the draft is then the sent mail).
    const QString draft = m_draftId;
    m_draftId.clear();
    const auto fail = [this, error] {
        setState(State::Failed);
        Q_EMIT failed(error);
    };
    if (draft.isEmpty() || (m_sendPosted && SentMatch::outcomeUnknown(error)))
        return fail();
    ProviderHttp::Request remove;
    remove.method = "DELETE";
    remove.url = GraphWire::url(m_mailbox.apiBase, QStringLiteral("/me/messages/") + draft);
    if (error.kind == ServiceError::Kind::Cancelled) {
        // Cancelled: told at once, the draft deleted on the side.
        m_http->send(remove, this, [](const ProviderHttp::Answer &) {});
        return fail();
    }
    m_http->send(remove, this, [fail](const ProviderHttp::Answer &) { fail(); });
}

void GraphSubmission::cancel()
{
    if (m_copyWait.isActive()) // sent already: only the receipt's ids are missing
        return sentWith(GraphWire::receipt({}, m_internetMessageId, m_draft.threadId));
    m_http->abortAll();
}

} // namespace Outpost

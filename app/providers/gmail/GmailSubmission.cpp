// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gmail/GmailSubmission.h"

#include "mail/Clock.h"
#include "mail/MimeMessage.h"
#include "mail/SendRules.h"
#include "providers/DirectLookup.h"
#include "providers/ProviderHttp.h"
#include "providers/gmail/GmailWire.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QLocale>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace Outpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::GmailSubmission)
};

ServiceError refused(const DraftProblem &problem)
{
    ServiceError e = ServiceError::fromHttp(
        400, QStringLiteral("invalid_message"), {}, problem.field, std::nullopt);
    e.message = problem.message;
    return e;
}
} // namespace

GmailSubmission::GmailSubmission(QNetworkAccessManager *network, AccessTokenSource *tokens,
    DirectMailbox mailbox, QObject *parent)
    : Submission(parent)
    , m_mailbox(std::move(mailbox))
    , m_http(new ProviderHttp(
          network, tokens,
          [](int status, const QByteArray &body, const QByteArray &retryAfter) {
              return GmailWire::error(status, body, retryAfter, systemNow());
          },
          this))
{
    connect(m_http, &ProviderHttp::uploadProgress, this, &Submission::progress);
}

GmailSubmission::~GmailSubmission() = default;

SubmissionCapabilities GmailSubmission::capabilities() const
{
    return {true, SendLimits::of(SendRoute::Direct, Provider::Gmail)};
}

std::variant<MimeMessage, QList<DraftProblem>> GmailSubmission::messageFor(const Draft &draft,
    const QString &idempotencyKey, const DirectMailbox &mailbox, const QDateTime &date)
{
    MimeOptions options;
    options.messageId = DirectLookup::messageIdFor(idempotencyKey, draft.from);
    options.fromName = mailbox.displayName;
    options.includeBcc = true; // Gmail delivers to Bcc and removes the header itself
    options.date = date;
    return MimeMessage::build(draft, options);
}

void GmailSubmission::submit(const Draft &draft, const QString &idempotencyKey, const Route &)
{
    setState(State::Sending);
    m_threadId = draft.threadId;
    m_messageId = DirectLookup::messageIdFor(idempotencyKey, draft.from);
    auto built = messageFor(draft, idempotencyKey, m_mailbox, m_date);
    if (const auto *problems = std::get_if<QList<DraftProblem>>(&built)) {
        finish(refused(problems->first()));
        return;
    }
    m_file = std::make_unique<QTemporaryFile>(
        QDir::tempPath() + QStringLiteral("/outpost-XXXXXX.eml"));
    if (!m_file->open()) {
        finish(ServiceError::network(ServiceError::Kind::Protocol, {}, m_file->errorString()));
        return;
    }
    // Encoding a large attachment takes a while: off the UI thread.
    auto message = std::make_shared<MimeMessage>(std::move(std::get<MimeMessage>(built)));
    const QString path = m_file->fileName();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isNull()) {
            ServiceError e = ServiceError::network(ServiceError::Kind::Protocol, {}, error);
            e.message = Tr::tr("The message could not be prepared: %1").arg(error);
            finish(e);
            return;
        }
        sendPrepared();
    });
    watcher->setFuture(QtConcurrent::run([message, path] {
        QString error;
        return message->writeTo(path, &error) ? QString()
                                              : (error.isEmpty() ? QStringLiteral("?") : error);
    }));
}

void GmailSubmission::sendPrepared()
{
    if (!m_emlCopy.isEmpty()) {
        QFile::remove(m_emlCopy);
        if (!QFile::copy(m_file->fileName(), m_emlCopy)) {
            ServiceError e = ServiceError::network(ServiceError::Kind::Protocol, {}, m_emlCopy);
            e.message = Tr::tr("%1 could not be written.").arg(m_emlCopy);
            finish(e);
            return;
        }
    }
    const qint64 size = QFileInfo(m_file->fileName()).size();
    const SendLimits limits = capabilities().limits;
    if (size > limits.maxMessageBytes) {
        ServiceError e = ServiceError::fromHttp(413, {}, {}, DraftField::Attachments, std::nullopt);
        e.message
            = Tr::tr("The message is %1 with its attachments; Gmail accepts at most %2.")
                  .arg(SendRules::sizeText(size), SendRules::sizeText(limits.maxMessageBytes));
        finish(e);
        return;
    }
    // Was this very mail sent already (an answer lost on the way)? Then it is done.
    ProviderHttp::Request check;
    check.url = GmailWire::findByMessageIdUrl(m_mailbox.apiBase, m_messageId);
    m_http->send(check, this, [this](const ProviderHttp::Answer &answer) {
        if (answer.error) {
            finish(*answer.error);
            return;
        }
        QString threadId;
        const QString id = GmailWire::firstMessageId(answer.json(), &threadId);
        if (!id.isEmpty()) {
            setState(State::Sent);
            Q_EMIT succeeded(GmailWire::receipt(
                QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("threadId"), threadId}},
                m_messageId));
            return;
        }
        if (QFileInfo(m_file->fileName()).size() > capabilities().limits.resumableAboveBytes)
            uploadResumable();
        else
            upload();
    });
}

void GmailSubmission::upload()
{
    // multipart/related: the metadata, then the message read from disk while it is sent.
    const QByteArray boundary = "outpost-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    ProviderHttp::Request r;
    r.method = "POST";
    r.url = GmailWire::uploadUrl(m_mailbox.apiBase, false);
    r.contentType = "multipart/related; boundary=" + boundary;
    r.body = QList<OneShotBody::Piece> {
        QByteArray("--" + boundary + "\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n"
            + GmailWire::sendMetadata(m_threadId) + "\r\n--" + boundary
            + "\r\nContent-Type: message/rfc822\r\n\r\n"),
        m_file->fileName(), QByteArray("\r\n--" + boundary + "--\r\n")};
    m_http->send(r, this, [this](const ProviderHttp::Answer &answer) {
        if (answer.error) {
            finish(*answer.error);
            return;
        }
        setState(State::Sent);
        Q_EMIT succeeded(GmailWire::receipt(answer.json(), m_messageId));
    });
}

void GmailSubmission::uploadResumable()
{
    const qint64 size = QFileInfo(m_file->fileName()).size();
    ProviderHttp::Request start;
    start.method = "POST";
    start.url = GmailWire::uploadUrl(m_mailbox.apiBase, true);
    start.contentType = "application/json; charset=UTF-8";
    start.headers = {{"X-Upload-Content-Type", "message/rfc822"},
        {"X-Upload-Content-Length", QByteArray::number(size)}};
    start.body = GmailWire::sendMetadata(m_threadId);
    m_http->send(start, this, [this, size](const ProviderHttp::Answer &session) {
        if (session.error) {
            finish(*session.error);
            return;
        }
        const QUrl location = QUrl::fromEncoded(session.header("Location"));
        if (!location.isValid() || location.host() != m_mailbox.apiBase.host()) {
            finish(ServiceError::network(ServiceError::Kind::Protocol, m_mailbox.apiBase.host(),
                Tr::tr("no usable upload session")));
            return;
        }
        ProviderHttp::Request put;
        put.method = "PUT";
        put.url = location;
        put.contentType = "message/rfc822";
        put.body = QList<OneShotBody::Piece> {m_file->fileName()};
        m_http->send(put, this, [this](const ProviderHttp::Answer &answer) {
            if (answer.error) {
                finish(*answer.error);
                return;
            }
            setState(State::Sent);
            Q_EMIT succeeded(GmailWire::receipt(answer.json(), m_messageId));
        });
    });
}

void GmailSubmission::finish(const ServiceError &error)
{
    setState(State::Failed);
    Q_EMIT failed(error);
}

void GmailSubmission::cancel()
{
    m_http->abortAll();
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/ProviderHttp.h"

#include "submit/AccessTokenSource.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace Outpost {

namespace {
constexpr int transferTimeoutMs = 120'000;
} // namespace

QByteArray ProviderHttp::Answer::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject ProviderHttp::Answer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

ProviderHttp::ProviderHttp(
    QNetworkAccessManager *network, AccessTokenSource *tokens, ErrorMapper errors, QObject *parent)
    : QObject(parent), m_network(network), m_tokens(tokens), m_errors(std::move(errors))
{
}

void ProviderHttp::send(const Request &request, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    if (!request.authenticated) {
        attempt(request, {}, false, guard, std::move(done));
        return;
    }
    m_tokens->token(this, [=, this](const Result<QString> &token) {
        if (!guard)
            return;
        if (!token.ok()) {
            Answer answer;
            answer.error = token.error();
            done(answer);
            return;
        }
        attempt(request, token.value(), true, guard, done);
    });
}

void ProviderHttp::attempt(const Request &request, const QString &token, bool mayRetry,
    QPointer<QObject> context, Done done)
{
    QNetworkRequest r(request.url);
    r.setTransferTimeout(transferTimeoutMs);
    // No API call is redirected; Gmail's 308 "resume incomplete" is an answer, not a redirect.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setHeader(QNetworkRequest::UserAgentHeader,
        QStringLiteral("Outpost/%1").arg(QCoreApplication::applicationVersion()));
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!request.contentType.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);

    QNetworkReply *reply = nullptr;
    if (const auto *bytes = std::get_if<QByteArray>(&request.body)) {
        reply = m_network->sendCustomRequest(r, request.method, *bytes);
    } else {
        auto *body = new OneShotBody(std::get<QList<OneShotBody::Piece>>(request.body));
        r.setHeader(QNetworkRequest::ContentLengthHeader, body->totalSize());
        r.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_network->sendCustomRequest(r, request.method, body);
        body->setParent(reply);
    }
    m_replies += reply;
    connect(reply, &QNetworkReply::uploadProgress, this, &ProviderHttp::uploadProgress);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        m_replies.removeAll(reply);
        if (!context)
            return;
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.headers = reply->rawHeaderPairs();
        const QString host = request.url.host();
        if (m_aborting) {
            answer.error = ServiceError::network(ServiceError::Kind::Cancelled, host, {});
        } else if (answer.status == 0) {
            const auto kind = reply->error() == QNetworkReply::SslHandshakeFailedError
                ? ServiceError::Kind::Tls
                : (reply->error() == QNetworkReply::TimeoutError
                            || reply->error() == QNetworkReply::OperationCanceledError
                        ? ServiceError::Kind::Timeout
                        : ServiceError::Kind::Network);
            answer.error = ServiceError::network(kind, host, reply->errorString());
        } else if (answer.status >= 400) {
            answer.error = m_errors(answer.status, answer.body, reply->rawHeader("Retry-After"));
        }
        if (answer.status == 401 && mayRetry) {
            // The token was refused: one fresh token, one retry.
            m_tokens->invalidate(token);
            m_tokens->token(this, [=, this](const Result<QString> &next) {
                if (!context)
                    return;
                if (!next.ok() || next.value() == token) {
                    done(answer);
                    return;
                }
                attempt(request, next.value(), false, context, done);
            });
            return;
        }
        done(answer);
    });
}

void ProviderHttp::abortAll()
{
    m_aborting = true;
    const auto replies = m_replies;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
    m_aborting = false;
}

} // namespace Outpost

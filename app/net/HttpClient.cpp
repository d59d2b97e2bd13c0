// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <memory>

Q_LOGGING_CATEGORY(lcHttp, "outpost.http", QtInfoMsg)

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::HttpClient)
};

// Failures that happen before any byte of the request is written: nothing can have arrived.
QString codeForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return ServiceError::connectionRefused;
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        return ServiceError::hostNotFound;
    default:
        return {};
    }
}

ServiceError::Kind kindForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return ServiceError::Kind::Tls;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
        return ServiceError::Kind::Timeout;
    default:
        return ServiceError::Kind::Network;
    }
}
} // namespace

BearerTokens::~BearerTokens() = default;

void BearerTokens::signInRequired(const ServiceError &) { }

void HttpCall::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
    Q_EMIT abortRequested();
}

void HttpCall::setReply(QNetworkReply *reply)
{
    m_reply = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, &HttpCall::uploadProgress);
}

QByteArray HttpClient::Answer::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpClient::Answer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::HttpClient(
    QNetworkAccessManager *network, BearerTokens *tokens, ErrorMapper errors, QObject *parent)
    : QObject(parent), m_network(network), m_tokens(tokens), m_errors(std::move(errors))
{
}

bool HttpClient::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool HttpClient::maySend(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"https" || (scheme == u"http" && isLoopback(url));
}

HttpCall *HttpClient::send(const Request &request, QObject *context, Done done)
{
    auto *call = new HttpCall(this);
    send(call, request, context, std::move(done));
    return call;
}

void HttpClient::send(HttpCall *call, const Request &request, QObject *context, Done done)
{
    m_calls.removeIf([](const QPointer<HttpCall> &c) { return c.isNull(); });
    m_calls += call;
    connect(call, &HttpCall::uploadProgress, this, &HttpClient::uploadProgress);
    QPointer<QObject> guard(context);
    Finish finish = [call, guard, done = std::move(done)](const Answer &answer) {
        if (guard)
            done(answer);
        call->deleteLater();
    };
    if (!request.authenticated || !m_tokens) {
        attempt(call, request, {}, false, guard, finish);
        return;
    }
    m_tokens->token(call, [=, this](const Result<QString> &token) {
        if (!token.ok()) {
            Answer answer;
            answer.error = token.error();
            finish(answer);
            return;
        }
        attempt(call, request, token.value(), true, guard, finish);
    });
}

void HttpClient::attempt(HttpCall *call, const Request &request, const QString &token,
    bool mayRenew, QPointer<QObject> context, Finish finish)
{
    if (!context) {
        call->deleteLater();
        return;
    }
    if (call->isAborted()) {
        Answer cancelled;
        cancelled.error
            = ServiceError::network(ServiceError::Kind::Cancelled, request.url.host(), {});
        later(call, cancelled, finish);
        return;
    }
    ServiceError refused;
    QNetworkReply *reply = start(request, token, &refused);
    if (!reply) {
        Answer answer;
        answer.error = refused;
        later(call, answer, finish);
        return;
    }
    call->setReply(reply);
    // The answer is taken as it arrives, not all at once at its end: a 500-message thread's
    // answer (6.9 MB) read at the end held the GUI thread for about 40 ms on the two-core test
    // machine, nearly all of it the new memory's page faults, on the way from the click to the
    // conversation painted. Taken piece by piece, that work is done while the rest is still on
    // its way. This reply's own: a retry has its own.
    auto received = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::readyRead, call,
        [reply, received] { received->append(reply->readAll()); });
    connect(reply, &QNetworkReply::finished, call, [=, this] {
        reply->deleteLater();
        if (!context) {
            call->deleteLater();
            return;
        }
        const Answer answer = read(reply, std::move(*received), call, request);
        if (answer.status != 401 || !request.authenticated || !m_tokens) {
            finish(answer);
            return;
        }
        if (!mayRenew) {
            m_tokens->signInRequired(*answer.error);
            finish(answer);
            return;
        }
        // The token was refused: one new token, then the very same request once more (same
        // body, same Idempotency-Key).
        m_tokens->renew(token, *answer.error, call, [=, this](const Result<QString> &next) {
            if (call->isAborted()) {
                attempt(call, request, {}, false, context, finish); // answers Cancelled
                return;
            }
            if (!next.ok() || next.value() == token) {
                if (m_tokens)
                    m_tokens->signInRequired(next.ok() ? *answer.error : next.error());
                finish(answer);
                return;
            }
            attempt(call, request, next.value(), false, context, finish);
        });
    });
}

QNetworkReply *HttpClient::start(const Request &request, const QString &token, ServiceError *error)
{
    const QUrl &url = request.url;
    if (!maySend(url)) {
        *error = ServiceError::network(ServiceError::Kind::Tls, url.host(),
            Tr::tr("Outpost connects only over https, or over plain http to this computer"));
        error->code = QStringLiteral("insecure_url");
        return nullptr;
    }
    QNetworkRequest r(url);
    r.setTransferTimeout(m_timeoutMs);
    if (m_redirects == Redirects::Answer)
        r.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setHeader(QNetworkRequest::UserAgentHeader,
        QStringLiteral("Outpost/%1").arg(QCoreApplication::applicationVersion()));
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!request.idempotencyKey.isEmpty())
        r.setRawHeader("Idempotency-Key", request.idempotencyKey.toUtf8());
    if (!request.contentType.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    qCDebug(lcHttp) << request.method << url.host() << url.path();

    if (const auto *bytes = std::get_if<QByteArray>(&request.body))
        return m_network->sendCustomRequest(r, request.method, *bytes);
    if (const auto *pieces = std::get_if<QList<OneShotBody::Piece>>(&request.body)) {
        auto *body = new OneShotBody(*pieces);
        r.setHeader(QNetworkRequest::ContentLengthHeader, body->totalSize());
        r.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        QNetworkReply *reply = m_network->sendCustomRequest(r, request.method, body);
        body->setParent(reply);
        return reply;
    }
    const Result<QHttpMultiPart *> form = std::get<MultipartBody>(request.body)();
    if (!form.ok()) {
        *error = form.error();
        return nullptr;
    }
    QNetworkReply *reply = m_network->sendCustomRequest(r, request.method, form.value());
    form.value()->setParent(reply); // its files close with the reply
    return reply;
}

HttpClient::Answer HttpClient::read(
    QNetworkReply *reply, QByteArray received, const HttpCall *call, const Request &request) const
{
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply is closed: reading it would only print "device not open" on stderr.
    if (reply->isOpen()) {
        received += reply->readAll();
        answer.body = std::move(received);
    }
    answer.headers = reply->rawHeaderPairs();
    const int status = answer.status;
    const QString host = request.url.host();
    const bool refused
        = status >= 400 || (m_redirects == Redirects::Follow && (status < 200 || status >= 300));
    if (call->isAborted()) {
        answer.error = ServiceError::network(ServiceError::Kind::Cancelled, host, {});
    } else if (status == 0) {
        answer.error = ServiceError::network(
            kindForNetworkError(reply->error()), host, reply->errorString());
        answer.error->code = codeForNetworkError(reply->error());
        // "The server is not answering" and "no network" call for different things (wait for
        // the server, or check the connection): said apart (issue 15, item 6).
        if (answer.error->code == ServiceError::connectionRefused)
            answer.error->message = Tr::tr("Cannot reach %1: the server is not answering (%2).")
                                        .arg(host, reply->errorString());
        else if (answer.error->code == ServiceError::hostNotFound
            || reply->error() == QNetworkReply::NetworkSessionFailedError)
            answer.error->message = Tr::tr("Cannot reach %1: there is no network connection, or "
                                           "no server by that name (%2).")
                                        .arg(host, reply->errorString());
    } else if (refused) {
        const QByteArray retryAfter = reply->rawHeader("Retry-After");
        answer.error = m_errors ? m_errors(status, answer.body, retryAfter)
                                : ServiceError::fromHttp(status, {}, {}, DraftField::None,
                                    parseRetryAfter(retryAfter, nowOf(m_clock)));
    }
    qCDebug(lcHttp) << "→" << status << request.url.path();
    return answer;
}

void HttpClient::later(HttpCall *call, Answer answer, Finish finish)
{
    // Nothing was sent: answered on the next turn of the event loop, like any reply.
    QMetaObject::invokeMethod(
        call, [answer = std::move(answer), finish] { finish(answer); }, Qt::QueuedConnection);
}

void HttpClient::abortAll()
{
    const auto calls = m_calls;
    for (const QPointer<HttpCall> &call : calls) {
        if (call)
            call->abort();
    }
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/PlatformClient.h"

#include "platform/PlatformJson.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <cstring>

Q_LOGGING_CATEGORY(lcPlatform, "outpost.platform", QtInfoMsg)

namespace Outpost {

namespace {
constexpr int transferTimeoutMs = 60'000;

// A request body that can be read once. Qt 6.4's HTTP layer silently sends a request again
// when a kept-alive connection closes before the answer (tst_sandbox_faults shows it does so
// for a POST); a body that cannot be rewound makes it report ContentReSendError instead. A
// send must never be repeated behind the outbox's back: a server that ignores
// Idempotency-Key would store it twice.
class OnceBody : public QIODevice
{
public:
    explicit OnceBody(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, m_data.size() - m_pos);
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// Failures that happen before any byte of the request is written: nothing can have arrived.
QString codeForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return QStringLiteral("connection_refused");
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        return QStringLiteral("host_not_found");
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

void PlatformCall::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
}

void PlatformCall::setReply(QNetworkReply *reply)
{
    m_reply = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, &PlatformCall::uploadProgress);
}

PlatformClient::PlatformClient(QNetworkAccessManager *network, Session session, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_session(std::move(session))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

void PlatformClient::setSession(const Session &session)
{
    m_session = session;
}

QNetworkReply *PlatformClient::post(const Request &request)
{
    QUrl url = m_session.instance;
    const qsizetype q = request.path.indexOf(u'?');
    url.setPath(url.path() + (q < 0 ? request.path : request.path.left(q)));
    if (q >= 0)
        url.setQuery(request.path.mid(q + 1));
    QNetworkRequest r(url);
    r.setTransferTimeout(transferTimeoutMs);
    r.setRawHeader("Accept", "application/json");
    r.setHeader(QNetworkRequest::UserAgentHeader,
        QStringLiteral("Outpost/%1").arg(QCoreApplication::applicationVersion()));
    if (request.authenticated && !m_session.accessToken.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_session.accessToken.toUtf8());
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    if (!request.body.isNull())
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    qCDebug(lcPlatform) << request.method << url.path();
    if (request.once) {
        auto *body = new OnceBody(request.body);
        r.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        r.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        QNetworkReply *reply = m_network->sendCustomRequest(r, request.method, body);
        body->setParent(reply);
        return reply;
    }
    return m_network->sendCustomRequest(r, request.method, request.body);
}

PlatformClient::Raw PlatformClient::readReply(QNetworkReply *reply, const PlatformCall *call) const
{
    Raw raw;
    raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.body = reply->readAll();
    const QString host = m_session.instance.host();
    if (call->isAborted()) {
        raw.error = ServiceError::network(ServiceError::Kind::Cancelled, host, {});
    } else if (raw.status == 0) {
        raw.error = ServiceError::network(
            kindForNetworkError(reply->error()), host, reply->errorString());
        raw.error->code = codeForNetworkError(reply->error());
    } else if (raw.status < 200 || raw.status >= 300) {
        raw.error
            = PlatformJson::error(raw.status, raw.body, reply->rawHeader("Retry-After"), m_now());
    }
    qCDebug(lcPlatform) << "→" << raw.status << reply->url().path();
    return raw;
}

void PlatformClient::start(
    const Request &request, PlatformCall *call, bool mayRefresh, RawHandler done)
{
    QNetworkReply *reply = post(request);
    call->setReply(reply);
    connect(reply, &QNetworkReply::finished, call, [=, this] {
        reply->deleteLater();
        const Raw raw = readReply(reply, call);
        const bool expired = raw.error && raw.error->kind == ServiceError::Kind::Unauthorized;
        if (!expired || !mayRefresh || m_session.refreshToken.isEmpty() || !request.authenticated) {
            if (expired && request.authenticated)
                Q_EMIT signInRequired(*raw.error);
            done(raw);
            return;
        }
        // One refresh, then one retry of the very same request (same Idempotency-Key).
        Request refresh {"POST", QStringLiteral("/api/auth/refresh"),
            PlatformJson::refreshRequest(m_session.refreshToken), {}, false};
        QNetworkReply *refreshReply = post(refresh);
        call->setReply(refreshReply);
        connect(refreshReply, &QNetworkReply::finished, call, [=, this] {
            refreshReply->deleteLater();
            const Raw refreshed = readReply(refreshReply, call);
            const Result<Session> next = refreshed.error
                ? Result<Session>(*refreshed.error)
                : PlatformJson::session(refreshed.body, m_session);
            if (!next.ok()) {
                Q_EMIT signInRequired(next.error());
                done(raw);
                return;
            }
            m_session = next.value();
            Q_EMIT sessionRefreshed(m_session);
            start(request, call, false, done);
        });
    });
}

PlatformCall *PlatformClient::execute(const Request &request, QObject *context, RawHandler done)
{
    auto *call = new PlatformCall(this);
    QPointer<QObject> guard(context);
    start(request, call, true, [call, guard, done](const Raw &raw) {
        if (guard)
            done(raw);
        call->deleteLater();
    });
    return call;
}

PlatformCall *PlatformClient::fetchMailboxes(QObject *context, Handler<QList<Mailbox>> done)
{
    return execute({"GET", QStringLiteral("/api/email/accounts"), {}, {}, true}, context,
        [done](const Raw &raw) {
            done(
                raw.error ? Result<QList<Mailbox>>(*raw.error) : PlatformJson::mailboxes(raw.body));
        });
}

PlatformCall *PlatformClient::send(
    const Draft &draft, const QString &idempotencyKey, QObject *context, Handler<Receipt> done)
{
    Request r {"POST", QStringLiteral("/api/email/messages/send"), PlatformJson::sendRequest(draft),
        {{"Idempotency-Key", idempotencyKey.toUtf8()}}, true, true};
    return execute(r, context, [done](const Raw &raw) {
        done(raw.error ? Result<Receipt>(*raw.error) : PlatformJson::receipt(raw.body));
    });
}

PlatformCall *PlatformClient::login(
    const QString &email, const QString &password, QObject *context, Handler<Session> done)
{
    Request r {"POST", QStringLiteral("/api/auth/login"),
        PlatformJson::loginRequest(email, password), {}, false};
    return execute(r, context, [this, email, done](const Raw &raw) {
        if (raw.error) {
            done(*raw.error);
            return;
        }
        Session base {m_session.instance, {}, {}, email};
        const Result<Session> s = PlatformJson::session(raw.body, base);
        if (s.ok())
            m_session = s.value();
        done(s);
    });
}

PlatformCall *PlatformClient::refresh(QObject *context, Handler<Session> done)
{
    Request r {"POST", QStringLiteral("/api/auth/refresh"),
        PlatformJson::refreshRequest(m_session.refreshToken), {}, false};
    return execute(r, context, [this, done](const Raw &raw) {
        if (raw.error) {
            done(*raw.error);
            return;
        }
        const Result<Session> s = PlatformJson::session(raw.body, m_session);
        if (s.ok()) {
            m_session = s.value();
            Q_EMIT sessionRefreshed(m_session);
        }
        done(s);
    });
}

PlatformCall *PlatformClient::mailboxAuthorizationUrl(
    Provider provider, QObject *context, Handler<QUrl> done)
{
    Request r {"GET",
        QStringLiteral("/api/email/oauth/authorize?provider=") + providerName(provider), {}, {},
        true};
    return execute(r, context, [done](const Raw &raw) {
        done(raw.error ? Result<QUrl>(*raw.error) : PlatformJson::authorizationUrl(raw.body));
    });
}

PlatformCall *PlatformClient::contacts(
    const QString &search, QObject *context, Handler<QList<PlatformContact>> done)
{
    const QString path = QStringLiteral("/api/contacts?page=1&size=20&search=")
        + QString::fromLatin1(QUrl::toPercentEncoding(search));
    return execute({"GET", path, {}, {}, true}, context, [done](const Raw &raw) {
        done(raw.error ? Result<QList<PlatformContact>>(*raw.error)
                       : PlatformJson::contacts(raw.body));
    });
}

PlatformCall *PlatformClient::conversations(
    const QString &contactId, QObject *context, Handler<QList<PlatformConversation>> done)
{
    Request r {"POST", QStringLiteral("/api/conversation/all"),
        PlatformJson::conversationsRequest(contactId), {}, true};
    return execute(r, context, [done](const Raw &raw) {
        done(raw.error ? Result<QList<PlatformConversation>>(*raw.error)
                       : PlatformJson::conversations(raw.body));
    });
}

PlatformCall *PlatformClient::conversation(
    const QString &conversationId, QObject *context, Handler<PlatformConversation> done)
{
    // The path is set decoded: QUrl encodes what needs it.
    const QString path = QStringLiteral("/api/conversation/") + conversationId;
    return execute({"GET", path, {}, {}, true}, context, [done](const Raw &raw) {
        done(raw.error ? Result<PlatformConversation>(*raw.error)
                       : PlatformJson::conversation(raw.body));
    });
}

PlatformCall *PlatformClient::messages(
    const QString &conversationId, QObject *context, Handler<QList<ConversationMessage>> done)
{
    const QString path
        = QStringLiteral("/api/conversation/") + conversationId + QStringLiteral("/messages");
    return execute({"GET", path, {}, {}, true}, context, [done](const Raw &raw) {
        done(raw.error ? Result<QList<ConversationMessage>>(*raw.error)
                       : PlatformJson::conversationMessages(raw.body));
    });
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/PlatformClient.h"

#include "platform/PlatformJson.h"

#include <QNetworkAccessManager>

namespace Outpost {

namespace {
constexpr int transferTimeoutMs = 60'000;

// The session's tokens for the HTTP core: the access token as it is (none: no header), and
// after a 401 one refresh of the session, when it has a refresh token. A refresh that fails,
// or a retry refused again, asks the user to sign in again.
class SessionTokens : public BearerTokens
{
public:
    explicit SessionTokens(PlatformClient *client) : BearerTokens(client), m_client(client) { }

    void token(QObject *, Handler done) override { done(m_client->session().accessToken); }
    void renew(const QString &, const ServiceError &why, QObject *context, Handler done) override
    {
        if (m_client->session().refreshToken.isEmpty()) {
            done(why);
            return;
        }
        m_client->refresh(context, [done](const Result<Session> &session) {
            if (session.ok())
                done(session.value().accessToken);
            else
                done(session.error());
        });
    }
    void signInRequired(const ServiceError &error) override
    {
        Q_EMIT m_client->signInRequired(error);
    }

private:
    PlatformClient *m_client;
};
} // namespace

PlatformClient::PlatformClient(QNetworkAccessManager *network, Session session, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_tokens(new SessionTokens(this))
    , m_http(new HttpClient(
          network, m_tokens,
          [this](int status, const QByteArray &body, const QByteArray &retryAfter) {
              return PlatformJson::error(status, body, retryAfter, m_now());
          },
          this))
{
    m_http->setTimeout(transferTimeoutMs);
}

void PlatformClient::setSession(const Session &session)
{
    m_session = session;
}

void PlatformClient::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

HttpClient::Request PlatformClient::request(
    const QByteArray &method, const QString &path, const QByteArray &body, bool authenticated) const
{
    HttpClient::Request r;
    r.method = method;
    r.url = m_session.instance;
    const qsizetype q = path.indexOf(u'?');
    r.url.setPath(r.url.path() + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        r.url.setQuery(path.mid(q + 1));
    r.headers = {{"Accept", "application/json"}};
    if (!body.isNull()) {
        r.contentType = "application/json";
        r.body = body;
    }
    r.authenticated = authenticated;
    return r;
}

PlatformCall *PlatformClient::execute(
    const HttpClient::Request &r, QObject *context, RawHandler done)
{
    auto *call = new PlatformCall(this);
    m_http->send(call, r, context, std::move(done));
    return call;
}

PlatformCall *PlatformClient::fetchMailboxes(QObject *context, Handler<QList<Mailbox>> done)
{
    return execute(
        request("GET", QStringLiteral("/api/email/accounts")), context, [done](const Raw &raw) {
            done(
                raw.error ? Result<QList<Mailbox>>(*raw.error) : PlatformJson::mailboxes(raw.body));
        });
}

PlatformCall *PlatformClient::send(
    const Draft &draft, const QString &idempotencyKey, QObject *context, Handler<Receipt> done)
{
    HttpClient::Request r = request("POST", QStringLiteral("/api/email/messages/send"));
    // Read once: Qt never sends it again behind the outbox's back (net/OneShotBody.h).
    r.contentType = "application/json";
    r.body = QList<OneShotBody::Piece> {PlatformJson::sendRequest(draft)};
    r.idempotencyKey = idempotencyKey;
    return execute(r, context, [done](const Raw &raw) {
        done(raw.error ? Result<Receipt>(*raw.error) : PlatformJson::receipt(raw.body));
    });
}

PlatformCall *PlatformClient::login(
    const QString &email, const QString &password, QObject *context, Handler<Session> done)
{
    const HttpClient::Request r = request("POST", QStringLiteral("/api/auth/login"),
        PlatformJson::loginRequest(email, password), false);
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
    const HttpClient::Request r = request("POST", QStringLiteral("/api/auth/refresh"),
        PlatformJson::refreshRequest(m_session.refreshToken), false);
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
    const HttpClient::Request r = request(
        "GET", QStringLiteral("/api/email/oauth/authorize?provider=") + providerName(provider));
    return execute(r, context, [done](const Raw &raw) {
        done(raw.error ? Result<QUrl>(*raw.error) : PlatformJson::authorizationUrl(raw.body));
    });
}

PlatformCall *PlatformClient::contacts(
    const QString &search, QObject *context, Handler<QList<PlatformContact>> done)
{
    const QString path = QStringLiteral("/api/contacts?page=1&size=20&search=")
        + QString::fromLatin1(QUrl::toPercentEncoding(search));
    return execute(request("GET", path), context, [done](const Raw &raw) {
        done(raw.error ? Result<QList<PlatformContact>>(*raw.error)
                       : PlatformJson::contacts(raw.body));
    });
}

PlatformCall *PlatformClient::conversations(
    const QString &contactId, QObject *context, Handler<QList<PlatformConversation>> done)
{
    const HttpClient::Request r = request("POST", QStringLiteral("/api/conversation/all"),
        PlatformJson::conversationsRequest(contactId));
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
    return execute(request("GET", path), context, [done](const Raw &raw) {
        done(raw.error ? Result<PlatformConversation>(*raw.error)
                       : PlatformJson::conversation(raw.body));
    });
}

PlatformCall *PlatformClient::messages(
    const QString &conversationId, QObject *context, Handler<QList<ConversationMessage>> done)
{
    const QString path
        = QStringLiteral("/api/conversation/") + conversationId + QStringLiteral("/messages");
    return execute(request("GET", path), context, [done](const Raw &raw) {
        done(raw.error ? Result<QList<ConversationMessage>>(*raw.error)
                       : PlatformJson::conversationMessages(raw.body));
    });
}

} // namespace Outpost

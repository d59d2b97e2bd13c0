// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/PlatformClient.h"

#include "platform/PlatformJson.h"

#include "mail/AddressList.h"
#include "mail/MailboxResolver.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace Outpost {

namespace {
constexpr int transferTimeoutMs = 60'000;

// The session's tokens for the HTTP core: the access token as it is (none: no header), and
// after a 401 one refresh of the session, when it has a refresh token. A refresh that fails,
// or a retry refused again, asks the user to sign in again. Refusals that meet while a refresh
// is in flight wait for that one (the platform rotates refresh tokens: a second refresh with
// the spent one would fail), and a refusal of a token older than the session's takes the
// newer token without refreshing again.
class SessionTokens : public BearerTokens
{
public:
    explicit SessionTokens(PlatformClient *client) : BearerTokens(client), m_client(client) { }

    void token(QObject *, Handler done) override { done(m_client->session().accessToken); }
    void renew(
        const QString &refused, const ServiceError &why, QObject *context, Handler done) override
    {
        const Session &session = m_client->session();
        if (m_waiting.isEmpty() && !refused.isEmpty() && !session.accessToken.isEmpty()
            && refused != session.accessToken) {
            done(session.accessToken);
            return;
        }
        if (session.refreshToken.isEmpty()) {
            done(why);
            return;
        }
        m_waiting.append({QPointer<QObject>(context), std::move(done)});
        if (m_waiting.size() > 1)
            return;
        m_client->refresh(m_client, [this](const Result<Session> &renewed) {
            const auto waiting = std::exchange(m_waiting, {});
            for (const auto &[waiter, handler] : waiting) {
                if (!waiter)
                    continue;
                if (renewed.ok())
                    handler(renewed.value().accessToken);
                else
                    handler(renewed.error());
            }
        });
    }
    void signInRequired(const ServiceError &error) override
    {
        Q_EMIT m_client->signInRequired(error);
    }

private:
    PlatformClient *m_client;
    QList<std::pair<QPointer<QObject>, Handler>> m_waiting;
};
} // namespace

PlatformClient::PlatformClient(QNetworkAccessManager *network, Session session, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_tokens(new SessionTokens(this))
    , m_http(new HttpClient(
          network, m_tokens,
          [this](int status, const QByteArray &body, const QByteArray &retryAfter) {
              return PlatformJson::error(status, body, retryAfter, nowOf(m_clock));
          },
          this))
{
    m_http->setTimeout(transferTimeoutMs);
}

void PlatformClient::setSession(const Session &session)
{
    m_session = session;
}

void PlatformClient::setClock(const Clock *clock)
{
    m_clock = clock;
    m_http->setClock(clock);
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

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::PlatformClient)
};

// InstanceList's word for an instance of the older send page.
const QString accountIdField = QStringLiteral("accountId");

// The mailbox an older instance knows by its _id: the send page's own rule for `from`
// (provider as the tie-breaker, else the newest connection of the address).
std::optional<Mailbox> mailboxFor(const QList<Mailbox> &mailboxes, const Draft &draft)
{
    QString from = draft.from.trimmed();
    if (const AddressParse parsed = AddressList::parseOne(from); parsed.ok())
        from = parsed.addresses.first().address;
    if (draft.provider) {
        const MailboxResolution r = MailboxResolver::resolve(mailboxes, from, draft.provider);
        if (r.kind == MailboxResolution::Kind::Resolved)
            return r.mailbox;
        return std::nullopt;
    }
    return MailboxResolver::newestFor(mailboxes, from);
}
} // namespace

PlatformCall *PlatformClient::send(
    const Draft &draft, const QString &idempotencyKey, QObject *context, Handler<Receipt> done)
{
    auto *call = new PlatformCall(this);
    if (context)
        connect(context, &QObject::destroyed, call, &QObject::deleteLater);
    const Handler<Receipt> finish = [call, done](const Result<Receipt> &result) {
        done(result);
        call->deleteLater();
    };
    const bool byAccountId = m_instances.sendMailboxField(m_session.instance) == accountIdField;
    sendBy(call, draft, idempotencyKey, byAccountId, false, context, finish);
    return call;
}

PlatformCall *PlatformClient::step(PlatformCall *call)
{
    auto *inner = new PlatformCall(this);
    connect(call, &HttpCall::abortRequested, inner, &HttpCall::abort);
    connect(inner, &HttpCall::uploadProgress, call, &HttpCall::uploadProgress);
    return inner;
}

void PlatformClient::sendBy(PlatformCall *call, const Draft &draft, const QString &key,
    bool byAccountId, bool switched, QObject *context, const Handler<Receipt> &done)
{
    if (!byAccountId) {
        postSend(call, draft, key, {}, switched, context, done);
        return;
    }
    if (call->isAborted()) {
        done(ServiceError::network(ServiceError::Kind::Cancelled, m_session.instance.host(), {}));
        return;
    }
    m_http->send(step(call), request("GET", QStringLiteral("/api/email/accounts")), context,
        [=, this](const Raw &raw) {
            if (raw.error) {
                done(*raw.error);
                return;
            }
            const Result<QList<Mailbox>> mailboxes = PlatformJson::mailboxes(raw.body);
            if (!mailboxes.ok()) {
                done(mailboxes.error());
                return;
            }
            const std::optional<Mailbox> mailbox = mailboxFor(mailboxes.value(), draft);
            if (!mailbox) {
                // Nothing was sent: refused here as the platform refuses a `from` that is
                // not the user's (403 next to From).
                ServiceError e = ServiceError::fromHttp(403, QStringLiteral("forbidden"),
                    Tr::tr("%1 is not a mailbox connected to your account on this instance.")
                        .arg(draft.from.trimmed()),
                    DraftField::From, std::nullopt);
                e.httpStatus = 0;
                done(e);
                return;
            }
            postSend(call, draft, key, mailbox->id, switched, context, done);
        });
}

void PlatformClient::postSend(PlatformCall *call, const Draft &draft, const QString &key,
    const QString &accountId, bool switched, QObject *context, const Handler<Receipt> &done)
{
    HttpClient::Request r = request("POST", QStringLiteral("/api/email/messages/send"));
    // Read once: Qt never sends it again behind the outbox's back (net/OneShotBody.h).
    r.contentType = "application/json";
    r.body = QList<OneShotBody::Piece> {PlatformJson::sendRequest(draft, accountId)};
    r.idempotencyKey = key;
    if (call->isAborted()) {
        done(ServiceError::network(ServiceError::Kind::Cancelled, m_session.instance.host(), {}));
        return;
    }
    m_http->send(step(call), r, context, [=, this](const Raw &raw) {
        if (!raw.error) {
            done(PlatformJson::receipt(raw.body));
            return;
        }
        const bool byAccountId = !accountId.isEmpty();
        const QLatin1StringView other
            = byAccountId ? QLatin1StringView("from") : QLatin1StringView("accountId");
        if (switched || !PlatformJson::namesField(raw.body, *raw.error, other)) {
            done(*raw.error);
            return;
        }
        // The instance speaks the other version of the send page. A 400 is a refusal before
        // anything was stored (api/CONTRACT.md "Errors"): the same mail goes once more, with
        // the same key, and the instance is remembered.
        m_instances.setSendMailboxField(
            m_session.instance, byAccountId ? QString() : accountIdField);
        sendBy(call, draft, key, !byAccountId, true, context, done);
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

PlatformCall *PlatformClient::disconnectMailbox(
    const QString &accountId, QObject *context, Handler<bool> done)
{
    return execute(request("DELETE", QStringLiteral("/api/email/accounts/") + accountId), context,
        [done](
            const Raw &raw) { done(raw.error ? Result<bool>(*raw.error) : Result<bool>(true)); });
}

PlatformCall *PlatformClient::syncMailbox(const QString &accountId, int maxResults,
    int lookbackDays, QObject *context, Handler<bool> done)
{
    const HttpClient::Request r = request("POST", QStringLiteral("/api/email/messages/sync"),
        PlatformJson::syncRequest(accountId, maxResults, lookbackDays));
    return execute(r, context, [done](const Raw &raw) {
        done(raw.error ? Result<bool>(*raw.error) : Result<bool>(true));
    });
}

PlatformCall *PlatformClient::mailboxSyncStatus(
    const QString &accountId, QObject *context, Handler<MailboxSyncStatus> done)
{
    const QString path = QStringLiteral("/api/email/messages/sync/status?accountId=")
        + QString::fromLatin1(QUrl::toPercentEncoding(accountId));
    return execute(request("GET", path), context, [done](const Raw &raw) {
        done(
            raw.error ? Result<MailboxSyncStatus>(*raw.error) : PlatformJson::syncStatus(raw.body));
    });
}

PlatformCall *PlatformClient::searchMessages(const QString &contactId,
    const MessageSearchQuery &query, QObject *context, Handler<MessageSearch> done)
{
    return execute(request("GET", PlatformJson::messageSearchPath(contactId, query)), context,
        [done](const Raw &raw) {
            done(raw.error ? Result<MessageSearch>(*raw.error)
                           : PlatformJson::messageSearch(raw.body));
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
    return execute(request("GET", path), context, [done, context](const Raw &raw) {
        if (raw.error || !context) {
            done(raw.error ? Result<QList<ConversationMessage>>(*raw.error)
                           : PlatformJson::conversationMessages(raw.body));
            return;
        }
        // Read on a pool thread: a long thread's answer is large (500 messages, each naming
        // the ones before it in References: 6.8 MB, about 100 ms to read), and it may arrive
        // while the user types (fetched ahead when a thread is chosen). The watcher goes with
        // `context`, and the answer with it.
        using Messages = Result<QList<ConversationMessage>>;
        auto *watcher = new QFutureWatcher<Messages>(context);
        QObject::connect(watcher, &QFutureWatcher<Messages>::finished, watcher, [watcher, done] {
            watcher->deleteLater();
            done(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(
            [body = raw.body] { return PlatformJson::conversationMessages(body); }));
    });
}

} // namespace Outpost

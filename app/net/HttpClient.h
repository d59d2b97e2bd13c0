// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Clock.h"
#include "net/OneShotBody.h"
#include "net/Result.h"
#include "net/ServiceError.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <variant>

class QHttpMultiPart;
class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace Outpost {

// Where the bearer token of a request comes from (the platform's session, a provider's OAuth
// tokens, a fixed token), and what happens when the server refuses it.
class BearerTokens : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const Result<QString> &token)>;
    using QObject::QObject;
    ~BearerTokens() override;

    // The token for the next request (empty: none is sent), or why there is none. Calls `done`
    // once, never after `context` is gone; it may call it before returning.
    virtual void token(QObject *context, Handler done) = 0;
    // The server answered 401 to `refused` (`why`): a new token for the one retry, or why
    // there is none. Same rules for `done` as token().
    virtual void renew(
        const QString &refused, const ServiceError &why, QObject *context, Handler done)
        = 0;
    // An authenticated request ends refused: the retry drew a 401 again, or no new token
    // could be had (`error` then says why). Does nothing unless a source has someone to tell.
    virtual void signInRequired(const ServiceError &error);
};

// One request in flight, through its one retry after a 401: abort it, or watch its upload
// progress. It deletes itself once its answer is delivered.
class HttpCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void abort();
    bool isAborted() const { return m_aborted; }
    // The network reply now carrying the call (its progress becomes the call's).
    void setReply(QNetworkReply *reply);

Q_SIGNALS:
    void uploadProgress(qint64 sent, qint64 total);
    // abort() was called: a call made of several requests passes it on to the one in flight.
    void abortRequested();

private:
    QPointer<QNetworkReply> m_reply;
    bool m_aborted = false;
};

// The one HTTP core of Outpost: every request to the platform, to Gmail and Graph and to an
// OAuth server is built, sent and read here. It
//  - builds the request: the URL, the bearer token, the Idempotency-Key, the body (bytes,
//    pieces streamed from memory and disk that can be read only once, or a multipart form),
//    the User-Agent, the timeout and the redirect policy;
//  - connects only to https, or to plain http on this computer (127.0.0.0/8, ::1, localhost),
//    and never ignores a TLS error;
//  - maps every failure to a ServiceError: the transport's (refused, unknown host, reset,
//    TLS, timeout, cancelled) here, the server's answers through the caller's ErrorMapper
//    (each service words its errors in its own JSON);
//  - answers a 401 with one new token (BearerTokens::renew) and one retry of the very same
//    request, the Idempotency-Key included; a second 401 is the answer.
// What an unknown outcome is (the outbox's exactly-once rule) is ServiceError::outcomeUnknown.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using ErrorMapper = std::function<ServiceError(
        int status, const QByteArray &body, const QByteArray &retryAfter)>;
    // A multipart body, made anew for each attempt (its files are read as they are sent);
    // or why it cannot be made (a file gone, unreadable).
    using MultipartBody = std::function<Result<QHttpMultiPart *>()>;
    // Bytes; pieces read once from memory and disk as they are sent (a OneShotBody: for a
    // send that Qt itself must never repeat, and for files never read whole); or a form.
    using Body = std::variant<QByteArray, QList<OneShotBody::Piece>, MultipartBody>;
    struct Request
    {
        QByteArray method = "GET";
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray contentType;
        Body body;
        bool authenticated = true; // false: never send the Authorization header
        QString idempotencyKey; // sent on every attempt, the retry after a 401 included
    };
    struct Answer
    {
        int status = 0; // 0: no HTTP answer (see error)
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
        std::optional<ServiceError> error;
        QByteArray header(QByteArrayView name) const;
        QJsonObject json() const;
    };
    using Done = std::function<void(const Answer &)>;

    // How redirects are met. Follow: Qt follows those that are no less safe, and any other
    // 3xx is an error. Answer: none is followed, a 3xx is an answer for the caller (Gmail's
    // 308 "resume incomplete").
    enum class Redirects { Follow, Answer };

    // `tokens`: null for a client that never authenticates (OAuth's token endpoint). `errors`:
    // null for ServiceError::fromHttp with only the status and Retry-After.
    HttpClient(QNetworkAccessManager *network, BearerTokens *tokens, ErrorMapper errors,
        QObject *parent = nullptr);

    // No bytes moving for this long: the request fails as a Timeout.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setRedirects(Redirects redirects) { m_redirects = redirects; }
    // Replaces the clock (tests; Retry-After dates are relative to it).
    void setClock(const Clock *clock) { m_clock = clock; }

    // Runs `done` exactly once unless `context` is gone, and stops at the first step at which
    // it is gone (nothing more is sent for a caller that left).
    HttpCall *send(const Request &request, QObject *context, Done done);
    // The same on a call the caller made (a subclass of its own); the call is the client's
    // from then on.
    void send(HttpCall *call, const Request &request, QObject *context, Done done);
    // Cancels every call in flight: each answers Cancelled.
    void abortAll();

    // 127.0.0.0/8, ::1 or localhost.
    static bool isLoopback(const QUrl &url);
    // https anywhere, http on a loopback host only: nothing else is ever connected to.
    static bool maySend(const QUrl &url);

Q_SIGNALS:
    // The upload progress of every call.
    void uploadProgress(qint64 sent, qint64 total);

private:
    using Finish = std::function<void(const Answer &)>;
    void attempt(HttpCall *call, const Request &request, const QString &token, bool mayRenew,
        QPointer<QObject> context, Finish finish);
    QNetworkReply *start(const Request &request, const QString &token, ServiceError *error);
    Answer read(QNetworkReply *reply, QByteArray received, const HttpCall *call,
        const Request &request) const;
    void later(HttpCall *call, Answer answer, Finish finish);

    QNetworkAccessManager *m_network;
    QPointer<BearerTokens> m_tokens;
    ErrorMapper m_errors;
    const Clock *m_clock = nullptr; // none: the system's time
    int m_timeoutMs = 60'000;
    Redirects m_redirects = Redirects::Follow;
    QList<QPointer<HttpCall>> m_calls;
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace Outpost {

// Why a call to a remote service (the platform, Gmail, Graph, an OAuth server) did not
// succeed: what kind of failure, whether trying again can help, and what to tell the user.
// Made in one place for every service: HttpClient (net/HttpClient.h).
struct ServiceError
{
    enum class Kind {
        Network, // no connection, refused, dropped, DNS
        Timeout, // no answer in time
        Tls, // certificate or handshake failure: never ignored
        BadRequest, // 400: the request is wrong, `field` says where
        Unauthorized, // 401: token missing, expired or revoked
        Forbidden, // 403: not the user's mailbox or conversation
        NotFound, // 404: unknown thread, conversation or storage key
        Conflict, // 409: provider ambiguous or mismatched for `from`
        TooLarge, // 413: a file or the message is too big
        RateLimited, // 429
        Unavailable, // 503
        Server, // other 5xx
        Protocol, // an answer we cannot read
        Cancelled,
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString code; // the server's machine code, when it gave one; see the codes below
    QString serverMessage; // the server's own words, when it gave any
    QString message; // what the user reads (translated, includes serverMessage)
    DraftField field = DraftField::None;
    std::optional<std::chrono::seconds> retryAfter;

    // Trying again with the same Idempotency-Key may succeed.
    bool isRetryable() const;
    // Nothing can have been sent: the request was refused before any side effect.
    bool isDefinitive() const { return !isRetryable() && kind != Kind::Cancelled; }
    // The request may have reached the server and no answer says what it did: the
    // connection was reset or closed after the request was written, no answer came in time,
    // or a proxy answered 502/504 for a server it lost. Such an attempt is never simply
    // repeated: the outbox looks first. A refused connection, an unknown host, a TLS failure
    // or a URL Outpost will not connect to happen before any byte of the request leaves
    // (HttpClient names the first two in `code`), and any other answer is the server's own
    // word: those outcomes are known.
    bool outcomeUnknown() const;

    // `code` of a Network error that happened before the request was written.
    static constexpr QLatin1StringView connectionRefused {"connection_refused"};
    static constexpr QLatin1StringView hostNotFound {"host_not_found"};

    static ServiceError fromHttp(int status, const QString &code, const QString &serverMessage,
        DraftField field, std::optional<std::chrono::seconds> retryAfter);
    static ServiceError network(Kind kind, const QString &host, const QString &detail);
};

// `Retry-After` as seconds or as an HTTP date (RFC 9110), relative to `now`.
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace Outpost

Q_DECLARE_METATYPE(Outpost::ServiceError)

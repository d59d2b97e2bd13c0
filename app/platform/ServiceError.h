// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace Outpost {

// Why a call to a remote service (the platform, later Gmail or Graph) did not succeed:
// what kind of failure, whether trying again can help, and what to tell the user.
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
    QString code; // the server's machine code, when it gave one
    QString serverMessage; // the server's own words, when it gave any
    QString message; // what the user reads (translated, includes serverMessage)
    DraftField field = DraftField::None;
    std::optional<std::chrono::seconds> retryAfter;

    // Trying again with the same Idempotency-Key may succeed.
    bool isRetryable() const;
    // Nothing can have been sent: the request was refused before any side effect.
    bool isDefinitive() const { return !isRetryable() && kind != Kind::Cancelled; }

    static ServiceError fromHttp(int status, const QString &code, const QString &serverMessage,
        DraftField field, std::optional<std::chrono::seconds> retryAfter);
    static ServiceError network(Kind kind, const QString &host, const QString &detail);
};

// `Retry-After` as seconds or as an HTTP date (RFC 9110), relative to `now`.
std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace Outpost

Q_DECLARE_METATYPE(Outpost::ServiceError)

// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/StoredError.h"

namespace Outpost {

namespace {
const std::pair<ServiceError::Kind, QStringView> kindNames[] = {
    {ServiceError::Kind::Network, u"network"},
    {ServiceError::Kind::Timeout, u"timeout"},
    {ServiceError::Kind::Tls, u"tls"},
    {ServiceError::Kind::BadRequest, u"badRequest"},
    {ServiceError::Kind::Unauthorized, u"unauthorized"},
    {ServiceError::Kind::Forbidden, u"forbidden"},
    {ServiceError::Kind::NotFound, u"notFound"},
    {ServiceError::Kind::Conflict, u"conflict"},
    {ServiceError::Kind::TooLarge, u"tooLarge"},
    {ServiceError::Kind::RateLimited, u"rateLimited"},
    {ServiceError::Kind::Unavailable, u"unavailable"},
    {ServiceError::Kind::Server, u"server"},
    {ServiceError::Kind::Protocol, u"protocol"},
    {ServiceError::Kind::Cancelled, u"cancelled"},
};

} // namespace

OutboxError toOutboxError(const ServiceError &error)
{
    OutboxError stored;
    for (const auto &[kind, name] : kindNames) {
        if (kind == error.kind)
            stored.kind = name.toString();
    }
    stored.httpStatus = error.httpStatus;
    stored.message = error.message;
    stored.field = error.field;
    return stored;
}

ServiceError fromOutboxError(const OutboxError &stored)
{
    ServiceError error;
    for (const auto &[kind, name] : kindNames) {
        if (name == stored.kind)
            error.kind = kind;
    }
    error.httpStatus = stored.httpStatus;
    error.message = stored.message;
    error.field = stored.field;
    return error;
}

} // namespace Outpost

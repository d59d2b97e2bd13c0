// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ControlApi.h"

#include "sandbox/FaultInjector.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/platform/PlatformApi.h"
#include "sandbox/platform/SandboxJson.h"

#include <QJsonArray>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;
using Access = SandboxRouter::Access;

ControlApi::ControlApi(SandboxContext &context, FaultInjector &faults, RequestLog &log)
    : m_context(context), m_faults(faults), m_log(log)
{
}

void ControlApi::addRoutes(SandboxRouter &router)
{
    router.add("POST", u"/_sandbox/faults"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return addFault(r); });
    router.add(
        "GET", u"/_sandbox/faults"_s, Access::Public, [this](const HttpRequest &, const User &) {
            return HttpResponse::json(200,
                QJsonObject {{u"faults"_s, m_faults.toJson()},
                    {u"ignoreIdempotencyKey"_s, m_context.options.ignoreIdempotencyKey}});
        });
    router.add(
        "DELETE", u"/_sandbox/faults"_s, Access::Public, [this](const HttpRequest &, const User &) {
            m_faults.clear();
            return HttpResponse::json(200, QJsonObject {{u"cleared"_s, true}});
        });
    router.add(
        "GET", u"/_sandbox/requests"_s, Access::Public, [this](const HttpRequest &r, const User &) {
            const QJsonArray list
                = m_log.toJson(r.queryValue(u"path"_s), r.queryValue(u"method"_s).toLatin1());
            return HttpResponse::json(200, QJsonObject {{u"requests"_s, list}});
        });
    router.add("DELETE", u"/_sandbox/requests"_s, Access::Public,
        [this](const HttpRequest &, const User &) {
            m_log.clear();
            return HttpResponse::json(200, QJsonObject {{u"cleared"_s, true}});
        });
    router.add(
        "GET", u"/_sandbox/messages"_s, Access::Public, [this](const HttpRequest &, const User &) {
            QJsonArray list;
            for (const Message &m : m_context.store.allMessages())
                list.append(Json::message(m));
            return HttpResponse::json(200, QJsonObject {{u"messages"_s, list}});
        });
    router.add("POST", u"/_sandbox/expire-tokens"_s, Access::Public,
        [this](const HttpRequest &, const User &) {
            const int n = m_context.store.expireAccessTokens(
                m_context.now(), m_context.store.meta(u"demoToken"_s));
            qCDebug(lcSandbox) << "expired" << n << "access tokens";
            return HttpResponse::json(200, QJsonObject {{u"expired"_s, n}});
        });
}

HttpResponse ControlApi::addFault(const HttpRequest &request)
{
    QJsonObject body;
    HttpResponse error;
    if (!jsonBody(request, &body, &error))
        return error;
    // {"ignoreIdempotencyKey": true|false} switches how the server treats repeats, from now on
    // (DELETE leaves it as it is). The platform's pages never mention the header.
    if (body.contains(u"ignoreIdempotencyKey"_s)) {
        const QJsonValue v = body.value(u"ignoreIdempotencyKey"_s);
        if (!v.isBool() || body.size() != 1)
            return HttpResponse::apiError(400, u"invalid_request"_s,
                u"ignoreIdempotencyKey must be true or false, and alone in the request"_s);
        m_context.options.ignoreIdempotencyKey = v.toBool();
        qCDebug(lcSandbox) << "Idempotency-Key" << (v.toBool() ? "ignored" : "honoured");
        return HttpResponse::json(200, QJsonObject {{u"ignoreIdempotencyKey"_s, v.toBool()}});
    }
    QString reason;
    const std::optional<int> id = m_faults.add(body, &reason);
    if (!id)
        return HttpResponse::apiError(400, u"invalid_request"_s, reason);
    qCDebug(lcSandbox) << "fault" << *id << "registered for" << body.value(u"path"_s).toString();
    return HttpResponse::json(200, QJsonObject {{u"id"_s, *id}});
}

} // namespace Outpost::Sandbox

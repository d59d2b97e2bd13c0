// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxStore.h"

#include <functional>

namespace Outpost::Sandbox {

// Method + path routing with `{param}` segments and a trailing `{rest*}` catching the remainder.
class SandboxRouter
{
public:
    enum class Access { Public, Bearer };
    enum class Idempotency { Ignored, Honoured };
    using Handler = std::function<HttpResponse(const HttpRequest &request, const User &user)>;

    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Access access = Access::Bearer;
        Idempotency idempotency = Idempotency::Ignored;
        Handler handler;
    };

    enum class Outcome { Found, NotFound, MethodNotAllowed };

    void add(const QByteArray &method, const QString &pattern, Access access, Handler handler,
        Idempotency idempotency = Idempotency::Ignored);
    // On Found, `route` points at the route and `params` holds the path parameters.
    Outcome match(
        const HttpRequest &request, const Route **route, QHash<QString, QString> *params) const;

private:
    static bool matches(
        const Route &route, const QStringList &segments, QHash<QString, QString> *params);
    QList<Route> m_routes;
};

} // namespace Outpost::Sandbox

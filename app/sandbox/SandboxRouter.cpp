// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxRouter.h"

namespace Outpost::Sandbox {

namespace {
QStringList split(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}
} // namespace

void SandboxRouter::add(const QByteArray &method, const QString &pattern, Access access,
    Handler handler, Idempotency idempotency)
{
    m_routes.append(
        Route {method, pattern, split(pattern), access, idempotency, std::move(handler)});
}

bool SandboxRouter::matches(
    const Route &route, const QStringList &segments, QHash<QString, QString> *params)
{
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < route.segments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        const bool param = expected.startsWith(u'{') && expected.endsWith(u'}');
        if (param && expected.endsWith(u"*}")) {
            if (i >= segments.size())
                return false;
            found.insert(expected.mid(1, expected.size() - 3), segments.mid(i).join(u'/'));
            *params = found;
            return true;
        }
        if (i >= segments.size())
            return false;
        if (param)
            found.insert(expected.mid(1, expected.size() - 2), segments.at(i));
        else if (expected != segments.at(i))
            return false;
    }
    if (segments.size() != route.segments.size())
        return false;
    *params = found;
    return true;
}

SandboxRouter::Outcome SandboxRouter::match(
    const HttpRequest &request, const Route **route, QHash<QString, QString> *params) const
{
    const QStringList segments = split(request.path);
    bool pathKnown = false;
    // Literal segments win over parameters: /api/conversation/all before /{id}.
    for (const bool literalPass : {true, false}) {
        for (const Route &r : m_routes) {
            const bool hasParam = r.pattern.contains(u'{');
            if (hasParam == literalPass)
                continue;
            QHash<QString, QString> p;
            if (!matches(r, segments, &p))
                continue;
            pathKnown = true;
            if (r.method != request.method)
                continue;
            *route = &r;
            *params = p;
            return Outcome::Found;
        }
    }
    return pathKnown ? Outcome::MethodNotAllowed : Outcome::NotFound;
}

} // namespace Outpost::Sandbox

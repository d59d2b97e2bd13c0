// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ProviderApis.h"

#include "sandbox/ProviderSeed.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/gmail/GmailJson.h"

#include <QDir>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;
using Access = SandboxRouter::Access;

ProviderApis::ProviderApis(SandboxContext &context)
    : m_context(context)
    , m_gmail(context)
    , m_gmailUpload(context, m_gmail)
    , m_graph(context)
    , m_graphUpload(context, m_graph)
    , m_control(context, m_graph)
    , m_accounts(context, m_gmail, m_graph)
{
}

void ProviderApis::addRoutes(SandboxRouter &router)
{
    m_gmail.addRoutes(router);
    m_gmailUpload.addRoutes(router);
    m_graph.addRoutes(router);
    m_graphUpload.addRoutes(router);
    m_accounts.addRoutes(router);
    // Anything else under a provider's base answers 404 in that provider's shape.
    for (const char *method : {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
        router.add(method, u"/gmail-api/{rest*}"_s, Access::Public,
            [](const HttpRequest &, const User &) { return GmailJson::notFound(); });
        router.add(method, u"/graph/{rest*}"_s, Access::Public,
            [this](const HttpRequest &r, const User &) {
                return m_graph.fail(404, u"BadRequest"_s,
                    u"Resource not found for the segment '%1'."_s.arg(r.path.section(u'/', -1)));
            });
    }
}

void ProviderApis::addControlRoutes(SandboxRouter &controls)
{
    m_control.addRoutes(controls);
}

bool ProviderApis::prepare(QString *error)
{
    if (!QDir(m_context.dataDir).mkpath(u"provider"_s)) {
        *error = u"could not create "_s + QDir(m_context.dataDir).filePath(u"provider"_s);
        return false;
    }
    ProviderStore store(m_context.store);
    bool created = false;
    if (!store.ensureSchema(&created)) {
        *error = u"could not create the Gmail and Graph tables"_s;
        return false;
    }
    if (created
        && !m_context.store.transaction([&store] { return ProviderSeed::populate(store); })) {
        *error = u"could not seed the Gmail and Graph demo data"_s;
        return false;
    }
    return true;
}

QString ProviderApis::demoToken(Provider provider) const
{
    return m_context.store.meta(
        provider == Provider::Gmail ? u"demoGmailToken"_s : u"demoGraphToken"_s);
}

} // namespace Outpost::Sandbox

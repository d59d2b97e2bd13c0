// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxRouter.h"

#include <QJsonArray>

namespace Outpost::Sandbox {

class SandboxContext;
struct User;

// The platform's message templates, as api/CONTRACT.md ("Also published", from docs.tetherai.ca's
// template pages) lists them:
//   POST /api/templates { name, template, type, category } → { success, data: { _id, … } }
//        (placeholders like {{firstName}}; type one of sms, email, campaign, script, automation)
//   GET  /api/user/sms-templates?type=   lists them by type
// Not published, so chosen here, the stricter reading where there is one: `type` is required on
// both (400 naming it when absent or unknown); name (1–100 characters), template (1–10,000) and
// category (1–50) are required strings; a field the page does not name is refused (400 naming
// it); a name another template of the same type has in the organisation is 400 naming `name`;
// the list's answer is { success, data: [ … ] } (the POST's wrapper), each entry { _id, name,
// template, type, category, createdAt, updatedAt }, by name. Templates belong to the
// organisation (shared with the team). One demo template carries `subject`, which no page names:
// Outpost reads it when present, and a real instance probably has none. Kept in the store's meta
// table as JSON per organisation, seeded on first use with the demo templates: one with
// {{firstName}}, one with a subject, one with a field no contact can fill ({{companyName}}), and
// an SMS one (never listed for type=email). With InstanceProfile::Minimal neither route exists:
// 404, as any unknown path.
class TemplatesApi
{
public:
    explicit TemplatesApi(SandboxContext &context);
    void addRoutes(SandboxRouter &router);

private:
    HttpResponse list(const HttpRequest &request, const User &user);
    HttpResponse create(const HttpRequest &request, const User &user);
    QJsonArray templatesOf(const QString &orgId);
    bool store(const QString &orgId, const QJsonArray &templates);

    SandboxContext &m_context;
};

} // namespace Outpost::Sandbox

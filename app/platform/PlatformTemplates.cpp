// SPDX-License-Identifier: GPL-3.0-or-later
// PlatformClient's template calls (api/CONTRACT.md "Also published", from docs.tetherai.ca's
// template pages: `GET /api/user/sms-templates?type=` lists by type, `POST /api/templates`
// `{ name, template, type, category }` creates one, type one of sms, email, campaign, script,
// automation).
#include "platform/PlatformClient.h"
#include "platform/PlatformJson.h"

namespace Outpost {

namespace {
// The pages list no categories; what Outpost files a shared template under.
const QString sharedCategory = QStringLiteral("general");
} // namespace

PlatformCall *PlatformClient::emailTemplates(QObject *context, Handler<QList<MailTemplate>> done)
{
    return execute(request("GET", QStringLiteral("/api/user/sms-templates?type=email")), context,
        [done](const Raw &raw) {
            done(raw.error ? Result<QList<MailTemplate>>(*raw.error)
                           : PlatformJson::templates(raw.body));
        });
}

PlatformCall *PlatformClient::createTemplate(
    const MailTemplate &t, QObject *context, Handler<MailTemplate> done)
{
    const HttpClient::Request r = request(
        "POST", QStringLiteral("/api/templates"), PlatformJson::templateRequest(t, sharedCategory));
    return execute(r, context, [done, t](const Raw &raw) {
        done(raw.error ? Result<MailTemplate>(*raw.error)
                       : PlatformJson::createdTemplate(raw.body, t));
    });
}

} // namespace Outpost

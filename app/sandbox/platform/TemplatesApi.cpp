// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/platform/TemplatesApi.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/platform/SandboxJson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

namespace {
const QStringList types {u"sms"_s, u"email"_s, u"campaign"_s, u"script"_s, u"automation"_s};

HttpResponse invalid(const QString &field, const QString &message)
{
    return HttpResponse::apiError(400, u"invalid_request"_s, message, field);
}

QString metaKey(const QString &orgId)
{
    return u"templates:"_s + orgId;
}

QJsonObject demo(const QString &id, const QString &name, const QString &text, const QString &type,
    const QString &category, const QString &created)
{
    return {{u"_id"_s, id}, {u"name"_s, name}, {u"template"_s, text}, {u"type"_s, type},
        {u"category"_s, category}, {u"createdAt"_s, created}, {u"updatedAt"_s, created}};
}

QJsonArray demoTemplates()
{
    QJsonObject renewal = demo(u"665f1a0c0e0a4b001a2ca002"_s, u"Renewal reminder"_s,
        u"Dear {{firstName}} {{lastName}},\n\nYour contract is up for renewal at the end of "
        "the month. Reply to this mail and we will send the new terms.\n\nKind regards,\n"
        "{{senderName}}"_s,
        u"email"_s, u"sales"_s, u"2026-03-02T09:00:00.000Z"_s);
    renewal.insert(u"subject"_s, u"Your contract renewal"_s); // not a published field
    return {
        demo(u"665f1a0c0e0a4b001a2ca001"_s, u"Thanks for your message"_s,
            u"Hi {{firstName}},\n\nThank you for your message. We will get back to you within "
            "one working day.\n\nBest regards,\n{{senderName}}"_s,
            u"email"_s, u"support"_s, u"2026-03-01T09:00:00.000Z"_s),
        renewal,
        demo(u"665f1a0c0e0a4b001a2ca003"_s, u"Meeting follow-up"_s,
            u"Hi {{firstName}},\n\nThank you for meeting us. Here is a summary for the team at "
            "{{companyName}}.\n\nBest,\n{{senderName}}"_s,
            u"email"_s, u"sales"_s, u"2026-03-03T09:00:00.000Z"_s),
        demo(u"665f1a0c0e0a4b001a2ca004"_s, u"Running late"_s,
            u"Hi {{firstName}}, running 10 minutes late. Sorry!"_s, u"sms"_s, u"general"_s,
            u"2026-03-04T09:00:00.000Z"_s),
    };
}

std::optional<HttpResponse> checkText(
    const QJsonObject &body, const QString &field, int longest, QString *value)
{
    const QJsonValue v = body.value(field);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return invalid(field, u"%1 is required"_s.arg(field));
    if (v.toString().size() > longest)
        return invalid(field, u"%1 must be at most %2 characters"_s.arg(field).arg(longest));
    *value = v.toString();
    return std::nullopt;
}
} // namespace

TemplatesApi::TemplatesApi(SandboxContext &context) : m_context(context) { }

void TemplatesApi::addRoutes(SandboxRouter &router)
{
    if (m_context.options.profile == InstanceProfile::Minimal)
        return; // not offered: 404, as any unknown path (SandboxServer.h)
    router.add("GET", u"/api/user/sms-templates"_s, SandboxRouter::Access::Bearer,
        [this](const HttpRequest &r, const User &u) { return list(r, u); });
    router.add("POST", u"/api/templates"_s, SandboxRouter::Access::Bearer,
        [this](const HttpRequest &r, const User &u) { return create(r, u); });
}

QJsonArray TemplatesApi::templatesOf(const QString &orgId)
{
    const QString stored = m_context.store.meta(metaKey(orgId));
    if (stored.isEmpty()) {
        const QJsonArray seeded = demoTemplates();
        store(orgId, seeded);
        return seeded;
    }
    return QJsonDocument::fromJson(stored.toUtf8()).array();
}

bool TemplatesApi::store(const QString &orgId, const QJsonArray &templates)
{
    return m_context.store.setMeta(
        metaKey(orgId), QString::fromUtf8(QJsonDocument(templates).toJson(QJsonDocument::Compact)));
}

HttpResponse TemplatesApi::list(const HttpRequest &request, const User &user)
{
    const QString type = request.queryValue(u"type"_s);
    if (!types.contains(type))
        return invalid(u"type"_s, u"type must be one of %1"_s.arg(types.join(u", "_s)));
    QList<QJsonObject> found;
    for (const QJsonValue &v : templatesOf(user.orgId)) {
        if (v.toObject().value(u"type"_s).toString() == type)
            found += v.toObject();
    }
    std::sort(found.begin(), found.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"name"_s).toString().compare(
                   b.value(u"name"_s).toString(), Qt::CaseInsensitive)
            < 0;
    });
    QJsonArray data;
    for (const QJsonObject &o : std::as_const(found))
        data.append(o);
    return HttpResponse::json(200, QJsonObject {{u"success"_s, true}, {u"data"_s, data}});
}

HttpResponse TemplatesApi::create(const HttpRequest &request, const User &user)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return HttpResponse::apiError(
            400, u"invalid_request"_s, u"The body must be a JSON object"_s);
    const QJsonObject body = doc.object();
    static const QStringList named {u"name"_s, u"template"_s, u"type"_s, u"category"_s};
    for (const QString &key : body.keys()) {
        if (!named.contains(key))
            return invalid(key, u"Unknown field “%1”"_s.arg(key));
    }
    QString name, text, category;
    if (auto refused = checkText(body, u"name"_s, 100, &name))
        return *refused;
    if (auto refused = checkText(body, u"template"_s, 10000, &text))
        return *refused;
    const QString type = body.value(u"type"_s).toString();
    if (!types.contains(type))
        return invalid(u"type"_s, u"type must be one of %1"_s.arg(types.join(u", "_s)));
    if (auto refused = checkText(body, u"category"_s, 50, &category))
        return *refused;
    QJsonArray all = templatesOf(user.orgId);
    for (const QJsonValue &v : std::as_const(all)) {
        const QJsonObject o = v.toObject();
        if (o.value(u"type"_s).toString() == type
            && o.value(u"name"_s).toString().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return invalid(u"name"_s, u"A template named “%1” already exists"_s.arg(name));
    }
    const QString now = Json::time(m_context.now());
    QJsonObject created = demo(randomHex(12), name.trimmed(), text, type, category, now);
    created.insert(u"createdBy"_s, user.id);
    all.append(created);
    if (!store(user.orgId, all))
        return HttpResponse::apiError(500, u"internal"_s, u"The template could not be stored"_s);
    return HttpResponse::json(201, QJsonObject {{u"success"_s, true}, {u"data"_s, created}});
}

} // namespace Outpost::Sandbox

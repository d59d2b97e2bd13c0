// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/platform/ContactNotesApi.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/platform/SandboxJson.h"
#include "sandbox/platform/TeamStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

namespace {
HttpResponse invalid(const QString &field, const QString &message)
{
    return HttpResponse::apiError(400, u"invalid_request"_s, message, field);
}

QString fullName(const User &u)
{
    return QString(u.firstName + u' ' + u.lastName).trimmed();
}

QJsonObject author(const User &u)
{
    return {{u"_id"_s, u.id}, {u"fullName"_s, fullName(u)}, {u"email"_s, u.email}};
}
} // namespace

ContactNotesApi::ContactNotesApi(SandboxContext &context) : m_context(context) { }

bool ContactNotesApi::prepare(QString *error)
{
    if (TeamStore(m_context.store).ensureSchema())
        return true;
    *error = u"could not create the contact notes table"_s;
    return false;
}

void ContactNotesApi::addRoutes(SandboxRouter &router)
{
    if (m_context.options.profile == InstanceProfile::Minimal)
        return; // not offered: 404, as any unknown path (SandboxServer.h)
    router.add("GET", u"/api/user/list"_s, SandboxRouter::Access::Bearer,
        [this](const HttpRequest &, const User &u) { return users(u); });
    router.add("POST", u"/api/contact-notes"_s, SandboxRouter::Access::Bearer,
        [this](const HttpRequest &r, const User &u) { return create(r, u); });
    router.add("GET", u"/api/contact-notes"_s, SandboxRouter::Access::Bearer,
        [this](const HttpRequest &r, const User &u) { return list(r, u); });
}

HttpResponse ContactNotesApi::users(const User &caller)
{
    QJsonArray list;
    for (const User &u : TeamStore(m_context.store).users(caller.orgId)) {
        const bool lead = u.id == Seed::demoUserId;
        list.append(QJsonObject {{u"_id"_s, u.id}, {u"fullName"_s, fullName(u)},
            {u"email"_s, u.email}, {u"accessRole"_s, lead ? u"DEPARTMENT_HEAD"_s : u"SALES_REP"_s},
            {u"organizationId"_s, u.orgId}});
    }
    return HttpResponse::json(200, list);
}

HttpResponse ContactNotesApi::create(const HttpRequest &request, const User &user)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject())
        return invalid({}, u"The body must be a JSON object"_s);
    const QJsonObject body = doc.object();
    const QString contactId = body.value(u"contactId").toString();
    if (contactId.isEmpty())
        return invalid(u"contactId"_s, u"contactId is required"_s);
    const QList<Contact> contacts = m_context.store.contacts(user.orgId);
    if (std::none_of(
            contacts.begin(), contacts.end(), [&](const Contact &c) { return c.id == contactId; }))
        return HttpResponse::apiError(
            404, u"not_found"_s, u"No contact with id “%1”"_s.arg(contactId), u"contactId"_s);
    if (body.contains(u"note") && !body.value(u"note").isString())
        return invalid(u"note"_s, u"note must be a string"_s);
    const QString text = body.value(u"note").toString();

    if (body.contains(u"mentions") && !body.value(u"mentions").isArray())
        return invalid(u"mentions"_s, u"mentions must be a list of user ids"_s);
    TeamStore team(m_context.store);
    const QList<User> colleagues = team.users(user.orgId);
    QStringList mentions;
    for (const QJsonValue &v : body.value(u"mentions").toArray()) {
        const QString id = v.toString();
        if (std::none_of(
                colleagues.begin(), colleagues.end(), [&](const User &u) { return u.id == id; }))
            return invalid(u"mentions"_s, u"“%1” is not a user of this organisation"_s.arg(id));
        if (!mentions.contains(id))
            mentions += id;
    }

    if (body.contains(u"attachments") && !body.value(u"attachments").isArray())
        return invalid(u"attachments"_s, u"attachments must be a list"_s);
    QList<Upload> files;
    for (const QJsonValue &v : body.value(u"attachments").toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(u"key").toString();
        const auto upload = m_context.store.uploadByKey(user.id, key);
        if (!upload)
            return invalid(
                u"attachments"_s, u"“%1” is not a key POST /api/upload gave you"_s.arg(key));
        Upload f = *upload;
        f.name = o.value(u"name").toString(upload->name);
        f.size = o.value(u"size").toInteger(upload->size);
        f.type = o.value(u"type").toString(upload->type);
        files += f;
    }
    if (text.trimmed().isEmpty() && files.isEmpty())
        return invalid(u"note"_s, u"A note needs text or an attachment"_s);

    StoredNote note {
        Json::newId(), user.orgId, contactId, user.id, text, mentions, files, m_context.now()};
    if (!team.insertNote(note))
        return HttpResponse::apiError(500, u"internal"_s, u"The note could not be stored"_s);
    QJsonObject data = {{u"_id"_s, note.id}, {u"contactId"_s, contactId},
        {u"userId"_s, author(user)}, {u"note"_s, text},
        {u"mentions"_s, QJsonArray::fromStringList(mentions)}, {u"reactions"_s, QJsonArray()},
        {u"isEdited"_s, false}, {u"createdAt"_s, Json::time(note.createdAt)}};
    QJsonArray attachments;
    for (const Upload &f : std::as_const(files))
        attachments.append(
            QJsonObject {{u"key"_s, f.key}, {u"name"_s, f.name}, {u"size"_s, double(f.size)},
                {u"type"_s, f.type}, {u"signedUrl"_s, m_context.signedUrl(f.key).toString()}});
    data.insert(u"attachments"_s, attachments);
    return HttpResponse::json(201,
        QJsonObject {
            {u"success"_s, true}, {u"message"_s, u"Contact note created"_s}, {u"data"_s, data}});
}

HttpResponse ContactNotesApi::list(const HttpRequest &request, const User &user)
{
    const QString contactId = request.queryValue(u"contactId"_s);
    if (contactId.isEmpty())
        return invalid(u"contactId"_s, u"contactId is required"_s);
    int limit = 25;
    if (const QString t = request.queryValue(u"limit"_s); !t.isEmpty()) {
        bool ok = false;
        limit = t.toInt(&ok);
        if (!ok || limit < 1 || limit > 100)
            return invalid(u"limit"_s, u"limit must be 1 to 100"_s);
    }
    int offset = 0;
    if (const QString t = request.queryValue(u"offset"_s); !t.isEmpty()) {
        bool ok = false;
        offset = t.toInt(&ok);
        if (!ok || offset < 0)
            return invalid(u"offset"_s, u"offset must be 0 or more"_s);
    }
    const QList<Contact> contacts = m_context.store.contacts(user.orgId);
    if (std::none_of(
            contacts.begin(), contacts.end(), [&](const Contact &c) { return c.id == contactId; }))
        return HttpResponse::apiError(
            404, u"not_found"_s, u"No contact with id “%1”"_s.arg(contactId), u"contactId"_s);
    TeamStore team(m_context.store);
    int total = 0;
    const QList<StoredNote> notes = team.notes(user.orgId, contactId, limit, offset, &total);
    QJsonArray data;
    for (const StoredNote &n : notes) {
        const std::optional<User> by = m_context.store.userById(n.userId);
        QJsonArray attachments;
        for (const Upload &f : n.attachments)
            attachments.append(
                QJsonObject {{u"key"_s, f.key}, {u"name"_s, f.name}, {u"size"_s, double(f.size)},
                    {u"type"_s, f.type}, {u"signedUrl"_s, m_context.signedUrl(f.key).toString()}});
        data.append(QJsonObject {{u"_id"_s, n.id}, {u"contactId"_s, n.contactId},
            {u"userId"_s, by ? author(*by) : QJsonObject {{u"_id"_s, n.userId}}},
            {u"note"_s, n.note}, {u"mentions"_s, QJsonArray::fromStringList(n.mentions)},
            {u"attachments"_s, attachments}, {u"reactions"_s, QJsonArray()}, {u"isEdited"_s, false},
            {u"createdAt"_s, Json::time(n.createdAt)}});
    }
    return HttpResponse::json(200,
        QJsonObject {{u"success"_s, true}, {u"data"_s, data},
            {u"pagination"_s,
                QJsonObject {{u"total"_s, total}, {u"limit"_s, limit}, {u"offset"_s, offset},
                    {u"hasMore"_s, offset + int(notes.size()) < total}}}});
}

} // namespace Outpost::Sandbox

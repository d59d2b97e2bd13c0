// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ContactNotesJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Outpost::ContactNotesJson {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::ContactNotesJson)
};

ServiceError unreadable(const QString &what)
{
    return ServiceError::network(ServiceError::Kind::Protocol, Tr::tr("The server"), what);
}

QString idOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return v.toObject().value(u"$oid").toString();
    return {};
}

TeamUser userOf(const QJsonValue &v)
{
    TeamUser u;
    if (!v.isObject()) { // not populated: the bare id
        u.id = idOf(v);
        return u;
    }
    const QJsonObject o = v.toObject();
    u.id = idOf(o.value(u"_id"));
    if (u.id.isEmpty())
        u.id = idOf(o.value(u"id"));
    u.fullName = o.value(u"fullName").toString();
    if (u.fullName.isEmpty()) // older user documents: first and last name
        u.fullName
            = QString(o.value(u"firstName").toString() + u' ' + o.value(u"lastName").toString())
                  .trimmed();
    u.email = o.value(u"email").toString();
    return u;
}

ContactNote noteOf(const QJsonObject &o)
{
    ContactNote n;
    n.id = idOf(o.value(u"_id"));
    n.contactId = idOf(o.value(u"contactId"));
    n.author = userOf(o.value(u"userId"));
    n.note = o.value(u"note").toString();
    for (const QJsonValue &m : o.value(u"mentions").toArray()) {
        const QString id = m.isObject() ? userOf(m).id : idOf(m);
        if (!id.isEmpty())
            n.mentions += id;
    }
    for (const QJsonValue &a : o.value(u"attachments").toArray()) {
        const QJsonObject ao = a.toObject();
        ContactNoteAttachment att;
        att.key = ao.value(u"key").toString();
        att.name = ao.value(u"name").toString();
        att.size = ao.value(u"size").toInteger();
        att.type = ao.value(u"type").toString();
        att.signedUrl = ao.value(u"signedUrl").toString();
        if (!att.name.isEmpty() || !att.key.isEmpty())
            n.attachments += att;
    }
    n.createdAt = QDateTime::fromString(o.value(u"createdAt").toString(), Qt::ISODateWithMs);
    return n;
}
} // namespace

Result<QList<TeamUser>> users(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonArray list;
    if (doc.isArray())
        list = doc.array();
    else if (doc.isObject() && doc.object().value(u"users").isArray())
        list = doc.object().value(u"users").toArray();
    else if (doc.isObject() && doc.object().value(u"data").isArray())
        list = doc.object().value(u"data").toArray();
    else
        return unreadable(Tr::tr("the list of users is missing from the answer"));
    QList<TeamUser> found;
    for (const QJsonValue &v : std::as_const(list)) {
        TeamUser u = userOf(v);
        if (!u.id.isEmpty() && v.isObject())
            found += u;
    }
    return found;
}

QByteArray noteRequest(const ContactNote &note)
{
    QJsonArray attachments;
    for (const ContactNoteAttachment &a : note.attachments)
        attachments.append(QJsonObject {{u"key"_qs, a.key}, {u"name"_qs, a.name},
            {u"size"_qs, double(a.size)}, {u"type"_qs, a.type}});
    const QJsonObject o {{u"contactId"_qs, note.contactId}, {u"note"_qs, note.note},
        {u"mentions"_qs, QJsonArray::fromStringList(note.mentions)},
        {u"attachments"_qs, attachments}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<ContactNote> createdNote(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(u"data").isObject())
        return unreadable(Tr::tr("the answer does not describe the note"));
    return noteOf(doc.object().value(u"data").toObject());
}

Result<ContactNotePage> notePage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonArray list;
    if (doc.isArray())
        list = doc.array();
    else if (doc.isObject() && doc.object().value(u"data").isArray())
        list = doc.object().value(u"data").toArray();
    else
        return unreadable(Tr::tr("the list of notes is missing from the answer"));
    ContactNotePage page;
    for (const QJsonValue &v : std::as_const(list)) {
        if (v.isObject())
            page.notes += noteOf(v.toObject());
    }
    const QJsonObject pagination = doc.object().value(u"pagination").toObject();
    page.total = std::max(pagination.value(u"total").toInt(), int(page.notes.size()));
    page.hasMore = pagination.value(u"hasMore").toBool();
    return page;
}

QString notesPath(const QString &contactId, int limit, int offset)
{
    return QStringLiteral("/api/contact-notes?contactId=%1&limit=%2&offset=%3")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(contactId)))
        .arg(limit)
        .arg(offset);
}

} // namespace Outpost::ContactNotesJson

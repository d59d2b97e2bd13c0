// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON of the platform's templates (declared in PlatformJson.h, with every other shape).
#include "platform/PlatformJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Outpost::PlatformJson {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::PlatformJson)
};

ServiceError unreadable(const QString &what)
{
    return ServiceError::network(ServiceError::Kind::Protocol, Tr::tr("The server"), what);
}

// Ids as strings, numbers or `{ "$oid": … }`, under `_id` or `id`.
QString idIn(const QJsonObject &o)
{
    for (const char16_t *key : {u"_id", u"id"}) {
        const QJsonValue v = o.value(QStringView(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toInteger());
        if (v.isObject() && !v.toObject().value(u"$oid").toString().isEmpty())
            return v.toObject().value(u"$oid").toString();
    }
    return {};
}

QDateTime timeIn(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return QDateTime::fromMSecsSinceEpoch(v.toInteger(), Qt::UTC);
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// One instance template, or nothing when it is not a usable email template.
std::optional<MailTemplate> templateOf(const QJsonObject &o)
{
    MailTemplate t;
    t.origin = MailTemplate::Origin::Instance;
    t.id = idIn(o);
    t.name = o.value(u"name").toString().trimmed();
    t.body = o.value(u"template").toString();
    t.subject = o.value(u"subject").toString().trimmed(); // not published: read when present
    t.category = o.value(u"category").toString();
    t.createdAt = timeIn(o, u"createdAt");
    t.updatedAt = timeIn(o, u"updatedAt");
    const QString type = o.value(u"type").toString();
    // Asked for the email type: an entry of another type is not for mail (an SMS text has no
    // subject and fits 160 characters); one without a type is taken as the type asked for.
    if (t.id.isEmpty() || t.name.isEmpty() || t.body.isEmpty()
        || (!type.isEmpty() && type != u"email"))
        return std::nullopt;
    return t;
}
} // namespace

Result<QList<MailTemplate>> templates(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonArray list;
    if (doc.isArray()) {
        list = doc.array();
    } else if (doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.value(u"data").isArray())
            list = o.value(u"data").toArray();
        else if (o.value(u"templates").isArray())
            list = o.value(u"templates").toArray();
        else if (o.value(u"data").toObject().value(u"templates").isArray())
            list = o.value(u"data").toObject().value(u"templates").toArray();
        else
            return unreadable(Tr::tr("the template list holds no list"));
    } else {
        return unreadable(Tr::tr("the template list is not JSON"));
    }
    QList<MailTemplate> result;
    for (const QJsonValue &v : std::as_const(list)) {
        if (const auto t = templateOf(v.toObject()))
            result += *t;
    }
    return result;
}

QByteArray templateRequest(const MailTemplate &t, const QString &category)
{
    // Exactly the published fields: the page names no subject, so a template's subject stays
    // with the user's own copy.
    return QJsonDocument(
        QJsonObject {{QStringLiteral("name"), t.name.trimmed()},
            {QStringLiteral("template"), t.body}, {QStringLiteral("type"), QStringLiteral("email")},
            {QStringLiteral("category"), category}})
        .toJson(QJsonDocument::Compact);
}

Result<MailTemplate> createdTemplate(const QByteArray &body, MailTemplate sent)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return unreadable(Tr::tr("the saved template's answer is not JSON"));
    const QJsonObject data = doc.object().value(u"data").isObject()
        ? doc.object().value(u"data").toObject()
        : doc.object();
    sent.id = idIn(data);
    if (sent.id.isEmpty())
        return unreadable(Tr::tr("the saved template's answer has no id"));
    sent.origin = MailTemplate::Origin::Instance;
    sent.subject.clear();
    if (const QString category = data.value(u"category").toString(); !category.isEmpty())
        sent.category = category;
    sent.createdAt = timeIn(data, u"createdAt");
    return sent;
}

} // namespace Outpost::PlatformJson

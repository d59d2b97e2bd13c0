// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/Route.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Outpost {

using namespace Qt::StringLiterals;

QString Route::toText() const
{
    if (!isValid())
        return {};
    QJsonObject o {{u"kind"_s, kind == SendRoute::Direct ? u"direct"_s : u"platform"_s},
        {u"mailbox"_s, mailbox}};
    if (provider)
        o.insert(u"provider"_s, providerName(*provider));
    if (kind == SendRoute::Platform) {
        o.insert(u"instance"_s, instance.toString());
        o.insert(u"account"_s, account);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Route Route::fromText(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    Route r;
    const QString kind = o.value(u"kind"_s).toString();
    if (kind != u"direct"_s && kind != u"platform"_s)
        return {};
    r.kind = kind == u"direct"_s ? SendRoute::Direct : SendRoute::Platform;
    r.mailbox = o.value(u"mailbox"_s).toString();
    r.provider = providerFromName(o.value(u"provider"_s).toString());
    r.instance = QUrl(o.value(u"instance"_s).toString());
    r.account = o.value(u"account"_s).toString();
    if (r.kind == SendRoute::Platform && !r.instance.isValid())
        return {};
    return r;
}

} // namespace Outpost

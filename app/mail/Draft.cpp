// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/Draft.h"

namespace Outpost {

QString draftFieldName(DraftField field)
{
    switch (field) {
    case DraftField::From:
        return QStringLiteral("from");
    case DraftField::Provider:
        return QStringLiteral("provider");
    case DraftField::To:
        return QStringLiteral("to");
    case DraftField::Cc:
        return QStringLiteral("cc");
    case DraftField::Bcc:
        return QStringLiteral("bcc");
    case DraftField::Subject:
        return QStringLiteral("subject");
    case DraftField::Body:
        return QStringLiteral("body");
    case DraftField::Thread:
        return QStringLiteral("threadId");
    case DraftField::Attachments:
        return QStringLiteral("attachments");
    case DraftField::None:
        break;
    }
    return {};
}

DraftField draftFieldFromName(const QString &name)
{
    static const DraftField all[]
        = {DraftField::From, DraftField::Provider, DraftField::To, DraftField::Cc, DraftField::Bcc,
            DraftField::Subject, DraftField::Body, DraftField::Thread, DraftField::Attachments};
    for (DraftField f : all) {
        if (draftFieldName(f).compare(name, Qt::CaseInsensitive) == 0)
            return f;
    }
    if (name == u"inReplyTo" || name == u"references")
        return DraftField::Thread;
    return DraftField::None;
}

} // namespace Outpost

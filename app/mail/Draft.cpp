// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/Draft.h"

#include <QCoreApplication>
#include <QUrl>

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::Draft)
};

bool hasLineBreak(const QString &s)
{
    return s.contains(u'\r') || s.contains(u'\n');
}
} // namespace

QList<DraftProblem> Draft::problems() const
{
    QList<DraftProblem> found;
    QString reason;
    if (from.trimmed().isEmpty())
        found += {DraftField::From, Tr::tr("Choose the mailbox to send from.")};
    else if (!AddressList::isAddrSpec(from.trimmed(), &reason))
        found += {DraftField::From, Tr::tr("The sender is not a valid address: %1.").arg(reason)};
    if (to.isEmpty())
        found += {DraftField::To, Tr::tr("Add at least one recipient.")};
    if (body.isEmpty())
        found += {DraftField::Body, Tr::tr("The message is empty.")};
    if (hasLineBreak(subject))
        found += {DraftField::Subject, Tr::tr("The subject cannot contain a line break.")};
    if (hasLineBreak(threadId) || hasLineBreak(inReplyTo) || hasLineBreak(references))
        found += {DraftField::Thread, Tr::tr("The thread reference contains a line break.")};
    for (const Attachment &a : attachments) {
        const bool hasKey = !a.storageKey.isEmpty();
        const bool hasUrl = !a.url.isEmpty();
        if (hasKey == hasUrl) {
            found += {DraftField::Attachments,
                Tr::tr("“%1” is neither uploaded nor a link.").arg(a.filename)};
        } else if (hasUrl && QUrl(a.url).scheme() != u"https") {
            found
                += {DraftField::Attachments, Tr::tr("“%1” must be an https link.").arg(a.filename)};
        }
    }
    return found;
}

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

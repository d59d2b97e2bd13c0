// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/SendRules.h"

#include "mail/AddressList.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

#include <cmath>

namespace Outpost::SendRules {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::SendRules)
};

bool hasLineBreak(const QString &s)
{
    return s.contains(u'\r') || s.contains(u'\n');
}

void parseInto(QList<MailAddress> &target, DraftField field, const QString &text,
    QList<DraftProblem> &problems)
{
    const AddressParse parsed = AddressList::parse(text);
    target = parsed.addresses;
    for (const AddressProblem &p : parsed.problems)
        problems += {field, Tr::tr("“%1” is not a valid address: %2.").arg(p.input, p.reason)};
}

// The same address twice (To, then Cc, then Bcc): kept only where it first appears.
void mergeDuplicates(Draft &draft)
{
    QStringList seen;
    for (QList<MailAddress> *list : {&draft.to, &draft.cc, &draft.bcc}) {
        QList<MailAddress> kept;
        for (const MailAddress &a : std::as_const(*list)) {
            if (seen.contains(a.address, Qt::CaseInsensitive))
                continue;
            seen += a.address;
            kept += a;
        }
        *list = kept;
    }
}
} // namespace

std::variant<Draft, QList<DraftProblem>> draftFrom(const ComposeInput &in)
{
    QList<DraftProblem> problems;
    Draft d;
    d.from = in.from.trimmed();
    d.provider = in.provider;
    parseInto(d.to, DraftField::To, in.to, problems);
    parseInto(d.cc, DraftField::Cc, in.cc, problems);
    parseInto(d.bcc, DraftField::Bcc, in.bcc, problems);
    mergeDuplicates(d);
    d.subject = in.subject.trimmed();
    d.body = in.body;
    d.isHtml = in.isHtml;
    d.threadId = in.threadId.trimmed();
    d.conversationId = d.threadId.isEmpty() ? QString() : in.conversationId;
    d.inReplyTo = in.inReplyTo.trimmed();
    d.references = in.references.trimmed();
    for (const DraftProblem &p : check(d)) {
        // An address field that failed to parse already has its problem.
        const bool known = std::any_of(problems.cbegin(), problems.cend(),
            [&](const DraftProblem &q) { return q.field == p.field; });
        if (!known)
            problems += p;
    }
    if (!problems.isEmpty())
        return problems;
    return d;
}

QString sizeText(qint64 bytes, const QLocale &locale)
{
    if (bytes < 0)
        return {};
    // The unit QLocale picks (a power of 1024) and the value in it, to choose the decimals.
    double value = double(bytes);
    int power = 0;
    while (value >= 1024 && power < 6) {
        value /= 1024;
        ++power;
    }
    const bool tenth = power > 0 && value < 10 && std::round(value * 10) != std::round(value) * 10;
    return locale.formattedDataSize(bytes, tenth ? 1 : 0, QLocale::DataSizeTraditionalFormat);
}

QList<DraftProblem> check(const Draft &draft, const SendLimits &limits)
{
    QList<DraftProblem> found;
    QString reason;
    if (draft.from.trimmed().isEmpty())
        found += {DraftField::From, Tr::tr("Choose the mailbox to send from.")};
    else if (!AddressList::isAddrSpec(draft.from.trimmed(), &reason))
        found += {DraftField::From, Tr::tr("The sender is not a valid address: %1.").arg(reason)};
    if (draft.to.isEmpty())
        found += {DraftField::To, Tr::tr("Add at least one recipient.")};
    if (draft.body.isEmpty())
        found += {DraftField::Body, Tr::tr("The message is empty.")};
    // A template's placeholder still in the mail ({{firstName}}) would reach the recipient as
    // written: never sent. Braces typed on purpose are rare in mail; the message says to edit
    // them, and nothing stored beside the draft is needed to tell them apart (the same rule
    // holds for a draft restored, in the outbox or from the command line).
    for (const auto &[field, text] : {std::pair {DraftField::Subject, &draft.subject},
             std::pair {DraftField::Body, &draft.body}}) {
        QList<UnfilledField> left;
        for (const QString &name : MergeFields::placeholders(*text))
            left += {name, {}};
        if (!left.isEmpty())
            found += {field, placeholderRefusal(left)};
    }
    if (hasLineBreak(draft.subject))
        found += {DraftField::Subject, Tr::tr("The subject cannot contain a line break.")};
    if (hasLineBreak(draft.threadId) || hasLineBreak(draft.inReplyTo)
        || hasLineBreak(draft.references))
        found += {DraftField::Thread, Tr::tr("The thread reference contains a line break.")};
    qint64 attached = 0;
    for (const Attachment &a : draft.attachments) {
        const bool hasKey = !a.storageKey.isEmpty();
        const bool hasUrl = !a.url.isEmpty();
        const bool carried = !limits.filesByReference && !a.localPath.isEmpty();
        if (hasKey && hasUrl) {
            found += {DraftField::Attachments,
                Tr::tr("“%1” is both uploaded and a link.").arg(a.filename)};
        } else if (!hasKey && !hasUrl && !carried) {
            found += {DraftField::Attachments,
                Tr::tr("“%1” is neither uploaded nor a link.").arg(a.filename)};
        } else if (hasUrl && QUrl(a.url).scheme() != u"https") {
            found
                += {DraftField::Attachments, Tr::tr("“%1” must be an https link.").arg(a.filename)};
        }
        if (a.size > 0 && limits.maxFileBytes > 0 && a.size > limits.maxFileBytes) {
            found += {DraftField::Attachments,
                Tr::tr("“%1” is %2; files can be at most %3 each.")
                    .arg(a.filename, sizeText(a.size), sizeText(limits.maxFileBytes))};
        }
        attached += std::max<qint64>(0, a.size);
    }
    const QString total = totalRefusal(attached, limits);
    if (!total.isEmpty())
        found += {DraftField::Attachments, total};
    return found;
}

QList<DraftProblem> check(
    const MailboxResolution &resolution, const QString &from, std::optional<Provider> provider)
{
    switch (resolution.kind) {
    case MailboxResolution::Kind::Resolved:
        return {};
    case MailboxResolution::Kind::NotConnected:
        return {
            {DraftField::From, Tr::tr("%1 is not a mailbox connected to your account.").arg(from)}};
    case MailboxResolution::Kind::Ambiguous:
        return {{DraftField::Provider,
            Tr::tr("%1 is connected through both Gmail and Outlook: choose one.").arg(from)}};
    case MailboxResolution::Kind::ProviderMismatch:
        return {{DraftField::Provider,
            Tr::tr("%1 is not connected through %2.")
                .arg(from, provider ? providerDisplayName(*provider) : QString())}};
    }
    return {};
}

QString fileRefusal(
    const QString &name, qint64 bytes, qint64 attachedBytes, const SendLimits &limits)
{
    if (limits.maxFileBytes > 0 && bytes > limits.maxFileBytes)
        return Tr::tr("“%1” is %2; files can be at most %3 each.")
            .arg(name, sizeText(bytes), sizeText(limits.maxFileBytes));
    const qint64 room = limits.attachmentRoom();
    const qint64 total = attachedBytes + bytes;
    if (room >= 0 && total > room) {
        return limits.setBy.isEmpty()
            ? Tr::tr("“%1” (%2) would bring the attachments to %3; a message can carry at most %4.")
                  .arg(name, sizeText(bytes), sizeText(total), sizeText(room))
            : Tr::tr("“%1” (%2) would bring the attachments to %3; %4 accepts at most %5 per "
                     "message.")
                  .arg(name, sizeText(bytes), sizeText(total), limits.setBy, sizeText(room));
    }
    return {};
}

QString placeholderRefusal(const QList<UnfilledField> &fields)
{
    if (fields.isEmpty())
        return {};
    if (fields.size() == 1) {
        const UnfilledField &f = fields.first();
        return f.reason.isEmpty() ? Tr::tr("%1 could not be filled. Edit it before sending.")
                                        .arg(MergeFields::written(f.name))
                                  : Tr::tr("%1 could not be filled: %2 Edit it before sending.")
                                        .arg(MergeFields::written(f.name), f.reason);
    }
    QStringList names;
    for (const UnfilledField &f : fields)
        names += MergeFields::written(f.name);
    return Tr::tr("%1 could not be filled. Edit them before sending.")
        .arg(QLocale().createSeparatedList(names));
}

QString totalRefusal(qint64 attachedBytes, const SendLimits &limits)
{
    const qint64 room = limits.attachmentRoom();
    if (room < 0 || attachedBytes <= room)
        return {};
    return limits.setBy.isEmpty()
        ? Tr::tr("The attachments come to %1; a message can carry at most %2.")
              .arg(sizeText(attachedBytes), sizeText(room))
        : Tr::tr("The attachments come to %1; %2 accepts at most %3 per message.")
              .arg(sizeText(attachedBytes), limits.setBy, sizeText(room));
}

} // namespace Outpost::SendRules

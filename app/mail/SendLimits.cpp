// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/SendLimits.h"

#include <QCoreApplication>

#include <algorithm>

namespace Outpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::SendLimits)
};

constexpr qint64 mb = 1024 * 1024;

// The platform: POST /api/upload takes up to 10 files per request, each at most 50 MB
// (the platform's reference, api/CONTRACT.md "Uploads"). Its send page states no message
// limit: the mailbox's provider sets it (below).
SendLimits platformRow()
{
    SendLimits l;
    l.maxFileBytes = 50 * mb;
    l.maxFilesPerRequest = 10;
    return l;
}

SendLimits gmailRow()
{
    SendLimits l;
    l.setBy = Tr::tr("Gmail");
    // users.messages.send: "Maximum file size: 35MB", the RFC 822 message as uploaded
    // (developers.google.com/gmail/api/reference/rest/v1/users.messages/send).
    l.maxMessageBytes = 35 * mb;
    // "You can send up to 25 MB in attachments" (support.google.com/mail/answer/6584).
    l.maxAttachmentBytes = 25 * mb;
    l.maxFileBytes = l.maxAttachmentBytes;
    // uploadType=multipart carries the whole message up to the 35 MB cap; resumable is our
    // choice for anything large, so that a dropped connection does not start over
    // (developers.google.com/gmail/api/guides/uploads).
    l.resumableAboveBytes = 5 * mb;
    return l;
}

SendLimits outlookRow()
{
    SendLimits l;
    l.setBy = Tr::tr("Outlook");
    // Exchange Online's default message size limit, attachments and encoding included, is
    // 35 MB; administrators can raise it to 150 MB
    // (learn.microsoft.com/graph/api/attachment-createuploadsession, "Tip").
    l.maxMessageBytes = 35 * mb;
    // Files from 3 MB to 150 MB go through an upload session; smaller ones in the request
    // (learn.microsoft.com/graph/outlook-large-attachments).
    l.maxFileBytes = 150 * mb;
    l.inlineBelowBytes = 3'000'000;
    // Graph requests are limited to 4 MB (learn.microsoft.com/graph/outlook-large-attachments,
    // and "attach files up to 4 MB" in the sendMail reference).
    l.maxRequestBytes = 4 * mb;
    // Upload-session ranges "up to 4 MB each time", in multiples of 320 KiB
    // (learn.microsoft.com/graph/api/attachment-createuploadsession).
    l.chunkBytes = 10 * 320 * 1024;
    return l;
}

qint64 tighter(qint64 a, qint64 b)
{
    if (a < 0)
        return b;
    if (b < 0)
        return a;
    return std::min(a, b);
}

qint64 looser(qint64 a, qint64 b)
{
    return a < 0 || b < 0 ? -1 : std::max(a, b);
}

SendLimits providerRow(Provider provider)
{
    switch (provider) {
    case Provider::Gmail:
        return gmailRow();
    case Provider::Outlook:
        return outlookRow();
    }
    return {};
}
} // namespace

SendLimits SendLimits::of(SendRoute route, std::optional<Provider> provider)
{
    SendLimits l;
    if (provider) {
        l = providerRow(*provider);
    } else {
        // Not chosen yet: what the most generous provider accepts.
        const SendLimits g = gmailRow();
        const SendLimits o = outlookRow();
        l.maxFileBytes = looser(g.maxFileBytes, o.maxFileBytes);
        l.maxMessageBytes = looser(g.maxMessageBytes, o.maxMessageBytes);
        l.maxAttachmentBytes = looser(g.maxAttachmentBytes, o.maxAttachmentBytes);
    }
    l.filesByReference = route == SendRoute::Platform;
    if (route == SendRoute::Platform) {
        // The platform uploads the files and then sends through the mailbox's provider:
        // both limits hold; the provider's request mechanics are the platform's business.
        const SendLimits p = platformRow();
        SendLimits out;
        out.setBy = l.setBy;
        out.maxFileBytes = tighter(p.maxFileBytes, l.maxFileBytes);
        out.maxMessageBytes = l.maxMessageBytes;
        out.maxAttachmentBytes = l.maxAttachmentBytes;
        out.maxFilesPerRequest = p.maxFilesPerRequest;
        return out;
    }
    return l;
}

SendLimits SendLimits::withMessageLimit(qint64 messageBytes) const
{
    SendLimits l = *this;
    if (messageBytes <= 0)
        return l;
    if (l.maxAttachmentBytes > 0 && l.maxMessageBytes > 0)
        l.maxAttachmentBytes = l.maxAttachmentBytes * messageBytes / l.maxMessageBytes;
    l.maxMessageBytes = messageBytes;
    return l;
}

qint64 SendLimits::encodedSize(qint64 rawBytes)
{
    if (rawBytes <= 0)
        return 0;
    const qint64 chars = (rawBytes + 2) / 3 * 4;
    const qint64 lines = (chars + 75) / 76;
    return chars + 2 * lines;
}

qint64 SendLimits::attachmentRoom(qint64 otherBytes) const
{
    qint64 room = maxAttachmentBytes;
    if (maxMessageBytes > 0) {
        // The largest raw total whose encoding still fits beside the rest of the message.
        const qint64 left = std::max<qint64>(0, maxMessageBytes - otherBytes);
        const qint64 raw = left / 78 * 57; // 57 raw bytes make one 76-character line + CRLF
        room = tighter(room, raw);
    }
    return room;
}

} // namespace Outpost

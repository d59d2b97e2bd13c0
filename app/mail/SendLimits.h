// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"

#include <QString>

#include <optional>

namespace Outpost {

// How a mail leaves: through the platform's send endpoint, or straight to the provider's API.
enum class SendRoute { Platform, Direct };

// Everything a route limits, in bytes (-1: no limit of its own). One table holds the values
// (SendLimits.cpp, each with the public page that states it); every check, the command line,
// the compose window, the outbox and the submissions read them from here.
struct SendLimits
{
    QString setBy; // who sets the message limits, as a person reads it ("Gmail"); may be empty
    qint64 maxFileBytes = -1; // one attached file
    qint64 maxMessageBytes = -1; // the whole message as sent: MIME, base64 counted
    qint64 maxAttachmentBytes = -1; // the attachments' own total, before encoding
    int maxFilesPerRequest = -1; // files in one upload request
    qint64 maxRequestBytes = -1; // one HTTP request of the API
    qint64 inlineBelowBytes = -1; // files under this go in the request; larger ones apart
    qint64 chunkBytes = -1; // one piece of a chunked upload
    qint64 resumableAboveBytes = -1; // a message above this goes through a resumable upload
    // Files travel as references (a storage key from an upload, or an https link) rather than
    // in the message itself: the platform's send page; a direct send carries the bytes.
    bool filesByReference = true;

    // The limits of one route for a mailbox of `provider` (nullopt: not known yet, which
    // gives the loosest limits any provider has, so that nothing is refused too early).
    static SendLimits of(SendRoute route, std::optional<Provider> provider);
    // The same with the message limit an administrator raised or lowered (Exchange Online's
    // is configurable): `messageBytes` replaces maxMessageBytes and scales maxAttachmentBytes.
    SendLimits withMessageLimit(qint64 messageBytes) const;

    // What `rawBytes` of a file weigh once base64-encoded in a MIME part (76-column lines,
    // CRLF), which is what a provider's message limit counts.
    static qint64 encodedSize(qint64 rawBytes);
    // The attachments' raw total that still fits: the smaller of the raw cap and what the
    // encoded message limit leaves after `otherBytes` (headers and body). -1: unlimited.
    qint64 attachmentRoom(qint64 otherBytes = 0) const;

    bool operator==(const SendLimits &) const = default;
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Outpost::AttachmentReminder {

// The word in `body` that promises an attachment ("attached", "enclosed", "Anhang",
// "pièce jointe", "adjunto", …), or an empty string. Quoted lines (`>`), the signature
// (after "-- ") and HTML markup do not count.
QString promisedAttachment(const QString &body, bool isHtml);

} // namespace Outpost::AttachmentReminder

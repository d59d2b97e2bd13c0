// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"

namespace Outpost {

// A file from disk as an attachment: the checks on the file itself (they read the disk, so
// they are not in the pure SendRules), shared by the compose window's attachment list and
// `outpost send --attach`.
namespace AttachmentFile {

// Why the file at `path` cannot be attached at all (no such file, a folder, not a regular
// file, not readable), named by its file name; an empty string when it can.
QString unusable(const QString &path);

// The attachment for a usable file: name, MIME type, absolute path, size, modification time.
Attachment of(const QString &path);

} // namespace AttachmentFile
} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/ComposeController.h"

namespace Outpost {

// "Save as .eml…": the message the compose form describes, written exactly as a direct send
// would upload it (GmailSubmission::messageFor: the same GMime builder, Message-ID on the
// sender's domain, Bcc kept). Nothing is sent and the draft is untouched.
namespace EmlExport {

// An empty string when written; else what stops it, for the user (a field's problem first).
QString write(ComposeController *controller, const ComposeInput &input, const QString &path);

} // namespace EmlExport
} // namespace Outpost

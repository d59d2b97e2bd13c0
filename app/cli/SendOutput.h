// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"
#include "mail/Receipt.h"
#include "net/ServiceError.h"

namespace Outpost::SendOutput {

// The send's outcome stayed unknown: its answer was lost and the lookups that followed could
// not tell whether the server stored it. 75 is sysexits.h's EX_TEMPFAIL, "a temporary failure
// … the user is invited to retry later": the state is not final and must be checked later.
// None of the codes already used fits (69 says the send failed, 0 that it went), and the
// other sysexits codes name local faults. Unlike with other temporary failures, a script must
// not simply run the same send again: it looks in the conversation first.
constexpr int MayHaveBeenSent = 75;

// What `outpost send` prints and returns, whichever way the mail went.
int exitCodeFor(const ServiceError &error);
// "outpost send: to: …" — the field first, as a script or a person looks for it.
QString describe(DraftField field, const QString &message);
QByteArray receiptJson(const Receipt &receipt);

} // namespace Outpost::SendOutput

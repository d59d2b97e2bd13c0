// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"
#include "mail/Receipt.h"
#include "platform/ServiceError.h"

namespace Outpost::SendOutput {

// What `outpost send` prints and returns, whichever way the mail went.
int exitCodeFor(const ServiceError &error);
// "outpost send: to: …" — the field first, as a script or a person looks for it.
QString describe(DraftField field, const QString &message);
QByteArray receiptJson(const Receipt &receipt);

} // namespace Outpost::SendOutput

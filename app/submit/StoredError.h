// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ServiceError.h"
#include "store/OutboxEntry.h"

namespace Outpost {

// A ServiceError as the outbox keeps it in the LocalStore (kind, status, message, field), and
// back: enough to show the reason and to decide about retrying after a restart.
OutboxError toOutboxError(const ServiceError &error);
ServiceError fromOutboxError(const OutboxError &error);

} // namespace Outpost

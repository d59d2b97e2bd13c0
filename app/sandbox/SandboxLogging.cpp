// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxLogging.h"

namespace Outpost::Sandbox {
Q_LOGGING_CATEGORY(lcSandbox, "outpost.sandbox", QtInfoMsg)
} // namespace Outpost::Sandbox

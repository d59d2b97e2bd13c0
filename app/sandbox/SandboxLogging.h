// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Outpost::Sandbox {
// The sandbox's one category; never carries auth bodies or tokens.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
} // namespace Outpost::Sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Outpost {

// `outpost send …`: one message through the platform, no window; the receipt as JSON.
int runSendCommand(const QStringList &arguments);

} // namespace Outpost

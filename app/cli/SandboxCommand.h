// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Outpost {

// `outpost sandbox …`: the sandbox instance without a window, until interrupted.
int runSandboxCommand(const QStringList &arguments);

} // namespace Outpost

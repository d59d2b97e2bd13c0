// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Outpost::InstallPaths {

// The folders where Outpost's plugins (the sandbox, the conversation view) are looked for,
// first match wins: `fromEnvironment` ($OUTPOST_PLUGIN_DIR, read by the caller) when set,
// <executable>/plugins, <prefix>/lib/outpost, and, for programs run from the build tree (tests,
// benchmarks), its plugins folder.
QStringList plugins(const QString &fromEnvironment);

} // namespace Outpost::InstallPaths

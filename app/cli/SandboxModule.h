// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/EmbeddedSandbox.h"

#include <QStringList>

#include <memory>

namespace Outpost::SandboxModule {

// Where outpost_sandboxmodule is looked for, first match wins: $OUTPOST_PLUGIN_DIR,
// <executable>/plugins, <prefix>/lib/outpost, and the build tree's plugins folder.
QStringList searchPath();
// A sandbox from the plugin (loaded on the first call, kept for the process); null and
// `error` when the plugin is missing or cannot load.
std::unique_ptr<Sandbox::EmbeddedSandbox> create(
    const Sandbox::SandboxOptions &options, QString *error);

} // namespace Outpost::SandboxModule

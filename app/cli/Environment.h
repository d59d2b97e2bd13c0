// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/OAuthProfile.h"

namespace Outpost {

// Every OUTPOST_* variable of the process's environment that is set and not empty: endpoints
// and client ids a user (or a test harness) started Outpost with. Read here, by the program's
// wiring (GuiLauncher, the command line), and handed down; the libraries under app/ never read
// the environment (cmake/CheckLayers.cmake).
ConfigOverrides configFromEnvironment();

} // namespace Outpost

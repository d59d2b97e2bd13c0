// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Outpost {

// `outpost [--sandbox | --instance URL] [mailto:…]`: the compose window.
int runGui(int &argc, char **argv);

} // namespace Outpost

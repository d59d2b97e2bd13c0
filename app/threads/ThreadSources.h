// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "threads/ThreadSource.h"

#include <memory>
#include <vector>

namespace Outpost {

class ComposeController;

// The thread sources of a compose form: for every instance it can send through, the
// platform's conversations and the threads this client sent into there.
namespace ThreadSources {

std::vector<std::unique_ptr<ThreadSource>> of(ComposeController *controller);

} // namespace ThreadSources
} // namespace Outpost

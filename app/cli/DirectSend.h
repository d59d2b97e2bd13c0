// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/SendRules.h"

namespace Outpost {

struct DirectSendOptions
{
    QString provider; // gmail / outlook; empty with a dry run
    QString apiUrl; // empty: the provider's own
    QString emlPath; // write the message here too
    bool dryRun = false;
    QStringList attachFiles; // --attach: read from disk as the message is built
};

// `outpost send --via …` and `--eml … --dry-run`: straight through the provider's API, or
// only the .eml, exactly as it would be sent.
int runDirectSend(const ComposeInput &input, const DirectSendOptions &options);

} // namespace Outpost

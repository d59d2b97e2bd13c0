// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"

#include <QUrl>

namespace Outpost {

// A mailbox Outpost sends through directly (provider OAuth), not through the platform.
struct DirectMailbox
{
    Provider provider = Provider::Gmail;
    QString address;
    QString displayName;
    QUrl apiBase; // https://gmail.googleapis.com, https://graph.microsoft.com, or a stand-in
};

} // namespace Outpost

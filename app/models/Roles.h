// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Outpost::Roles {

// Every custom item role of Outpost's models, in one place.
enum : int {
    Address = Qt::UserRole + 1, // QString: a bare address
    DisplayName, // QString
    Providers, // QStringList of wire names (`gmail`, `outlook`)
    Mailboxes, // QVariantList of Outpost::Mailbox
};

} // namespace Outpost::Roles

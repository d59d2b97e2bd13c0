// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Outpost {

// A contact of the platform (`GET /api/contacts`): whom conversations are with.
struct PlatformContact
{
    QString id;
    QString firstName;
    QString lastName;
    QString email;
    bool operator==(const PlatformContact &other) const = default;
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Outpost {

// Someone this client sent to: for address completion, most used first.
struct RecentRecipient
{
    QString address;
    QString name;
    int useCount = 0;
    QDateTime lastUsedAt;

    bool operator==(const RecentRecipient &other) const = default;
};

} // namespace Outpost

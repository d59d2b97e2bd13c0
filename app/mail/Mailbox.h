// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Outpost {

enum class Provider { Gmail, Outlook };

// The wire names `gmail` / `outlook`.
QString providerName(Provider provider);
std::optional<Provider> providerFromName(const QString &name);
// What a person reads: "Gmail" / "Outlook".
QString providerDisplayName(Provider provider);

// A mailbox connected to the platform (or, in direct mode, to Outpost itself).
struct Mailbox
{
    QString id;
    Provider provider = Provider::Gmail;
    QString address;
    QString displayName;
    bool active = true;
    QDateTime connectedAt;
    bool operator==(const Mailbox &other) const = default;
};

} // namespace Outpost

Q_DECLARE_METATYPE(Outpost::Mailbox)

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Outpost {

// "Always show images from <sender>", as the user said it in one mailbox: the trust holds for
// mail from that address arriving in that mailbox only (another mailbox's mail, or a message
// whose sender failed authentication, is not trusted by it). Addresses are kept lower case.
struct TrustedSender
{
    QString sender;
    QString mailbox; // the receiving mailbox (the thread's mailbox)
    QDateTime addedAt;
    bool operator==(const TrustedSender &other) const = default;
};

} // namespace Outpost

Q_DECLARE_METATYPE(Outpost::TrustedSender)

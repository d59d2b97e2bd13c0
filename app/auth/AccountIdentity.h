// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/AddressList.h"

#include <QStringList>

namespace Outpost {

// Whose mailbox a provider grant opens, as the provider itself says (Gmail users.getProfile,
// Graph GET /me), and the other addresses it may send as (Gmail's verified send-as aliases).
// A sign-in page only prefills the address Outpost hints; the user can sign in as anyone, and
// Gmail then rewrites From to the account while Graph sends as the signed-in user. Kept in
// the keychain entry of the grant, never in plain text on disk.
struct AccountIdentity
{
    QString address; // the account's own address
    QStringList sendAs; // verified send-as aliases besides `address` (Gmail only)

    bool isKnown() const { return !address.isEmpty(); }
    // Whether a mail from `from` leaves with that very From.
    bool allows(const QString &from) const
    {
        if (AddressList::sameAddress(from, address))
            return true;
        for (const QString &alias : sendAs) {
            if (AddressList::sameAddress(from, alias))
                return true;
        }
        return false;
    }
    bool operator==(const AccountIdentity &other) const = default;
};

} // namespace Outpost

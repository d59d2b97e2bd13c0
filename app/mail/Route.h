// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"
#include "mail/SendLimits.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace Outpost {

// The way one mail leaves, decided once: by ComposeController::send from the mailbox it
// resolved (SessionRegistry::routeFor), and kept with the mail's outbox entry (LocalStore,
// `outbox.route`). Every attempt, every lookup after an unknown outcome and every attempt
// after a restart take this way without resolving the address again; a way that is gone
// (the instance signed out, the direct mailbox removed) fails with a message saying so,
// rather than quietly sending through another account. An entry queued before routes were
// kept has none (isValid() false) and is resolved from its From as before.
struct Route
{
    SendRoute kind = SendRoute::Platform;
    QUrl instance; // Platform: the instance whose session sends
    QString account; // Platform: the user signed in to it (sessions are kept per both)
    QString mailbox; // the sending mailbox's address
    std::optional<Provider> provider; // the sending mailbox's provider

    bool isValid() const { return !mailbox.isEmpty(); }
    bool operator==(const Route &other) const = default;

    // As the store keeps it: a small JSON object (QJsonDocument); empty for no route.
    QString toText() const;
    // An unreadable or empty text gives an invalid Route (resolved from From instead).
    static Route fromText(const QString &text);
};

} // namespace Outpost

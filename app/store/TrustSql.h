// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/TrustedSender.h"

#include <QList>

namespace Outpost {

class StoreConnection;

// The trusted senders (images), on the store's thread, inside the caller's transaction.
namespace TrustSql {

bool add(StoreConnection &c, const TrustedSender &trust, QString *error);
bool remove(StoreConnection &c, const QString &sender, const QString &mailbox, QString *error);
// `mailbox` empty: every mailbox's. Sorted by mailbox, then sender.
QList<TrustedSender> list(StoreConnection &c, const QString &mailbox, QString *error);

} // namespace TrustSql
} // namespace Outpost

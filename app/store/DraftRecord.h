// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"

#include <QDateTime>
#include <QUrl>

namespace Outpost {

// A draft as the LocalStore keeps it: every Draft field, the address fields exactly as typed
// (they may not parse yet and are never rewritten), and bookkeeping.
struct DraftRecord
{
    QString id; // a UUID chosen by the client, so saving never waits for the store
    QUrl instance; // the instance it was written for
    Draft draft;
    QString toText;
    QString ccText;
    QString bccText;
    bool openInWindow = false; // a compose window holds it: reopened after a crash
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const DraftRecord &other) const = default;
};

} // namespace Outpost

Q_DECLARE_METATYPE(Outpost::DraftRecord)

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/ThreadSummary.h"
#include "net/ServiceError.h"

#include <QFlags>
#include <QObject>

#include <functional>
#include <optional>

namespace Outpost {

class PlatformClient;

// Where a thread was found. A row of the picker may have been found in several places.
enum class ThreadOrigin {
    Platform = 0x1, // the platform's conversations with a recipient
    SentFromHere = 0x2, // the local store: this client sent into it
    Provider = 0x4, // direct mode: Gmail threads.list / Graph conversations
};
Q_DECLARE_FLAGS(ThreadOrigins, ThreadOrigin)
Q_DECLARE_OPERATORS_FOR_FLAGS(ThreadOrigins)

// One place that lists threads a reply can continue. The thread picker asks every source it
// is given and merges the answers (ThreadLister): plug direct mode in as another source.
class ThreadSource
{
public:
    struct Listing
    {
        QList<ThreadSummary> threads;
        std::optional<ServiceError> error;
        // The platform's contacts the recipients were found as: where the picker searches what
        // was said (ThreadContentSearch). Empty for sources without contacts.
        QStringList contactIds;
    };
    using Done = std::function<void(const Listing &)>;

    virtual ~ThreadSource() = default;
    virtual ThreadOrigin origin() const = 0;
    // Where the listed threads' messages can be read (null: nowhere yet).
    virtual PlatformClient *client() const { return nullptr; }

    // The threads with any of `recipients` (bare addresses); `done` runs once, and not after
    // `context` is gone.
    virtual void list(const QStringList &recipients, QObject *context, Done done) = 0;
};

} // namespace Outpost

Q_DECLARE_METATYPE(Outpost::ThreadOrigins)

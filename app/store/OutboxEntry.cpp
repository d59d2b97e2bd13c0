// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/OutboxEntry.h"

namespace Outpost {

using namespace Qt::StringLiterals;

QString outboxStateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Held:
        return u"held"_s;
    case OutboxEntry::State::Queued:
        return u"queued"_s;
    case OutboxEntry::State::Failed:
        return u"failed"_s;
    case OutboxEntry::State::Sent:
        return u"sent"_s;
    }
    return {};
}

std::optional<OutboxEntry::State> outboxStateFromName(const QString &name)
{
    for (auto s : {OutboxEntry::State::Held, OutboxEntry::State::Queued, OutboxEntry::State::Failed,
             OutboxEntry::State::Sent}) {
        if (outboxStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace Outpost

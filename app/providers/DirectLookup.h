// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "submit/SentMatch.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// What the providers' answers to "did this send land?" (Submission::findSent) share; each
// provider's lookup is in its folder (gmail/GmailLookup.cpp, outlook/GraphLookup.cpp). Both
// look for the Message-ID a send with the outbox entry's idempotency key carries: it is the
// entry's own, so a message found by it is that mail, whatever its Bcc or attachments, and an
// identical mail sent on purpose (another entry, another key) is never taken for it. What a
// lookup finds is what the service shows at that moment: the outbox asks again after
// OutboxSettings::checkDelays before it takes "not found" as "not stored".
namespace Outpost::DirectLookup {

// The Message-ID a direct send with this key carries (Gmail's Message-ID header, Graph's
// internetMessageId).
inline QString messageIdFor(const QString &idempotencyKey, const QString &from)
{
    return u'<' + idempotencyKey + u'@' + from.section(u'@', -1).toLower() + u'>';
}

// `done` once, and only while `context` lives.
inline std::function<void(const SentLookup &)> guarded(
    QObject *context, std::function<void(const SentLookup &)> done)
{
    return [guard = QPointer<QObject>(context), done = std::move(done)](const SentLookup &r) {
        if (guard)
            done(r);
    };
}

} // namespace Outpost::DirectLookup

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/ThreadSummary.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace Outpost {

class ConversationLoader;
class Outbox;
class PlatformClient;

// One conversation read before it is asked for (issue 18): once a thread is chosen in the
// picker, or a sent mail in the Sent window, its messages are read while the user decides, so
// that a click on Conversation shows them at once instead of waiting for the platform (a long
// thread's answer takes it a while: 500 messages are 6.8 MB). What is not taken within `kept`
// is dropped: nothing stale is shown, and a long thread's strings are not held for the
// session. A loader follows `outbox` (when there is one): a reply sent meanwhile shows at once;
// what others wrote meanwhile (a teammate, the other side) is read again when the loader is
// taken, if its read is older than `fresh`: what it holds shows at once, what arrived since
// follows (nothing is built again when nothing changed).
class ConversationReadAhead : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kept {60000};
    static constexpr std::chrono::milliseconds fresh {10000};

    explicit ConversationReadAhead(Outbox *outbox, QObject *parent = nullptr);

    // Starts reading `thread`'s conversation through `client`, unless it is read already.
    void read(PlatformClient *client, const ThreadSummary &thread);
    // The loader to show `thread` with, for the caller to own: the one read ahead if it is
    // that thread's through `client` (read again in the background when its read is older
    // than freshFor()), else a new one (not loading yet).
    ConversationLoader *take(PlatformClient *client, const ThreadSummary &thread);
    // A conversation window closed: its loader, with what it read, is kept as a read-ahead
    // (for `kept`), so that opening the conversation again soon shows it at once. The window's
    // process ended with the window (issue 18: memory back), but its messages need not be read
    // again. A read-ahead started since, for another choice, wins: `loader` is then dropped.
    void keep(ConversationLoader *loader);
    void drop();
    std::chrono::milliseconds freshFor() const { return m_freshFor; }
    // Tests; `fresh` otherwise.
    void setFreshFor(std::chrono::milliseconds age) { m_freshFor = age; }
    // What is being read ahead, if anything (owned here).
    ConversationLoader *pending() const { return m_loader; }

private:
    bool fits(PlatformClient *client, const ThreadSummary &thread) const;
    static void release(ConversationLoader *loader); // deleted, what it held given back
    ConversationLoader *newLoader(PlatformClient *client, const ThreadSummary &thread) const;

    QPointer<Outbox> m_outbox;
    QPointer<ConversationLoader> m_loader;
    QTimer m_expiry; // a read ahead not shown by then is dropped (it may be stale)
    std::chrono::milliseconds m_freshFor = fresh;
};

} // namespace Outpost

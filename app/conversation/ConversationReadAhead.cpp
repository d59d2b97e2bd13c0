// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation/ConversationReadAhead.h"

#include "conversation/ConversationLoader.h"
#include "conversation/FreedMemory.h"
#include "submit/Outbox.h"

namespace Outpost {

ConversationReadAhead::ConversationReadAhead(Outbox *outbox, QObject *parent)
    : QObject(parent), m_outbox(outbox)
{
    m_expiry.setSingleShot(true);
    m_expiry.setInterval(kept);
    connect(&m_expiry, &QTimer::timeout, this, &ConversationReadAhead::drop);
}

void ConversationReadAhead::read(PlatformClient *client, const ThreadSummary &thread)
{
    if (fits(client, thread))
        return;
    drop();
    m_loader = newLoader(client, thread);
    m_loader->setParent(this);
    m_loader->load();
    m_expiry.start();
}

ConversationLoader *ConversationReadAhead::take(PlatformClient *client, const ThreadSummary &thread)
{
    if (!fits(client, thread)) {
        drop();
        return newLoader(client, thread);
    }
    m_expiry.stop();
    ConversationLoader *loader = m_loader;
    m_loader = nullptr;
    loader->setParent(nullptr);
    // Read a while ago (a window closed, then opened again): shown as it is, and read again.
    const auto age = loader->sinceRead();
    if (age && *age >= m_freshFor && !loader->isLoading())
        loader->load();
    return loader;
}

void ConversationReadAhead::keep(ConversationLoader *loader)
{
    if (!loader)
        return;
    if (m_loader) { // what was chosen since is what will be opened
        release(loader);
        return;
    }
    m_loader = loader;
    loader->setParent(this);
    m_expiry.start();
}

void ConversationReadAhead::drop()
{
    m_expiry.stop();
    if (m_loader)
        release(m_loader);
}

void ConversationReadAhead::release(ConversationLoader *loader)
{
    const bool held = !loader->messages().isEmpty();
    delete loader;
    // A long thread's messages (500: about 14 MB) go back to the system, not only to malloc;
    // a loader that held none (a thread chosen and changed at once) costs no trim.
    if (held)
        FreedMemory::giveBack();
}

bool ConversationReadAhead::fits(PlatformClient *client, const ThreadSummary &thread) const
{
    return m_loader && m_loader->client() == client
        && m_loader->thread().conversationId == thread.conversationId;
}

ConversationLoader *ConversationReadAhead::newLoader(
    PlatformClient *client, const ThreadSummary &thread) const
{
    auto *loader = new ConversationLoader(client, thread);
    if (m_outbox)
        loader->followOutbox(m_outbox);
    return loader;
}

} // namespace Outpost

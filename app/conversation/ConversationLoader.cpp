// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation/ConversationLoader.h"

#include "conversation/TeamNotes.h"
#include "platform/PlatformClient.h"
#include "submit/Outbox.h"

#include <QCoreApplication>

#include <limits>

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::ConversationLoader)
};

constexpr int retryDelayMs = 2000;
constexpr int maxRetries = 3;
} // namespace

ConversationLoader::ConversationLoader(
    PlatformClient *client, const ThreadSummary &thread, QObject *parent)
    : QObject(parent), m_client(client), m_thread(thread)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryDelayMs);
    connect(&m_retry, &QTimer::timeout, this, &ConversationLoader::load);
}

ConversationLoader::ConversationLoader(const ThreadSummary &thread, QObject *parent)
    : QObject(parent), m_thread(thread), m_mirror(true)
{
}

void ConversationLoader::mirror(const ThreadSummary &thread, const QString &contactId,
    const QList<ConversationMessage> &messages, bool loaded)
{
    m_thread = thread;
    m_contactId = contactId;
    m_messages = messages;
    m_loaded = loaded;
    m_shownThread = m_thread;
    Q_EMIT changed();
}

ConversationLoader::~ConversationLoader()
{
    if (m_call)
        m_call->abort();
}

void ConversationLoader::followOutbox(Outbox *outbox)
{
    if (!outbox)
        return;
    connect(outbox, &Outbox::sent, this, [this, outbox](const QString &id, const Receipt &r) {
        const bool mine
            = (!r.conversationId.isEmpty() && r.conversationId == m_thread.conversationId)
            || (!r.threadId.isEmpty() && r.threadId == m_thread.threadId);
        if (!mine)
            return;
        // The entry still holds the draft while `sent` is delivered.
        const std::optional<OutboxEntry> entry = outbox->entry(id);
        if (entry)
            addSent(ConversationMessage::fromSent(entry->draft.draft, r));
    });
}

PlatformClient *ConversationLoader::client() const
{
    return m_client;
}

const ConversationMessage *ConversationLoader::message(const QString &id) const
{
    for (const ConversationMessage &m : m_messages) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

void ConversationLoader::load()
{
    if (m_mirror) {
        Q_EMIT reloadRequested();
        return;
    }
    if (!m_client) {
        ServiceError e;
        e.kind = ServiceError::Kind::Cancelled;
        e.message = Tr::tr("Not signed in to the instance this conversation is on.");
        Q_EMIT failed(e);
        return;
    }
    if (m_thread.conversationId.isEmpty()) {
        ServiceError e;
        e.kind = ServiceError::Kind::NotFound;
        e.message = Tr::tr("The platform does not list this thread yet.");
        Q_EMIT failed(e);
        return;
    }
    if (m_call)
        m_call->abort();
    setLoading(true);
    // The messages and the header's details (participants, count) are asked for together and
    // shown together: one page, not two.
    struct Answer
    {
        std::optional<QList<ConversationMessage>> messages;
        std::optional<ServiceError> error;
        bool header = false;
        // The contact's notes for the team (GET /api/contact-notes, issue 17): shown among the
        // messages, marked internal. None on an instance without them (404), or when the
        // header named no contact.
        QList<ConversationMessage> notes;
        bool notesDone = false;
    };
    auto answer = std::make_shared<Answer>();
    const int generation = ++m_generation;
    auto finish = [this, answer, generation] {
        if (generation != m_generation || !answer->header || !answer->notesDone
            || (!answer->messages && !answer->error))
            return;
        setLoading(false);
        if (answer->error) {
            if (answer->error->kind != ServiceError::Kind::Cancelled)
                Q_EMIT failed(*answer->error);
            return;
        }
        const bool wasLoaded = m_loaded;
        m_loaded = true;
        m_read.start();
        QList<ConversationMessage> all = *answer->messages + answer->notes;
        // Oldest first, as the messages come; a note where it was written among them.
        // (a time unknown counts as the latest).
        const auto when = [](const ConversationMessage &m) {
            return m.createdAt.isValid() ? m.createdAt.toMSecsSinceEpoch()
                                         : std::numeric_limits<qint64>::max();
        };
        std::stable_sort(all.begin(), all.end(),
            [&when](const ConversationMessage &a, const ConversationMessage &b) {
                return when(a) < when(b);
            });
        merge(all, true, wasLoaded);
    };
    m_call = m_client->messages(m_thread.conversationId, this,
        [answer, finish](const Result<QList<ConversationMessage>> &result) {
            if (result.ok())
                answer->messages = result.value();
            else
                answer->error = result.error();
            finish();
        });
    m_client->conversation(m_thread.conversationId, this,
        [this, answer, finish, generation](const Result<PlatformConversation> &result) {
            if (result.ok() && generation == m_generation) {
                const ThreadSummary &fresh = result.value().thread;
                if (!fresh.subject.isEmpty())
                    m_thread.subject = fresh.subject;
                if (!fresh.participants.isEmpty())
                    m_thread.participants = fresh.participants;
                if (!fresh.threadId.isEmpty())
                    m_thread.threadId = fresh.threadId;
                m_thread.messageCount = fresh.messageCount;
                m_thread.lastMessageTime = fresh.lastMessageTime;
                m_contactId = result.value().contactId;
            }
            answer->header = true; // without it, the page still shows
            if (!result.ok() || generation != m_generation || m_contactId.isEmpty() || !m_client) {
                answer->notesDone = true;
                finish();
                return;
            }
            m_client->contactNotes(
                m_contactId, 100, 0, this, [answer, finish](const Result<ContactNotePage> &notes) {
                    if (notes.ok()) {
                        for (const ContactNote &n : notes.value().notes)
                            answer->notes += TeamNotes::asMessage(n);
                    }
                    answer->notesDone = true; // a failure leaves the messages as they are
                    finish();
                });
        });
}

void ConversationLoader::addSent(const ConversationMessage &message)
{
    m_pending.removeIf([&](const ConversationMessage &p) { return p.id == message.id; });
    m_pending += message;
    merge(m_messages, false);
    m_retries = 0;
    load(); // then the server's own version
}

std::optional<std::chrono::milliseconds> ConversationLoader::sinceRead() const
{
    if (!m_read.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(m_read.elapsed());
}

void ConversationLoader::merge(
    const QList<ConversationMessage> &fromServer, bool answered, bool quietIfSame)
{
    QList<ConversationMessage> all;
    all.reserve(fromServer.size() + m_pending.size());
    for (const ConversationMessage &m : fromServer) {
        if (!m.pending)
            all += m;
    }
    // A sent message stays pending until the server lists it under its id.
    m_pending.removeIf([&](const ConversationMessage &p) {
        return std::any_of(all.cbegin(), all.cend(),
            [&](const ConversationMessage &m) { return !p.id.isEmpty() && m.id == p.id; });
    });
    all += m_pending;
    const bool same = quietIfSame && all == m_messages && m_thread == m_shownThread;
    m_messages = all;
    if (answered && !m_pending.isEmpty() && m_retries < maxRetries && !m_retry.isActive()) {
        ++m_retries;
        m_retry.start();
    }
    if (same)
        return;
    m_shownThread = m_thread;
    Q_EMIT changed();
}

void ConversationLoader::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace Outpost

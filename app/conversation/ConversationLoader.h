// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/ConversationMessage.h"
#include "net/ServiceError.h"
#include "platform/PlatformConversation.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Outpost {

class Outbox;
class PlatformCall;
class PlatformClient;

// One conversation's messages, oldest first, as the conversation view shows them: read from
// the platform (`GET /api/conversation/{id}` and `…/messages`, and the contact's notes for the
// team, `GET /api/contact-notes`, shown as internal notes), refreshed on demand, and a
// message sent into it (through the Outbox) shown at once from its receipt, then refreshed.
class ConversationLoader : public QObject
{
    Q_OBJECT
public:
    ConversationLoader(
        PlatformClient *client, const ThreadSummary &thread, QObject *parent = nullptr);
    // A mirror of a loader in another process (the conversation window's process): it reads
    // nothing itself; what it holds is set by mirror(), and load() asks for a read with
    // reloadRequested().
    explicit ConversationLoader(const ThreadSummary &thread, QObject *parent = nullptr);
    ~ConversationLoader() override;

    // Follows the sends of this outbox: one into this thread shows at once.
    void followOutbox(Outbox *outbox);

    const ThreadSummary &thread() const { return m_thread; }
    // The platform contact the conversation is with (known once loaded; a note is about it).
    const QString &contactId() const { return m_contactId; }
    PlatformClient *client() const;
    const QList<ConversationMessage> &messages() const { return m_messages; }
    const ConversationMessage *message(const QString &id) const;
    bool isLoading() const { return m_loading; }
    bool hasLoaded() const { return m_loaded; }
    // How long ago the platform last answered a load() (nullopt: never; a mirror reads nothing).
    std::optional<std::chrono::milliseconds> sinceRead() const;

    void load();
    bool isMirror() const { return m_mirror; }
    // A mirror's state, as the loader it mirrors has it.
    void mirror(const ThreadSummary &thread, const QString &contactId,
        const QList<ConversationMessage> &messages, bool loaded);
    void mirrorLoading(bool loading) { setLoading(loading); }
    void mirrorFailed(const ServiceError &error) { Q_EMIT failed(error); }
    // A message the client just sent into this conversation: shown until the server lists it.
    void addSent(const ConversationMessage &message);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // messages() or thread() changed; a load() that finds them as they were emits nothing
    // (a conversation read again in the background is not built again for nothing).
    void changed();
    void failed(const Outpost::ServiceError &error);
    // A mirror's load(): the loader it mirrors should read again.
    void reloadRequested();

private:
    void setLoading(bool loading);
    // `answered`: the server's list (a pending message it lacks is asked for again soon).
    void merge(
        const QList<ConversationMessage> &fromServer, bool answered, bool quietIfSame = false);

    QPointer<PlatformClient> m_client;
    ThreadSummary m_thread;
    QString m_contactId;
    QList<ConversationMessage> m_messages;
    QList<ConversationMessage> m_pending; // sent, not yet listed by the server
    QPointer<PlatformCall> m_call;
    ThreadSummary m_shownThread; // m_thread as the last changed() had it
    QElapsedTimer m_read; // since the platform's last answer
    QTimer m_retry; // the server may list a sent message a moment later
    int m_retries = 0;
    int m_generation = 0; // answers of a superseded load() are dropped
    bool m_loading = false;
    bool m_loaded = false;
    bool m_mirror = false;
};

} // namespace Outpost

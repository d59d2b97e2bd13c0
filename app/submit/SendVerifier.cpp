// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/SendVerifier.h"

#include "mail/AddressList.h"
#include "platform/PlatformClient.h"

#include <QTimer>

namespace Outpost {

using Outcome = SentLookup::Outcome;

SendVerifier::SendVerifier(PlatformClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

SendVerifier::~SendVerifier()
{
    for (const QPointer<PlatformCall> &call : std::as_const(m_calls)) {
        if (call)
            call->abort();
    }
}

void SendVerifier::find(
    const Draft &draft, const QDateTime &since, const QStringList &claimed, Done done)
{
    Q_ASSERT(!m_done);
    m_draft = draft;
    m_since = since;
    m_claimed = claimed;
    m_done = std::move(done);
    m_addresses.clear();
    m_contactIds.clear();
    m_conversationIds.clear();
    m_seenConversations.clear();
    for (const MailAddress &a : draft.to + draft.cc) {
        if (!m_addresses.contains(a.address, Qt::CaseInsensitive))
            m_addresses += a.address;
    }
    m_addresses = m_addresses.mid(0, 10); // a mail is filed under its first recipients' contacts
    // Asynchronous like every other answer.
    QTimer::singleShot(0, this, [this] {
        if (m_done)
            searchContacts();
    });
}

void SendVerifier::cancel()
{
    if (!m_done)
        return;
    fail(ServiceError::network(ServiceError::Kind::Cancelled, {}, {}));
}

void SendVerifier::track(PlatformCall *call)
{
    m_calls.removeIf([](const QPointer<PlatformCall> &c) { return c.isNull(); });
    m_calls += call;
}

void SendVerifier::searchContacts()
{
    m_pending = int(m_addresses.size());
    if (m_pending == 0) {
        listConversations();
        return;
    }
    for (const QString &address : std::as_const(m_addresses)) {
        track(m_client->contacts(
            address, this, [this, address](const Result<QList<PlatformContact>> &r) {
                if (!m_done)
                    return;
                if (!r.ok()) {
                    fail(r.error());
                    return;
                }
                // `search` matches names and parts of addresses: keep the exact address only.
                for (const PlatformContact &c : r.value()) {
                    if (AddressList::sameAddress(c.email, address) && !m_contactIds.contains(c.id))
                        m_contactIds += c.id;
                }
                if (--m_pending == 0)
                    listConversations();
            }));
    }
}

void SendVerifier::listConversations()
{
    m_pending = int(m_contactIds.size());
    if (m_pending == 0) {
        finish({Outcome::NotFound, {}, {}});
        return;
    }
    for (const QString &contactId : std::as_const(m_contactIds)) {
        track(m_client->conversations(
            contactId, this, [this](const Result<QList<PlatformConversation>> &r) {
                if (!m_done)
                    return;
                if (!r.ok()) {
                    fail(r.error());
                    return;
                }
                for (const PlatformConversation &c : r.value()) {
                    const ThreadSummary &t = c.thread;
                    const bool candidate = m_draft.isReply()
                        ? t.threadId == m_draft.threadId
                        : (!t.lastMessageTime.isValid() || t.lastMessageTime >= m_since);
                    if (candidate && !m_seenConversations.contains(t.conversationId)) {
                        m_seenConversations += t.conversationId;
                        m_conversationIds += t.conversationId;
                    }
                }
                if (--m_pending == 0)
                    readMessages();
            }));
    }
}

void SendVerifier::readMessages()
{
    m_pending = int(m_conversationIds.size());
    if (m_pending == 0) {
        finish({Outcome::NotFound, {}, {}});
        return;
    }
    for (const QString &id : std::as_const(m_conversationIds)) {
        track(m_client->messages(id, this, [this](const Result<QList<ConversationMessage>> &r) {
            if (!m_done)
                return;
            if (!r.ok()) {
                fail(r.error());
                return;
            }
            for (const ConversationMessage &m : r.value()) {
                if (!m_claimed.contains(m.id) && SentMatch::matches(m_draft, m, m_since)) {
                    finish({Outcome::Found, SentMatch::receiptOf(m), {}});
                    return;
                }
            }
            if (--m_pending == 0)
                finish({Outcome::NotFound, {}, {}});
        }));
    }
}

void SendVerifier::fail(const ServiceError &error)
{
    finish({Outcome::Failed, {}, error});
}

void SendVerifier::finish(const SentLookup &result)
{
    Done done = std::exchange(m_done, {});
    for (const QPointer<PlatformCall> &call : std::as_const(m_calls)) {
        if (call)
            call->abort();
    }
    m_calls.clear();
    if (done)
        done(result);
}

} // namespace Outpost

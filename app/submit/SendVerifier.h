// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"
#include "submit/SentMatch.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Outpost {

class PlatformCall;
class PlatformClient;

// Finds out whether a send whose outcome is unknown landed on the platform: the mail is looked
// for where the platform files it (api/CONTRACT.md, "Conversations"): each To and Cc
// recipient's contact (`GET /api/contacts?search=`), that contact's email conversations
// (`POST /api/conversation/all`), and the messages of those that can hold it
// (`GET /api/conversation/{id}/messages`): for a reply, the conversation whose
// channelIdentifier is the draft's threadId; for a new thread, those whose last message is
// not older than the attempt. SentMatch::matches() decides what is the same mail.
// Assumed (the pages do not say it): the platform files a sent email under a contact of its
// recipients, as the sandbox does; no such contact means it was not stored.
// One lookup at a time; `done` runs once, also after cancel() (Failed, Cancelled).
class SendVerifier : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const SentLookup &)>;

    explicit SendVerifier(PlatformClient *client, QObject *parent = nullptr);
    ~SendVerifier() override;

    void find(const Draft &draft, const QDateTime &since, const QStringList &claimed, Done done);
    void cancel();
    bool isRunning() const { return bool(m_done); }

private:
    void searchContacts();
    void listConversations();
    void readMessages();
    void finish(const SentLookup &result);
    void fail(const ServiceError &error);
    void track(PlatformCall *call);

    PlatformClient *m_client;
    Draft m_draft;
    QDateTime m_since;
    QStringList m_claimed;
    Done m_done;
    QStringList m_addresses; // still to search for
    QStringList m_contactIds; // found, still to list
    QStringList m_conversationIds; // candidates, still to read
    QStringList m_seenConversations;
    QList<QPointer<PlatformCall>> m_calls;
    int m_pending = 0;
};

} // namespace Outpost

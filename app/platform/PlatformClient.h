// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/InstanceList.h"
#include "auth/Session.h"
#include "mail/Clock.h"
#include "mail/ConversationMessage.h"
#include "mail/Draft.h"
#include "mail/MailTemplate.h"
#include "mail/Mailbox.h"
#include "mail/Receipt.h"
#include "net/HttpClient.h"
#include "net/Result.h"
#include "platform/ContactNote.h"
#include "platform/MailboxSync.h"
#include "platform/PlatformContact.h"
#include "platform/PlatformConversation.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace Outpost {

// One call in flight: abort it, or watch its upload progress. Deletes itself when done.
class PlatformCall : public HttpCall
{
    Q_OBJECT
public:
    using HttpCall::HttpCall;
};

// The REST calls of api/CONTRACT.md through the HTTP core (net/HttpClient.h), which answers a
// 401 with one token refresh (POST /api/auth/refresh) and one retry; everything else reaches
// the caller as a Result.
class PlatformClient : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Handler = std::function<void(const Result<T> &)>;

    PlatformClient(QNetworkAccessManager *network, Session session, QObject *parent = nullptr);

    const Session &session() const { return m_session; }
    void setSession(const Session &session);
    // The clock Retry-After dates are relative to (not owned); none: the system's time.
    void setClock(const Clock *clock);
    // The session's tokens: the bearer of every authenticated call, refreshed once after a
    // 401 (UploadClient's calls use them too).
    BearerTokens *tokens() const { return m_tokens; }

    // Where how the instance names the sending mailbox is remembered (default: Outpost's
    // instances.ini; tests give a file of their own).
    void setInstanceList(const InstanceList &list) { m_instances = list; }

    // Each handler runs at most once, and never after `context` is gone.
    PlatformCall *fetchMailboxes(QObject *context, Handler<QList<Mailbox>> done);
    // POST /api/email/messages/send. An instance of an older send page names the mailbox by
    // `accountId` (its _id) instead of `from`: when one answers 400 naming `accountId`, the
    // same mail goes once more, with the same Idempotency-Key (a 400 stored nothing), naming
    // the mailbox by the _id that GET /api/email/accounts gives for `from`, and the instance is
    // remembered as such (InstanceList); one remembered so that answers 400 naming `from` is
    // taken back the same way (an upgraded instance). Never more than one resend per call.
    PlatformCall *send(
        const Draft &draft, const QString &idempotencyKey, QObject *context, Handler<Receipt> done);
    PlatformCall *login(
        const QString &email, const QString &password, QObject *context, Handler<Session> done);
    PlatformCall *refresh(QObject *context, Handler<Session> done);
    // GET /api/email/oauth/authorize: where the browser connects a new mailbox.
    PlatformCall *mailboxAuthorizationUrl(Provider provider, QObject *context, Handler<QUrl> done);
    // GET /api/contacts?search=…: the contacts whose name or address contains `search`.
    PlatformCall *contacts(
        const QString &search, QObject *context, Handler<QList<PlatformContact>> done);
    // Mailbox housekeeping: DELETE /api/email/accounts/{accountId} (a soft disconnect), POST
    // /api/email/messages/sync and GET /api/email/messages/sync/status?accountId=.
    PlatformCall *disconnectMailbox(const QString &accountId, QObject *context, Handler<bool> done);
    PlatformCall *syncMailbox(const QString &accountId, int maxResults, int lookbackDays,
        QObject *context, Handler<bool> done);
    PlatformCall *mailboxSyncStatus(
        const QString &accountId, QObject *context, Handler<MailboxSyncStatus> done);
    // GET /api/conversation/contact/{contactId}/messages/search: what was said in the email
    // conversations with one contact. An instance without it answers 404 (a ServiceError).
    PlatformCall *searchMessages(const QString &contactId, const MessageSearchQuery &query,
        QObject *context, Handler<MessageSearch> done);
    // POST /api/conversation/all: the email conversations with one contact.
    PlatformCall *conversations(
        const QString &contactId, QObject *context, Handler<QList<PlatformConversation>> done);
    // GET /api/conversation/{id}, GET /api/conversation/{id}/messages (oldest first).
    PlatformCall *conversation(
        const QString &conversationId, QObject *context, Handler<PlatformConversation> done);
    PlatformCall *messages(
        const QString &conversationId, QObject *context, Handler<QList<ConversationMessage>> done);

    // The instance's email templates (PlatformTemplates.cpp): GET /api/user/sms-templates?type=
    // email, and POST /api/templates to share one with the team (type email). Optional
    // endpoints: an instance without them answers 404, one that knows no email type 400 (both
    // reach the caller as the ServiceError; TemplateLibrary then offers the user's own only).
    PlatformCall *emailTemplates(QObject *context, Handler<QList<MailTemplate>> done);
    PlatformCall *createTemplate(
        const MailTemplate &t, QObject *context, Handler<MailTemplate> done);
    // The team (PlatformClientNotes.cpp): GET /api/user/list, whom a note can mention; POST
    // /api/contact-notes, a note about a contact (never part of an email); GET
    // /api/contact-notes?contactId=, its notes, newest first. Optional: 404 on an instance
    // without them.
    PlatformCall *teamUsers(QObject *context, Handler<QList<TeamUser>> done);
    PlatformCall *addContactNote(const ContactNote &note, const QString &idempotencyKey,
        QObject *context, Handler<ContactNote> done);
    PlatformCall *contactNotes(const QString &contactId, int limit, int offset, QObject *context,
        Handler<ContactNotePage> done);

Q_SIGNALS:
    // New tokens after a refresh: whoever keeps them (the keychain) stores them.
    void sessionRefreshed(const Outpost::Session &session);
    // Refresh failed too: the user must sign in again.
    void signInRequired(const Outpost::ServiceError &error);

private:
    using Raw = HttpClient::Answer;
    using RawHandler = std::function<void(const Raw &)>;

    // `path` may carry a query ("/api/contacts?search=…"); `body`: JSON, none when null.
    HttpClient::Request request(const QByteArray &method, const QString &path,
        const QByteArray &body = {}, bool authenticated = true) const;
    PlatformCall *execute(const HttpClient::Request &r, QObject *context, RawHandler done);
    // The steps of send(): `call` is the caller's (its abort reaches the step in flight).
    void sendBy(PlatformCall *call, const Draft &draft, const QString &key, bool byAccountId,
        bool switched, QObject *context, const Handler<Receipt> &done);
    void postSend(PlatformCall *call, const Draft &draft, const QString &key,
        const QString &accountId, bool switched, QObject *context, const Handler<Receipt> &done);
    PlatformCall *step(PlatformCall *call);

    Session m_session;
    const Clock *m_clock = nullptr; // none: the system's time
    BearerTokens *m_tokens;
    HttpClient *m_http;
    InstanceList m_instances;
};

} // namespace Outpost

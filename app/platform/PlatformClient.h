// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"
#include "mail/ConversationMessage.h"
#include "mail/Draft.h"
#include "mail/Mailbox.h"
#include "mail/Receipt.h"
#include "platform/PlatformContact.h"
#include "platform/PlatformConversation.h"
#include "platform/Result.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcPlatform)

namespace Outpost {

// One call in flight: abort it, or watch its upload progress. Deletes itself when done.
class PlatformCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void abort();
    bool isAborted() const { return m_aborted; }
    void setReply(QNetworkReply *reply);

Q_SIGNALS:
    void uploadProgress(qint64 sent, qint64 total);

private:
    QPointer<QNetworkReply> m_reply;
    bool m_aborted = false;
};

// The REST calls of api/CONTRACT.md over one QNetworkAccessManager. A 401 is answered by one
// token refresh and one retry; everything else reaches the caller as a Result.
class PlatformClient : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Handler = std::function<void(const Result<T> &)>;

    PlatformClient(QNetworkAccessManager *network, Session session, QObject *parent = nullptr);

    const Session &session() const { return m_session; }
    void setSession(const Session &session);
    // Replaces the clock (tests; Retry-After dates are relative to it).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Each handler runs at most once, and never after `context` is gone.
    PlatformCall *fetchMailboxes(QObject *context, Handler<QList<Mailbox>> done);
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
    // POST /api/conversation/all: the email conversations with one contact.
    PlatformCall *conversations(
        const QString &contactId, QObject *context, Handler<QList<PlatformConversation>> done);
    // GET /api/conversation/{id}, GET /api/conversation/{id}/messages (oldest first).
    PlatformCall *conversation(
        const QString &conversationId, QObject *context, Handler<PlatformConversation> done);
    PlatformCall *messages(
        const QString &conversationId, QObject *context, Handler<QList<ConversationMessage>> done);

Q_SIGNALS:
    // New tokens after a refresh: whoever keeps them (the keychain) stores them.
    void sessionRefreshed(const Outpost::Session &session);
    // Refresh failed too: the user must sign in again.
    void signInRequired(const Outpost::ServiceError &error);

private:
    struct Request
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool authenticated = true;
        bool once = false; // the body is sent at most once per call (never re-sent by Qt)
    };
    struct Raw
    {
        int status = 0;
        QByteArray body;
        std::optional<ServiceError> error;
    };
    using RawHandler = std::function<void(const Raw &)>;

    PlatformCall *execute(const Request &request, QObject *context, RawHandler done);
    void start(const Request &request, PlatformCall *call, bool mayRefresh, RawHandler done);
    QNetworkReply *post(const Request &request);
    Raw readReply(QNetworkReply *reply, const PlatformCall *call) const;

    QNetworkAccessManager *m_network;
    Session m_session;
    std::function<QDateTime()> m_now;
};

} // namespace Outpost

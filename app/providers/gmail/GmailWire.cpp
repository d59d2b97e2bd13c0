// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/gmail/GmailWire.h"

#include "mail/Clock.h"
#include "mail/SendLimits.h"
#include "mail/SendRules.h"
#include "providers/ProviderQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace Outpost::GmailWire {

namespace {
struct Tr
{
    // The context its messages were translated under (the file was GmailApi.cpp).
    Q_DECLARE_TR_FUNCTIONS(Outpost::GmailApi)
};

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString p = url.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    url.setPath(p + path);
    return url;
}

QString headerOf(const QJsonArray &headers, QStringView name)
{
    for (const QJsonValue &h : headers) {
        const QJsonObject o = h.toObject();
        if (o.value(u"name").toString().compare(name, Qt::CaseInsensitive) == 0)
            return o.value(u"value").toString();
    }
    return {};
}
} // namespace

QUrl defaultBase()
{
    return QUrl(QStringLiteral("https://gmail.googleapis.com"));
}

QUrl uploadUrl(const QUrl &base, bool resumable)
{
    QUrl url = withPath(base, QStringLiteral("/upload/gmail/v1/users/me/messages/send"));
    ProviderQuery::set(url,
        {{QStringLiteral("uploadType"),
            resumable ? QStringLiteral("resumable") : QStringLiteral("multipart")}});
    return url;
}

QByteArray sendMetadata(const QString &threadId)
{
    QJsonObject o;
    if (!threadId.isEmpty())
        o.insert(u"threadId", threadId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Receipt receipt(const QJsonObject &message, const QString &rfcMessageId)
{
    Receipt r;
    r.messageId = message.value(u"id").toString();
    r.threadId = message.value(u"threadId").toString();
    r.conversationId = r.threadId; // no platform conversation in direct mode
    r.status = QStringLiteral("sent");
    r.rfcMessageId = rfcMessageId;
    r.createdAt = systemNow();
    return r;
}

QUrl findByMessageIdUrl(const QUrl &base, const QString &rfcMessageId)
{
    QUrl url = withPath(base, QStringLiteral("/gmail/v1/users/me/messages"));
    QString bare = rfcMessageId;
    bare.remove(u'<').remove(u'>');
    // Message-IDs often hold '+' (<CAF+x…@mail.gmail.com>): encoded, never a space.
    ProviderQuery::set(url, {{QStringLiteral("q"), QStringLiteral("rfc822msgid:") + bare}});
    return url;
}

QString firstMessageId(const QJsonObject &list, QString *threadId)
{
    const QJsonObject first = list.value(u"messages").toArray().first().toObject();
    if (threadId)
        *threadId = first.value(u"threadId").toString();
    return first.value(u"id").toString();
}

QUrl threadsWithUrl(const QUrl &base, const QString &address, int max)
{
    QUrl url = withPath(base, QStringLiteral("/gmail/v1/users/me/threads"));
    ProviderQuery::set(url,
        {{QStringLiteral("q"), QStringLiteral("from:%1 OR to:%1 OR cc:%1").arg(address)},
            {QStringLiteral("maxResults"), QString::number(max)}});
    return url;
}

QStringList threadIds(const QJsonObject &list)
{
    QStringList ids;
    for (const QJsonValue &t : list.value(u"threads").toArray())
        ids += t.toObject().value(u"id").toString();
    return ids;
}

QUrl threadMetadataUrl(const QUrl &base, const QString &threadId)
{
    QUrl url = withPath(base, QStringLiteral("/gmail/v1/users/me/threads/") + threadId);
    QList<QPair<QString, QString>> q {{QStringLiteral("format"), QStringLiteral("metadata")}};
    for (const char *h : {"Subject", "Message-ID", "References", "From", "To", "Cc"})
        q.append({QStringLiteral("metadataHeaders"), QString::fromLatin1(h)});
    ProviderQuery::set(url, q);
    return url;
}

ThreadSummary threadSummary(const QJsonObject &thread, const QString &mailbox)
{
    ThreadSummary t;
    t.threadId = thread.value(u"id").toString();
    t.mailbox = mailbox;
    t.provider = Provider::Gmail;
    const QJsonArray messages = thread.value(u"messages").toArray();
    t.messageCount = int(messages.size());
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        const QJsonArray headers = m.value(u"payload").toObject().value(u"headers").toArray();
        if (t.subject.isEmpty())
            t.subject = headerOf(headers, u"Subject");
        for (QStringView name : {u"From", u"To", u"Cc"}) {
            const QString value = headerOf(headers, name);
            for (const QString &p : value.split(u',', Qt::SkipEmptyParts)) {
                if (!t.participants.contains(p.trimmed()))
                    t.participants += p.trimmed();
            }
        }
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(
            m.value(u"internalDate").toString().toLongLong(), QTimeZone::utc());
        if (!t.lastMessageTime.isValid() || when >= t.lastMessageTime) {
            t.lastMessageTime = when;
            t.lastMessageId = headerOf(headers, u"Message-ID");
            t.references = headerOf(headers, u"References");
        }
    }
    return t;
}

QUrl messageMetadataUrl(const QUrl &base, const QString &messageId)
{
    QUrl url = withPath(base, QStringLiteral("/gmail/v1/users/me/messages/") + messageId);
    QList<QPair<QString, QString>> q {{QStringLiteral("format"), QStringLiteral("metadata")}};
    for (const char *h : {"Subject", "Message-ID", "References", "In-Reply-To", "From", "To", "Cc",
             "Reply-To", "Authentication-Results"})
        q.append({QStringLiteral("metadataHeaders"), QString::fromLatin1(h)});
    ProviderQuery::set(url, q);
    return url;
}

ConversationMessage conversationMessage(const QJsonObject &message)
{
    ConversationMessage m;
    m.id = message.value(u"id").toString();
    m.threadId = message.value(u"threadId").toString();
    m.conversationId = m.threadId;
    m.createdAt = QDateTime::fromMSecsSinceEpoch(
        message.value(u"internalDate").toString().toLongLong(), QTimeZone::utc());
    const QJsonArray labels = message.value(u"labelIds").toArray();
    m.incoming = !labels.contains(QJsonValue(QStringLiteral("SENT")));
    m.body = message.value(u"snippet").toString();
    m.isHtml = true;
    const QJsonArray headers = message.value(u"payload").toObject().value(u"headers").toArray();
    m.from = headerOf(headers, u"From");
    m.replyTo = headerOf(headers, u"Reply-To");
    m.subject = headerOf(headers, u"Subject");
    m.messageId = headerOf(headers, u"Message-ID");
    m.inReplyTo = headerOf(headers, u"In-Reply-To");
    m.references = headerOf(headers, u"References");
    for (const QString &to : headerOf(headers, u"To").split(u',', Qt::SkipEmptyParts))
        m.to += to.trimmed();
    for (const QString &cc : headerOf(headers, u"Cc").split(u',', Qt::SkipEmptyParts))
        m.cc += cc.trimmed();
    // Every one, in order: a message may carry several (each relay adds its own).
    for (const QJsonValue &h : headers) {
        const QJsonObject o = h.toObject();
        if (o.value(u"name").toString().compare(u"Authentication-Results", Qt::CaseInsensitive)
            == 0)
            m.authenticationResults += o.value(u"value").toString();
    }
    return m;
}

ServiceError error(
    int status, const QByteArray &body, const QByteArray &retryAfter, const QDateTime &now)
{
    const QJsonObject e = QJsonDocument::fromJson(body).object().value(u"error").toObject();
    const QString message = e.value(u"message").toString();
    QString reason = e.value(u"errors").toArray().first().toObject().value(u"reason").toString();
    ServiceError err = ServiceError::fromHttp(
        status, reason, message, DraftField::None, parseRetryAfter(retryAfter, now));
    if (status == 403 && (reason == u"rateLimitExceeded" || reason == u"userRateLimitExceeded")) {
        err.kind = ServiceError::Kind::RateLimited;
        err.message = Tr::tr("Gmail is limiting how fast mail is sent; Outpost will try again.");
    } else if (status == 403) {
        err.message = Tr::tr("Gmail refused: %1").arg(message);
        err.field = DraftField::From;
    } else if (status == 413) {
        //: %1 is Gmail's message limit, written as every size is ("35 MB").
        err.message = Tr::tr("Gmail refused the message as too large (at most %1).")
                          .arg(SendRules::sizeText(
                              SendLimits::of(SendRoute::Direct, Provider::Gmail).maxMessageBytes));
        err.field = DraftField::Attachments;
    } else if (status == 404) {
        err.field = DraftField::Thread;
        err.message = Tr::tr("Gmail does not know this thread any more. %1").arg(message);
    } else if (status == 401) {
        err.message = Tr::tr("Gmail refused the sign-in: connect the mailbox again.");
    }
    return err;
}

} // namespace Outpost::GmailWire

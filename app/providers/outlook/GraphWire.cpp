// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/outlook/GraphWire.h"

#include "mail/Clock.h"
#include "providers/ProviderQuery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Outpost::GraphWire {

namespace {
struct Tr
{
    // The context its messages were translated under (the file was GraphApi.cpp).
    Q_DECLARE_TR_FUNCTIONS(Outpost::GraphApi)
};

QJsonArray recipients(const QList<MailAddress> &addresses)
{
    QJsonArray list;
    for (const MailAddress &a : addresses) {
        QJsonObject email {{QStringLiteral("address"), a.address}};
        if (!a.name.isEmpty())
            email.insert(u"name", a.name);
        list.append(QJsonObject {{QStringLiteral("emailAddress"), email}});
    }
    return list;
}

// OData string literals double their single quotes.
QString quoted(QString value)
{
    return u'\'' + value.replace(u'\'', QStringLiteral("''")) + u'\'';
}
} // namespace

QUrl defaultBase()
{
    return QUrl(QStringLiteral("https://graph.microsoft.com"));
}

QUrl url(const QUrl &base, const QString &path, const QList<QPair<QString, QString>> &query)
{
    QUrl u = base;
    QString p = u.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    u.setPath(p + QStringLiteral("/v1.0") + path);
    if (!query.isEmpty())
        ProviderQuery::set(u, query);
    return u;
}

QJsonObject message(const Draft &draft, const QString &internetMessageId,
    const QJsonArray &inlineAttachments, bool withSubject)
{
    QJsonObject m;
    if (withSubject)
        m.insert(u"subject", draft.subject);
    m.insert(u"body",
        QJsonObject {{QStringLiteral("contentType"),
                         draft.isHtml ? QStringLiteral("HTML") : QStringLiteral("Text")},
            {QStringLiteral("content"), draft.body}});
    m.insert(u"toRecipients", recipients(draft.to));
    if (!draft.cc.isEmpty())
        m.insert(u"ccRecipients", recipients(draft.cc));
    if (!draft.bcc.isEmpty())
        m.insert(u"bccRecipients", recipients(draft.bcc));
    if (!internetMessageId.isEmpty())
        m.insert(u"internetMessageId", internetMessageId);
    if (!inlineAttachments.isEmpty())
        m.insert(u"attachments", inlineAttachments);
    return m;
}

QJsonObject fileAttachment(const QString &name, const QString &contentType, const QByteArray &bytes)
{
    return {{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.fileAttachment")},
        {QStringLiteral("name"), name}, {QStringLiteral("contentType"), contentType},
        {QStringLiteral("contentBytes"), QString::fromLatin1(bytes.toBase64())}};
}

QJsonObject uploadSessionRequest(const QString &name, qint64 size, const QString &contentType)
{
    return {{QStringLiteral("AttachmentItem"),
        QJsonObject {{QStringLiteral("attachmentType"), QStringLiteral("file")},
            {QStringLiteral("name"), name}, {QStringLiteral("size"), size},
            {QStringLiteral("contentType"), contentType}}}};
}

QUrl latestInConversationUrl(const QUrl &base, const QString &conversationId)
{
    return url(base, QStringLiteral("/me/messages"),
        // Graph wants every $orderby property first in $filter, else "InefficientFilter".
        // Drafts are in the conversation too (a reply abandoned half-way): never answer one.
        {{QStringLiteral("$filter"),
             QStringLiteral("receivedDateTime ge 1900-01-01T00:00:00Z and conversationId eq ")
                 + quoted(conversationId) + QStringLiteral(" and isDraft eq false")},
            {QStringLiteral("$orderby"), QStringLiteral("receivedDateTime desc")},
            {QStringLiteral("$top"), QStringLiteral("1")},
            {QStringLiteral("$select"),
                QStringLiteral("id,conversationId,internetMessageId,subject")}});
}

QUrl sentByInternetMessageIdUrl(const QUrl &base, const QString &internetMessageId)
{
    return url(base, QStringLiteral("/me/mailFolders/sentitems/messages"),
        {{QStringLiteral("$filter"),
             QStringLiteral("internetMessageId eq ") + quoted(internetMessageId)},
            {QStringLiteral("$select"), QStringLiteral("id,conversationId,internetMessageId")}});
}

QUrl sentSinceUrl(const QUrl &base, const QDateTime &since, int max)
{
    // sentDateTime leads $filter because it is the $orderby property ("InefficientFilter"
    // otherwise: learn.microsoft.com/graph/api/user-list-messages, "Using filter and orderby in
    // the same query"). Seconds only: DateTimeOffset literals take no milliseconds here.
    const QString from = since.toUTC().toString(Qt::ISODate);
    return url(base, QStringLiteral("/me/mailFolders/sentitems/messages"),
        {{QStringLiteral("$filter"), QStringLiteral("sentDateTime ge ") + from},
            {QStringLiteral("$orderby"), QStringLiteral("sentDateTime desc")},
            {QStringLiteral("$top"), QString::number(max)},
            {QStringLiteral("$select"),
                QStringLiteral("id,conversationId,internetMessageId,subject,body,from,"
                               "toRecipients,ccRecipients,bccRecipients,hasAttachments,"
                               "sentDateTime,isDraft")}});
}

QUrl attachmentNamesUrl(const QUrl &base, const QString &messageId)
{
    return url(base, QStringLiteral("/me/messages/%1/attachments").arg(messageId),
        {{QStringLiteral("$select"), QStringLiteral("name")}});
}

ConversationMessage sentCopy(const QJsonObject &m, const QStringList &attachmentNames)
{
    const auto address = [](const QJsonValue &recipient) {
        const QJsonObject e = recipient.toObject().value(u"emailAddress").toObject();
        const QString name = e.value(u"name").toString();
        const QString mail = e.value(u"address").toString();
        return name.isEmpty() || name == mail ? mail : QStringLiteral("%1 <%2>").arg(name, mail);
    };
    const auto list = [&](const char *field) {
        QStringList out;
        for (const QJsonValue &r : m.value(QLatin1String(field)).toArray())
            out += address(r);
        return out;
    };
    ConversationMessage c;
    c.id = m.value(u"id").toString();
    c.conversationId = m.value(u"conversationId").toString();
    c.threadId = c.conversationId;
    c.messageId = m.value(u"internetMessageId").toString();
    c.status = QStringLiteral("sent");
    // A draft in Sent Items is not a sent mail: SentMatch takes only what is not pending.
    c.pending = m.value(u"isDraft").toBool();
    c.from = address(m.value(u"from"));
    c.to = list("toRecipients");
    c.cc = list("ccRecipients");
    // The sender's own copy lists its Bcc (message resource: "bccRecipients").
    c.bcc = list("bccRecipients");
    c.subject = m.value(u"subject").toString();
    const QJsonObject body = m.value(u"body").toObject();
    c.body = body.value(u"content").toString();
    c.isHtml = body.value(u"contentType").toString().compare(u"html", Qt::CaseInsensitive) == 0;
    c.createdAt = QDateTime::fromString(m.value(u"sentDateTime").toString(), Qt::ISODate);
    for (const QString &name : attachmentNames) {
        Attachment a;
        a.filename = name;
        c.attachments += a;
    }
    return c;
}

QStringList attachmentNames(const QJsonObject &list)
{
    QStringList names;
    for (const QJsonValue &v : list.value(u"value").toArray())
        names += v.toObject().value(u"name").toString();
    return names;
}

QJsonObject firstValue(const QJsonObject &list)
{
    return list.value(u"value").toArray().first().toObject();
}

Receipt receipt(const QJsonObject &sent, const QString &internetMessageId,
    const QString &fallbackConversationId)
{
    Receipt r;
    r.messageId = sent.value(u"id").toString();
    r.threadId = sent.value(u"conversationId").toString(fallbackConversationId);
    r.conversationId = r.threadId;
    r.status = QStringLiteral("sent");
    r.rfcMessageId = internetMessageId;
    r.createdAt = systemNow();
    return r;
}

ServiceError error(
    int status, const QByteArray &body, const QByteArray &retryAfter, const QDateTime &now)
{
    const QJsonObject e = QJsonDocument::fromJson(body).object().value(u"error").toObject();
    const QString code = e.value(u"code").toString();
    const QString message = e.value(u"message").toString();
    DraftField field = DraftField::None;
    if (code.contains(u"Recipient", Qt::CaseInsensitive))
        field = DraftField::To;
    else if (code.contains(u"Attachment", Qt::CaseInsensitive) || status == 413)
        field = DraftField::Attachments;
    else if (status == 404)
        field = DraftField::Thread;
    ServiceError err
        = ServiceError::fromHttp(status, code, message, field, parseRetryAfter(retryAfter, now));
    if (status == 401)
        err.message = Tr::tr("Outlook refused the sign-in: connect the mailbox again.");
    else if (status == 413)
        err.message = Tr::tr("Outlook refused the request as too large. %1").arg(message);
    return err;
}

QUrl messagesWithUrl(const QUrl &base, const QString &address, int max)
{
    // Graph refuses lambda filters on the recipient collections (toRecipients/any(…): 400
    // ErrorInvalidUrlQueryFilter, microsoft-graph-explorer-v4 issue 3957); KQL's
    // `participants` covers from, to, cc and bcc
    // (learn.microsoft.com/graph/search-query-parameter). $search needs no ConsistencyLevel header
    // on messages (only directory objects' advanced queries do) and takes no $orderby:
    // conversations() sorts. The phrase is in double quotes, a quote or backslash inside it escaped
    // with a backslash.
    QString value = address.toLower();
    value.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return url(base, QStringLiteral("/me/messages"),
        {{QStringLiteral("$search"), QStringLiteral("\"participants:%1\"").arg(value)},
            {QStringLiteral("$select"),
                QStringLiteral("id,conversationId,subject,receivedDateTime,from,toRecipients,"
                               "ccRecipients,internetMessageId,isDraft")},
            {QStringLiteral("$top"), QString::number(max)}});
}

QUrl conversationMessageUrl(const QUrl &base, const QString &messageId)
{
    return url(base, QStringLiteral("/me/messages/") + messageId,
        {{QStringLiteral("$select"),
            QStringLiteral("id,conversationId,subject,receivedDateTime,from,toRecipients,"
                           "ccRecipients,replyTo,internetMessageId,body,parentFolderId,"
                           "internetMessageHeaders")}});
}

ConversationMessage conversationMessage(const QJsonObject &message)
{
    // Each address through the one address formatter: a name with a comma stays one mailbox.
    const auto mailbox = [](const QJsonValue &recipient) {
        const QJsonObject e = recipient.toObject().value(u"emailAddress").toObject();
        return MailAddress {e.value(u"name").toString(), e.value(u"address").toString()}.toString();
    };
    ConversationMessage m;
    m.id = message.value(u"id").toString();
    m.conversationId = message.value(u"conversationId").toString();
    m.threadId = m.conversationId;
    m.createdAt = QDateTime::fromString(message.value(u"receivedDateTime").toString(), Qt::ISODate);
    m.incoming = message.value(u"parentFolderId").toString() != u"sentitems";
    const QJsonObject body = message.value(u"body").toObject();
    m.body = body.value(u"content").toString();
    m.isHtml = body.value(u"contentType").toString().compare(u"html", Qt::CaseInsensitive) == 0;
    m.subject = message.value(u"subject").toString();
    m.messageId = message.value(u"internetMessageId").toString();
    if (message.contains(u"from"))
        m.from = mailbox(message.value(u"from"));
    for (const QJsonValue &r : message.value(u"toRecipients").toArray())
        m.to += mailbox(r);
    for (const QJsonValue &r : message.value(u"ccRecipients").toArray())
        m.cc += mailbox(r);
    for (const QJsonValue &h : message.value(u"internetMessageHeaders").toArray()) {
        const QJsonObject o = h.toObject();
        if (o.value(u"name").toString().compare(u"Authentication-Results", Qt::CaseInsensitive)
            == 0)
            m.authenticationResults += o.value(u"value").toString();
    }
    return m;
}

QList<ThreadSummary> conversations(const QJsonObject &list, const QString &mailbox)
{
    QList<ThreadSummary> threads;
    const auto named = [](const QJsonObject &recipient) {
        const QJsonObject e = recipient.value(u"emailAddress").toObject();
        const QString name = e.value(u"name").toString();
        const QString address = e.value(u"address").toString();
        return name.isEmpty() || name == address ? address
                                                 : QStringLiteral("%1 <%2>").arg(name, address);
    };
    for (const QJsonValue &v : list.value(u"value").toArray()) {
        const QJsonObject m = v.toObject();
        const QString conversationId = m.value(u"conversationId").toString();
        // A draft is no message of the thread (and $search may list drafts).
        if (conversationId.isEmpty() || m.value(u"isDraft").toBool())
            continue;
        auto it = std::find_if(threads.begin(), threads.end(),
            [&](const ThreadSummary &t) { return t.threadId == conversationId; });
        if (it == threads.end()) {
            ThreadSummary t;
            t.threadId = conversationId;
            t.mailbox = mailbox;
            t.provider = Provider::Outlook;
            threads += t;
            it = threads.end() - 1;
        }
        ThreadSummary &t = *it;
        ++t.messageCount;
        QStringList people {named(m.value(u"from").toObject())};
        for (const char *field : {"toRecipients", "ccRecipients"}) {
            for (const QJsonValue &r : m.value(QLatin1String(field)).toArray())
                people += named(r.toObject());
        }
        for (const QString &p : std::as_const(people)) {
            if (!p.isEmpty() && !t.participants.contains(p))
                t.participants += p;
        }
        const QDateTime when
            = QDateTime::fromString(m.value(u"receivedDateTime").toString(), Qt::ISODate);
        if (!t.lastMessageTime.isValid() || when >= t.lastMessageTime) {
            t.lastMessageTime = when;
            t.lastMessageId = m.value(u"internetMessageId").toString();
            // Graph's conversation keeps the subject of its latest message.
            t.subject = m.value(u"subject").toString();
        }
    }
    std::sort(threads.begin(), threads.end(), [](const ThreadSummary &a, const ThreadSummary &b) {
        return a.lastMessageTime > b.lastMessageTime;
    });
    return threads;
}

} // namespace Outpost::GraphWire

// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/PlatformJson.h"

#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace Outpost::PlatformJson {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::PlatformJson)
};

ServiceError unreadable(const QString &what)
{
    ServiceError e
        = ServiceError::network(ServiceError::Kind::Protocol, Tr::tr("The server"), what);
    return e;
}

// Ids arrive as strings, numbers or `{ "$oid": … }`.
QString idOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isObject())
        return v.toObject().value(u"$oid").toString();
    return {};
}

QDateTime dateOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// The list under `key`, or the document itself when it is a bare array.
std::optional<QJsonArray> listOf(const QByteArray &body, QStringView key)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (doc.isArray())
        return doc.array();
    if (doc.isObject() && doc.object().value(key).isArray())
        return doc.object().value(key).toArray();
    return std::nullopt;
}

QJsonArray addressArray(const QList<MailAddress> &addresses)
{
    return QJsonArray::fromStringList(AddressList::toStrings(addresses));
}

DraftField fieldFromMessage(int status, const QString &message)
{
    switch (status) {
    case 403:
        return DraftField::From;
    case 409:
        return DraftField::Provider;
    case 413:
        return DraftField::Attachments;
    default:
        break;
    }
    const QString lower = message.toLower();
    if (status == 404) {
        return (lower.contains(u"attachment") || lower.contains(u"storage"))
            ? DraftField::Attachments
            : DraftField::Thread;
    }
    // "Invalid recipient in cc: …", "`to` is required", "from must be …"
    static const QRegularExpression mention(
        QStringLiteral("(?:^|[\\s\"'`(])(from|to|cc|bcc|subject|body|threadid|inreplyto|"
                       "references|attachments?|provider)(?=[\"'`)]?(?:\\s*:|\\s+(?:is|must|"
                       "field|contains|has|entry|recipient)|\\s*$|\\[))"));
    const QRegularExpressionMatch m = mention.match(lower);
    if (m.hasMatch()) {
        QString name = m.captured(1);
        if (name == u"attachment")
            name = QStringLiteral("attachments");
        return draftFieldFromName(name);
    }
    if (lower.contains(u"recipient"))
        return DraftField::To;
    return DraftField::None;
}
} // namespace

QByteArray sendRequest(const Draft &draft, const QString &accountId)
{
    QJsonObject o;
    if (accountId.isEmpty())
        o.insert(u"from", draft.from.trimmed());
    else
        o.insert(u"accountId", accountId);
    o.insert(u"to", addressArray(draft.to));
    if (!draft.cc.isEmpty())
        o.insert(u"cc", addressArray(draft.cc));
    if (!draft.bcc.isEmpty())
        o.insert(u"bcc", addressArray(draft.bcc));
    if (!draft.subject.isEmpty())
        o.insert(u"subject", draft.subject);
    o.insert(u"body", draft.body);
    o.insert(u"isHtml", draft.isHtml);
    if (draft.provider && accountId.isEmpty())
        o.insert(u"provider", providerName(*draft.provider));
    if (!draft.threadId.isEmpty())
        o.insert(u"threadId", draft.threadId);
    if (!draft.inReplyTo.isEmpty())
        o.insert(u"inReplyTo", draft.inReplyTo);
    if (!draft.references.isEmpty())
        o.insert(u"references", draft.references);
    if (!draft.attachments.isEmpty()) {
        QJsonArray list;
        for (const Attachment &a : draft.attachments) {
            QJsonObject item;
            if (!a.storageKey.isEmpty()) {
                item.insert(u"storageKey", a.storageKey);
                item.insert(u"filename", a.filename);
                item.insert(u"contentType", a.contentType);
            } else {
                item.insert(u"url", a.url);
                item.insert(u"filename", a.filename);
            }
            list.append(item);
        }
        o.insert(u"attachments", list);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<Receipt> receipt(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return unreadable(Tr::tr("the send answer is not JSON"));
    const QJsonObject o = doc.object();
    const QJsonObject message = o.value(u"message").toObject();
    Receipt r;
    r.messageId = idOf(message.value(u"_id"));
    r.conversationId = idOf(o.value(u"conversationId"));
    if (r.conversationId.isEmpty())
        r.conversationId = idOf(message.value(u"conversationId"));
    const QJsonObject meta = message.value(u"emailMetadata").toObject();
    r.threadId = o.value(u"threadId").toString(meta.value(u"threadId").toString());
    r.status = message.value(u"status").toString();
    r.rfcMessageId = meta.value(u"messageId").toString();
    r.createdAt = dateOf(message.value(u"createdAt"));
    if (r.conversationId.isEmpty())
        return unreadable(Tr::tr("the send answer has no conversationId"));
    return r;
}

Result<QList<Mailbox>> mailboxes(const QByteArray &body)
{
    const auto list = listOf(body, u"accounts");
    if (!list)
        return unreadable(Tr::tr("the mailbox list is not JSON"));
    QList<Mailbox> result;
    for (const QJsonValue &v : *list) {
        const QJsonObject o = v.toObject();
        const auto provider = providerFromName(o.value(u"provider").toString());
        const QString address = o.value(u"emailAddress").toString(o.value(u"email").toString());
        if (!provider || address.isEmpty())
            continue; // a provider this client does not know: not offered
        Mailbox m;
        m.id = idOf(o.value(u"_id"));
        m.provider = *provider;
        m.address = address;
        m.displayName = o.value(u"displayName").toString(o.value(u"name").toString());
        m.active = o.value(u"isActive").toBool(true);
        m.connectedAt = dateOf(o.value(u"createdAt"));
        if (m.active)
            result += m;
    }
    return result;
}

Result<QList<Attachment>> uploadedFiles(const QByteArray &body)
{
    const auto list = listOf(body, u"files");
    if (!list)
        return unreadable(Tr::tr("the upload answer is not JSON"));
    QList<Attachment> result;
    for (const QJsonValue &v : *list) {
        const QJsonObject o = v.toObject();
        Attachment a;
        a.storageKey = o.value(u"key").toString(o.value(u"storageKey").toString());
        a.contentType = o.value(u"type").toString(o.value(u"contentType").toString());
        a.filename = o.value(u"name").toString(o.value(u"filename").toString());
        a.size = o.value(u"size").isDouble() ? o.value(u"size").toInteger() : -1;
        if (a.storageKey.isEmpty())
            return unreadable(Tr::tr("the upload answer has a file without a key"));
        result += a;
    }
    return result;
}

Result<QUrl> authorizationUrl(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QUrl url(o.value(u"authUrl").toString(o.value(u"url").toString()), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !HttpClient::maySend(url))
        return unreadable(Tr::tr("the mailbox connection answer has no usable https authUrl"));
    return url;
}

namespace {
// The list under the first of `keys` that holds one, or the document itself when it is a
// bare array.
std::optional<QJsonArray> listUnder(const QByteArray &body, std::initializer_list<QStringView> keys)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isArray())
        return doc.array();
    if (!doc.isObject())
        return std::nullopt;
    for (QStringView key : keys) {
        if (doc.object().value(key).isArray())
            return doc.object().value(key).toArray();
    }
    return std::nullopt;
}

// Times arrive as ISO strings, `{ "$date": … }` or milliseconds since the epoch.
QDateTime timeOf(const QJsonValue &v)
{
    if (v.isDouble())
        return QDateTime::fromMSecsSinceEpoch(v.toInteger(), QTimeZone::utc());
    if (v.isObject())
        return timeOf(v.toObject().value(u"$date"));
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

// An address as a string, or `{ "name", "address" | "email" }`.
QString addressOf(const QJsonValue &v)
{
    if (!v.isObject())
        return v.toString().trimmed();
    const QJsonObject o = v.toObject();
    const QString address = o.value(u"address").toString(o.value(u"email").toString());
    const QString name = o.value(u"name").toString();
    return name.isEmpty() ? address : MailAddress {name, address}.toString();
}

// A list of addresses as an array, or one string (possibly comma-separated).
QStringList addressesOf(const QJsonValue &v)
{
    QStringList list;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            const QString a = addressOf(item);
            if (!a.isEmpty())
                list += a;
        }
    } else if (!addressOf(v).isEmpty()) {
        list += AddressList::toStrings(AddressList::parse(addressOf(v)).addresses);
    }
    return list;
}

PlatformConversation conversationOf(const QJsonObject &o)
{
    PlatformConversation c;
    c.thread.conversationId = idOf(o.value(u"_id"));
    if (c.thread.conversationId.isEmpty())
        c.thread.conversationId = idOf(o.value(u"id"));
    c.thread.threadId = o.value(u"channelIdentifier").toString(o.value(u"threadId").toString());
    c.thread.subject = o.value(u"subject").toString();
    c.thread.participants = addressesOf(o.value(u"participants"));
    c.thread.lastMessageTime = timeOf(o.value(u"lastMessageTime"));
    if (!c.thread.lastMessageTime.isValid())
        c.thread.lastMessageTime = timeOf(o.value(u"updatedAt"));
    c.thread.messageCount = o.value(u"messageCount").toInt();
    c.thread.provider = providerFromName(o.value(u"provider").toString()).value_or(Provider::Gmail);
    c.contactId = idOf(o.value(u"contactId"));
    c.channelType = o.value(u"channelType").toString();
    c.mailboxId = idOf(o.value(u"emailAccountId"));
    c.resolved = o.value(u"isResolved").toBool();
    return c;
}

Attachment attachmentOf(const QJsonObject &o)
{
    Attachment a;
    a.filename = o.value(u"filename").toString(o.value(u"name").toString());
    a.contentType = o.value(u"contentType").toString(o.value(u"type").toString());
    a.storageKey = o.value(u"storageKey").toString(o.value(u"key").toString());
    // Both kept when both come: the view links the URL, a forward passes the storage key on
    // (sendRequest writes exactly one of the two, the key first).
    a.url = o.value(u"url").toString(o.value(u"signedUrl").toString());
    a.size = o.value(u"size").isDouble() ? o.value(u"size").toInteger() : -1;
    return a;
}

ConversationMessage messageOf(const QJsonObject &o)
{
    ConversationMessage m;
    m.id = idOf(o.value(u"_id"));
    m.conversationId = idOf(o.value(u"conversationId"));
    m.incoming = o.value(u"isIncoming").toBool();
    m.internal = o.value(u"isInternal").toBool();
    m.status = o.value(u"status").toString();
    m.body = o.value(u"body").toString(o.value(u"content").toString());
    m.createdAt = timeOf(o.value(u"createdAt"));
    for (const QJsonValue &a : o.value(u"attachments").toArray()) {
        if (a.isObject())
            m.attachments += attachmentOf(a.toObject());
    }
    const QJsonObject meta = o.value(u"emailMetadata").toObject();
    m.isHtml = meta.value(u"isHtml").toBool(o.value(u"isHtml").toBool());
    m.threadId = meta.value(u"threadId").toString();
    m.messageId = meta.value(u"messageId").toString().trimmed();
    m.inReplyTo = meta.value(u"inReplyTo").toString().trimmed();
    // A string (the header) or an array of Message-IDs, kept as read (MessageReferences).
    m.references = MessageReferences::fromJson(meta, QLatin1StringView("references"));
    m.from = addressOf(meta.value(u"from"));
    m.replyTo = addressOf(meta.value(u"replyTo"));
    m.to = addressesOf(meta.value(u"to"));
    m.cc = addressesOf(meta.value(u"cc"));
    if (meta.contains(u"bcc"))
        m.bcc = addressesOf(meta.value(u"bcc"));
    m.subject = meta.value(u"subject").toString();
    return m;
}
} // namespace

Result<QList<PlatformContact>> contacts(const QByteArray &body)
{
    const auto list = listUnder(body, {u"data", u"contacts"});
    if (!list)
        return unreadable(Tr::tr("the contact list is not JSON"));
    QList<PlatformContact> result;
    for (const QJsonValue &v : *list) {
        const QJsonObject o = v.toObject();
        PlatformContact c {idOf(o.value(u"_id")), o.value(u"firstName").toString(),
            o.value(u"lastName").toString(), o.value(u"email").toString().trimmed()};
        if (c.id.isEmpty())
            c.id = idOf(o.value(u"id"));
        if (!c.id.isEmpty())
            result += c;
    }
    return result;
}

QByteArray conversationsRequest(const QString &contactId)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("contactId"), contactId},
                             {QStringLiteral("channelType"), QStringLiteral("email")}})
        .toJson(QJsonDocument::Compact);
}

Result<QList<PlatformConversation>> conversations(const QByteArray &body)
{
    const auto list = listUnder(body, {u"conversations", u"data"});
    if (!list)
        return unreadable(Tr::tr("the conversation list is not JSON"));
    QList<PlatformConversation> result;
    for (const QJsonValue &v : *list) {
        const PlatformConversation c = conversationOf(v.toObject());
        // Only email threads can be continued by a send.
        if (!c.thread.conversationId.isEmpty() && !c.thread.threadId.isEmpty()
            && (c.channelType.isEmpty() || c.channelType == u"email"))
            result += c;
    }
    return result;
}

Result<PlatformConversation> conversation(const QByteArray &body)
{
    QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.value(u"conversation").isObject())
        o = o.value(u"conversation").toObject();
    const PlatformConversation c = conversationOf(o);
    if (c.thread.conversationId.isEmpty())
        return unreadable(Tr::tr("the conversation answer has no _id"));
    return c;
}

Result<QList<ConversationMessage>> conversationMessages(const QByteArray &body)
{
    const auto list = listUnder(body, {u"messages", u"data"});
    if (!list)
        return unreadable(Tr::tr("the message list is not JSON"));
    QList<ConversationMessage> result;
    result.reserve(list->size());
    for (const QJsonValue &v : *list) {
        if (v.isObject())
            result += messageOf(v.toObject());
    }
    return result;
}

QByteArray loginRequest(const QString &email, const QString &password)
{
    return QJsonDocument(
        QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}})
        .toJson(QJsonDocument::Compact);
}

QByteArray refreshRequest(const QString &refreshToken)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("refreshToken"), refreshToken}})
        .toJson(QJsonDocument::Compact);
}

Result<Session> session(const QByteArray &body, Session base)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString token = o.value(u"token").toString(o.value(u"accessToken").toString());
    if (token.isEmpty())
        return unreadable(Tr::tr("the sign-in answer has no token"));
    base.accessToken = token;
    const QString refresh = o.value(u"refreshToken").toString();
    if (!refresh.isEmpty())
        base.refreshToken = refresh; // always keep the newest
    const QString email = o.value(u"user").toObject().value(u"email").toString();
    if (!email.isEmpty())
        base.userEmail = email;
    return base;
}

bool namesField(const QByteArray &body, const ServiceError &error, QLatin1StringView field)
{
    if (error.httpStatus != 400)
        return false;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonObject nested = o.value(u"error").toObject();
    for (const QJsonObject &where : {o, nested}) {
        for (const QLatin1StringView key :
            {QLatin1StringView("field"), QLatin1StringView("param")}) {
            if (where.value(key).toString() == field)
                return true;
        }
    }
    // "accountId is required", "`from` must be …": the name as a word of the message.
    const QRegularExpression word(QStringLiteral("(?:^|[^A-Za-z0-9_])%1(?![A-Za-z0-9_])")
                                      .arg(QRegularExpression::escape(QString(field))));
    return word.match(error.serverMessage).hasMatch();
}

ServiceError error(
    int status, const QByteArray &body, const QByteArray &retryAfter, const QDateTime &now)
{
    QString code;
    QString message;
    QString fieldName;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue err = o.value(u"error");
        if (err.isObject()) { // { "error": { "code", "message" } }
            const QJsonObject e = err.toObject();
            code = e.value(u"code").toString();
            message = e.value(u"message").toString();
            fieldName = e.value(u"field").toString(e.value(u"param").toString());
        } else if (o.contains(u"message")) { // { "success": false, "message", "error" }
            message = o.value(u"message").toString();
            code = err.toString();
            fieldName = o.value(u"field").toString();
        } else if (err.isString()) { // { "error": "Invalid or expired token" }
            message = err.toString();
        }
    } else if (!body.trimmed().isEmpty() && body.size() < 512 && !body.contains('<')) {
        message = QString::fromUtf8(body).trimmed(); // a short plain-text answer
    }
    DraftField field = fieldName.isEmpty() ? DraftField::None : draftFieldFromName(fieldName);
    if (field == DraftField::None)
        field = fieldFromMessage(status, message);
    return ServiceError::fromHttp(status, code, message, field, parseRetryAfter(retryAfter, now));
}

QByteArray syncRequest(const QString &accountId, int maxResults, int lookbackDays)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("accountId"), accountId},
                             {QStringLiteral("maxResults"), maxResults},
                             {QStringLiteral("lookbackDays"), lookbackDays}})
        .toJson(QJsonDocument::Compact);
}

Result<MailboxSyncStatus> syncStatus(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return unreadable(Tr::tr("the sync status answer is not a JSON object"));
    const QJsonObject o = doc.object();
    MailboxSyncStatus s;
    s.accountId = o.value(u"accountId").toString();
    s.inProgress = o.value(u"inProgress").toBool();
    s.lastSyncedAt = QDateTime::fromString(o.value(u"lastSyncedAt").toString(), Qt::ISODate);
    s.messagesProcessed = o.value(u"messagesProcessed").toInt();
    s.totalEstimated = o.value(u"totalEstimated").toInt();
    s.error = o.value(u"error").toString();
    return s;
}

QString messageSearchPath(const QString &contactId, const MessageSearchQuery &query)
{
    QStringList q;
    const auto put = [&q](const QString &name, const QString &value) {
        // Every reserved character encoded, '+' included (a plus-address is a search term).
        q += name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    put(QStringLiteral("q"), query.text);
    put(QStringLiteral("channelType"), QStringLiteral("email"));
    if (query.matchCase)
        put(QStringLiteral("matchCase"), QStringLiteral("true"));
    if (query.wholeWord)
        put(QStringLiteral("wholeWord"), QStringLiteral("true"));
    if (query.fromDate.isValid())
        put(QStringLiteral("fromDate"), query.fromDate.toString(Qt::ISODate));
    if (query.toDate.isValid())
        put(QStringLiteral("toDate"), query.toDate.toString(Qt::ISODate));
    put(QStringLiteral("limit"), QString::number(query.limit));
    // The path is set decoded (PlatformClient::request): the id goes in as it is.
    return QStringLiteral("/api/conversation/contact/%1/messages/search?%2")
        .arg(contactId, q.join(u'&'));
}

Result<MessageSearch> messageSearch(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(u"results").isArray())
        return unreadable(Tr::tr("the search answer has no list of results"));
    MessageSearch found;
    for (const QJsonValue &r : doc.object().value(u"results").toArray()) {
        const QJsonObject o = r.toObject();
        MessageSearchResult result;
        result.conversationId = o.value(u"conversationId").toString();
        result.channelType = o.value(u"channelType").toString();
        result.channelIdentifier = o.value(u"channelIdentifier").toString();
        for (const QJsonValue &m : o.value(u"matches").toArray()) {
            const QJsonObject mo = m.toObject();
            MessageSearchMatch match;
            match.messageId = mo.value(u"messageId").toString();
            match.body = mo.value(u"body").toString();
            match.createdAt = QDateTime::fromString(mo.value(u"createdAt").toString(), Qt::ISODate);
            if (!match.messageId.isEmpty())
                result.matches += match;
        }
        if (!result.conversationId.isEmpty() && !result.matches.isEmpty())
            found.results += result;
    }
    qsizetype shown = 0;
    for (const MessageSearchResult &r : std::as_const(found.results))
        shown += r.matches.size();
    found.total = std::max<int>(doc.object().value(u"total").toInt(int(shown)), int(shown));
    found.truncated = doc.object().value(u"truncated").toBool();
    return found;
}

} // namespace Outpost::PlatformJson

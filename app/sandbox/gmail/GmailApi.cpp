// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/gmail/GmailApi.h"

#include "sandbox/AccountApis.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/gmail/GmailJson.h"
#include "sandbox/gmail/GmailMime.h"
#include "sandbox/gmail/GmailQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;
using Access = SandboxRouter::Access;

namespace {
const QString api = u"/gmail-api/gmail/v1/users/{userId}"_s;

// "Re: Fwd: Weekly report" → "weekly report": what Gmail compares to keep a thread together.
QString threadTopic(const QString &subject)
{
    static const QRegularExpression prefixes(
        u"^\\s*((re|fwd?|aw|sv|antw|wg)\\s*(\\[\\d+\\])?\\s*:\\s*)+"_s,
        QRegularExpression::CaseInsensitiveOption);
    return QString(subject).remove(prefixes).simplified().toCaseFolded();
}

QString joined(const QList<GmailMime::Address> &addresses)
{
    QStringList parts;
    for (const auto &a : addresses)
        parts += a.name.isEmpty() ? a.address : a.name + u" <"_s + a.address + u'>';
    return parts.join(u", "_s);
}

// maxResults and pageToken (an offset here; opaque to clients).
struct Page
{
    qsizetype offset = 0;
    qsizetype size = 100;
};

std::optional<Page> pageOf(const HttpRequest &request, HttpResponse *error)
{
    Page page;
    const QString max = GmailQuery::formValue(request.rawQuery, u"maxResults"_s);
    if (!max.isEmpty()) {
        bool ok = false;
        page.size = max.toInt(&ok);
        if (!ok || page.size < 0) {
            *error = GmailJson::invalid(u"Invalid value '%1' for maxResults"_s.arg(max));
            return std::nullopt;
        }
        page.size = std::clamp<qsizetype>(page.size, 1, 500);
    }
    const QString token = GmailQuery::formValue(request.rawQuery, u"pageToken"_s);
    if (!token.isEmpty()) {
        bool ok = false;
        page.offset = token.toLongLong(&ok);
        if (!ok || page.offset < 0) {
            *error = GmailJson::invalid(u"Invalid pageToken"_s);
            return std::nullopt;
        }
    }
    return page;
}

// Gmail leaves the list out entirely when nothing matched.
QJsonObject pageAnswer(const QString &listName, const QJsonArray &all, const Page &page)
{
    QJsonObject answer {{u"resultSizeEstimate"_s, all.size()}};
    QJsonArray items;
    for (qsizetype i = page.offset; i < all.size() && items.size() < page.size; ++i)
        items.append(all.at(i));
    if (!items.isEmpty())
        answer.insert(listName, items);
    if (page.offset + page.size < all.size())
        answer.insert(u"nextPageToken"_s, QString::number(page.offset + page.size));
    return answer;
}

QString formatOf(const HttpRequest &request, HttpResponse *error)
{
    const QString format = GmailQuery::formValue(request.rawQuery, u"format"_s).toLower();
    if (format.isEmpty())
        return u"full"_s;
    if (format != u"minimal" && format != u"metadata" && format != u"full" && format != u"raw") {
        *error = GmailJson::invalid(u"Invalid value at 'format' (%1)"_s.arg(format));
        return {};
    }
    return format;
}
} // namespace

GmailApi::GmailApi(SandboxContext &context)
    : m_context(context), m_store(context.store), m_tokens(context.store)
{
}

void GmailApi::addRoutes(SandboxRouter &router)
{
    router.add("POST", api + u"/messages/send"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return sendPlain(r); });
    router.add("GET", api + u"/messages"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return listMessages(r); });
    router.add("GET", api + u"/messages/{id}"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return getMessage(r); });
    router.add("GET", api + u"/threads"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return listThreads(r); });
    router.add("GET", api + u"/threads/{id}"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return getThread(r); });
}

std::optional<ProviderToken> GmailApi::authenticate(const HttpRequest &request, HttpResponse *error)
{
    const std::optional<ProviderToken> account
        = m_tokens.mailboxFor(request.bearerToken(), Provider::Gmail, m_context.now());
    if (!account) {
        *error = GmailJson::unauthenticated();
        return std::nullopt;
    }
    // The reference pages' userId: "The user's email address. The special value me can be
    // used to indicate the authenticated user." Another user's address: 403, as Gmail answers.
    const QString userId = request.params.value(u"userId"_s);
    if (userId != u"me" && userId.compare(account->address, Qt::CaseInsensitive) != 0) {
        *error = GmailJson::error(403, u"Delegation denied for "_s + account->address,
            u"forbidden"_s, u"PERMISSION_DENIED"_s);
        return std::nullopt;
    }
    return account;
}

HttpResponse GmailApi::deliver(
    const ProviderToken &account, const QByteArray &raw, const QJsonValue &threadValue)
{
    if (raw.size() > maxMessageBytes)
        return GmailJson::tooLarge(
            u"The message is %1 bytes; Gmail accepts at most %2 bytes (35 MB)."_s.arg(raw.size())
                .arg(maxMessageBytes));
    if (!threadValue.isUndefined() && !threadValue.isNull() && !threadValue.isString())
        return GmailJson::invalid(u"Invalid value at 'message.thread_id' (TYPE_STRING)"_s);
    const std::optional<GmailMime::Parsed> parsed = GmailMime::parse(raw);
    if (!parsed)
        return GmailJson::invalid(u"Invalid RFC 822 message"_s);
    QByteArray stored = raw;
    QByteArray added; // headers Gmail adds when the message lacks them
    QList<QByteArray> dropped {QByteArrayLiteral("Bcc")};
    bool fromRewritten = false;
    if (parsed->from.present) {
        // A From that cannot be read, or that names several mailboxes, is refused: what Gmail
        // does with one is not documented, and the stand-in is the stricter.
        if (!parsed->from.valid || parsed->from.addresses.size() != 1)
            return GmailJson::invalid(u"Invalid From header"_s);
        // Gmail sends as the account or one of its verified send-as aliases: "sendAsEmail: The
        // email address that appears in the From: header for mail sent using this alias", and
        // only an alias whose verificationStatus is accepted may be used
        // (https://developers.google.com/gmail/api/reference/rest/v1/users.settings.sendAs,
        // https://developers.google.com/gmail/api/guides/alias_and_signature_settings). Any
        // other From is not refused but replaced by the account's address (observed behaviour;
        // the pages do not state it, nor whether the display name survives: the stand-in keeps
        // none, so a client never sees its name on a rewritten From).
        if (!AccountApis::gmailSendsAs(account.address, parsed->from.addresses.first().address)) {
            dropped += QByteArrayLiteral("From");
            added += "From: " + account.address.toUtf8() + "\r\n";
            fromRewritten = true;
        }
    } else {
        added += "From: " + account.address.toUtf8() + "\r\n";
    }
    const QList<QPair<QString, const GmailMime::AddressHeader *>> recipientHeaders {
        {u"To"_s, &parsed->to}, {u"Cc"_s, &parsed->cc}, {u"Bcc"_s, &parsed->bcc}};
    qsizetype recipients = 0;
    for (const auto &[name, header] : recipientHeaders) {
        if (!header->valid)
            return GmailJson::invalid(u"Invalid %1 header"_s.arg(name));
        recipients += header->addresses.size();
    }
    if (recipients == 0)
        return GmailJson::invalid(u"Recipient address required"_s);

    GmailMessage m;
    m.id = randomHex(8);
    m.mailbox = account.address;
    m.threadId = m.id; // a new thread is named after its first message
    const QString requestedThread = threadValue.toString();
    // developers.google.com/gmail/api/guides/threads, "Adding drafts and messages to
    // threads": the requested threadId, References/In-Reply-To per RFC 2822, and a matching
    // Subject; otherwise the message starts a thread of its own.
    if (!requestedThread.isEmpty()) {
        const QList<GmailMessage> thread = m_store.gmailThread(account.address, requestedThread);
        if (thread.isEmpty())
            return GmailJson::notFound();
        QStringList known;
        for (const GmailMessage &t : thread)
            known += t.messageId;
        const QStringList referenced = parsed->inReplyTo + parsed->references;
        const bool refersToThread = std::any_of(referenced.begin(), referenced.end(),
            [&known](const QString &id) { return known.contains(id, Qt::CaseInsensitive); });
        const bool sameSubject
            = threadTopic(parsed->subject) == threadTopic(thread.first().subject);
        if (refersToThread && sameSubject)
            m.threadId = requestedThread;
        else
            qCDebug(lcSandbox) << "gmail: threadId given but the message starts a new thread"
                               << "(references:" << refersToThread << "subject:" << sameSubject
                               << ")";
    }
    m.messageId = parsed->messageId;
    if (m.messageId.isEmpty()) {
        m.messageId = u"<CA+sbx"_s + randomHex(12) + u"@mail.gmail.com>"_s;
        added += "Message-ID: " + m.messageId.toUtf8() + "\r\n";
    }
    // The delivered copy never shows who was blind-copied.
    stored = added + GmailMime::withoutHeaders(stored, dropped);
    m.subject = parsed->subject;
    m.from
        = parsed->from.present && !fromRewritten ? joined(parsed->from.addresses) : account.address;
    m.to = joined(parsed->to.addresses);
    m.cc = joined(parsed->cc.addresses);
    m.internalDate = m_context.now();
    m.labelIds = {u"SENT"_s};
    m.snippet = GmailJson::snippet(parsed->text);
    m.historyId = m_store.nextHistoryId();
    m.raw = stored;
    m.size = stored.size();
    m.sentThroughApi = true;
    if (!m_store.insertGmail(m))
        return GmailJson::forStatus(500);
    qCDebug(lcSandbox) << "gmail: sent" << m.id << "in thread" << m.threadId;
    return HttpResponse::json(200, GmailJson::sent(m));
}

HttpResponse GmailApi::sendPlain(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<ProviderToken> account = authenticate(request, &error);
    if (!account)
        return error;
    // How large a JSON body the non-upload URI takes is not published: 1 MB is a guess on the
    // stricter side (unknown); the upload URIs carry the method's 35 MB.
    if (request.body.size() > maxPlainRequestBytes)
        return GmailJson::tooLarge(
            u"Request payload size exceeds the limit: %1 bytes. Upload "
            u"larger messages through /upload/gmail/v1/users/me/messages/"
            u"send with uploadType=multipart or resumable."_s.arg(maxPlainRequestBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return GmailJson::invalid(u"Invalid JSON payload received. "_s + parseError.errorString());
    const QJsonObject body = doc.object();
    const QJsonValue raw = body.value(u"raw"_s);
    if (raw.isUndefined() || raw.isNull() || raw.toString().isEmpty())
        return GmailJson::invalid(u"'raw' RFC822 payload message string or uploading message via "
                                  u"/upload/* URL required"_s);
    const QByteArray encoded = raw.toString().toLatin1();
    static const QRegularExpression alphabet(u"^[A-Za-z0-9_-]*={0,2}$"_s);
    const auto decoded = QByteArray::fromBase64Encoding(
        encoded, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!raw.isString() || !alphabet.match(raw.toString()).hasMatch() || encoded.size() % 4 == 1
        || !decoded)
        return GmailJson::invalid(u"Invalid value for ByteString: "_s + raw.toString().left(64));
    return deliver(*account, decoded.decoded, body.value(u"threadId"_s));
}

HttpResponse GmailApi::listMessages(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<ProviderToken> account = authenticate(request, &error);
    if (!account)
        return error;
    const std::optional<Page> page = pageOf(request, &error);
    if (!page)
        return error;
    const QString q = GmailQuery::formValue(request.rawQuery, u"q"_s);
    const GmailQuery query = GmailQuery::parse(q);
    // A search sees a just-sent message only once the index has it (SandboxOptions).
    const QDateTime indexed = m_context.now().addMSecs(-m_context.options.gmailSearchDelayMs);
    QJsonArray all;
    for (const GmailMessage &m : m_store.gmailMessages(account->address)) {
        if (!q.isEmpty() && m.sentThroughApi && m.internalDate > indexed)
            continue;
        if (query.matches(m))
            all.append(QJsonObject {{u"id"_s, m.id}, {u"threadId"_s, m.threadId}});
    }
    return HttpResponse::json(200, pageAnswer(u"messages"_s, all, *page));
}

HttpResponse GmailApi::getMessage(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<ProviderToken> account = authenticate(request, &error);
    if (!account)
        return error;
    const QString format = formatOf(request, &error);
    if (format.isEmpty())
        return error;
    const auto m = m_store.gmailMessage(account->address, request.params.value(u"id"_s), true);
    if (!m)
        return GmailJson::notFound();
    return HttpResponse::json(200,
        GmailJson::message(
            *m, format, GmailQuery::formValues(request.rawQuery, u"metadataHeaders"_s)));
}

HttpResponse GmailApi::listThreads(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<ProviderToken> account = authenticate(request, &error);
    if (!account)
        return error;
    const std::optional<Page> page = pageOf(request, &error);
    if (!page)
        return error;
    const GmailQuery query = GmailQuery::parse(GmailQuery::formValue(request.rawQuery, u"q"_s));
    // Messages come newest first, so a thread's first sighting is its latest message.
    QStringList order;
    QHash<QString, QJsonObject> threads;
    QSet<QString> matched;
    for (const GmailMessage &m : m_store.gmailMessages(account->address)) {
        if (!threads.contains(m.threadId)) {
            order += m.threadId;
            threads.insert(m.threadId,
                {{u"id"_s, m.threadId}, {u"snippet"_s, m.snippet},
                    {u"historyId"_s, QString::number(m.historyId)}});
        }
        if (query.matches(m))
            matched.insert(m.threadId);
    }
    QJsonArray all;
    for (const QString &id : std::as_const(order)) {
        if (matched.contains(id))
            all.append(threads.value(id));
    }
    return HttpResponse::json(200, pageAnswer(u"threads"_s, all, *page));
}

HttpResponse GmailApi::getThread(const HttpRequest &request)
{
    HttpResponse error;
    const std::optional<ProviderToken> account = authenticate(request, &error);
    if (!account)
        return error;
    QString format = formatOf(request, &error);
    if (format.isEmpty())
        return error;
    if (format == u"raw")
        return GmailJson::invalid(u"Invalid format: threads.get does not offer raw"_s);
    const QString id = request.params.value(u"id"_s);
    const QList<GmailMessage> thread = m_store.gmailThread(account->address, id);
    if (thread.isEmpty())
        return GmailJson::notFound();
    const QStringList headerNames = format == u"metadata"
        ? GmailQuery::formValues(request.rawQuery, u"metadataHeaders"_s)
        : QStringList();
    QJsonArray messages;
    qint64 historyId = 0;
    for (const GmailMessage &summary : thread) {
        const auto m = m_store.gmailMessage(account->address, summary.id, format != u"minimal");
        messages.append(GmailJson::message(*m, format, headerNames));
        historyId = std::max(historyId, m->historyId);
    }
    return HttpResponse::json(200,
        QJsonObject {{u"id"_s, id}, {u"historyId"_s, QString::number(historyId)},
            {u"messages"_s, messages}});
}

} // namespace Outpost::Sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/platform/SendEndpoint.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/platform/PlatformApi.h"
#include "sandbox/platform/SandboxJson.h"

#include "mail/AddressList.h"
#include "mail/MailboxResolver.h"

#include <QJsonArray>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QUuid>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

namespace {

HttpResponse invalid(const QString &field, const QString &message)
{
    return HttpResponse::apiError(400, u"invalid_request"_s, message, field);
}

bool absent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

bool optionalString(
    const QJsonObject &body, const QString &field, QString *out, HttpResponse *error)
{
    const QJsonValue v = body.value(field);
    if (absent(v))
        return true;
    if (!v.isString()) {
        *error = invalid(field, field + u" must be a string"_s);
        return false;
    }
    *out = v.toString();
    return true;
}

bool optionalBool(const QJsonObject &body, const QString &field, bool *out, HttpResponse *error)
{
    const QJsonValue v = body.value(field);
    if (absent(v))
        return true;
    if (!v.isBool()) {
        *error = invalid(field, field + u" must be true or false"_s);
        return false;
    }
    *out = v.toBool();
    return true;
}

// The send page, `to`: "Recipient address, or an array of recipient addresses. Each entry may
// be a bare email (user@x.com) or RFC 5322 formatted ("Name" <user@x.com>)"; `cc`, `bcc`: "Same
// format rules as to" (their type, string<email>[], is read as allowing the one-string form too;
// whether the platform does is unknown). An RFC 5322 name may be RFC 2047 encoded: GMime decodes
// it. A string holding two addresses is refused: the page speaks of one address per entry.
bool recipients(const QJsonObject &body, const QString &field, bool required,
    QList<MailAddress> *out, HttpResponse *error)
{
    const QJsonValue v = body.value(field);
    if (absent(v) || (v.isString() && v.toString().trimmed().isEmpty())) {
        if (required)
            *error
                = invalid(field, field + u" is required: a recipient address or a list of them"_s);
        return !required;
    }
    QStringList entries;
    if (v.isString()) {
        entries += v.toString();
    } else if (v.isArray()) {
        for (const QJsonValue &entry : v.toArray()) {
            if (!entry.isString()) {
                *error = invalid(field, field + u" must list addresses as strings"_s);
                return false;
            }
            entries += entry.toString();
        }
    } else {
        *error = invalid(field, field + u" must be a string or an array of strings"_s);
        return false;
    }
    if (required && entries.isEmpty()) {
        *error = invalid(field, field + u" needs at least one recipient"_s);
        return false;
    }
    for (const QString &entry : std::as_const(entries)) {
        const AddressParse parsed = AddressList::parseOne(entry);
        if (!parsed.ok()) {
            *error = invalid(field,
                u"%1: “%2” is not a valid address: %3"_s.arg(
                    field, entry, parsed.problems.first().reason));
            return false;
        }
        *out += parsed.addresses.first();
    }
    return true;
}

struct AttachmentRequest
{
    StoredAttachment attachment;
    int index = 0;
};

// The send page, `attachments` (object[]): "Each entry must supply either storageKey [...] or a
// pre-signed url the server can GET"; api/CONTRACT.md "Uploads": exactly one of the two, the url
// an https:// one, with optional filename and contentType strings.
bool attachmentRequests(const QJsonObject &body, QList<AttachmentRequest> *out, HttpResponse *error)
{
    const QJsonValue v = body.value(u"attachments"_s);
    if (absent(v))
        return true;
    if (!v.isArray()) {
        *error = invalid(u"attachments"_s, u"attachments must be an array"_s);
        return false;
    }
    const QJsonArray array = v.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString where = u"attachments[%1]"_s.arg(i);
        const QJsonObject o = array.at(i).toObject();
        if (!array.at(i).isObject()) {
            *error = invalid(u"attachments"_s, where + u" must be an object"_s);
            return false;
        }
        const bool hasKey = !absent(o.value(u"storageKey"_s));
        const bool hasUrl = !absent(o.value(u"url"_s));
        if (hasKey == hasUrl) {
            *error
                = invalid(u"attachments"_s, where + u" needs exactly one of storageKey or url"_s);
            return false;
        }
        AttachmentRequest r {{}, i};
        StoredAttachment &a = r.attachment;
        a.storageKey = o.value(u"storageKey"_s).toString();
        a.url = o.value(u"url"_s).toString();
        if (hasKey && a.storageKey.isEmpty()) {
            *error = invalid(u"attachments"_s, where + u".storageKey must be a non-empty string"_s);
            return false;
        }
        const QUrl url(a.url, QUrl::StrictMode);
        if (hasUrl && (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty())) {
            *error = invalid(u"attachments"_s, where + u".url must be an https:// URL"_s);
            return false;
        }
        for (const auto &[key, target] : {std::pair {u"filename"_s, &a.filename},
                 std::pair {u"contentType"_s, &a.contentType}}) {
            const QJsonValue value = o.value(key);
            if (!absent(value) && !value.isString()) {
                *error = invalid(u"attachments"_s, where + u'.' + key + u" must be a string"_s);
                return false;
            }
            *target = value.toString();
        }
        if (hasUrl && a.filename.isEmpty())
            a.filename = url.fileName().isEmpty() ? u"attachment"_s : url.fileName();
        if (hasUrl && a.contentType.isEmpty())
            a.contentType
                = QMimeDatabase().mimeTypeForFile(a.filename, QMimeDatabase::MatchExtension).name();
        *out += r;
    }
    return true;
}

QString joinProviders(const QList<Provider> &providers)
{
    QStringList names;
    for (Provider p : providers)
        names += providerName(p);
    return names.join(u" and "_s);
}

QStringList addressesOf(const QList<MailAddress> &list)
{
    QStringList out;
    for (const MailAddress &a : list)
        out += a.address;
    return out;
}

void addUnique(QStringList *list, const QStringList &more)
{
    for (const QString &address : more) {
        const bool known = std::any_of(list->cbegin(), list->cend(),
            [&](const QString &a) { return AddressList::sameAddress(a, address); });
        if (!known)
            *list += address;
    }
}

// A first-time recipient becomes a contact (api/CONTRACT.md "Contacts": firstName, lastName,
// email). How the platform splits a display name is not published; the sandbox does what CRMs
// do with a mail header's name: "Lee, Jamie" is family name first; otherwise the first word is
// the given name and the rest the family name ("Jamie van der Berg"); one word is a given name
// ("Cher"). No name, or the address again as the name, leaves both empty, never NULL: any
// recipient the send page allows must be storable.
Contact contactFor(const MailAddress &address, const QString &orgId)
{
    QString name = address.name.simplified();
    // Compared as parsed: GMime hands back an IDN domain decoded, in the name as in the address.
    if (const AddressParse asAddress = AddressList::parseOne(name); asAddress.ok()
        && AddressList::sameAddress(asAddress.addresses.first().address, address.address))
        name.clear();
    QString given = u""_s;
    QString family = u""_s;
    if (const qsizetype comma = name.indexOf(u','); comma >= 0) {
        family = name.left(comma).trimmed();
        given = name.mid(comma + 1).trimmed();
    } else if (const qsizetype space = name.indexOf(u' '); space >= 0) {
        given = name.left(space);
        family = name.mid(space + 1);
    } else if (!name.isEmpty()) {
        given = name;
    }
    return Contact {Json::newId(), orgId, given, family, address.address};
}

// The sending mailbox. The send page, `from`: "Must belong to a mailbox the authenticated user has
// connected" (api/CONTRACT.md "Errors": 403 when it is not the user's); `provider`: a tie-breaker
// "only when the same from address is connected under more than one provider" (409 when it does
// not match, CONTRACT "Errors"); without it the newest connection (CONTRACT "Connected
// mailboxes" lists them newest first).
bool resolveSender(const QList<Mailbox> &mailboxes, const QString &from,
    std::optional<Provider> provider, Mailbox *sender, HttpResponse *error)
{
    if (provider) {
        const MailboxResolution r = MailboxResolver::resolve(mailboxes, from, provider);
        if (r.kind == MailboxResolution::Kind::ProviderMismatch) {
            *error = HttpResponse::apiError(409, u"provider_mismatch"_s,
                u"%1 is not connected through %2; it is connected through %3"_s.arg(
                    from, providerName(*provider), joinProviders(r.providers)),
                u"provider"_s);
            return false;
        }
        if (r.kind == MailboxResolution::Kind::Resolved) {
            *sender = r.mailbox;
            return true;
        }
    } else if (const auto newest = MailboxResolver::newestFor(mailboxes, from)) {
        *sender = *newest;
        return true;
    }
    *error = HttpResponse::apiError(403, u"forbidden"_s,
        u"%1 is not an active mailbox connected to this account"_s.arg(from), u"from"_s);
    return false;
}

// A provider thread lives in one mailbox: a reply must leave from that very connection. The send
// page does not say what the platform does with a threadId of another of the user's mailboxes
// (unknown); the sandbox is the stricter one and refuses it.
bool threadFitsSender(const Conversation &thread, const QList<Mailbox> &mailboxes,
    const Mailbox &sender, HttpResponse *error)
{
    if (thread.emailAccountId == sender.id)
        return true;
    const auto owner = std::find_if(mailboxes.cbegin(), mailboxes.cend(),
        [&](const Mailbox &m) { return m.id == thread.emailAccountId; });
    const QString ownerAddress = owner == mailboxes.cend() ? QString() : owner->address;
    if (AddressList::sameAddress(ownerAddress, sender.address)) {
        *error = HttpResponse::apiError(409, u"provider_mismatch"_s,
            u"The thread “%1” is in the %2 mailbox of %3: send the reply with provider “%2”"_s.arg(
                thread.threadId, thread.provider, ownerAddress),
            u"provider"_s);
    } else {
        *error = invalid(u"from"_s,
            u"The thread “%1” belongs to the mailbox %2: send the reply from that address"_s.arg(
                thread.threadId, ownerAddress));
    }
    return false;
}

// Storage keys must name this user's uploads (api/CONTRACT.md "Errors": 404 for an unknown storage
// key); their name, type and size fill the gaps.
bool storedAttachments(const SandboxStore &store, const QString &userId,
    const QList<AttachmentRequest> &requests, QList<StoredAttachment> *out, HttpResponse *error)
{
    for (const AttachmentRequest &r : requests) {
        StoredAttachment a = r.attachment;
        if (!a.storageKey.isEmpty()) {
            const std::optional<Upload> upload = store.uploadByKey(userId, a.storageKey);
            if (!upload) {
                *error = HttpResponse::apiError(404, u"not_found"_s,
                    u"attachments[%1]: no upload with storageKey “%2”"_s.arg(r.index).arg(
                        a.storageKey),
                    u"attachments"_s);
                return false;
            }
            if (a.filename.isEmpty())
                a.filename = upload->name;
            if (a.contentType.isEmpty())
                a.contentType = upload->type;
            a.size = upload->size;
        }
        *out += a;
    }
    return true;
}

// The send page, `from`: "string<email>, required".
std::optional<MailAddress> currentMailbox(const QJsonObject &body, HttpResponse *error)
{
    QString fromText;
    if (!optionalString(body, u"from"_s, &fromText, error))
        return std::nullopt;
    if (fromText.trimmed().isEmpty()) {
        *error = invalid(u"from"_s, u"from is required: the address of a connected mailbox"_s);
        return std::nullopt;
    }
    const AddressParse fromParse = AddressList::parseOne(fromText);
    if (!fromParse.ok()) {
        *error = invalid(u"from"_s,
            u"from: “%1” is not a valid address: %2"_s.arg(
                fromText, fromParse.problems.first().reason));
        return std::nullopt;
    }
    return fromParse.addresses.first();
}

// InstanceProfile::LegacyAccountId (SandboxServer.h names the source): `accountId`, the _id of
// one of the user's mailboxes, is required; `from` and `provider`, the current page's way of
// naming the mailbox, are refused (unknown on a real older instance: stricter by choice).
bool legacyMailbox(const QJsonObject &body, QString *accountId, HttpResponse *error)
{
    if (!optionalString(body, u"accountId"_s, accountId, error))
        return false;
    if (accountId->trimmed().isEmpty()) {
        *error = invalid(u"accountId"_s,
            u"accountId is required: the _id of a connected mailbox (GET /api/email/accounts)"_s);
        return false;
    }
    for (const QString &field : {u"from"_s, u"provider"_s}) {
        if (!absent(body.value(field))) {
            *error = invalid(field,
                u"%1 is not a field of this endpoint: name the mailbox by accountId"_s.arg(field));
            return false;
        }
    }
    return true;
}

// The older page's `accountId`: one of the user's active mailboxes, else 403 as for `from`.
bool senderById(
    const QList<Mailbox> &mailboxes, const QString &accountId, Mailbox *sender, HttpResponse *error)
{
    for (const Mailbox &m : mailboxes) {
        if (m.id == accountId && m.active) {
            *sender = m;
            return true;
        }
    }
    *error = HttpResponse::apiError(403, u"forbidden"_s,
        u"%1 is not an active mailbox connected to this account"_s.arg(accountId), u"accountId"_s);
    return false;
}

} // namespace

SendEndpoint::SendEndpoint(SandboxContext &context) : m_context(context) { }

void SendEndpoint::addRoutes(SandboxRouter &router)
{
    router.add(
        "POST", u"/api/email/messages/send"_s, SandboxRouter::Access::Bearer,
        [this](const HttpRequest &r, const User &u) { return send(r, u); },
        SandboxRouter::Idempotency::Honoured);
}

QString SendEndpoint::newThreadId(Provider provider, const QString &userId) const
{
    for (;;) {
        QString id;
        if (provider == Provider::Gmail) {
            id = u"gthread-"_s + randomHex(8);
        } else {
            QByteArray random(33, '\0');
            QRandomGenerator::system()->generate(random.begin(), random.end());
            id = u"AAQk"_s + QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding));
        }
        if (!m_context.store.conversationByThread(userId, id))
            return id;
    }
}

HttpResponse SendEndpoint::send(const HttpRequest &request, const User &user)
{
    SandboxStore &store = m_context.store;
    QJsonObject body;
    HttpResponse error;
    if (!jsonBody(request, &body, &error))
        return error;

    bool internal = false;
    bool html = false;
    if (!optionalBool(body, u"isInternal"_s, &internal, &error)
        || !optionalBool(body, u"isHtml"_s, &html, &error))
        return error;
    // The send page, `isInternal`: "Must be false or omitted [...] Sending true here returns 400."
    if (internal)
        return invalid(u"isInternal"_s,
            u"isInternal must be false or omitted: private notes are posted through "
            u"the messages endpoint, not the email send endpoint"_s);

    // The sending mailbox: `from` on the current page, `accountId` on an older one.
    const bool legacy = m_context.options.profile == InstanceProfile::LegacyAccountId;
    std::optional<MailAddress> from;
    QString accountId;
    if (legacy) {
        if (!legacyMailbox(body, &accountId, &error))
            return error;
    } else {
        from = currentMailbox(body, &error);
        if (!from)
            return error;
    }
    QList<MailAddress> to, cc, bcc;
    if (!recipients(body, u"to"_s, true, &to, &error)
        || !recipients(body, u"cc"_s, false, &cc, &error)
        || !recipients(body, u"bcc"_s, false, &bcc, &error))
        return error;

    QString text, subject, providerText, threadId, inReplyTo, references;
    if (!optionalString(body, u"body"_s, &text, &error)
        || !optionalString(body, u"subject"_s, &subject, &error)
        || !optionalString(body, u"provider"_s, &providerText, &error)
        || !optionalString(body, u"threadId"_s, &threadId, &error)
        || !optionalString(body, u"inReplyTo"_s, &inReplyTo, &error)
        || !optionalString(body, u"references"_s, &references, &error))
        return error;
    // The send page, `body`: "string, required"; every other field is typed there too (a wrong
    // type is a 400: api/CONTRACT.md "Errors").
    if (text.isEmpty())
        return invalid(u"body"_s, u"body is required"_s);
    std::optional<Provider> provider;
    if (!absent(body.value(u"provider"_s))) {
        provider = providerFromName(providerText);
        if (!provider) // the send page, `provider`: "Available options: gmail, outlook"
            return invalid(
                u"provider"_s, u"provider must be gmail or outlook, not “%1”"_s.arg(providerText));
    }
    QList<AttachmentRequest> attachments;
    if (!attachmentRequests(body, &attachments, &error))
        return error;

    const QList<Mailbox> mailboxes = store.mailboxes(user.id);
    Mailbox sender;
    if (legacy ? !senderById(mailboxes, accountId, &sender, &error)
               : !resolveSender(mailboxes, from->address, provider, &sender, &error))
        return error;

    std::optional<Conversation> thread;
    if (!threadId.isEmpty()) {
        thread = store.conversationByThread(user.id, threadId);
        if (!thread) // api/CONTRACT.md "Errors": 404 for an unknown thread
            return HttpResponse::apiError(404, u"not_found"_s,
                u"No conversation with threadId “%1”"_s.arg(threadId), u"threadId"_s);
        if (!threadFitsSender(*thread, mailboxes, sender, &error))
            return error;
    }

    QList<StoredAttachment> stored;
    if (!storedAttachments(store, user.id, attachments, &stored, &error))
        return error;

    const QDateTime now = m_context.now();
    const bool newThread = !thread;
    std::optional<Contact> newContact;
    Conversation conversation;
    if (thread) {
        conversation = *thread;
        if (const auto latest = store.latestEmailMessage(conversation.id)) {
            // The send page: a reply's headers come from the thread's latest message.
            if (inReplyTo.isEmpty())
                inReplyTo = latest->messageId;
            if (references.isEmpty())
                references = QString(latest->references + u' ' + latest->messageId).trimmed();
        }
    } else {
        const MailAddress &first = to.first();
        if (const auto known = store.contactByEmail(user.orgId, first.address)) {
            conversation.contactId = known->id;
        } else {
            newContact = contactFor(first, user.orgId);
            conversation.contactId = newContact->id;
        }
        conversation.id = Json::newId();
        conversation.orgId = user.orgId;
        conversation.userId = user.id;
        conversation.threadId = newThreadId(sender.provider, user.id);
        // The send page, `subject`: "when omitted on a new thread, (no subject) is used".
        conversation.subject = subject.isEmpty() ? u"(no subject)"_s : subject;
        conversation.provider = providerName(sender.provider);
        conversation.emailAccountId = sender.id;
        conversation.createdAt = now;
    }
    QStringList participants = conversation.participants;
    addUnique(&participants, QStringList {sender.address} + addressesOf(to) + addressesOf(cc));

    Message m;
    m.id = Json::newId();
    m.orgId = user.orgId;
    m.conversationId = conversation.id;
    m.contactId = conversation.contactId;
    m.userId = user.id;
    m.body = text;
    m.attachments = stored;
    m.createdAt = now;
    m.updatedAt = now;
    m.threadId = conversation.threadId;
    m.messageId = u'<' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@'
        + sender.address.section(u'@', -1) + u'>';
    m.inReplyTo = inReplyTo;
    m.references = references;
    const QString fromName = from ? from->name : QString();
    m.from = MailAddress {fromName.isEmpty() ? sender.displayName : fromName, sender.address}
                 .toString();
    m.to = AddressList::toStrings(to);
    m.cc = AddressList::toStrings(cc);
    m.bcc = AddressList::toStrings(bcc);
    m.subject = subject.isEmpty() ? conversation.subject : subject;
    m.html = html;

    const bool ok = store.transaction([&] {
        if (newContact && !store.insertContact(*newContact, now))
            return false;
        if (newThread) {
            conversation.participants = participants;
            if (!store.insertConversation(conversation))
                return false;
        } else if (!store.setParticipants(conversation.id, participants)) {
            return false;
        }
        return store.insertMessage(m);
    });
    if (!ok)
        return HttpResponse::apiError(500, u"server_error"_s, u"The message was not stored"_s);
    qCDebug(lcSandbox) << "sent message" << m.id << "from" << sender.address << "via"
                       << providerName(sender.provider) << "in thread" << m.threadId;
    return HttpResponse::json(200,
        QJsonObject {{u"message"_s, Json::message(m)}, {u"conversationId"_s, conversation.id},
            {u"threadId"_s, conversation.threadId}});
}

} // namespace Outpost::Sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/platform/PlatformApi.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/platform/SandboxJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;
using Access = SandboxRouter::Access;

bool jsonBody(const HttpRequest &request, QJsonObject *object, HttpResponse *error)
{
    if (request.body.trimmed().isEmpty()) {
        *object = {};
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = HttpResponse::apiError(
            400, u"invalid_request"_s, u"The request body is not a JSON object"_s);
        return false;
    }
    *object = doc.object();
    return true;
}

PlatformApi::PlatformApi(SandboxContext &context) : m_context(context) { }

void PlatformApi::addRoutes(SandboxRouter &router)
{
    router.add("POST", u"/api/auth/login"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return login(r); });
    router.add("POST", u"/api/auth/refresh"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return refresh(r); });
    router.add("GET", u"/api/email/accounts"_s, Access::Bearer,
        [this](const HttpRequest &, const User &u) { return accounts(u); });
    router.add("GET", u"/api/email/oauth/authorize"_s, Access::Bearer,
        [this](const HttpRequest &r, const User &u) { return authorize(r, u); });
    router.add("GET", u"/sandbox/connect"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return connect(r); });
    router.add("GET", u"/api/contacts"_s, Access::Bearer,
        [this](const HttpRequest &r, const User &u) { return contacts(r, u); });
    router.add("POST", u"/api/conversation/all"_s, Access::Bearer,
        [this](const HttpRequest &r, const User &u) { return allConversations(r, u); });
    router.add("GET", u"/api/conversation/{id}"_s, Access::Bearer,
        [this](const HttpRequest &r, const User &u) {
            return conversation(r.params.value(u"id"_s), u);
        });
    router.add("GET", u"/api/conversation/{id}/messages"_s, Access::Bearer,
        [this](
            const HttpRequest &r, const User &u) { return messages(r.params.value(u"id"_s), u); });
    router.add("POST", u"/api/conversation/messages"_s, Access::Bearer,
        [this](const HttpRequest &r, const User &u) { return messagesByBody(r, u); });
    router.add("GET", u"/sandbox/files/{key*}"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return file(r); });
}

HttpResponse PlatformApi::login(const HttpRequest &request)
{
    QJsonObject body;
    HttpResponse error;
    if (!jsonBody(request, &body, &error))
        return HttpResponse::legacyError(
            400, u"The request body is not a JSON object"_s, u"BAD_REQUEST"_s);
    const QString email = body.value(u"email"_s).toString();
    const QString password = body.value(u"password"_s).toString();
    if (email.isEmpty() || password.isEmpty())
        return HttpResponse::legacyError(
            400, u"email and password are required"_s, u"BAD_REQUEST"_s);
    const std::optional<User> user = m_context.store.userByCredentials(email, password);
    if (!user) {
        qCDebug(lcSandbox) << "login refused";
        return HttpResponse::legacyError(401, u"Invalid email or password"_s, u"UNAUTHORIZED"_s);
    }
    const auto tokens = m_context.issueTokens(user->id);
    if (!tokens)
        return HttpResponse::legacyError(500, u"Could not issue a token"_s, u"SERVER_ERROR"_s);
    qCDebug(lcSandbox) << "login of user" << user->id;
    return HttpResponse::json(200,
        QJsonObject {{u"token"_s, tokens->first}, {u"refreshToken"_s, tokens->second},
            {u"user"_s, Json::user(*user)}});
}

HttpResponse PlatformApi::refresh(const HttpRequest &request)
{
    QJsonObject body;
    HttpResponse error;
    if (!jsonBody(request, &body, &error))
        return HttpResponse::legacyError(
            400, u"The request body is not a JSON object"_s, u"BAD_REQUEST"_s);
    const QString old = body.value(u"refreshToken"_s).toString();
    if (old.isEmpty())
        return HttpResponse::legacyError(400, u"refreshToken is required"_s, u"BAD_REQUEST"_s);
    const std::optional<User> user
        = m_context.store.userForToken(old, u"refresh"_s, m_context.now());
    // Rotation: the old refresh token is spent whatever happens next. api/CONTRACT.md
    // ("Sign-in"): a refresh gives "possibly a rotated refreshToken"; the sandbox always
    // rotates, the stricter of the two.
    if (!user || !m_context.store.revokeToken(old))
        return HttpResponse::legacyError(
            401, u"Invalid or expired refresh token"_s, u"UNAUTHORIZED"_s);
    const auto tokens = m_context.issueTokens(user->id);
    if (!tokens)
        return HttpResponse::legacyError(500, u"Could not issue a token"_s, u"SERVER_ERROR"_s);
    qCDebug(lcSandbox) << "token refreshed for user" << user->id;
    return HttpResponse::json(
        200, QJsonObject {{u"token"_s, tokens->first}, {u"refreshToken"_s, tokens->second}});
}

HttpResponse PlatformApi::accounts(const User &user)
{
    QJsonArray list;
    for (const Mailbox &m : m_context.store.mailboxes(user.id)) {
        if (m.active)
            list.append(Json::mailbox(m));
    }
    return HttpResponse::json(200, QJsonObject {{u"accounts"_s, list}});
}

HttpResponse PlatformApi::authorize(const HttpRequest &request, const User &user)
{
    const QString name = request.queryValue(u"provider"_s);
    const std::optional<Provider> provider = providerFromName(name);
    if (!provider)
        return HttpResponse::apiError(
            400, u"invalid_request"_s, u"provider must be gmail or outlook"_s, u"provider"_s);
    const QString state = randomHex(16);
    if (!m_context.store.insertOAuthState(state, user.id, providerName(*provider), m_context.now()))
        return HttpResponse::apiError(500, u"server_error"_s, u"Could not start the flow"_s);
    QUrl url = m_context.baseUrl;
    url.setPath(u"/sandbox/connect"_s);
    url.setQuery(QUrlQuery {{u"provider"_s, providerName(*provider)}, {u"state"_s, state}});
    return HttpResponse::json(200, QJsonObject {{u"authUrl"_s, url.toString(QUrl::FullyEncoded)}});
}

HttpResponse PlatformApi::connect(const HttpRequest &request)
{
    SandboxStore &store = m_context.store;
    const auto issued = store.takeOAuthState(request.queryValue(u"state"_s));
    if (!issued)
        return HttpResponse::html(400, u"Link expired"_s,
            u"This connection link is unknown or was already used. "
            u"Start again from Outpost."_s);
    const std::optional<User> user = store.userById(issued->first);
    const int number = std::max(1, store.meta(u"nextMailbox"_s).toInt());
    Mailbox mailbox;
    mailbox.id = Json::newId();
    mailbox.provider = providerFromName(issued->second).value_or(Provider::Gmail);
    mailbox.address = u"new%1@acme.example"_s.arg(number);
    mailbox.displayName = user ? user->firstName + u' ' + user->lastName : QString();
    mailbox.connectedAt = m_context.now();
    const bool ok = store.transaction([&] {
        return store.insertMailbox(issued->first, mailbox)
            && store.setMeta(u"nextMailbox"_s, QString::number(number + 1));
    });
    if (!ok)
        return HttpResponse::html(
            500, u"Something went wrong"_s, u"The mailbox could not be connected."_s);
    qCDebug(lcSandbox) << "connected mailbox" << mailbox.address << issued->second;
    return HttpResponse::html(200, u"Mailbox connected"_s,
        mailbox.address + u" is now connected through "_s + providerDisplayName(mailbox.provider)
            + u". You can close this window and return to Outpost."_s);
}

HttpResponse PlatformApi::contacts(const HttpRequest &request, const User &user)
{
    bool pageOk = true;
    bool sizeOk = true;
    const QString pageText = request.queryValue(u"page"_s);
    const QString sizeText = request.queryValue(u"size"_s);
    const int page = pageText.isEmpty() ? 1 : pageText.toInt(&pageOk);
    const int size = sizeText.isEmpty() ? 10 : sizeText.toInt(&sizeOk);
    if (!pageOk || page < 1)
        return HttpResponse::apiError(
            400, u"invalid_request"_s, u"page must be a number from 1"_s, u"page"_s);
    if (!sizeOk || size < 1 || size > 100)
        return HttpResponse::apiError(
            400, u"invalid_request"_s, u"size must be a number from 1 to 100"_s, u"size"_s);
    const QString search = request.queryValue(u"search"_s).trimmed();
    QList<Contact> found;
    for (const Contact &c : m_context.store.contacts(user.orgId)) {
        const QString fullName = c.firstName + u' ' + c.lastName;
        if (search.isEmpty() || fullName.contains(search, Qt::CaseInsensitive)
            || c.email.contains(search, Qt::CaseInsensitive))
            found += c;
    }
    QJsonArray data;
    for (const Contact &c : found.mid(qsizetype(page - 1) * size, size))
        data.append(Json::contact(c));
    return HttpResponse::json(200,
        QJsonObject {
            {u"data"_s, data}, {u"total"_s, found.size()}, {u"page"_s, page}, {u"size"_s, size}});
}

HttpResponse PlatformApi::allConversations(const HttpRequest &request, const User &user)
{
    QJsonObject body;
    HttpResponse error;
    if (!jsonBody(request, &body, &error))
        return error;
    const QString contactId = body.value(u"contactId"_s).toString();
    const QString channelType = body.value(u"channelType"_s).toString();
    QJsonArray list;
    for (const Conversation &c : m_context.store.conversations(user.id)) {
        if ((contactId.isEmpty() || c.contactId == contactId)
            && (channelType.isEmpty() || c.channelType == channelType))
            list.append(Json::conversation(c));
    }
    return HttpResponse::json(200, QJsonObject {{u"conversations"_s, list}});
}

HttpResponse PlatformApi::conversation(const QString &id, const User &user)
{
    const std::optional<Conversation> c = m_context.store.conversationById(id);
    // Another user's conversation is as unknown as a missing one.
    if (!c || c->userId != user.id)
        return HttpResponse::apiError(
            404, u"not_found"_s, u"No conversation with id “%1”"_s.arg(id));
    return HttpResponse::json(200, Json::conversation(*c));
}

HttpResponse PlatformApi::messages(const QString &conversationId, const User &user)
{
    const std::optional<Conversation> c = m_context.store.conversationById(conversationId);
    if (!c || c->userId != user.id)
        return HttpResponse::apiError(404, u"not_found"_s,
            u"No conversation with id “%1”"_s.arg(conversationId), u"conversationId"_s);
    // Each message written by Qt on its own, then the list put around them: one toJson of the
    // whole list (6.9 MB for a 500-message thread, each message naming the ones before it in
    // references) was 58% of the serving in perf, most of it copying its one buffer as it grew
    // and faulting in the fresh memory.
    QList<QByteArray> written;
    qsizetype size = 0;
    for (const Message &m : m_context.store.messages(c->id)) {
        written += QJsonDocument(Json::message(m)).toJson(QJsonDocument::Compact);
        size += written.last().size() + 1;
    }
    HttpResponse r;
    r.body.reserve(size + 16);
    r.body += "{\"messages\":[";
    for (qsizetype i = 0; i < written.size(); ++i) {
        if (i > 0)
            r.body += ',';
        r.body += written.at(i);
    }
    r.body += "]}";
    return r;
}

HttpResponse PlatformApi::messagesByBody(const HttpRequest &request, const User &user)
{
    QJsonObject body;
    HttpResponse error;
    if (!jsonBody(request, &body, &error))
        return error;
    const QString id = body.value(u"conversationId"_s).toString();
    if (id.isEmpty())
        return HttpResponse::apiError(
            400, u"invalid_request"_s, u"conversationId is required"_s, u"conversationId"_s);
    return messages(id, user);
}

HttpResponse PlatformApi::file(const HttpRequest &request)
{
    const QString key = request.params.value(u"key"_s);
    const std::optional<Upload> upload = m_context.store.uploadByKey(key);
    if (!upload || request.queryValue(u"signature"_s) != m_context.signatureFor(key))
        return HttpResponse::apiError(404, u"not_found"_s, u"No such file"_s);
    QFile f(QDir(m_context.uploadsDir).filePath(upload->file));
    if (!f.open(QIODevice::ReadOnly))
        return HttpResponse::apiError(404, u"not_found"_s, u"The file is gone"_s);
    HttpResponse r;
    r.contentType = upload->type.toUtf8();
    r.body = f.readAll();
    return r;
}

} // namespace Outpost::Sandbox

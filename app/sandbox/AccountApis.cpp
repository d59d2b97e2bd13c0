// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/AccountApis.h"

#include "sandbox/ProviderSeed.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/gmail/GmailApi.h"
#include "sandbox/gmail/GmailJson.h"
#include "sandbox/graph/GraphApi.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;
using Access = SandboxRouter::Access;

namespace {
const QString gmailScope = u"https://www.googleapis.com/auth/"_s;

// Google's answer to a token without the method's scope.
HttpResponse gmailInsufficientScope()
{
    return GmailJson::error(403, u"Request had insufficient authentication scopes."_s,
        u"insufficientPermissions"_s, u"PERMISSION_DENIED"_s);
}
} // namespace

AccountApis::AccountApis(SandboxContext &context, GmailApi &gmail, GraphApi &graph)
    : m_context(context), m_gmail(gmail), m_graph(graph), m_tokens(context.store)
{
}

void AccountApis::addRoutes(SandboxRouter &router)
{
    router.add("GET", u"/gmail-api/gmail/v1/users/{userId}/profile"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return gmailProfile(r); });
    router.add("GET", u"/gmail-api/gmail/v1/users/{userId}/settings/sendAs"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return gmailSendAs(r); });
    router.add("GET", u"/graph/v1.0/me"_s, Access::Public,
        [this](const HttpRequest &r, const User &) { return graphMe(r); });
}

QList<AccountApis::Alias> AccountApis::gmailAliases(const QString &mailbox)
{
    if (mailbox.compare(ProviderSeed::gmailAddress, Qt::CaseInsensitive) != 0)
        return {};
    return {{ProviderSeed::gmailVerifiedAlias.toString(), u"accepted"_s},
        {ProviderSeed::gmailPendingAlias.toString(), u"pending"_s}};
}

bool AccountApis::gmailSendsAs(const QString &mailbox, const QString &from)
{
    if (from.compare(mailbox, Qt::CaseInsensitive) == 0)
        return true;
    for (const Alias &alias : gmailAliases(mailbox)) {
        if (alias.verificationStatus == u"accepted"
            && alias.address.compare(from, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpResponse AccountApis::gmailProfile(const HttpRequest &request)
{
    HttpResponse error;
    const auto account = m_gmail.authenticate(request, &error);
    if (!account)
        return error;
    if (!m_tokens.grants(account->token,
            {u"https://mail.google.com/"_s, gmailScope + u"gmail.modify"_s,
                gmailScope + u"gmail.compose"_s, gmailScope + u"gmail.readonly"_s,
                gmailScope + u"gmail.metadata"_s}))
        return gmailInsufficientScope();
    const QList<GmailMessage> messages
        = ProviderStore(m_context.store).gmailMessages(account->address);
    QSet<QString> threads;
    for (const GmailMessage &m : messages)
        threads.insert(m.threadId);
    const qint64 history = messages.isEmpty() ? 1 : messages.first().historyId;
    return HttpResponse::json(200,
        QJsonObject {{u"emailAddress"_s, account->address}, {u"messagesTotal"_s, messages.size()},
            {u"threadsTotal"_s, threads.size()}, {u"historyId"_s, QString::number(history)}});
}

HttpResponse AccountApis::gmailSendAs(const HttpRequest &request)
{
    HttpResponse error;
    const auto account = m_gmail.authenticate(request, &error);
    if (!account)
        return error;
    if (!m_tokens.grants(account->token,
            {gmailScope + u"gmail.settings.basic"_s, u"https://mail.google.com/"_s,
                gmailScope + u"gmail.modify"_s, gmailScope + u"gmail.readonly"_s}))
        return gmailInsufficientScope();
    // The primary address carries no verificationStatus: "This setting only applies to custom
    // 'from' aliases" (the SendAs resource's page).
    QJsonArray list {QJsonObject {{u"sendAsEmail"_s, account->address}, {u"displayName"_s, u""_s},
        {u"replyToAddress"_s, u""_s}, {u"signature"_s, u""_s}, {u"isPrimary"_s, true},
        {u"isDefault"_s, true}}};
    for (const Alias &alias : gmailAliases(account->address))
        list.append(QJsonObject {{u"sendAsEmail"_s, alias.address}, {u"displayName"_s, u""_s},
            {u"replyToAddress"_s, u""_s}, {u"signature"_s, u""_s}, {u"isPrimary"_s, false},
            {u"isDefault"_s, false}, {u"treatAsAlias"_s, true},
            {u"verificationStatus"_s, alias.verificationStatus}});
    return HttpResponse::json(200, QJsonObject {{u"sendAs"_s, list}});
}

HttpResponse AccountApis::graphMe(const HttpRequest &request)
{
    HttpResponse error;
    const auto account = m_graph.authenticate(request, &error);
    if (!account)
        return error;
    if (!m_tokens.grants(account->token,
            {u"User.Read"_s, u"User.ReadWrite"_s, u"User.ReadBasic.All"_s, u"User.Read.All"_s,
                u"User.ReadWrite.All"_s, u"Directory.Read.All"_s}))
        return m_graph.fail(403, u"Authorization_RequestDenied"_s,
            u"Insufficient privileges to complete the operation."_s);
    const QString id = QString::fromLatin1(
        QCryptographicHash::hash(account->address.toLower().toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(32));
    const QJsonObject all {{u"id"_s, id}, {u"displayName"_s, account->address.section(u'@', 0, 0)},
        {u"mail"_s, account->address}, {u"userPrincipalName"_s, account->address}};
    const QString select = request.queryValue(u"$select"_s);
    QJsonObject answer {
        {u"@odata.context"_s, u"https://graph.microsoft.com/v1.0/$metadata#users/$entity"_s}};
    if (select.isEmpty()) {
        for (auto it = all.begin(); it != all.end(); ++it)
            answer.insert(it.key(), it.value());
        return HttpResponse::json(200, answer);
    }
    for (const QString &name : select.split(u',', Qt::SkipEmptyParts)) {
        const QString property = name.trimmed();
        if (!all.contains(property))
            return m_graph.fail(400, u"Request_BadRequest"_s,
                u"Could not find a property named '%1' on type 'microsoft.graph.user'."_s.arg(
                    property));
        answer.insert(property, all.value(property));
    }
    return HttpResponse::json(200, answer);
}

} // namespace Outpost::Sandbox

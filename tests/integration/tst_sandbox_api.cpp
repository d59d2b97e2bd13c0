// SPDX-License-Identifier: GPL-3.0-or-later
// The read side of api/CONTRACT.md as the sandbox serves it: mailboxes and connecting one,
// contacts, conversations and their messages. Real HTTP on 127.0.0.1.
#include "tests/support/SandboxTestClient.h"

#include "sandbox/SandboxSeed.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Outpost::Sandbox;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;

class TestSandboxApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void accountsAreActiveMailboxesNewestFirst();
    void connectingAMailboxAddsAFreshAddress();
    void authorizeRejectsUnknownProvider();
    void contactsSearchIsCaseInsensitive_data();
    void contactsSearchIsCaseInsensitive();
    void contactsArePaged();
    void conversationsAreNewestFirstWithContractFields();
    void conversationsFilterByContact();
    void conversationById();
    void conversationOfAnotherUserIs404();
    void messagesAreOldestFirstOnBothRoutes();
    void messagesCarryHtmlAndLongThreads();
    void messagesOfUnknownConversationAre404();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxApi::init()
{
    m_server = startSandbox();
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(m_server->url(), m_server->demoToken());
}

void TestSandboxApi::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxApi::accountsAreActiveMailboxesNewestFirst()
{
    const TestReply r = m_client->get(u"/api/email/accounts"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray accounts = r.json().value(u"accounts"_s).toArray();
    QCOMPARE(valuesOf(accounts, u"_id"_s),
        QStringList({Seed::opsOutlookMailboxId.toString(), Seed::supportOutlookMailboxId.toString(),
            Seed::danaGmailMailboxId.toString(), Seed::opsGmailMailboxId.toString()}));
    QCOMPARE(valuesOf(accounts, u"emailAddress"_s),
        QStringList({u"ops@acme.example"_s, u"support@acme.example"_s, u"dana@acme.example"_s,
            u"ops@acme.example"_s}));
    QCOMPARE(valuesOf(accounts, u"provider"_s),
        QStringList({u"outlook"_s, u"outlook"_s, u"gmail"_s, u"gmail"_s}));
    const QJsonObject first = accounts.first().toObject();
    QCOMPARE(keysOf(first),
        sorted({u"_id"_s, u"provider"_s, u"emailAddress"_s, u"isActive"_s, u"displayName"_s,
            u"createdAt"_s}));
    QCOMPARE(first.value(u"isActive"_s).toBool(), true);
    QCOMPARE(first.value(u"createdAt"_s).toString(), u"2026-01-10T08:00:00.000Z"_s);
    QVERIFY(!valuesOf(accounts, u"emailAddress"_s).contains(u"old@acme.example"_s));

    SandboxTestClient other(m_server->url());
    const QJsonObject login = other
                                  .post(u"/api/auth/login"_s,
                                      {{u"email"_s, Seed::otherEmail.toString()},
                                          {u"password"_s, Seed::otherPassword.toString()}})
                                  .json();
    other.setToken(login.value(u"token"_s).toString());
    const QJsonArray theirs
        = other.get(u"/api/email/accounts"_s).json().value(u"accounts"_s).toArray();
    QCOMPARE(
        valuesOf(theirs, u"emailAddress"_s), QStringList({Seed::otherMailboxAddress.toString()}));
}

void TestSandboxApi::connectingAMailboxAddsAFreshAddress()
{
    const TestReply authorize = m_client->get(u"/api/email/oauth/authorize?provider=gmail"_s);
    QCOMPARE(authorize.status, 200);
    const QUrl authUrl(authorize.json().value(u"authUrl"_s).toString());
    QCOMPARE(authUrl.host(), u"127.0.0.1"_s);
    QCOMPARE(authUrl.path(), u"/sandbox/connect"_s);
    QCOMPARE(QUrlQuery(authUrl).queryItemValue(u"provider"_s), u"gmail"_s);

    SandboxTestClient browser(m_server->url()); // the system browser carries no token
    const TestReply page
        = browser.get(authUrl.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("Mailbox connected"));
    QVERIFY(page.body.contains("new1@acme.example"));

    QJsonArray accounts
        = m_client->get(u"/api/email/accounts"_s).json().value(u"accounts"_s).toArray();
    QCOMPARE(accounts.size(), 5);
    QCOMPARE(
        accounts.first().toObject().value(u"emailAddress"_s).toString(), u"new1@acme.example"_s);
    QCOMPARE(accounts.first().toObject().value(u"provider"_s).toString(), u"gmail"_s);

    // The link is single-use; a second flow connects another fresh address.
    const TestReply reused
        = browser.get(authUrl.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    QCOMPARE(reused.status, 400);
    const QUrl second(m_client->get(u"/api/email/oauth/authorize?provider=outlook"_s)
                          .json()
                          .value(u"authUrl"_s)
                          .toString());
    QCOMPARE(browser.get(second.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority)).status, 200);
    accounts = m_client->get(u"/api/email/accounts"_s).json().value(u"accounts"_s).toArray();
    QCOMPARE(accounts.size(), 6);
    QCOMPARE(
        accounts.first().toObject().value(u"emailAddress"_s).toString(), u"new2@acme.example"_s);
    QCOMPARE(accounts.first().toObject().value(u"provider"_s).toString(), u"outlook"_s);
}

void TestSandboxApi::authorizeRejectsUnknownProvider()
{
    for (const QString &query : {u"?provider=yahoo"_s, QString()}) {
        const TestReply r = m_client->get(u"/api/email/oauth/authorize"_s + query);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error().value(u"code"_s).toString(), u"invalid_request"_s);
        QCOMPARE(r.error().value(u"field"_s).toString(), u"provider"_s);
        QCOMPARE(r.error().value(u"message"_s).toString(), u"provider must be gmail or outlook"_s);
    }
}

void TestSandboxApi::contactsSearchIsCaseInsensitive_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("emails");
    QTest::newRow("first name, upper case")
        << u"JAMIE"_s << QStringList {u"jamie.lee@example.com"_s};
    QTest::newRow("last name") << u"raman"_s << QStringList {u"priya.raman@example.org"_s};
    QTest::newRow("full name") << u"jamie lee"_s << QStringList {u"jamie.lee@example.com"_s};
    QTest::newRow("apostrophe") << u"o'brien"_s << QStringList {u"sean.obrien@example.net"_s};
    QTest::newRow("non-ASCII") << u"PÉREZ"_s << QStringList {u"jose.perez@example.es"_s};
    QTest::newRow("non-ASCII lower") << u"øberg"_s << QStringList {u"lars.oberg@example.se"_s};
    QTest::newRow("email domain") << u"EXAMPLE.ORG"_s << QStringList {u"priya.raman@example.org"_s};
    QTest::newRow("other organisation") << u"pat"_s << QStringList {};
    QTest::newRow("nothing") << u"zzz"_s << QStringList {};
}

void TestSandboxApi::contactsSearchIsCaseInsensitive()
{
    QFETCH(QString, search);
    QFETCH(QStringList, emails);
    QUrlQuery query {{u"page"_s, u"1"_s}, {u"size"_s, u"10"_s}, {u"search"_s, search}};
    const TestReply r = m_client->get(u"/api/contacts?"_s + query.toString(QUrl::FullyEncoded));
    QCOMPARE(r.status, 200);
    const QJsonArray data = r.json().value(u"data"_s).toArray();
    QCOMPARE(valuesOf(data, u"email"_s), emails);
    for (const QJsonValue &v : data)
        QCOMPARE(
            keysOf(v.toObject()), sorted({u"_id"_s, u"firstName"_s, u"lastName"_s, u"email"_s}));
}

void TestSandboxApi::contactsArePaged()
{
    const QJsonObject all = m_client->get(u"/api/contacts?size=100"_s).json();
    QCOMPARE(all.value(u"total"_s).toInt(), 8);
    const QStringList everyone = valuesOf(all.value(u"data"_s).toArray(), u"_id"_s);
    QCOMPARE(everyone.size(), 8);
    QStringList paged;
    for (int page = 1; page <= 3; ++page) {
        const QJsonArray data = m_client->get(u"/api/contacts?size=3&page=%1"_s.arg(page))
                                    .json()
                                    .value(u"data"_s)
                                    .toArray();
        QCOMPARE(data.size(), page < 3 ? 3 : 2);
        paged += valuesOf(data, u"_id"_s);
    }
    QCOMPARE(paged, everyone);
    QCOMPARE(
        m_client->get(u"/api/contacts?page=4&size=3"_s).json().value(u"data"_s).toArray().size(),
        0);
    const TestReply bad = m_client->get(u"/api/contacts?page=0"_s);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.error().value(u"field"_s).toString(), u"page"_s);
}

void TestSandboxApi::conversationsAreNewestFirstWithContractFields()
{
    const TestReply r
        = m_client->post(u"/api/conversation/all"_s, {{u"channelType"_s, u"email"_s}});
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.json().value(u"conversations"_s).toArray();
    QCOMPARE(valuesOf(list, u"_id"_s),
        QStringList({Seed::weeklyReportConversationId.toString(),
            Seed::invoiceConversationId.toString(), Seed::lunchConversationId.toString(),
            Seed::contractRenewalConversationId.toString(),
            Seed::rolloutConversationId.toString()}));
    const QJsonObject weekly = list.first().toObject();
    QCOMPARE(keysOf(weekly),
        sorted({u"_id"_s, u"contactId"_s, u"channelType"_s, u"channelIdentifier"_s, u"subject"_s,
            u"provider"_s, u"emailAccountId"_s, u"participants"_s, u"lastMessageTime"_s,
            u"messageCount"_s, u"isResolved"_s}));
    QCOMPARE(weekly.value(u"contactId"_s).toString(), Seed::jamieContactId.toString());
    QCOMPARE(weekly.value(u"channelType"_s).toString(), u"email"_s);
    QCOMPARE(
        weekly.value(u"channelIdentifier"_s).toString(), Seed::weeklyReportThreadId.toString());
    QCOMPARE(weekly.value(u"subject"_s).toString(), u"Weekly report"_s);
    QCOMPARE(weekly.value(u"provider"_s).toString(), u"gmail"_s);
    QCOMPARE(weekly.value(u"emailAccountId"_s).toString(), Seed::opsGmailMailboxId.toString());
    QCOMPARE(weekly.value(u"participants"_s).toArray(),
        QJsonArray({u"ops@acme.example"_s, u"jamie.lee@example.com"_s}));
    QCOMPARE(weekly.value(u"lastMessageTime"_s).toString(), u"2026-05-18T12:34:56.000Z"_s);
    QCOMPARE(weekly.value(u"messageCount"_s).toInt(), 3);
    QCOMPARE(weekly.value(u"isResolved"_s).toBool(), false);
    const QJsonObject invoice = list.at(1).toObject();
    QCOMPARE(invoice.value(u"provider"_s).toString(), u"outlook"_s);
    QCOMPARE(invoice.value(u"emailAccountId"_s).toString(), Seed::opsOutlookMailboxId.toString());
    QVERIFY(invoice.value(u"channelIdentifier"_s).toString().startsWith(u"AAQk"_s));
    QCOMPARE(list.at(4).toObject().value(u"messageCount"_s).toInt(), Seed::rolloutMessageCount);
    // Other channels hold nothing here.
    QCOMPARE(m_client->post(u"/api/conversation/all"_s, {{u"channelType"_s, u"sms"_s}})
                 .json()
                 .value(u"conversations"_s)
                 .toArray()
                 .size(),
        0);
}

void TestSandboxApi::conversationsFilterByContact()
{
    const TestReply r = m_client->post(u"/api/conversation/all"_s,
        {{u"contactId"_s, Seed::jamieContactId.toString()}, {u"channelType"_s, u"email"_s}});
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.json().value(u"conversations"_s).toArray();
    QCOMPARE(valuesOf(list, u"subject"_s),
        QStringList({u"Weekly report"_s, u"Lunch on Friday?"_s, u"Contract renewal"_s}));
    QCOMPARE(m_client->post(u"/api/conversation/all"_s, {{u"contactId"_s, u"nobody"_s}})
                 .json()
                 .value(u"conversations"_s)
                 .toArray()
                 .size(),
        0);
}

void TestSandboxApi::conversationById()
{
    const TestReply r
        = m_client->get(u"/api/conversation/"_s + Seed::lunchConversationId.toString());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"_id"_s).toString(), Seed::lunchConversationId.toString());
    QCOMPARE(r.json().value(u"channelIdentifier"_s).toString(), Seed::lunchThreadId.toString());
    QCOMPARE(r.json().value(u"messageCount"_s).toInt(), 2);
    const TestReply unknown = m_client->get(u"/api/conversation/665f00000000000000000000"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.error().value(u"code"_s).toString(), u"not_found"_s);
    QCOMPARE(unknown.error().value(u"message"_s).toString(),
        u"No conversation with id “665f00000000000000000000”"_s);
}

void TestSandboxApi::conversationOfAnotherUserIs404()
{
    const TestReply r
        = m_client->get(u"/api/conversation/"_s + Seed::otherConversationId.toString());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.error().value(u"code"_s).toString(), u"not_found"_s);
}

void TestSandboxApi::messagesAreOldestFirstOnBothRoutes()
{
    const QString id = Seed::weeklyReportConversationId.toString();
    const TestReply get = m_client->get(u"/api/conversation/%1/messages"_s.arg(id));
    QCOMPARE(get.status, 200);
    const TestReply post
        = m_client->post(u"/api/conversation/messages"_s, {{u"conversationId"_s, id}});
    QCOMPARE(post.status, 200);
    QCOMPARE(post.body, get.body);

    const QJsonArray messages = get.json().value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 3);
    QStringList times = valuesOf(messages, u"createdAt"_s);
    QCOMPARE(times, sorted(times));
    const QJsonObject first = messages.at(0).toObject();
    QCOMPARE(keysOf(first),
        sorted({u"_id"_s, u"organizationId"_s, u"conversationId"_s, u"contactId"_s, u"userId"_s,
            u"channelType"_s, u"isIncoming"_s, u"isInternal"_s, u"status"_s, u"body"_s,
            u"attachments"_s, u"createdAt"_s, u"updatedAt"_s, u"emailMetadata"_s}));
    QCOMPARE(first.value(u"organizationId"_s).toString(), Seed::demoOrgId.toString());
    QCOMPARE(first.value(u"userId"_s).toString(), Seed::demoUserId.toString());
    QCOMPARE(first.value(u"isIncoming"_s).toBool(), false);
    const QJsonObject meta1 = first.value(u"emailMetadata"_s).toObject();
    QCOMPARE(keysOf(meta1),
        sorted({u"threadId"_s, u"messageId"_s, u"inReplyTo"_s, u"references"_s, u"from"_s, u"to"_s,
            u"cc"_s, u"subject"_s, u"isHtml"_s}));
    QCOMPARE(meta1.value(u"threadId"_s).toString(), Seed::weeklyReportThreadId.toString());
    QCOMPARE(meta1.value(u"subject"_s).toString(), u"Weekly report"_s);
    QVERIFY(meta1.value(u"inReplyTo"_s).isNull());
    QVERIFY(QRegularExpression(u"^<[0-9a-f-]{36}@acme\\.example>$"_s)
                .match(meta1.value(u"messageId"_s).toString())
                .hasMatch());

    const QJsonObject second = messages.at(1).toObject();
    QCOMPARE(second.value(u"isIncoming"_s).toBool(), true);
    const QJsonObject meta2 = second.value(u"emailMetadata"_s).toObject();
    QCOMPARE(meta2.value(u"inReplyTo"_s), meta1.value(u"messageId"_s));
    QCOMPARE(meta2.value(u"references"_s), meta1.value(u"messageId"_s));
    QCOMPARE(meta2.value(u"subject"_s).toString(), u"Re: Weekly report"_s);
    QVERIFY(meta2.value(u"from"_s).toString().contains(u"jamie.lee@example.com"_s));

    const QJsonObject note = messages.at(2).toObject();
    QCOMPARE(note.value(u"isInternal"_s).toBool(), true);
    QVERIFY(!note.contains(u"emailMetadata"_s));
    QCOMPARE(note.value(u"createdAt"_s).toString(), u"2026-05-18T12:34:56.000Z"_s);
}

void TestSandboxApi::messagesCarryHtmlAndLongThreads()
{
    const QJsonArray renewal
        = m_client->get(u"/api/conversation/%1/messages"_s.arg(Seed::contractRenewalConversationId))
              .json()
              .value(u"messages"_s)
              .toArray();
    QCOMPARE(renewal.size(), 2);
    const QJsonObject html = renewal.at(1).toObject();
    QCOMPARE(html.value(u"emailMetadata"_s).toObject().value(u"isHtml"_s).toBool(), true);
    QVERIFY(html.value(u"body"_s).toString().contains(
        u"<img src=\"https://images.example.com/logo.png\""_s));
    QVERIFY(html.value(u"body"_s).toString().contains(u"<a href=\"https://"_s));
    const QJsonArray attachments = renewal.at(0).toObject().value(u"attachments"_s).toArray();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(keysOf(attachments.first().toObject()),
        sorted({u"url"_s, u"filename"_s, u"contentType"_s, u"size"_s}));

    const QJsonArray rollout
        = m_client->get(u"/api/conversation/%1/messages"_s.arg(Seed::rolloutConversationId))
              .json()
              .value(u"messages"_s)
              .toArray();
    QCOMPARE(rollout.size(), Seed::rolloutMessageCount);
    // The References chain grows by one Message-ID per message.
    const QJsonObject last = rollout.last().toObject().value(u"emailMetadata"_s).toObject();
    QCOMPARE(
        last.value(u"references"_s).toString().split(u' ').size(), Seed::rolloutMessageCount - 1);
}

void TestSandboxApi::messagesOfUnknownConversationAre404()
{
    const TestReply other
        = m_client->get(u"/api/conversation/%1/messages"_s.arg(Seed::otherConversationId));
    QCOMPARE(other.status, 404);
    QCOMPARE(other.error().value(u"code"_s).toString(), u"not_found"_s);
    const TestReply byBody
        = m_client->post(u"/api/conversation/messages"_s, {{u"conversationId"_s, u"nope"_s}});
    QCOMPARE(byBody.status, 404);
    const TestReply missing = m_client->post(u"/api/conversation/messages"_s, QJsonObject());
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.error().value(u"field"_s).toString(), u"conversationId"_s);
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"

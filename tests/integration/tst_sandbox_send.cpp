// SPDX-License-Identifier: GPL-3.0-or-later
// POST /api/email/messages/send on the sandbox, new threads: required fields, addresses, the
// sending mailbox and provider, isInternal, subject and isHtml. Real HTTP on 127.0.0.1.
#include "tests/support/SandboxTestClient.h"

#include "mail/AddressList.h"
#include "sandbox/SandboxSeed.h"

#include <QRegularExpression>
#include <QTest>

using namespace Outpost;
using namespace Outpost::Sandbox;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;

namespace {
const QJsonObject plainSend {{u"from"_s, u"dana@acme.example"_s},
    {u"to"_s, QJsonArray {u"jamie.lee@example.com"_s}}, {u"subject"_s, u"Quarterly plan"_s},
    {u"body"_s, u"Hi Jamie — the plan is attached."_s}};
} // namespace

class TestSandboxSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void newThreadStoresTheFullDocument();
    void newThreadFromOutlookGetsAnOutlookThreadId();
    void newThreadToUnknownAddressCreatesContact();
    void requiredFieldsAre400_data();
    void requiredFieldsAre400();
    void badRecipientsAre400_data();
    void badRecipientsAre400();
    void recipientsMayBeStringOrArray();
    void fromIsCaseInsensitive();
    void fromNotConnectedIs403_data();
    void fromNotConnectedIs403();
    void addressOnTwoProvidersUsesNewestWithoutProvider();
    void providerPicksTheConnection();
    void providerThatDoesNotMatchIs409();
    void unknownProviderIs400();
    void isInternalTrueIs400();
    void missingSubjectDefaults();
    void isHtmlIsStoredAndEchoed();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxSend::init()
{
    m_server = startSandbox();
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(m_server->url(), m_server->demoToken());
}

void TestSandboxSend::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxSend::newThreadStoresTheFullDocument()
{
    const TestReply r = m_client->send(plainSend);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(keysOf(o), QStringList({u"conversationId"_s, u"message"_s, u"threadId"_s}));
    const QString threadId = o.value(u"threadId"_s).toString();
    QVERIFY2(QRegularExpression(u"^gthread-[0-9a-f]{16}$"_s).match(threadId).hasMatch(),
        qPrintable(threadId));
    const QJsonObject m = o.value(u"message"_s).toObject();
    QCOMPARE(keysOf(m),
        QStringList({u"_id"_s, u"attachments"_s, u"body"_s, u"channelType"_s, u"contactId"_s,
            u"conversationId"_s, u"createdAt"_s, u"emailMetadata"_s, u"isIncoming"_s,
            u"isInternal"_s, u"organizationId"_s, u"status"_s, u"updatedAt"_s, u"userId"_s}));
    QCOMPARE(m.value(u"organizationId"_s).toString(), Seed::demoOrgId.toString());
    QCOMPARE(m.value(u"conversationId"_s), o.value(u"conversationId"_s));
    QCOMPARE(m.value(u"contactId"_s).toString(), Seed::jamieContactId.toString());
    QCOMPARE(m.value(u"userId"_s).toString(), Seed::demoUserId.toString());
    QCOMPARE(m.value(u"channelType"_s).toString(), u"email"_s);
    QCOMPARE(m.value(u"isIncoming"_s).toBool(), false);
    QCOMPARE(m.value(u"isInternal"_s).toBool(), false);
    QCOMPARE(m.value(u"status"_s).toString(), u"delivered"_s);
    QCOMPARE(m.value(u"body"_s).toString(), u"Hi Jamie — the plan is attached."_s);
    QCOMPARE(m.value(u"attachments"_s).toArray(), QJsonArray());
    QCOMPARE(m.value(u"updatedAt"_s), m.value(u"createdAt"_s));
    const QJsonObject meta = m.value(u"emailMetadata"_s).toObject();
    QCOMPARE(meta.value(u"threadId"_s).toString(), threadId);
    QVERIFY(QRegularExpression(u"^<[0-9a-f]{8}-[0-9a-f-]{27}@acme\\.example>$"_s)
                .match(meta.value(u"messageId"_s).toString())
                .hasMatch());
    QVERIFY(meta.value(u"inReplyTo"_s).isNull());
    QVERIFY(meta.value(u"references"_s).isNull());
    QCOMPARE(meta.value(u"from"_s).toString(), u"Dana Demo <dana@acme.example>"_s);
    QCOMPARE(meta.value(u"to"_s).toArray(), QJsonArray({u"jamie.lee@example.com"_s}));
    QCOMPARE(meta.value(u"cc"_s).toArray(), QJsonArray());
    QCOMPARE(meta.value(u"subject"_s).toString(), u"Quarterly plan"_s);
    QCOMPARE(meta.value(u"isHtml"_s).toBool(), false);

    // The conversation exists with the new message, and lists it.
    const QString conversationId = o.value(u"conversationId"_s).toString();
    const QJsonObject conversation = m_client->get(u"/api/conversation/"_s + conversationId).json();
    QCOMPARE(conversation.value(u"channelIdentifier"_s).toString(), threadId);
    QCOMPARE(conversation.value(u"subject"_s).toString(), u"Quarterly plan"_s);
    QCOMPARE(conversation.value(u"provider"_s).toString(), u"gmail"_s);
    QCOMPARE(
        conversation.value(u"emailAccountId"_s).toString(), Seed::danaGmailMailboxId.toString());
    QCOMPARE(conversation.value(u"messageCount"_s).toInt(), 1);
    QCOMPARE(conversation.value(u"lastMessageTime"_s), m.value(u"createdAt"_s));
    const QJsonArray messages
        = m_client->get(u"/api/conversation/%1/messages"_s.arg(conversationId))
              .json()
              .value(u"messages"_s)
              .toArray();
    QCOMPARE(messages, QJsonArray({m}));
    // And Jamie's thread list starts with it.
    const QJsonArray jamie = m_client
                                 ->post(u"/api/conversation/all"_s,
                                     {{u"contactId"_s, Seed::jamieContactId.toString()}})
                                 .json()
                                 .value(u"conversations"_s)
                                 .toArray();
    QCOMPARE(jamie.size(), 4);
    QCOMPARE(jamie.first().toObject().value(u"_id"_s).toString(), conversationId);
}

void TestSandboxSend::newThreadFromOutlookGetsAnOutlookThreadId()
{
    const TestReply r
        = m_client->send(withFields(plainSend, {{u"from"_s, u"support@acme.example"_s}}));
    QCOMPARE(r.status, 200);
    const QString threadId = r.json().value(u"threadId"_s).toString();
    QVERIFY2(QRegularExpression(u"^AAQk[A-Za-z0-9_-]{40,}$"_s).match(threadId).hasMatch(),
        qPrintable(threadId));
    const QJsonObject conversation
        = m_client->get(u"/api/conversation/"_s + r.json().value(u"conversationId"_s).toString())
              .json();
    QCOMPARE(conversation.value(u"provider"_s).toString(), u"outlook"_s);
    QCOMPARE(conversation.value(u"emailAccountId"_s).toString(),
        Seed::supportOutlookMailboxId.toString());
}

void TestSandboxSend::newThreadToUnknownAddressCreatesContact()
{
    const TestReply r = m_client->send(withFields(plainSend,
        {{u"to"_s,
            QJsonArray {
                u"\"Lee, Morgan\" <morgan.lee@example.com>"_s, u"jamie.lee@example.com"_s}}}));
    QCOMPARE(r.status, 200);
    const QJsonArray found
        = m_client->get(u"/api/contacts?search=morgan"_s).json().value(u"data"_s).toArray();
    QCOMPARE(found.size(), 1);
    const QJsonObject contact = found.first().toObject();
    QCOMPARE(contact.value(u"firstName"_s).toString(), u"Morgan"_s);
    QCOMPARE(contact.value(u"lastName"_s).toString(), u"Lee"_s);
    QCOMPARE(contact.value(u"email"_s).toString(), u"morgan.lee@example.com"_s);
    QCOMPARE(
        r.json().value(u"message"_s).toObject().value(u"contactId"_s), contact.value(u"_id"_s));
    const QJsonObject conversation
        = m_client->get(u"/api/conversation/"_s + r.json().value(u"conversationId"_s).toString())
              .json();
    QCOMPARE(conversation.value(u"contactId"_s), contact.value(u"_id"_s));
    QCOMPARE(conversation.value(u"participants"_s).toArray(),
        QJsonArray(
            {u"dana@acme.example"_s, u"morgan.lee@example.com"_s, u"jamie.lee@example.com"_s}));
}

void TestSandboxSend::requiredFieldsAre400_data()
{
    QTest::addColumn<QJsonObject>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QJsonObject remove; // with `field`: the field is left out
    QTest::newRow("no from") << remove << u"from"_s
                             << u"from is required: the address of a connected mailbox"_s;
    QTest::newRow("empty from") << QJsonObject {{u"from"_s, u" "_s}} << u"from"_s
                                << u"from is required: the address of a connected mailbox"_s;
    QTest::newRow("from not a string")
        << QJsonObject {{u"from"_s, 7}} << u"from"_s << u"from must be a string"_s;
    QTest::newRow("no to") << remove << u"to"_s
                           << u"to is required: a recipient address or a list of them"_s;
    QTest::newRow("empty to") << QJsonObject {{u"to"_s, QJsonArray()}} << u"to"_s
                              << u"to needs at least one recipient"_s;
    QTest::newRow("to a number") << QJsonObject {{u"to"_s, 42}} << u"to"_s
                                 << u"to must be a string or an array of strings"_s;
    QTest::newRow("to with a number") << QJsonObject {{u"to"_s, QJsonArray {1}}} << u"to"_s
                                      << u"to must list addresses as strings"_s;
    QTest::newRow("no body") << remove << u"body"_s << u"body is required"_s;
    QTest::newRow("empty body") << QJsonObject {{u"body"_s, u""_s}} << u"body"_s
                                << u"body is required"_s;
    QTest::newRow("subject not a string")
        << QJsonObject {{u"subject"_s, true}} << u"subject"_s << u"subject must be a string"_s;
    QTest::newRow("isHtml not a bool") << QJsonObject {{u"isHtml"_s, u"yes"_s}} << u"isHtml"_s
                                       << u"isHtml must be true or false"_s;
}

void TestSandboxSend::requiredFieldsAre400()
{
    QFETCH(QJsonObject, change);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const QJsonObject request
        = change.isEmpty() ? without(plainSend, field) : withFields(plainSend, change);
    const TestReply r = m_client->send(request);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json(),
        QJsonObject({{u"error"_s,
            QJsonObject {{u"code"_s, u"invalid_request"_s}, {u"message"_s, message},
                {u"field"_s, field}}}}));
    QCOMPARE(m_client->allMessages().size(), 72); // nothing stored
}

void TestSandboxSend::badRecipientsAre400_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("bad");
    QTest::newRow("to: no domain") << u"to"_s << QJsonValue(u"jamie@"_s) << u"jamie@"_s;
    QTest::newRow("to: second entry")
        << u"to"_s << QJsonValue(QJsonArray {u"jamie.lee@example.com"_s, u"not an address"_s})
        << u"not an address"_s;
    QTest::newRow("to: two in one string")
        << u"to"_s << QJsonValue(u"a@example.com, b@example.com"_s)
        << u"a@example.com, b@example.com"_s;
    QTest::newRow("to: unclosed quote")
        << u"to"_s << QJsonValue(u"\"Jamie <jamie.lee@example.com>"_s)
        << u"\"Jamie <jamie.lee@example.com>"_s;
    QTest::newRow("to: empty entry") << u"to"_s << QJsonValue(QJsonArray {u""_s}) << u""_s;
    QTest::newRow("cc: no dot") << u"cc"_s << QJsonValue(u"a@b"_s) << u"a@b"_s;
    QTest::newRow("bcc in array") << u"bcc"_s << QJsonValue(QJsonArray {u"x@@example.com"_s})
                                  << u"x@@example.com"_s;
    QTest::newRow("from") << u"from"_s << QJsonValue(u"dana@"_s) << u"dana@"_s;
}

void TestSandboxSend::badRecipientsAre400()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, bad);
    const TestReply r = m_client->send(withFields(plainSend, {{field, value}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error().value(u"code"_s).toString(), u"invalid_request"_s);
    QCOMPARE(r.error().value(u"field"_s).toString(), field);
    // The message names the field, the entry and the reason the address book would give.
    const AddressParse parsed = AddressList::parseOne(bad);
    QVERIFY(!parsed.ok());
    QCOMPARE(r.error().value(u"message"_s).toString(),
        u"%1: “%2” is not a valid address: %3"_s.arg(field, bad, parsed.problems.first().reason));
}

void TestSandboxSend::recipientsMayBeStringOrArray()
{
    const QString jamie = u"\"Lee, Jamie\" <jamie.lee@example.com>"_s;
    const TestReply r = m_client->send(withFields(plainSend,
        {{u"to"_s, jamie}, {u"cc"_s, u"priya.raman@example.org"_s},
            {u"bcc"_s,
                QJsonArray {u"José Pérez <jose.perez@example.es>"_s, u"mei.chen@example.com"_s}}}));
    QCOMPARE(r.status, 200);
    const QJsonObject meta
        = r.json().value(u"message"_s).toObject().value(u"emailMetadata"_s).toObject();
    QCOMPARE(meta.value(u"to"_s).toArray(),
        QJsonArray({AddressList::parseOne(jamie).addresses.first().toString()}));
    QCOMPARE(meta.value(u"cc"_s).toArray(), QJsonArray({u"priya.raman@example.org"_s}));
    QCOMPARE(meta.value(u"bcc"_s).toArray().size(), 2);
    QVERIFY(meta.value(u"to"_s).toArray().first().toString().contains(u"jamie.lee@example.com"_s));
}

void TestSandboxSend::fromIsCaseInsensitive()
{
    const TestReply r
        = m_client->send(withFields(plainSend, {{u"from"_s, u"DANA@Acme.Example"_s}}));
    QCOMPARE(r.status, 200);
    const QJsonObject meta
        = r.json().value(u"message"_s).toObject().value(u"emailMetadata"_s).toObject();
    QCOMPARE(meta.value(u"from"_s).toString(), u"Dana Demo <dana@acme.example>"_s);
}

void TestSandboxSend::fromNotConnectedIs403_data()
{
    QTest::addColumn<QString>("from");
    QTest::newRow("never connected") << u"stranger@acme.example"_s;
    QTest::newRow("inactive") << u"old@acme.example"_s;
    QTest::newRow("another user's") << Seed::otherMailboxAddress.toString();
}

void TestSandboxSend::fromNotConnectedIs403()
{
    QFETCH(QString, from);
    const TestReply r = m_client->send(withFields(plainSend, {{u"from"_s, from}}));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json(),
        QJsonObject({{u"error"_s,
            QJsonObject {{u"code"_s, u"forbidden"_s},
                {u"message"_s,
                    QString(from + u" is not an active mailbox connected to this account"_s)},
                {u"field"_s, u"from"_s}}}}));
    // With a provider too.
    QCOMPARE(m_client->send(withFields(plainSend, {{u"from"_s, from}, {u"provider"_s, u"gmail"_s}}))
                 .status,
        403);
}

void TestSandboxSend::addressOnTwoProvidersUsesNewestWithoutProvider()
{
    const TestReply r = m_client->send(withFields(plainSend, {{u"from"_s, u"ops@acme.example"_s}}));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(u"threadId"_s).toString().startsWith(u"AAQk"_s));
    const QJsonObject conversation
        = m_client->get(u"/api/conversation/"_s + r.json().value(u"conversationId"_s).toString())
              .json();
    QCOMPARE(conversation.value(u"provider"_s).toString(), u"outlook"_s);
    QCOMPARE(
        conversation.value(u"emailAccountId"_s).toString(), Seed::opsOutlookMailboxId.toString());
}

void TestSandboxSend::providerPicksTheConnection()
{
    const TestReply r = m_client->send(
        withFields(plainSend, {{u"from"_s, u"Ops@acme.example"_s}, {u"provider"_s, u"gmail"_s}}));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(u"threadId"_s).toString().startsWith(u"gthread-"_s));
    const QJsonObject conversation
        = m_client->get(u"/api/conversation/"_s + r.json().value(u"conversationId"_s).toString())
              .json();
    QCOMPARE(
        conversation.value(u"emailAccountId"_s).toString(), Seed::opsGmailMailboxId.toString());
    // A provider on an address connected once is fine when it matches.
    QCOMPARE(m_client->send(withFields(plainSend, {{u"provider"_s, u"gmail"_s}})).status, 200);
}

void TestSandboxSend::providerThatDoesNotMatchIs409()
{
    const TestReply r = m_client->send(withFields(plainSend, {{u"provider"_s, u"outlook"_s}}));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json(),
        QJsonObject({{u"error"_s,
            QJsonObject {{u"code"_s, u"provider_mismatch"_s},
                {u"message"_s,
                    u"dana@acme.example is not connected through outlook; "
                    u"it is connected through gmail"_s},
                {u"field"_s, u"provider"_s}}}}));
}

void TestSandboxSend::unknownProviderIs400()
{
    const TestReply r = m_client->send(withFields(plainSend, {{u"provider"_s, u"yahoo"_s}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error().value(u"field"_s).toString(), u"provider"_s);
    QCOMPARE(r.error().value(u"message"_s).toString(),
        u"provider must be gmail or outlook, not “yahoo”"_s);
    QCOMPARE(m_client->send(withFields(plainSend, {{u"provider"_s, 1}})).status, 400);
}

void TestSandboxSend::isInternalTrueIs400()
{
    const TestReply r = m_client->send(withFields(plainSend, {{u"isInternal"_s, true}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error().value(u"code"_s).toString(), u"invalid_request"_s);
    QCOMPARE(r.error().value(u"field"_s).toString(), u"isInternal"_s);
    QVERIFY(r.error()
                .value(u"message"_s)
                .toString()
                .startsWith(u"isInternal must be false or omitted"_s));
    QCOMPARE(m_client->allMessages().size(), 72);
    const TestReply ok = m_client->send(withFields(plainSend, {{u"isInternal"_s, false}}));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json().value(u"message"_s).toObject().value(u"isInternal"_s).toBool(), false);
}

void TestSandboxSend::missingSubjectDefaults()
{
    const TestReply fresh = m_client->send(without(plainSend, u"subject"_s));
    QCOMPARE(fresh.status, 200);
    QCOMPARE(fresh.json()
                 .value(u"message"_s)
                 .toObject()
                 .value(u"emailMetadata"_s)
                 .toObject()
                 .value(u"subject"_s)
                 .toString(),
        u"(no subject)"_s);
    QCOMPARE(
        m_client->get(u"/api/conversation/"_s + fresh.json().value(u"conversationId"_s).toString())
            .json()
            .value(u"subject"_s)
            .toString(),
        u"(no subject)"_s);

    const QJsonObject lunch
        = withFields(plainSend, {{u"threadId"_s, Seed::lunchThreadId.toString()}});
    for (const QJsonObject &request :
        {without(lunch, u"subject"_s), withFields(lunch, {{u"subject"_s, u""_s}})}) {
        const TestReply reply = m_client->send(request);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()
                     .value(u"message"_s)
                     .toObject()
                     .value(u"emailMetadata"_s)
                     .toObject()
                     .value(u"subject"_s)
                     .toString(),
            u"Lunch on Friday?"_s);
    }
}

void TestSandboxSend::isHtmlIsStoredAndEchoed()
{
    const QString html
        = u"<p>Hi Jamie,</p><p>See <a href=\"https://acme.example/plan\">the plan</a>.</p>"_s;
    const TestReply r
        = m_client->send(withFields(plainSend, {{u"isHtml"_s, true}, {u"body"_s, html}}));
    QCOMPARE(r.status, 200);
    const QJsonObject m = r.json().value(u"message"_s).toObject();
    QCOMPARE(m.value(u"emailMetadata"_s).toObject().value(u"isHtml"_s).toBool(), true);
    QCOMPARE(m.value(u"body"_s).toString(), html);
    const QJsonArray stored
        = m_client
              ->get(u"/api/conversation/%1/messages"_s.arg(m.value(u"conversationId"_s).toString()))
              .json()
              .value(u"messages"_s)
              .toArray();
    QCOMPARE(
        stored.first().toObject().value(u"emailMetadata"_s).toObject().value(u"isHtml"_s).toBool(),
        true);
}

QTEST_GUILESS_MAIN(TestSandboxSend)
#include "tst_sandbox_send.moc"

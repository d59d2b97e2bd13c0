// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's Microsoft Graph (direct mode) over real HTTP, reading: $filter (and the lambda
// filters Graph refuses), $orderby, $search with KQL (and what Graph refuses beside it), the
// query decoded as Graph decodes it ('+' a space), conversations, createReply, drafts and
// their deletion. Sending: tst_sandbox_graph.cpp.
#include "tests/integration/GraphTestSupport.h"

#include "sandbox/ProviderSeed.h"

#include <QJsonDocument>
#include <QTest>

using namespace Outpost;
using namespace Outpost::Sandbox;
using namespace Outpost::Sandbox::Testing;
using namespace Outpost::Sandbox::Testing::Graph;
using namespace Qt::StringLiterals;

class TestSandboxGraphQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void replyThroughCreateReplyKeepsTheConversation();
    void orderbyMustLeadTheFilter();
    void changedSubjectStartsANewConversation();
    void sentItemsLookupByInternetMessageId();
    void filterOnTheSenderAndPaging();
    void lambdaOnRecipientsIs400();
    void searchByParticipants();
    void searchRefusesOrderbyFilterAndBareValues();
    void plusInTheQueryIsASpace();
    void draftsAreListedUntilExcludedAndDeleteMovesThem();
    void unknownFilterPropertyIs400();

private:
    QJsonArray conversation(const QString &conversationId);
    TestReply search(const QString &kql, const QList<QPair<QString, QString>> &more = {});

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxGraphQuery::init()
{
    m_server = startSandbox();
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(
        m_server->url(), m_server->demoProviderToken(Provider::Outlook));
}

void TestSandboxGraphQuery::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QJsonArray TestSandboxGraphQuery::conversation(const QString &conversationId)
{
    return m_client
        ->get(query(
            me + u"/messages"_s, {{u"$filter"_s, u"conversationId eq '%1'"_s.arg(conversationId)}}))
        .json()
        .value(u"value"_s)
        .toArray();
}

TestReply TestSandboxGraphQuery::search(
    const QString &kql, const QList<QPair<QString, QString>> &more)
{
    QList<QPair<QString, QString>> options {{u"$search"_s, kql},
        {u"$select"_s, u"id,conversationId,subject,internetMessageId,isDraft"_s}};
    return m_client->get(query(me + u"/messages"_s, options + more));
}

void TestSandboxGraphQuery::replyThroughCreateReplyKeepsTheConversation()
{
    const QString conversationId = ProviderSeed::planningConversationId.toString();
    // The documented shape: the $orderby property leads the $filter.
    const TestReply latest = m_client->get(query(me + u"/messages"_s,
        {{u"$filter"_s,
             u"receivedDateTime ge 1900-01-01T00:00:00Z and conversationId eq '%1'"_s.arg(
                 conversationId)},
            {u"$orderby"_s, u"receivedDateTime desc"_s}, {u"$top"_s, u"1"_s},
            {u"$select"_s, u"id,conversationId,internetMessageId,subject"_s}}));
    QCOMPARE(latest.status, 200);
    const QJsonArray value = latest.json().value(u"value"_s).toArray();
    QCOMPARE(value.size(), 1);
    const QJsonObject newest = value.first().toObject();
    QCOMPARE(keysOf(newest),
        QStringList({u"conversationId"_s, u"id"_s, u"internetMessageId"_s, u"subject"_s}));
    QCOMPARE(newest.value(u"id"_s).toString(), ProviderSeed::planningLatestMessageId.toString());
    QCOMPARE(newest.value(u"internetMessageId"_s).toString(),
        ProviderSeed::planningLatestRfcId.toString());

    const TestReply reply = m_client->post(
        me + u"/messages/"_s + newest.value(u"id"_s).toString() + u"/createReply"_s,
        {{u"comment"_s, u"Looking forward to it."_s}});
    QCOMPARE(reply.status, 201);
    const QJsonObject draft = reply.json();
    QCOMPARE(draft.value(u"isDraft"_s).toBool(), true);
    QCOMPARE(draft.value(u"conversationId"_s).toString(), conversationId);
    QCOMPARE(draft.value(u"subject"_s).toString(), u"RE: Quarterly planning"_s);
    // The newest message was Dana's own: the reply goes to its recipients again.
    QCOMPARE(draft.value(u"toRecipients"_s).toArray().size(), 1);
    QCOMPARE(draft.value(u"toRecipients"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"emailAddress"_s)
                 .toObject()
                 .value(u"address"_s)
                 .toString(),
        jamie);
    QVERIFY(draft.value(u"body"_s)
                .toObject()
                .value(u"content"_s)
                .toString()
                .contains(u"Looking forward to it."_s));
    const QString draftId = draft.value(u"id"_s).toString();
    // The draft is in the conversation from the start, as Graph lists drafts too.
    QCOMPARE(conversation(conversationId).size(), 3);
    QCOMPARE(m_client->post(me + u"/messages/"_s + draftId + u"/send"_s, {}).status, 202);
    QTRY_COMPARE(conversation(conversationId).size(), 3); // the sent copy, a moment later
    const QJsonArray thread = conversation(conversationId);
    QCOMPARE(thread.first().toObject().value(u"subject"_s).toString(), u"RE: Quarterly planning"_s);
    QCOMPARE(m_client->providerMessages(u"outlook"_s)
                 .first()
                 .toObject()
                 .value(u"conversationId"_s)
                 .toString(),
        conversationId);
}

void TestSandboxGraphQuery::orderbyMustLeadTheFilter()
{
    const QString conversationId = ProviderSeed::planningConversationId.toString();
    const TestReply refused = m_client->get(query(me + u"/messages"_s,
        {{u"$filter"_s, u"conversationId eq '%1'"_s.arg(conversationId)},
            {u"$orderby"_s, u"receivedDateTime desc"_s}, {u"$top"_s, u"1"_s}}));
    QCOMPARE(refused.status, 400);
    QCOMPARE(code(refused), u"InefficientFilter"_s);
    QCOMPARE(refused.error().value(u"message"_s).toString(),
        u"The restriction or sort order is too complex for this operation."_s);
    // Without $orderby the same filter is fine.
    QCOMPARE(conversation(conversationId).size(), 2);
}

void TestSandboxGraphQuery::changedSubjectStartsANewConversation()
{
    const QString conversationId = ProviderSeed::planningConversationId.toString();
    const QString latest = ProviderSeed::planningLatestMessageId.toString();
    const QString draftId = m_client->post(me + u"/messages/"_s + latest + u"/createReply"_s, {})
                                .json()
                                .value(u"id"_s)
                                .toString();
    const auto patchSubject = [&](const QString &subject) {
        return m_client->custom("PATCH", me + u"/messages/"_s + draftId,
            QJsonDocument(QJsonObject {{u"subject"_s, subject}}).toJson(),
            {{"Content-Type", "application/json"}});
    };
    const TestReply renamed = patchSubject(u"Budget for Q3"_s);
    QCOMPARE(renamed.status, 200);
    const QString newConversation = renamed.json().value(u"conversationId"_s).toString();
    QVERIFY(!newConversation.isEmpty() && newConversation != conversationId);
    // Back to the conversation's topic ("Re:" prefixes aside): back in the conversation.
    QCOMPARE(patchSubject(u"Re: quarterly PLANNING"_s).json().value(u"conversationId"_s).toString(),
        conversationId);
    patchSubject(u"Budget for Q3"_s);
    QCOMPARE(m_client->post(me + u"/messages/"_s + draftId + u"/send"_s, {}).status, 202);
    const QJsonObject sent = m_client->providerMessages(u"outlook"_s).first().toObject();
    QVERIFY(sent.value(u"conversationId"_s).toString() != conversationId);
    QCOMPARE(conversation(conversationId).size(), 2);
}

void TestSandboxGraphQuery::sentItemsLookupByInternetMessageId()
{
    const TestReply found = m_client->get(query(me + u"/mailFolders/sentitems/messages"_s,
        {{u"$filter"_s,
             u"internetMessageId eq '%1'"_s.arg(ProviderSeed::planningLatestRfcId.toString())},
            {u"$select"_s, u"id,conversationId,internetMessageId"_s}}));
    QCOMPARE(found.status, 200);
    const QJsonArray value = found.json().value(u"value"_s).toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(keysOf(value.first().toObject()),
        QStringList({u"conversationId"_s, u"id"_s, u"internetMessageId"_s}));
    QCOMPARE(value.first().toObject().value(u"id"_s).toString(),
        ProviderSeed::planningLatestMessageId.toString());
    // Received mail is not in Sent Items.
    const TestReply inbox = m_client->get(query(me + u"/mailFolders/SentItems/messages"_s,
        {{u"$filter"_s, u"internetMessageId eq '<planning-1.sbx@outlook.example>'"_s}}));
    QCOMPARE(inbox.status, 200);
    QCOMPARE(inbox.json().value(u"value"_s).toArray().size(), 0);
}

void TestSandboxGraphQuery::filterOnTheSenderAndPaging()
{
    const auto ids = [this](const QString &filter, int top = 10) {
        return m_client->get(query(me + u"/messages"_s,
            {{u"$filter"_s, filter},
                {u"$select"_s,
                    u"id,conversationId,subject,receivedDateTime,from,toRecipients,"
                    u"internetMessageId"_s},
                {u"$top"_s, QString::number(top)}}));
    };
    const TestReply from = ids(u"from/emailAddress/address eq 'JAMIE.LEE@example.com'"_s);
    QCOMPARE(from.status, 200);
    QCOMPARE(valuesOf(from.json().value(u"value"_s).toArray(), u"internetMessageId"_s),
        QStringList({u"<planning-1.sbx@outlook.example>"_s}));
    QCOMPARE(keysOf(from.json().value(u"value"_s).toArray().first().toObject()),
        QStringList({u"conversationId"_s, u"from"_s, u"id"_s, u"internetMessageId"_s,
            u"receivedDateTime"_s, u"subject"_s, u"toRecipients"_s}));
    const QString either = u"from/emailAddress/address eq 'jamie.lee@example.com' or "
                           u"from/emailAddress/address eq 'priya.raman@example.org'"_s;
    const TestReply paged = ids(either, 1);
    QCOMPARE(paged.json().value(u"value"_s).toArray().size(), 1);
    const QString next = paged.json().value(u"@odata.nextLink"_s).toString();
    QVERIFY(next.startsWith(m_server->url().toString() + me + u"/messages?"_s));
    const TestReply second = m_client->get(next);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(u"value"_s).toArray().size(), 1);
}

void TestSandboxGraphQuery::lambdaOnRecipientsIs400()
{
    // What Graph answers (microsoft-graph-explorer-v4 issue 3957).
    for (const QString &filter :
        {u"toRecipients/any(r:r/emailAddress/address eq 'jamie.lee@example.com')"_s,
            u"ccRecipients/any(r: r/emailAddress/address eq 'jamie.lee@example.com')"_s,
            u"from/emailAddress/address eq 'x@example.com' or "
            u"bccRecipients/all(r: r/emailAddress/address eq 'jamie.lee@example.com')"_s}) {
        const TestReply r = m_client->get(query(me + u"/messages"_s, {{u"$filter"_s, filter}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(code(r), u"ErrorInvalidUrlQueryFilter"_s);
        QCOMPARE(r.error().value(u"message"_s).toString(),
            u"The query filter contains one or more invalid nodes."_s);
    }
    // A lambda on another collection stays a filter.
    const TestReply categories = m_client->get(
        query(me + u"/messages"_s, {{u"$filter"_s, u"categories/any(c:c eq 'Red')"_s}}));
    QCOMPARE(categories.status, 200);
}

void TestSandboxGraphQuery::searchByParticipants()
{
    // participants: from, to, cc and bcc; newest sent first.
    const TestReply both = search(u"\"participants:Jamie.Lee@example.com\""_s);
    QCOMPARE(both.status, 200);
    QCOMPARE(valuesOf(both.json().value(u"value"_s).toArray(), u"internetMessageId"_s),
        QStringList(
            {u"<planning-2.sbx@outlook.example>"_s, u"<planning-1.sbx@outlook.example>"_s}));
    QCOMPARE(valuesOf(search(u"\"to:jamie.lee@example.com\""_s).json().value(u"value"_s).toArray(),
                 u"internetMessageId"_s),
        QStringList({u"<planning-2.sbx@outlook.example>"_s}));
    QCOMPARE(valuesOf(search(u"\"from:jamie.lee@example.com OR from:priya.raman@example.org\""_s)
                          .json()
                          .value(u"value"_s)
                          .toArray(),
                 u"internetMessageId"_s),
        QStringList(
            {u"<receipts-1.sbx@outlook.example>"_s, u"<planning-1.sbx@outlook.example>"_s}));
    // A display name counts; a part of an address does not (the stricter reading).
    QCOMPARE(
        search(u"\"participants:\\\"Jamie Lee\\\"\""_s).json().value(u"value"_s).toArray().size(),
        2);
    QCOMPARE(search(u"\"participants:jamie\""_s).json().value(u"value"_s).toArray().size(), 0);
}

void TestSandboxGraphQuery::searchRefusesOrderbyFilterAndBareValues()
{
    const TestReply ordered = search(
        u"\"participants:jamie.lee@example.com\""_s, {{u"$orderby"_s, u"receivedDateTime desc"_s}});
    QCOMPARE(ordered.status, 400);
    QCOMPARE(code(ordered), u"SearchWithOrderBy"_s);
    QCOMPARE(ordered.error().value(u"message"_s).toString(),
        u"The query parameter '$orderBy' is not supported with '$search'."_s);
    const TestReply filtered = search(
        u"\"participants:jamie.lee@example.com\""_s, {{u"$filter"_s, u"isDraft eq false"_s}});
    QCOMPARE(filtered.status, 400);
    QCOMPARE(code(filtered), u"SearchWithFilter"_s);
    QCOMPARE(search(u"participants:jamie.lee@example.com"_s).status, 400);
    QCOMPARE(search(u"\"participants:\""_s).status, 400);
}

void TestSandboxGraphQuery::plusInTheQueryIsASpace()
{
    const QString plus = u"jamie+billing@example.com"_s;
    QCOMPARE(
        m_client->post(me + u"/sendMail"_s, {{u"message"_s, message(u"Invoice"_s, to({plus}))}})
            .status,
        202);
    const auto found = [this](const QString &rawQuery) {
        return m_client->get(me + u"/messages?"_s + rawQuery)
            .json()
            .value(u"value"_s)
            .toArray()
            .size();
    };
    // Encoded, the address arrives whole (once the Sent Items copy is there).
    QTRY_COMPARE(found(u"$search=%22participants:jamie%2Bbilling@example.com%22"_s), 1);
    // A raw '+' is a space to the server: "jamie billing@example.com" matches nothing.
    QCOMPARE(found(u"$search=%22participants:jamie+billing@example.com%22"_s), 0);
    QCOMPARE(found(u"$filter=subject+eq+'Invoice'"_s), 1);
}

void TestSandboxGraphQuery::draftsAreListedUntilExcludedAndDeleteMovesThem()
{
    const QString conversationId = ProviderSeed::planningConversationId.toString();
    const QString latest = ProviderSeed::planningLatestMessageId.toString();
    const TestReply reply = m_client->post(me + u"/messages/"_s + latest + u"/createReply"_s, {});
    QCOMPARE(reply.status, 201);
    const QString draftId = reply.json().value(u"id"_s).toString();
    const auto newest = [&](const QString &extra) {
        return m_client
            ->get(query(me + u"/messages"_s,
                {{u"$filter"_s,
                     u"receivedDateTime ge 1900-01-01T00:00:00Z and conversationId eq '%1'%2"_s.arg(
                         conversationId, extra)},
                    {u"$orderby"_s, u"receivedDateTime desc"_s}, {u"$top"_s, u"1"_s}}))
            .json()
            .value(u"value"_s)
            .toArray()
            .first()
            .toObject()
            .value(u"id"_s)
            .toString();
    };
    // The draft is the conversation's newest message unless drafts are excluded.
    QCOMPARE(newest({}), draftId);
    QCOMPARE(newest(u" and isDraft eq false"_s), latest);
    // DELETE moves it to Deleted Items: out of Drafts, still listed, still a draft.
    QCOMPARE(m_client->del(me + u"/messages/"_s + draftId).status, 204);
    QCOMPARE(valuesOf(m_client->get(me + u"/mailFolders/drafts/messages"_s)
                          .json()
                          .value(u"value"_s)
                          .toArray(),
                 u"id"_s)
                 .contains(draftId),
        false);
    const TestReply moved = m_client->get(me + u"/messages/"_s + draftId);
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.json().value(u"parentFolderId"_s).toString(), u"deleteditems"_s);
    QCOMPARE(newest({}), draftId);
    QCOMPARE(newest(u" and isDraft eq false"_s), latest);
    // Deleted from Deleted Items, it is gone.
    QCOMPARE(m_client->del(me + u"/messages/"_s + draftId).status, 204);
    QCOMPARE(m_client->get(me + u"/messages/"_s + draftId).status, 404);
    QCOMPARE(m_client->del(me + u"/messages/"_s + draftId).status, 404);
    QCOMPARE(conversation(conversationId).size(), 2);
}

void TestSandboxGraphQuery::unknownFilterPropertyIs400()
{
    const TestReply r
        = m_client->get(query(me + u"/messages"_s, {{u"$filter"_s, u"subjekt eq 'x'"_s}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(code(r), u"BadRequest"_s);
    QCOMPARE(r.error().value(u"message"_s).toString(),
        u"Could not find a property named 'subjekt' on type 'microsoft.graph.message'."_s);
    const TestReply nowhere = m_client->get(me + u"/nowhere"_s);
    QCOMPARE(nowhere.status, 404);
    QVERIFY(nowhere.error().contains(u"innerError"_s));
    const TestReply syntax
        = m_client->get(query(me + u"/messages"_s, {{u"$filter"_s, u"subject eq"_s}}));
    QCOMPARE(syntax.status, 400);
    QCOMPARE(code(syntax), u"BadRequest"_s);
}

QTEST_GUILESS_MAIN(TestSandboxGraphQuery)
#include "tst_sandbox_graph_query.moc"

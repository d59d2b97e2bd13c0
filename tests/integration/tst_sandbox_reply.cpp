// SPDX-License-Identifier: GPL-3.0-or-later
// POST /api/email/messages/send on the sandbox, continuing threads: threadId, In-Reply-To and
// References, attachments, and Idempotency-Key. Real HTTP on 127.0.0.1.
#include "tests/support/SandboxTestClient.h"

#include "sandbox/SandboxSeed.h"

#include <QTest>
#include <QUuid>

using namespace Outpost::Sandbox;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;

namespace {
const QJsonObject plainSend {{u"from"_s, u"dana@acme.example"_s},
    {u"to"_s, QJsonArray {u"jamie.lee@example.com"_s}}, {u"subject"_s, u"Quarterly plan"_s},
    {u"body"_s, u"Hi Jamie — the plan is attached."_s}};

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TestSandboxReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void replyContinuesThreadAndFillsHeaders();
    void replyKeepsGivenHeaders();
    void replyToUnknownOrForeignThreadIs404();
    void replyThroughTheOtherProviderIs409();
    void attachmentsByStorageKeyAndUrl();
    void attachmentRulesAre400_data();
    void attachmentRulesAre400();
    void unknownStorageKeyIs404();
    void idempotencyKeyReplaysTheFirstResponse();
    void idempotencyKeyIsScopedPerUser();
    void idempotencyKeyDoesNotRememberErrors();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxReply::init()
{
    m_server = startSandbox();
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(m_server->url(), m_server->demoToken());
}

void TestSandboxReply::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxReply::replyContinuesThreadAndFillsHeaders()
{
    const QString conversationId = Seed::weeklyReportConversationId.toString();
    const QJsonArray before = m_client->get(u"/api/conversation/%1/messages"_s.arg(conversationId))
                                  .json()
                                  .value(u"messages"_s)
                                  .toArray();
    const QJsonObject first = before.at(0).toObject().value(u"emailMetadata"_s).toObject();
    const QJsonObject jamie = before.at(1).toObject().value(u"emailMetadata"_s).toObject();

    const TestReply r = m_client->send({{u"from"_s, u"ops@acme.example"_s},
        {u"provider"_s, u"gmail"_s}, {u"to"_s, u"jamie.lee@example.com"_s},
        {u"threadId"_s, Seed::weeklyReportThreadId.toString()},
        {u"body"_s, u"Yes — the April cohort explains most of it."_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"conversationId"_s).toString(), conversationId);
    QCOMPARE(r.json().value(u"threadId"_s).toString(), Seed::weeklyReportThreadId.toString());
    const QJsonObject m = r.json().value(u"message"_s).toObject();
    QCOMPARE(m.value(u"contactId"_s).toString(), Seed::jamieContactId.toString());
    const QJsonObject meta = m.value(u"emailMetadata"_s).toObject();
    // Filled from the latest email of the thread (Jamie's), never from the internal note.
    QCOMPARE(meta.value(u"inReplyTo"_s), jamie.value(u"messageId"_s));
    QCOMPARE(meta.value(u"references"_s).toString(),
        first.value(u"messageId"_s).toString() + u' ' + jamie.value(u"messageId"_s).toString());
    QCOMPARE(meta.value(u"subject"_s).toString(), u"Weekly report"_s);
    QCOMPARE(meta.value(u"threadId"_s).toString(), Seed::weeklyReportThreadId.toString());

    const QJsonObject conversation = m_client->get(u"/api/conversation/"_s + conversationId).json();
    QCOMPARE(conversation.value(u"messageCount"_s).toInt(), 4);
    QCOMPARE(conversation.value(u"lastMessageTime"_s), m.value(u"createdAt"_s));
    const QJsonArray after
        = m_client->post(u"/api/conversation/messages"_s, {{u"conversationId"_s, conversationId}})
              .json()
              .value(u"messages"_s)
              .toArray();
    QCOMPARE(after.size(), 4);
    QCOMPARE(after.last().toObject(), m);

    // A second reply chains onto the first.
    const TestReply again = m_client->send({{u"from"_s, u"ops@acme.example"_s},
        {u"provider"_s, u"gmail"_s}, {u"to"_s, u"jamie.lee@example.com"_s},
        {u"threadId"_s, Seed::weeklyReportThreadId.toString()},
        {u"body"_s, u"PS: numbers attached next week."_s}});
    const QJsonObject meta2
        = again.json().value(u"message"_s).toObject().value(u"emailMetadata"_s).toObject();
    QCOMPARE(meta2.value(u"inReplyTo"_s), meta.value(u"messageId"_s));
    QCOMPARE(meta2.value(u"references"_s).toString(),
        meta.value(u"references"_s).toString() + u' ' + meta.value(u"messageId"_s).toString());
}

void TestSandboxReply::replyKeepsGivenHeaders()
{
    const TestReply r = m_client->send(withFields(plainSend,
        {{u"threadId"_s, Seed::lunchThreadId.toString()}, {u"subject"_s, u"Re: Lunch on Friday?"_s},
            {u"inReplyTo"_s, u"<given@example.com>"_s},
            {u"references"_s, u"<root@example.com> <given@example.com>"_s}}));
    QCOMPARE(r.status, 200);
    const QJsonObject meta
        = r.json().value(u"message"_s).toObject().value(u"emailMetadata"_s).toObject();
    QCOMPARE(meta.value(u"inReplyTo"_s).toString(), u"<given@example.com>"_s);
    QCOMPARE(meta.value(u"references"_s).toString(), u"<root@example.com> <given@example.com>"_s);
    QCOMPARE(meta.value(u"subject"_s).toString(), u"Re: Lunch on Friday?"_s);
    QCOMPARE(r.json().value(u"conversationId"_s).toString(), Seed::lunchConversationId.toString());
}

void TestSandboxReply::replyToUnknownOrForeignThreadIs404()
{
    for (const QString &thread : {u"gthread-0000000000000000"_s, Seed::otherThreadId.toString()}) {
        const TestReply r = m_client->send(withFields(plainSend, {{u"threadId"_s, thread}}));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json(),
            QJsonObject({{u"error"_s,
                QJsonObject {{u"code"_s, u"not_found"_s},
                    {u"message"_s, u"No conversation with threadId “%1”"_s.arg(thread)},
                    {u"field"_s, u"threadId"_s}}}}));
    }
    QCOMPARE(m_client->allMessages().size(), 72);
}

void TestSandboxReply::replyThroughTheOtherProviderIs409()
{
    // ops@ without a provider resolves to its newest (Outlook) connection; the thread is Gmail's.
    const TestReply r = m_client->send(withFields(plainSend,
        {{u"from"_s, u"ops@acme.example"_s},
            {u"threadId"_s, Seed::weeklyReportThreadId.toString()}}));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.error().value(u"code"_s).toString(), u"provider_mismatch"_s);
    QCOMPARE(r.error().value(u"field"_s).toString(), u"provider"_s);
    // Another mailbox's thread cannot be continued from this address at all.
    const TestReply wrongMailbox = m_client->send(
        withFields(plainSend, {{u"threadId"_s, Seed::weeklyReportThreadId.toString()}}));
    QCOMPARE(wrongMailbox.status, 400);
    QCOMPARE(wrongMailbox.error().value(u"field"_s).toString(), u"from"_s);
}

void TestSandboxReply::attachmentsByStorageKeyAndUrl()
{
    const TestReply upload
        = m_client->upload({{u"plan.pdf"_s, "application/pdf", "%PDF-1.7 plan"}});
    QCOMPARE(upload.status, 200);
    const QString key
        = upload.json().value(u"files"_s).toArray().first().toObject().value(u"key"_s).toString();
    const TestReply r = m_client->send(withFields(plainSend,
        {{u"attachments"_s,
            QJsonArray {QJsonObject {{u"storageKey"_s, key}, {u"filename"_s, u"Q3 plan.pdf"_s},
                            {u"contentType"_s, u"application/pdf"_s}},
                QJsonObject {
                    {u"url"_s, u"https://files.example.com/signed/deck.pptx?sig=abc"_s}}}}}));
    QCOMPARE(r.status, 200);
    const QJsonArray attachments
        = r.json().value(u"message"_s).toObject().value(u"attachments"_s).toArray();
    QCOMPARE(attachments,
        QJsonArray({QJsonObject {{u"storageKey"_s, key}, {u"filename"_s, u"Q3 plan.pdf"_s},
                        {u"contentType"_s, u"application/pdf"_s}, {u"size"_s, 13}},
            QJsonObject {{u"url"_s, u"https://files.example.com/signed/deck.pptx?sig=abc"_s},
                {u"filename"_s, u"deck.pptx"_s},
                {u"contentType"_s,
                    u"application/vnd.openxmlformats-officedocument.presentationml.presentation"_s},
                {u"size"_s, QJsonValue()}}}));
    const QJsonArray stored = m_client
                                  ->get(u"/api/conversation/%1/messages"_s.arg(
                                      r.json().value(u"conversationId"_s).toString()))
                                  .json()
                                  .value(u"messages"_s)
                                  .toArray();
    QCOMPARE(stored.first().toObject().value(u"attachments"_s).toArray(), attachments);
}

void TestSandboxReply::attachmentRulesAre400_data()
{
    QTest::addColumn<QJsonValue>("attachments");
    QTest::addColumn<QString>("message");
    QTest::newRow("neither") << QJsonValue(QJsonArray {QJsonObject {{u"filename"_s, u"a.pdf"_s}}})
                             << u"attachments[0] needs exactly one of storageKey or url"_s;
    QTest::newRow("both") << QJsonValue(
        QJsonArray {QJsonObject {{u"storageKey"_s, u"k"_s}, {u"url"_s, u"https://x.example/a"_s}}})
                          << u"attachments[0] needs exactly one of storageKey or url"_s;
    QTest::newRow("http url") << QJsonValue(
        QJsonArray {QJsonObject {{u"url"_s, u"https://ok.example/a.pdf"_s}},
            QJsonObject {{u"url"_s, u"http://files.example.com/a.pdf"_s}}})
                              << u"attachments[1].url must be an https:// URL"_s;
    QTest::newRow("not a url") << QJsonValue(
        QJsonArray {QJsonObject {{u"url"_s, u"files/a.pdf"_s}}})
                               << u"attachments[0].url must be an https:// URL"_s;
    QTest::newRow("not an array") << QJsonValue(QJsonObject {{u"url"_s, u"https://x.example/a"_s}})
                                  << u"attachments must be an array"_s;
    QTest::newRow("not an object") << QJsonValue(QJsonArray {u"https://x.example/a"_s})
                                   << u"attachments[0] must be an object"_s;
}

void TestSandboxReply::attachmentRulesAre400()
{
    QFETCH(QJsonValue, attachments);
    QFETCH(QString, message);
    const TestReply r = m_client->send(withFields(plainSend, {{u"attachments"_s, attachments}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json(),
        QJsonObject({{u"error"_s,
            QJsonObject {{u"code"_s, u"invalid_request"_s}, {u"message"_s, message},
                {u"field"_s, u"attachments"_s}}}}));
}

void TestSandboxReply::unknownStorageKeyIs404()
{
    // Another user's upload is as unknown as a made-up key.
    SandboxTestClient other(m_server->url(), otherUserToken(m_server->url()));
    const TestReply theirs = other.upload({{u"theirs.txt"_s, "text/plain", "private"}});
    QCOMPARE(theirs.status, 200);
    const QString foreignKey
        = theirs.json().value(u"files"_s).toArray().first().toObject().value(u"key"_s).toString();
    for (const QString &key : {u"orgs/x/uploads/2026-05-18/nothing.pdf"_s, foreignKey}) {
        const TestReply r = m_client->send(withFields(
            plainSend, {{u"attachments"_s, QJsonArray {QJsonObject {{u"storageKey"_s, key}}}}}));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json(),
            QJsonObject({{u"error"_s,
                QJsonObject {{u"code"_s, u"not_found"_s},
                    {u"message"_s, u"attachments[0]: no upload with storageKey “%1”"_s.arg(key)},
                    {u"field"_s, u"attachments"_s}}}}));
    }
}

void TestSandboxReply::idempotencyKeyReplaysTheFirstResponse()
{
    const QString key = uuid();
    const TestReply first = m_client->send(plainSend, key);
    QCOMPARE(first.status, 200);
    const qsizetype stored = m_client->allMessages().size();
    QCOMPARE(stored, 73);
    const TestReply repeat = m_client->send(plainSend, key);
    QCOMPARE(repeat.status, 200);
    QCOMPARE(repeat.body, first.body);
    QCOMPARE(repeat.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(m_client->allMessages().size(), stored);
    // Even a changed body under the same key gets the first answer: it is the same send.
    const TestReply changed
        = m_client->send(withFields(plainSend, {{u"body"_s, u"edited"_s}}), key);
    QCOMPARE(changed.body, first.body);
    QCOMPARE(m_client->allMessages().size(), stored);
    // A new key is a new send.
    QCOMPARE(m_client->send(plainSend, uuid()).status, 200);
    QCOMPARE(m_client->allMessages().size(), stored + 1);
}

void TestSandboxReply::idempotencyKeyIsScopedPerUser()
{
    const QString key = uuid();
    QCOMPARE(m_client->send(plainSend, key).status, 200);
    SandboxTestClient other(m_server->url(), otherUserToken(m_server->url()));
    const TestReply theirs
        = other.send({{u"from"_s, Seed::otherMailboxAddress.toString()},
                         {u"to"_s, u"pat.morgan@example.com"_s}, {u"body"_s, u"Thanks Pat"_s}},
            key);
    QCOMPARE(theirs.status, 200);
    QVERIFY(theirs.header("Idempotent-Replayed").isEmpty());
    QCOMPARE(theirs.json().value(u"message"_s).toObject().value(u"userId"_s).toString(),
        Seed::otherUserId.toString());
    QCOMPARE(m_client->allMessages().size(), 74);
}

void TestSandboxReply::idempotencyKeyDoesNotRememberErrors()
{
    const QString key = uuid();
    const TestReply failed = m_client->send(withFields(plainSend, {{u"to"_s, u"jamie@"_s}}), key);
    QCOMPARE(failed.status, 400);
    const TestReply corrected = m_client->send(plainSend, key);
    QCOMPARE(corrected.status, 200);
    QVERIFY(corrected.header("Idempotent-Replayed").isEmpty());
    QCOMPARE(m_client->allMessages().size(), 73);
    QCOMPARE(m_client->send(plainSend, key).body, corrected.body);
    QCOMPARE(m_client->allMessages().size(), 73);
}

QTEST_GUILESS_MAIN(TestSandboxReply)
#include "tst_sandbox_reply.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The contact, conversation and message shapes of the platform, read tolerantly.
#include "platform/PlatformJson.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestConversationJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contactsInWrapperOrBareArray();
    void conversationsAsDocumented();
    void conversationsSkipOtherChannels();
    void messagesWithEmailMetadataAndNotes();
    void messagesReadTolerantly();
    void aThreadReadAgainIsTheSame();
    void conversationsRequestIsExact();
    void notJsonIsAnError();
};

void TestConversationJson::contactsInWrapperOrBareArray()
{
    const QByteArray body = R"({"data":[{"_id":"c1","firstName":"Jamie","lastName":"Lee",
        "email":"jamie.lee@example.com","extra":1}],"total":1})";
    const auto wrapped = PlatformJson::contacts(body);
    QVERIFY(wrapped.ok());
    QCOMPARE(wrapped.value().size(), 1);
    QCOMPARE(wrapped.value().first(),
        (PlatformContact {u"c1"_s, u"Jamie"_s, u"Lee"_s, u"jamie.lee@example.com"_s}));
    const auto bare = PlatformJson::contacts(R"([{"_id":{"$oid":"c2"},"email":"a@b.c"}])");
    QVERIFY(bare.ok());
    QCOMPARE(bare.value().first().id, u"c2"_s);
}

void TestConversationJson::conversationsAsDocumented()
{
    const QByteArray body = R"({ "conversations": [ { "_id": "665f1a0c0e0a4b001a2c9f70",
        "contactId": "c1", "channelType": "email", "channelIdentifier": "gthread-1902a9f3c4b1e0d5",
        "subject": "Weekly report", "provider": "gmail", "emailAccountId": "665f1a0c0e0a4b001a2c9f50",
        "participants": ["ops@acme.example", "Jamie Lee <jamie.lee@example.com>"],
        "lastMessageTime": "2026-05-18T12:34:56.000Z", "messageCount": 3, "isResolved": false } ] })";
    const auto result = PlatformJson::conversations(body);
    QVERIFY(result.ok());
    QCOMPARE(result.value().size(), 1);
    const PlatformConversation c = result.value().first();
    QCOMPARE(c.thread.threadId, u"gthread-1902a9f3c4b1e0d5"_s);
    QCOMPARE(c.thread.conversationId, u"665f1a0c0e0a4b001a2c9f70"_s);
    QCOMPARE(c.thread.subject, u"Weekly report"_s);
    QCOMPARE(c.thread.participants.size(), 2);
    QCOMPARE(c.thread.lastMessageTime,
        QDateTime(QDate(2026, 5, 18), QTime(12, 34, 56), QTimeZone::utc()));
    QCOMPARE(c.thread.messageCount, 3);
    QCOMPARE(c.thread.provider, Provider::Gmail);
    QCOMPARE(c.mailboxId, u"665f1a0c0e0a4b001a2c9f50"_s);
    QCOMPARE(c.contactId, u"c1"_s);
}

void TestConversationJson::conversationsSkipOtherChannels()
{
    const auto result = PlatformJson::conversations(
        R"([{"_id":"a","channelType":"sms","channelIdentifier":"+1555"},
            {"_id":"b","channelType":"email","channelIdentifier":"t-b","provider":"outlook"},
            {"_id":"c","channelType":"email"}])");
    QVERIFY(result.ok());
    QCOMPARE(result.value().size(), 1); // no thread id: nothing a reply could continue
    QCOMPARE(result.value().first().thread.provider, Provider::Outlook);
}

void TestConversationJson::messagesWithEmailMetadataAndNotes()
{
    const QByteArray body = R"({"messages":[
        {"_id":"m1","conversationId":"c","isIncoming":true,"isInternal":false,"status":"received",
         "body":"<p>Hi</p>","createdAt":"2026-05-13T08:05:41.000Z",
         "attachments":[{"url":"https://files.example.com/a.pdf","filename":"a.pdf",
                         "contentType":"application/pdf","size":48213}],
         "emailMetadata":{"threadId":"t","messageId":"<b@x>","inReplyTo":"<a@y>",
           "references":"<r@y>\r\n\t<a@y>","from":"Jamie Lee <jamie.lee@example.com>",
           "to":["Dana <dana@acme.example>"],"cc":[],"subject":"Re: Contract","isHtml":true}},
        {"_id":"m2","conversationId":"c","isIncoming":false,"isInternal":true,
         "body":"note","createdAt":"2026-05-13T09:00:00.000Z","attachments":[]}]})";
    const auto result = PlatformJson::conversationMessages(body);
    QVERIFY(result.ok());
    QCOMPARE(result.value().size(), 2);
    const ConversationMessage m = result.value().first();
    QVERIFY(m.incoming);
    QVERIFY(m.isHtml);
    QCOMPARE(m.messageId, u"<b@x>"_s);
    QCOMPARE(m.inReplyTo, u"<a@y>"_s);
    QCOMPARE(m.sender().address, u"jamie.lee@example.com"_s);
    QCOMPARE(m.senderName(), u"Jamie Lee"_s);
    QCOMPARE(m.to, QStringList {u"Dana <dana@acme.example>"_s});
    QCOMPARE(m.attachments.size(), 1);
    QCOMPARE(m.attachments.first().size, 48213);
    // The header as it came, folded: the reply's is one line.
    QCOMPARE(m.replyReferences(), u"<r@y> <a@y> <b@x>"_s);
    QVERIFY(result.value().at(1).internal);
    QVERIFY(result.value().at(1).messageId.isEmpty());
}

void TestConversationJson::messagesReadTolerantly()
{
    // A bare array, ids as objects, references as an array, addresses as objects, a
    // comma-separated To, times in milliseconds.
    const auto result = PlatformJson::conversationMessages(
        R"([{"_id":{"$oid":"m1"},"createdAt":1779094800000,"body":"x",
             "emailMetadata":{"references":["<a@x>","<b@x>"],
               "from":{"name":"Jamie","address":"jamie.lee@example.com"},
               "to":"a@example.com, B <b@example.com>"}}])");
    QVERIFY(result.ok());
    const ConversationMessage m = result.value().first();
    QCOMPARE(m.id, u"m1"_s);
    QCOMPARE(m.references.text(), u"<a@x> <b@x>"_s);
    QCOMPARE(m.from, u"Jamie <jamie.lee@example.com>"_s);
    QCOMPARE(m.to.size(), 2);
    QVERIFY(m.createdAt.isValid());
}

void TestConversationJson::aThreadReadAgainIsTheSame()
{
    // Refresh shows nothing new when the platform's answer did not change (ConversationLoader
    // compares the messages): References as a string and as an array compare by what they say.
    const auto read = [](const char *references) {
        return PlatformJson::conversationMessages(
            QByteArray(
                R"({"messages":[{"_id":"m1","body":"x","emailMetadata":{"messageId":"<c@x>",)")
            + references + "}}]}")
            .value();
    };
    QCOMPARE(read(R"("references":"<a@x> <b@x>")"), read(R"("references":"<a@x> <b@x>")"));
    QCOMPARE(read(R"("references":["<a@x>","<b@x>"])"), read(R"("references":["<a@x>","<b@x>"])"));
    QVERIFY(read(R"("references":"<a@x> <b@x>")") != read(R"("references":"<a@x> <z@x>")"));
    QVERIFY(read(R"("references":"<a@x>")") != read(R"("references":null)"));
    // None, null or not text: no References; a reply names the message alone.
    QCOMPARE(read(R"("references":null)"), read(R"("inReplyTo":null)"));
    QCOMPARE(read(R"("references":7)").first().replyReferences(), u"<c@x>"_s);
    QCOMPARE(read(R"("references":"<a@x>\r\n <b@x>")").first().replyReferences(),
        u"<a@x> <b@x> <c@x>"_s);
}

void TestConversationJson::conversationsRequestIsExact()
{
    const QJsonObject o
        = QJsonDocument::fromJson(PlatformJson::conversationsRequest(u"c1"_s)).object();
    QCOMPARE(o.keys(), (QStringList {u"channelType"_s, u"contactId"_s}));
    QCOMPARE(o.value(u"channelType").toString(), u"email"_s);
}

void TestConversationJson::notJsonIsAnError()
{
    QVERIFY(!PlatformJson::conversationMessages("<html>oops</html>").ok());
    QVERIFY(!PlatformJson::conversations("").ok());
    QVERIFY(!PlatformJson::conversation("{}").ok());
}

QTEST_GUILESS_MAIN(TestConversationJson)
#include "tst_conversationjson.moc"

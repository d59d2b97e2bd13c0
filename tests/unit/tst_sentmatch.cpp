// SPDX-License-Identifier: GPL-3.0-or-later
// The rule that decides whether a message the platform lists is the mail an attempt whose
// outcome was unknown sent (SentMatch), and which failures leave the outcome unknown.
#include "submit/SentMatch.h"

#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestSentMatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theSameMailMatches();
    void anIdenticalMailSentAMinuteLaterIsAnotherMail();
    void everyFieldCounts_data();
    void everyFieldCounts();
    void recipientsMatchInAnyOrderAndCase();
    void anEmptySubjectLeavesTheServersChoice();
    void aReplyMustBeInItsThread();
    void attachmentsCountByNameAndNumber();
    void bccCountsWhereTheListingShowsIt();
    void anIdenticalMailWithAttachmentsAndBccSentTwiceIsTwoMails();
    void receiptComesFromTheMessage();
    void whichFailuresLeaveTheOutcomeUnknown_data();
    void whichFailuresLeaveTheOutcomeUnknown();
};

namespace {
const QDateTime began = QDateTime::fromString(u"2026-05-18T12:00:00.000Z"_s, Qt::ISODateWithMs);

Draft draft()
{
    Draft d;
    d.from = u"dana@acme.example"_s;
    d.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    d.cc = {{{}, u"ops@acme.example"_s}};
    d.subject = u"Weekly report"_s;
    d.body = u"Hi Jamie — attaching this week's report."_s;
    return d;
}

// An uploaded file of that name (`localPath`: where it was picked, when the name is not kept).
Attachment file(const QString &name, const QString &localPath = {})
{
    Attachment a;
    a.filename = name;
    a.contentType = u"application/octet-stream"_s;
    a.storageKey = u"orgs/acme/uploads/"_s + (name.isEmpty() ? localPath : name);
    a.localPath = localPath;
    return a;
}

// The message the platform stores for draft(), as GET /api/conversation/{id}/messages lists it.
ConversationMessage stored(const QDateTime &createdAt = began.addMSecs(40))
{
    ConversationMessage m;
    m.id = u"665f1a0c0e0a4b001a2c9f60"_s;
    m.conversationId = u"665f1a0c0e0a4b001a2c9f70"_s;
    m.status = u"delivered"_s;
    m.body = draft().body;
    m.createdAt = createdAt;
    m.threadId = u"gthread-1902a9f3c4b1e0d5"_s;
    m.messageId = u"<a1@acme.example>"_s;
    m.from = u"Dana Scully <dana@acme.example>"_s;
    m.to = {u"Jamie Lee <jamie.lee@example.com>"_s};
    m.cc = {u"ops@acme.example"_s};
    m.subject = draft().subject;
    return m;
}
} // namespace

void TestSentMatch::theSameMailMatches()
{
    QVERIFY(SentMatch::matches(draft(), stored(), began));
    QVERIFY(SentMatch::matches(draft(), stored(began), began)); // stored in the same millisecond
}

void TestSentMatch::anIdenticalMailSentAMinuteLaterIsAnotherMail()
{
    // The user sends the same mail twice on purpose, a minute apart. The second attempt's
    // answer is lost: looking for it must not take the first mail for it.
    const ConversationMessage first = stored(began.addMSecs(30));
    const QDateTime secondBegan = began.addSecs(60);
    QVERIFY(!SentMatch::matches(draft(), first, secondBegan));
    // The second, once stored, is found.
    QVERIFY(SentMatch::matches(draft(), stored(secondBegan.addMSecs(25)), secondBegan));
}

void TestSentMatch::everyFieldCounts_data()
{
    QTest::addColumn<ConversationMessage>("message");
    auto with = [](auto change) {
        ConversationMessage m = stored();
        change(m);
        return m;
    };
    QTest::newRow("another sender mailbox")
        << with([](ConversationMessage &m) { m.from = u"Dana <dana@other.example>"_s; });
    QTest::newRow("another recipient")
        << with([](ConversationMessage &m) { m.to = {u"sam@example.com"_s}; });
    QTest::newRow("a recipient more")
        << with([](ConversationMessage &m) { m.to += u"sam@example.com"_s; });
    QTest::newRow("no cc") << with([](ConversationMessage &m) { m.cc.clear(); });
    QTest::newRow("another subject")
        << with([](ConversationMessage &m) { m.subject = u"Weekly report (2)"_s; });
    QTest::newRow("another body") << with([](ConversationMessage &m) { m.body += u" "_s; });
    QTest::newRow("incoming") << with([](ConversationMessage &m) { m.incoming = true; });
    QTest::newRow("a private note") << with([](ConversationMessage &m) { m.internal = true; });
    QTest::newRow("an attachment more")
        << with([](ConversationMessage &m) { m.attachments += file(u"report.pdf"_s); });
    QTest::newRow("a Bcc shown, and not ours")
        << with([](ConversationMessage &m) { m.bcc = QStringList {u"boss@acme.example"_s}; });
    QTest::newRow("created before the attempt")
        << with([](ConversationMessage &m) { m.createdAt = began.addMSecs(-1); });
    QTest::newRow("no creation time") << with([](ConversationMessage &m) { m.createdAt = {}; });
}

void TestSentMatch::everyFieldCounts()
{
    QFETCH(ConversationMessage, message);
    QVERIFY(!SentMatch::matches(draft(), message, began));
}

void TestSentMatch::recipientsMatchInAnyOrderAndCase()
{
    Draft d = draft();
    d.to = {{{}, u"Sam@Example.com"_s}, {u"Jamie"_s, u"jamie.lee@example.com"_s}};
    ConversationMessage m = stored();
    m.to = {u"jamie.lee@example.com"_s, u"\"Sam S\" <sam@example.com>"_s};
    m.from = u"DANA@acme.example"_s;
    QVERIFY(SentMatch::matches(d, m, began));
}

void TestSentMatch::anEmptySubjectLeavesTheServersChoice()
{
    // The send page: without a subject the server uses "(no subject)" or the thread's.
    Draft d = draft();
    d.subject.clear();
    ConversationMessage m = stored();
    m.subject = u"(no subject)"_s;
    QVERIFY(SentMatch::matches(d, m, began));
}

void TestSentMatch::aReplyMustBeInItsThread()
{
    Draft d = draft();
    d.threadId = u"gthread-1902a9f3c4b1e0d5"_s;
    QVERIFY(SentMatch::matches(d, stored(), began));
    d.threadId = u"gthread-other"_s;
    QVERIFY(!SentMatch::matches(d, stored(), began));
}

void TestSentMatch::attachmentsCountByNameAndNumber()
{
    Draft d = draft();
    d.attachments = {file(u"Report.pdf"_s), file({}, u"/home/dana/chart.png"_s)};
    ConversationMessage m = stored();
    // Listed in another order, the name's case changed: the same files.
    m.attachments = {file(u"chart.png"_s), file(u"report.pdf"_s)};
    QVERIFY(SentMatch::matches(d, m, began));
    m.attachments.removeLast(); // one file fewer
    QVERIFY(!SentMatch::matches(d, m, began));
    m.attachments += file(u"chart-2.png"_s); // another file
    QVERIFY(!SentMatch::matches(d, m, began));
}

void TestSentMatch::bccCountsWhereTheListingShowsIt()
{
    Draft d = draft();
    d.bcc = {{{}, u"Boss@acme.example"_s}};
    ConversationMessage m = stored();
    QVERIFY(!m.bcc.has_value());
    QVERIFY(SentMatch::matches(d, m, began)); // not shown: not known, not compared
    m.bcc = QStringList {u"Big Boss <boss@acme.example>"_s};
    QVERIFY(SentMatch::matches(d, m, began));
    m.bcc = QStringList {};
    QVERIFY(!SentMatch::matches(d, m, began)); // shown empty: this mail had a Bcc
    m.bcc = QStringList {u"boss@acme.example"_s, u"audit@acme.example"_s};
    QVERIFY(!SentMatch::matches(d, m, began));
}

void TestSentMatch::anIdenticalMailWithAttachmentsAndBccSentTwiceIsTwoMails()
{
    // The same mail, file and Bcc included, sent on purpose a minute apart: the second
    // attempt's lookup never takes the first mail, however alike they are.
    Draft d = draft();
    d.bcc = {{{}, u"boss@acme.example"_s}};
    d.attachments = {file(u"report.pdf"_s)};
    auto copy = [&](const QDateTime &at) {
        ConversationMessage m = stored(at);
        m.bcc = QStringList {u"boss@acme.example"_s};
        m.attachments = d.attachments;
        return m;
    };
    const QDateTime secondBegan = began.addSecs(60);
    QVERIFY(SentMatch::matches(d, copy(began.addMSecs(30)), began));
    QVERIFY(!SentMatch::matches(d, copy(began.addMSecs(30)), secondBegan));
    QVERIFY(SentMatch::matches(d, copy(secondBegan.addMSecs(20)), secondBegan));
}

void TestSentMatch::receiptComesFromTheMessage()
{
    const Receipt r = SentMatch::receiptOf(stored());
    QCOMPARE(r.messageId, u"665f1a0c0e0a4b001a2c9f60"_s);
    QCOMPARE(r.conversationId, u"665f1a0c0e0a4b001a2c9f70"_s);
    QCOMPARE(r.threadId, u"gthread-1902a9f3c4b1e0d5"_s);
    QCOMPARE(r.status, u"delivered"_s);
    QCOMPARE(r.rfcMessageId, u"<a1@acme.example>"_s);
    QCOMPARE(r.createdAt, began.addMSecs(40));
}

void TestSentMatch::whichFailuresLeaveTheOutcomeUnknown_data()
{
    QTest::addColumn<ServiceError>("error");
    QTest::addColumn<bool>("unknown");
    using K = ServiceError::Kind;
    auto network = [](K kind, const QString &code) {
        ServiceError e = ServiceError::network(kind, u"acme.example"_s, {});
        e.code = code;
        return e;
    };
    auto http = [](int status) {
        return ServiceError::fromHttp(status, {}, {}, DraftField::None, std::nullopt);
    };
    QTest::newRow("connection closed") << network(K::Network, {}) << true;
    QTest::newRow("timeout") << network(K::Timeout, {}) << true;
    QTest::newRow("refused") << network(K::Network, u"connection_refused"_s) << false;
    QTest::newRow("unknown host") << network(K::Network, u"host_not_found"_s) << false;
    QTest::newRow("tls") << network(K::Tls, {}) << false;
    QTest::newRow("cancelled") << network(K::Cancelled, {}) << false;
    QTest::newRow("502") << http(502) << true;
    QTest::newRow("504") << http(504) << true;
    QTest::newRow("500") << http(500) << false;
    QTest::newRow("503") << http(503) << false;
    QTest::newRow("429") << http(429) << false;
    QTest::newRow("400") << http(400) << false;
}

void TestSentMatch::whichFailuresLeaveTheOutcomeUnknown()
{
    QFETCH(ServiceError, error);
    QFETCH(bool, unknown);
    QCOMPARE(SentMatch::outcomeUnknown(error), unknown);
}

QTEST_GUILESS_MAIN(TestSentMatch)
#include "tst_sentmatch.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Searching what was said with one contact (GET /api/conversation/contact/{id}/messages/search,
// issue 17): PlatformClient against the sandbox over real HTTP. What a user finds: a phrase from
// a mail sent earlier, in its conversation; case and whole words as asked; days as asked; a
// plus-address as typed; and a clear error, never a crash, for what the endpoint refuses.
#include "platform/PlatformClient.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxTestClient.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QUuid>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestMessageSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void findsAPhraseInTheConversationItWasSentIn();
    void caseAndWholeWordsAsAsked();
    void daysAsAsked();
    void aPlusAddressIsSearchedAsTyped();
    void moreMatchesThanTheLimitSayTruncated();
    void refusalsAreErrorsWithTheirField();

private:
    Result<MessageSearch> search(const MessageSearchQuery &query, const QString &contactId = {});
    QString send(const QString &subject, const QString &body);

    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> client;
    QString jamie; // the contact's id
};

void TestMessageSearch::initTestCase()
{
    Sandbox::SandboxOptions options;
    sandbox = std::make_unique<Sandbox::SandboxServer>(options);
    QVERIFY(sandbox->start());
    network = std::make_unique<QNetworkAccessManager>();
    client = std::make_unique<PlatformClient>(
        network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    std::optional<Result<QList<PlatformContact>>> found;
    client->contacts(u"jamie.lee"_s, this, [&](const auto &r) { found = r; });
    QTRY_VERIFY(found.has_value());
    QVERIFY(found->ok() && !found->value().isEmpty());
    jamie = found->value().first().id;
    QVERIFY(!jamie.isEmpty());
}

void TestMessageSearch::cleanupTestCase()
{
    client.reset();
    network.reset();
    sandbox.reset();
}

Result<MessageSearch> TestMessageSearch::search(
    const MessageSearchQuery &query, const QString &contactId)
{
    std::optional<Result<MessageSearch>> result;
    client->searchMessages(
        contactId.isEmpty() ? jamie : contactId, query, this, [&](const auto &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return ServiceError::network(ServiceError::Kind::Timeout, u"test"_s, u"no answer"_s);
    return *result;
}

// Sends a mail to Jamie; its conversation's id.
QString TestMessageSearch::send(const QString &subject, const QString &body)
{
    Draft d;
    d.from = u"dana@acme.example"_s;
    d.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    d.subject = subject;
    d.body = body;
    std::optional<Result<Receipt>> sent;
    client->send(d, QUuid::createUuid().toString(QUuid::WithoutBraces), this,
        [&](const Result<Receipt> &r) { sent = r; });
    if (!QTest::qWaitFor([&] { return sent.has_value(); }, 10000) || !sent->ok())
        return {};
    return sent->value().conversationId;
}

void TestMessageSearch::findsAPhraseInTheConversationItWasSentIn()
{
    const QString conversation
        = send(u"Crates"_s, u"The blue crates arrive on Thursday at dock 4."_s);
    QVERIFY(!conversation.isEmpty());
    const Result<MessageSearch> r = search({u"blue crates"_s});
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().results.size(), 1);
    const MessageSearchResult &found = r.value().results.first();
    QCOMPARE(found.conversationId, conversation);
    QCOMPARE(found.channelType, u"email"_s);
    QVERIFY(!found.channelIdentifier.isEmpty()); // the thread a reply continues
    QCOMPARE(found.matches.size(), 1);
    QVERIFY(found.matches.first().body.contains(u"blue crates arrive"_s));
    QVERIFY(found.matches.first().createdAt.isValid());
    QCOMPARE(r.value().total, 1);
    QVERIFY(!r.value().truncated);
    QVERIFY(search({u"purple crates"_s}).value().results.isEmpty());
}

void TestMessageSearch::caseAndWholeWordsAsAsked()
{
    QVERIFY(
        !send(u"Invoice"_s, u"Invoice INV-77 is attached; invoiced twice by mistake."_s).isEmpty());
    MessageSearchQuery q {u"invoice"_s};
    QCOMPARE(search(q).value().total, 1); // one message, whatever the case
    q.matchCase = true;
    QCOMPARE(search(q).value().total, 1); // "invoiced" still holds "invoice"
    q.wholeWord = true;
    QCOMPARE(search(q).value().total, 0); // "Invoice" has a capital, "invoiced" is another word
    q.matchCase = false;
    QCOMPARE(search(q).value().total, 1);
}

void TestMessageSearch::daysAsAsked()
{
    QVERIFY(!send(u"Dated"_s, u"A marker phrase: heliotrope."_s).isEmpty());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    MessageSearchQuery q {u"heliotrope"_s};
    q.fromDate = today;
    q.toDate = today;
    QCOMPARE(search(q).value().total, 1);
    q.fromDate = today.addDays(1);
    q.toDate = today.addDays(2);
    QCOMPARE(search(q).value().total, 0);
    q.fromDate = today.addDays(-3);
    q.toDate = today.addDays(-1);
    QCOMPARE(search(q).value().total, 0);
}

void TestMessageSearch::aPlusAddressIsSearchedAsTyped()
{
    QVERIFY(!send(u"Billing"_s, u"Please write to jamie+billing@example.com for invoices."_s)
                 .isEmpty());
    QCOMPARE(search({u"jamie+billing@"_s}).value().total, 1);
    QCOMPARE(search({u"jamie billing@"_s}).value().total, 0); // '+' is not a space
}

void TestMessageSearch::moreMatchesThanTheLimitSayTruncated()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(!send(u"Tally %1"_s.arg(i), u"tallyho number %1"_s.arg(i)).isEmpty());
    MessageSearchQuery q {u"tallyho"_s};
    q.limit = 2;
    const Result<MessageSearch> r = search(q);
    QVERIFY(r.ok());
    qsizetype shown = 0;
    for (const MessageSearchResult &result : r.value().results)
        shown += result.matches.size();
    QCOMPARE(shown, 2);
    QCOMPARE(r.value().total, 3);
    QVERIFY(r.value().truncated);
}

void TestMessageSearch::refusalsAreErrorsWithTheirField()
{
    const Result<MessageSearch> tooLong = search({QString(501, u'x')});
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().httpStatus, 400);
    QVERIFY(tooLong.error().message.contains(u"500"_s));
    MessageSearchQuery overLimit {u"x"_s};
    overLimit.limit = 5001;
    QCOMPARE(search(overLimit).error().httpStatus, 400);
    const Result<MessageSearch> nobody = search({u"x"_s}, u"000000000000000000000000"_s);
    QVERIFY(!nobody.ok());
    QCOMPARE(nobody.error().httpStatus, 404);
}

QTEST_GUILESS_MAIN(TestMessageSearch)
#include "tst_messagesearch.moc"

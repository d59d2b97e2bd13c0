// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's Gmail API (direct mode) over real HTTP, beyond sending: Gmail's threading
// rule, rfc822msgid: lookups, thread listing and metadata, rate limits in Google's shapes, the
// provider data across a restart and the controls that need faults. Sending and uploads:
// tst_sandbox_gmail.
#include "tests/integration/GmailTestSupport.h"

using namespace Outpost;
using namespace Outpost::Sandbox;
using namespace Outpost::Sandbox::Testing;
using namespace Outpost::Sandbox::Testing::Gmail;
using namespace Qt::StringLiterals;

class TestSandboxGmailThreads : public QObject, GmailFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { start(); }
    void cleanup() { stop(); }

    void threadingNeedsThreadIdReferencesAndSubject();
    void unknownThreadIs404();
    void rfc822msgidLookup();
    void threadListByAddress();
    void threadMetadata();
    void rateLimit429ThroughFaults();
    void rateLimit403WithGooglesBody();
    void providerDataSurvivesARestart();
    void controlsNeedFaults();
};

void TestSandboxGmailThreads::threadingNeedsThreadIdReferencesAndSubject()
{
    const QString thread = ProviderSeed::kickoffThreadId.toString();
    const QByteArray latest = ProviderSeed::kickoffLatestRfcId.toString().toLatin1();
    const QByteArray refs = "In-Reply-To: " + latest + "\r\nReferences: " + latest + "\r\n";
    const QJsonObject withThread {{u"threadId"_s, thread}};
    struct Case
    {
        const char *name;
        QByteArray subject;
        QByteArray headers;
        QJsonObject metadata;
        bool joins;
    };
    const QList<Case> cases {
        {"all three", "Re: Project kickoff", refs, withThread, true},
        {"different subject", "Re: Something else", refs, withThread, false},
        {"no In-Reply-To/References", "Re: Project kickoff", {}, withThread, false},
        {"no threadId", "Re: Project kickoff", refs, {}, false},
        {"References only, Fwd: prefix", "Fwd: Re: project KICKOFF",
            "References: <kickoff-1.sbx@gmail.example>\r\n", withThread, true},
    };
    for (const Case &c : cases) {
        const TestReply r = sendMultipart(mime(self, jamie, c.subject, c.headers), c.metadata);
        QVERIFY2(r.status == 200, c.name);
        const QString threadId = r.json().value(u"threadId"_s).toString();
        if (c.joins)
            QVERIFY2(threadId == thread, c.name);
        else
            QVERIFY2(threadId == r.json().value(u"id"_s).toString() && threadId != thread, c.name);
    }
    const TestReply t = m_client->get(me + u"/threads/"_s + thread + u"?format=minimal"_s);
    QCOMPARE(t.json().value(u"messages"_s).toArray().size(), 3 + 2);
}

void TestSandboxGmailThreads::unknownThreadIs404()
{
    const TestReply r
        = sendMultipart(mime(self, jamie, "Re: Lost"), {{u"threadId"_s, u"ffffffffffffffff"_s}});
    QCOMPARE(r.status, 404);
    const QJsonObject e = googleError(r);
    QCOMPARE(e.value(u"code"_s).toInt(), 404);
    QCOMPARE(e.value(u"message"_s).toString(), u"Requested entity was not found."_s);
    QCOMPARE(e.value(u"status"_s).toString(), u"NOT_FOUND"_s);
    QCOMPARE(reasonOf(r), u"notFound"_s);
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 0);
    QCOMPARE(m_client->get(me + u"/threads/ffffffffffffffff"_s).status, 404);
    // Paths Gmail does not have answer in Google's shape too.
    const TestReply nowhere = m_client->get(me + u"/nowhere"_s);
    QCOMPARE(nowhere.status, 404);
    QCOMPARE(googleError(nowhere).value(u"status"_s).toString(), u"NOT_FOUND"_s);
}

void TestSandboxGmailThreads::rfc822msgidLookup()
{
    const TestReply sent
        = sendMultipart(mime(self, jamie, "Lookup", "Message-ID: <lookup.42@gmail.example>\r\n"));
    QCOMPARE(sent.status, 200);
    for (const QString &q :
        {u"rfc822msgid:<lookup.42@gmail.example>"_s, u"rfc822msgid:lookup.42@gmail.example"_s}) {
        QUrlQuery query {{u"q"_s, q}};
        const TestReply r
            = m_client->get(me + u"/messages?"_s + query.toString(QUrl::FullyEncoded));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"resultSizeEstimate"_s).toInt(), 1);
        const QJsonObject found = r.json().value(u"messages"_s).toArray().first().toObject();
        QCOMPARE(found.value(u"id"_s).toString(), sent.json().value(u"id"_s).toString());
        QCOMPARE(
            found.value(u"threadId"_s).toString(), sent.json().value(u"threadId"_s).toString());
    }
    const TestReply none
        = m_client->get(me + u"/messages?q=rfc822msgid%3A%3Cnever%40x.example%3E"_s);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json(), QJsonObject({{u"resultSizeEstimate"_s, 0}})); // no "messages" at all
}

void TestSandboxGmailThreads::threadListByAddress()
{
    const auto threads = [this](const QString &q, int max) {
        QUrlQuery query {{u"q"_s, q}, {u"maxResults"_s, QString::number(max)}};
        return m_client->get(me + u"/threads?"_s + query.toString(QUrl::FullyEncoded));
    };
    for (const QString &q : {u"to:jamie.lee@example.com OR from:jamie.lee@example.com"_s,
             u"{from:jamie.lee@example.com to:jamie.lee@example.com}"_s,
             u"from:JAMIE.LEE@example.com OR to:jamie.lee@example.com "
             u"OR cc:jamie.lee@example.com"_s}) {
        const TestReply r = threads(q, 10);
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.json().value(u"threads"_s).toArray();
        // Newest activity first: the design review (May 7) before the kickoff (May 5).
        QCOMPARE(valuesOf(list, u"id"_s),
            QStringList({ProviderSeed::designThreadId.toString(),
                ProviderSeed::kickoffThreadId.toString()}));
        QCOMPARE(
            keysOf(list.first().toObject()), QStringList({u"historyId"_s, u"id"_s, u"snippet"_s}));
        QCOMPARE(list.at(1).toObject().value(u"snippet"_s).toString(),
            u"Done — the plan now has a budget section. See you Thursday. Dana"_s);
        QCOMPARE(r.json().value(u"resultSizeEstimate"_s).toInt(), 2);
    }
    const TestReply priya
        = threads(u"to:priya.raman@example.org OR from:priya.raman@example.org"_s, 10);
    QCOMPARE(valuesOf(priya.json().value(u"threads"_s).toArray(), u"id"_s),
        QStringList({ProviderSeed::invoiceThreadId.toString()}));
    const TestReply paged = threads(u"from:jamie.lee@example.com OR to:jamie.lee@example.com"_s, 1);
    QCOMPARE(paged.json().value(u"threads"_s).toArray().size(), 1);
    QCOMPARE(paged.json().value(u"nextPageToken"_s).toString().isEmpty(), false);
    QCOMPARE(threads(u"from:nobody@example.com"_s, 10).json(),
        QJsonObject({{u"resultSizeEstimate"_s, 0}}));
}

void TestSandboxGmailThreads::threadMetadata()
{
    const TestReply r = m_client->get(me + u"/threads/"_s + ProviderSeed::kickoffThreadId
        + u"?format=metadata&metadataHeaders=Subject&metadataHeaders=Message-ID"
          u"&metadataHeaders=References&metadataHeaders=From&metadataHeaders=To"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject thread = r.json();
    QCOMPARE(thread.value(u"id"_s).toString(), ProviderSeed::kickoffThreadId.toString());
    const QJsonArray messages = thread.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 3);
    const QJsonObject last = messages.last().toObject();
    QCOMPARE(last.value(u"id"_s).toString(), ProviderSeed::kickoffLatestMessageId.toString());
    QCOMPARE(last.value(u"threadId"_s).toString(), ProviderSeed::kickoffThreadId.toString());
    QCOMPARE(last.value(u"internalDate"_s).toString(),
        QString::number(
            QDateTime::fromString(u"2026-05-05T08:15:00Z"_s, Qt::ISODate).toMSecsSinceEpoch()));
    QHash<QString, QString> headers;
    QStringList names;
    for (const QJsonValue &h : last.value(u"payload"_s).toObject().value(u"headers"_s).toArray()) {
        names += h.toObject().value(u"name"_s).toString();
        headers.insert(names.last(), h.toObject().value(u"value"_s).toString());
    }
    // Only the headers asked for, in the message's order, names as written.
    QCOMPARE(
        names, QStringList({u"From"_s, u"To"_s, u"Subject"_s, u"Message-ID"_s, u"References"_s}));
    QCOMPARE(headers.value(u"Subject"_s), u"Re: Project kickoff"_s);
    QCOMPARE(headers.value(u"Message-ID"_s), ProviderSeed::kickoffLatestRfcId.toString());
    QCOMPARE(headers.value(u"References"_s),
        u"<kickoff-1.sbx@gmail.example> <kickoff-2.sbx@gmail.example>"_s);
    QCOMPARE(headers.value(u"From"_s), QString::fromLatin1(self));
}

void TestSandboxGmailThreads::rateLimit429ThroughFaults()
{
    QVERIFY(m_client->addFault(
        {{u"path"_s, u"/gmail-api/*"_s}, {u"status"_s, 429}, {u"retryAfter"_s, u"7"_s}}));
    const TestReply limited = sendMultipart(mime(self, jamie, "Limited"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("7"));
    QCOMPARE(googleError(limited).value(u"status"_s).toString(), u"RESOURCE_EXHAUSTED"_s);
    QCOMPARE(reasonOf(limited), u"rateLimitExceeded"_s);
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 0);
    QCOMPARE(sendMultipart(mime(self, jamie, "Limited")).status, 200); // times defaults to 1
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 1);
}

void TestSandboxGmailThreads::rateLimit403WithGooglesBody()
{
    // How a test makes Gmail's 403 rate limit: a fault whose body is Google's error document.
    const QJsonObject body {{u"error"_s,
        QJsonObject {{u"code"_s, 403}, {u"message"_s, u"User Rate Limit Exceeded"_s},
            {u"errors"_s,
                QJsonArray {QJsonObject {{u"message"_s, u"User Rate Limit Exceeded"_s},
                    {u"domain"_s, u"usageLimits"_s}, {u"reason"_s, u"rateLimitExceeded"_s}}}},
            {u"status"_s, u"PERMISSION_DENIED"_s}}}};
    QVERIFY(m_client->addFault({{u"path"_s, uploadPath}, {u"method"_s, u"POST"_s},
        {u"status"_s, 403}, {u"body"_s, body}}));
    const TestReply r = sendMultipart(mime(self, jamie, "Limited"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json(), body);
    QCOMPARE(reasonOf(r), u"rateLimitExceeded"_s);
    QCOMPARE(m_client->providerMessages(u"gmail"_s).size(), 0);
}

void TestSandboxGmailThreads::providerDataSurvivesARestart()
{
    QTemporaryDir dir;
    SandboxOptions options = testOptions();
    options.dataDir = dir.path();
    QString token;
    {
        const auto first = startSandbox(options);
        QVERIFY(first);
        token = first->demoProviderToken(Provider::Gmail);
        SandboxTestClient c(first->url(), token);
        const TestReply sent = c.postRaw(uploadPath + u"?uploadType=media"_s,
            mime(self, jamie, "Before the restart"), "message/rfc822");
        QCOMPARE(sent.status, 200);
    }
    const auto second = startSandbox(options);
    QVERIFY(second);
    QCOMPARE(second->demoProviderToken(Provider::Gmail), token);
    SandboxTestClient c(second->url(), token);
    const TestReply threads = c.get(me + u"/threads"_s);
    QCOMPARE(threads.status, 200);
    QCOMPARE(threads.json().value(u"resultSizeEstimate"_s).toInt(), 4);
    QCOMPARE(c.providerMessages(u"gmail"_s).size(), 1);
}

void TestSandboxGmailThreads::controlsNeedFaults()
{
    SandboxOptions options = testOptions();
    options.faults = false;
    const auto server = startSandbox(options);
    QVERIFY(server);
    SandboxTestClient c(server->url(), server->demoProviderToken(Provider::Gmail));
    QCOMPARE(c.get(u"/_sandbox/provider-messages?provider=gmail"_s).status, 404);
    QCOMPARE(c.post(u"/_sandbox/provider-tokens"_s, {{u"provider"_s, u"gmail"_s}}).status, 404);
    QCOMPARE(c.get(me + u"/threads"_s).status, 200); // the API itself does not need faults
}

QTEST_GUILESS_MAIN(TestSandboxGmailThreads)
#include "tst_sandbox_gmail_threads.moc"

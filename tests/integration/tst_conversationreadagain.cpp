// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: a conversation read ahead, or kept after its window closed, is shown at once when
// it is opened; if that read is older than ConversationReadAhead::freshFor(), it is read again
// in the background, so that what others wrote meanwhile (here a teammate's reply sent
// straight to the platform, not through this Outpost) appears without Refresh. Read again and
// found as it was, nothing is shown again. Real HTTP against the sandbox.
#include "conversation/ConversationLoader.h"
#include "conversation/ConversationReadAhead.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxSeed.h"
#include "tests/support/SandboxTestClient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Outpost;
using namespace Outpost::Sandbox;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestConversationReadAgain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void whatArrivedSinceTheReadFollowsWhatWasKept();
    void readAgainUnchangedShowsNothingAgain();
    void aFreshReadIsNotReadAgain();

private:
    static ThreadSummary contractRenewal()
    {
        ThreadSummary t;
        t.threadId = Seed::contractRenewalThreadId.toString();
        t.conversationId = Seed::contractRenewalConversationId.toString();
        t.subject = u"Contract renewal"_s;
        t.mailbox = u"dana@acme.example"_s;
        return t;
    }
    int messageReads() const
    {
        const QString path
            = u"/api/conversation/%1/messages"_s.arg(contractRenewal().conversationId);
        return int(m_http->recorded(path).size());
    }
    // The conversation read ahead as when its thread is chosen, and its answer waited for.
    bool readAhead(ConversationReadAhead &readAhead)
    {
        readAhead.read(m_client.get(), contractRenewal());
        ConversationLoader *loader = readAhead.pending();
        return loader
            && QTest::qWaitFor([&] { return loader->hasLoaded() && !loader->isLoading(); });
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_http;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PlatformClient> m_client;
};

void TestConversationReadAgain::init()
{
    m_server = startSandbox();
    QVERIFY(m_server);
    m_http = std::make_unique<SandboxTestClient>(m_server->url(), m_server->demoToken());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<PlatformClient>(
        m_network.get(), Session {m_server->url(), m_server->demoToken(), {}, {}});
}

void TestConversationReadAgain::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_http.reset();
    m_server.reset();
}

void TestConversationReadAgain::whatArrivedSinceTheReadFollowsWhatWasKept()
{
    ConversationReadAhead kept(nullptr);
    kept.setFreshFor(0ms); // the read is as old as the minute a loader is kept
    QVERIFY(readAhead(kept));
    QCOMPARE(kept.pending()->messages().size(), 2);

    // A teammate answers from the platform's own app: nothing of it passes through here.
    const TestReply sent = m_http->send(QJsonObject {{u"from"_s, u"dana@acme.example"_s},
        {u"to"_s, QJsonArray {u"jamie.lee@example.com"_s}},
        {u"body"_s, u"Sent from the web app meanwhile."_s}, {u"isHtml"_s, false},
        {u"threadId"_s, contractRenewal().threadId}});
    QCOMPARE(sent.status, 200);

    std::unique_ptr<ConversationLoader> loader(kept.take(m_client.get(), contractRenewal()));
    // What was read shows at once, while it is read again...
    QCOMPARE(loader->messages().size(), 2);
    QVERIFY(loader->isLoading());
    // ...and the reply follows, without Refresh.
    QSignalSpy changed(loader.get(), &ConversationLoader::changed);
    QTRY_COMPARE(loader->messages().size(), 3);
    QVERIFY(loader->messages().last().body.contains(u"from the web app"_s));
    QCOMPARE(changed.size(), 1);
}

void TestConversationReadAgain::readAgainUnchangedShowsNothingAgain()
{
    ConversationReadAhead kept(nullptr);
    kept.setFreshFor(0ms);
    QVERIFY(readAhead(kept));
    const QList<ConversationMessage> before = kept.pending()->messages();
    const int reads = messageReads();

    std::unique_ptr<ConversationLoader> loader(kept.take(m_client.get(), contractRenewal()));
    QSignalSpy changed(loader.get(), &ConversationLoader::changed);
    QVERIFY(loader->isLoading());
    QTRY_VERIFY(!loader->isLoading());
    QCOMPARE(messageReads(), reads + 1); // it was read again
    QCOMPARE(loader->messages(), before);
    QCOMPARE(changed.size(), 0); // and the page is not built again for nothing
}

void TestConversationReadAgain::aFreshReadIsNotReadAgain()
{
    ConversationReadAhead chosen(nullptr);
    QVERIFY(chosen.freshFor() >= 5s);
    QVERIFY(readAhead(chosen));
    const int reads = messageReads();
    // Clicked on Conversation a moment after choosing the thread: what was read is shown.
    std::unique_ptr<ConversationLoader> loader(chosen.take(m_client.get(), contractRenewal()));
    QVERIFY(!loader->isLoading());
    QTest::qWait(200);
    QCOMPARE(messageReads(), reads);
    QCOMPARE(loader->messages().size(), 2);
}

QTEST_GUILESS_MAIN(TestConversationReadAgain)
#include "tst_conversationreadagain.moc"

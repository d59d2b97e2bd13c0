// SPDX-License-Identifier: GPL-3.0-or-later
// Image trust a forger cannot claim, over real HTTP against the sandbox's Gmail and Graph:
// a message arrives with a From of a trusted sender but Authentication-Results saying the
// sender check failed; read as Outpost reads it (Gmail's metadata headers, Graph's selected
// internetMessageHeaders), its images stay hidden and the page says why. The real sender's
// mail, which passed, shows them.
#include "tests/support/SandboxTestClient.h"

#include "conversation/ConversationDocument.h"
#include "mail/SenderAuthentication.h"
#include "providers/gmail/GmailWire.h"
#include "providers/outlook/GraphWire.h"
#include "sandbox/ProviderSeed.h"

#include <QTest>

using namespace Outpost;
using namespace Outpost::Sandbox;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;

namespace {
const QString forgedResults = u"mx.google.com; dkim=none; spf=fail (domain of "
                              u"jamie.lee@example.com does not designate 203.0.113.9 as permitted "
                              u"sender) smtp.mailfrom=jamie.lee@example.com; dmarc=fail "
                              u"(p=REJECT sp=REJECT dis=QUARANTINE) header.from=example.com"_s;
const QString realResults = u"mx.google.com; dkim=pass header.i=@example.com header.s=s1; "
                            u"spf=pass smtp.mailfrom=jamie.lee@example.com; dmarc=pass "
                            u"(p=REJECT) header.from=example.com"_s;
const QString html = u"<p>New bank details attached.</p>"
                     u"<img src=\"https://tracker.example.net/p.png\">"_s;

QString pathOf(const QUrl &url)
{
    return url.path(QUrl::FullyEncoded) + u'?' + url.query(QUrl::FullyEncoded);
}
} // namespace

class TestSenderTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void forgedFromOnGmailStaysBlocked();
    void forgedFromOnGraphStaysBlocked();

private:
    QString deliver(const QString &provider, const QString &from, const QString &results);
    static void checkPage(const ConversationMessage &forged, const ConversationMessage &real);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSenderTrust::initTestCase()
{
    m_server = startSandbox();
    QVERIFY(m_server);
    m_client = std::make_unique<SandboxTestClient>(m_server->url());
}

QString TestSenderTrust::deliver(
    const QString &provider, const QString &from, const QString &results)
{
    m_client->setToken({});
    const TestReply r = m_client->post(u"/_sandbox/provider-deliver"_s,
        {{u"provider"_s, provider}, {u"from"_s, from}, {u"subject"_s, u"Bank details"_s},
            {u"html"_s, html}, {u"authenticationResults"_s, QJsonArray {results}}});
    if (r.status != 200)
        qWarning() << r.status << r.body;
    return r.json().value(u"id"_s).toString();
}

void TestSenderTrust::checkPage(const ConversationMessage &forged, const ConversationMessage &real)
{
    // The user trusts Jamie in this mailbox.
    ConversationDocument::Options o;
    o.imagesFromSenders.insert(u"jamie.lee@example.com"_s);
    const auto page = ConversationDocument::build({}, {real, forged}, o);
    QCOMPARE(page.blockedMessages, 1);
    QCOMPARE(page.allowedImages.size(), 1); // the real message's only
    const QString forgedHtml = page.html.mid(page.html.indexOf(u"id=\"m-"_s + forged.id));
    QVERIFY2(forgedHtml.contains(u"You trust jamie.lee@example.com, but the mail provider reports "
                                 u"that this message failed the sender check"_s),
        qPrintable(forgedHtml.left(3000)));
    QVERIFY(!forgedHtml.contains(u"trust-sender"_s));
}

void TestSenderTrust::forgedFromOnGmailStaysBlocked()
{
    const QString forgedId
        = deliver(u"gmail"_s, u"Jamie Lee <JAMIE.LEE@EXAMPLE.COM>"_s, forgedResults);
    const QString realId = deliver(u"gmail"_s, u"Jamie Lee <jamie.lee@example.com>"_s, realResults);
    QVERIFY(!forgedId.isEmpty() && !realId.isEmpty());
    m_client->setToken(m_server->demoProviderToken(Provider::Gmail));
    const auto read = [&](const QString &id) {
        const TestReply r
            = m_client->get(pathOf(GmailWire::messageMetadataUrl(m_server->gmailBaseUrl(), id)));
        [&] { QCOMPARE(r.status, 200); }();
        return GmailWire::conversationMessage(r.json());
    };
    const ConversationMessage forged = read(forgedId);
    const ConversationMessage real = read(realId);
    QCOMPARE(forged.from, u"Jamie Lee <JAMIE.LEE@EXAMPLE.COM>"_s);
    QCOMPARE(forged.authenticationResults, QStringList {forgedResults});
    QVERIFY(SenderAuthentication::fromHeaders(forged.authenticationResults).failed);
    QVERIFY(!SenderAuthentication::fromHeaders(real.authenticationResults).failed);
    // Gmail's metadata carries the snippet only: the page is checked with the bodies as sent.
    ConversationMessage f = forged;
    ConversationMessage g = real;
    f.body = g.body = html;
    checkPage(f, g);
}

void TestSenderTrust::forgedFromOnGraphStaysBlocked()
{
    const QString forgedId
        = deliver(u"outlook"_s, u"Jamie Lee <JAMIE.LEE@EXAMPLE.COM>"_s, forgedResults);
    const QString realId
        = deliver(u"outlook"_s, u"Jamie Lee <jamie.lee@example.com>"_s, realResults);
    QVERIFY(!forgedId.isEmpty() && !realId.isEmpty());
    m_client->setToken(m_server->demoProviderToken(Provider::Outlook));
    // Unselected, Graph does not list the headers (the stand-in is as strict).
    const TestReply plain = m_client->get(u"/graph/v1.0/me/messages/"_s + forgedId);
    QCOMPARE(plain.status, 200);
    QVERIFY(!plain.json().contains(u"internetMessageHeaders"_s));
    const auto read = [&](const QString &id) {
        const TestReply r = m_client->get(
            pathOf(GraphWire::conversationMessageUrl(m_server->graphBaseUrl(), id)));
        [&] { QCOMPARE(r.status, 200); }();
        return GraphWire::conversationMessage(r.json());
    };
    const ConversationMessage forged = read(forgedId);
    const ConversationMessage real = read(realId);
    QCOMPARE(forged.authenticationResults, QStringList {forgedResults});
    QVERIFY(forged.isHtml);
    QVERIFY(forged.body.contains(u"tracker.example.net"_s));
    checkPage(forged, real);
}

QTEST_GUILESS_MAIN(TestSenderTrust)
#include "tst_sendertrust.moc"

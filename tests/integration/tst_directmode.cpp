// SPDX-License-Identifier: GPL-3.0-or-later
// Direct mode as the app wires it, against the sandbox over real HTTP and a real Secret
// Service: a Gmail mailbox added through the provider's OAuth (PKCE, the browser played by the
// test), remembered without secrets, joining the From list and sending through
// RoutingSubmission; the thread picker's Gmail and Graph listings and the replies they make;
// "Save as .eml" byte for byte what Gmail received.
#include "accounts/DirectMailboxes.h"
#include "accounts/RoutingSubmission.h"
#include "accounts/SessionRegistry.h"
#include "auth/OAuthProfile.h"
#include "auth/ProviderSignIn.h"
#include "auth/TokenStore.h"
#include "compose/ComposeController.h"
#include "compose/EmlExport.h"
#include "mail/ThreadSummary.h"
#include "providers/AccountCheck.h"
#include "providers/DirectLookup.h"
#include "providers/ProviderRegistry.h"
#include "providers/gmail/GmailSubmission.h"
#include "sandbox/ProviderSeed.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/oauth/OAuthServers.h"
#include "settings/Settings.h"
#include "tests/support/BrowserStandIn.h"
#include "tests/support/SandboxTestClient.h"
#include "tests/support/SessionsRig.h"
#include "threads/ThreadChoice.h"
#include "threads/ThreadProviderSource.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Outpost;
using namespace Qt::StringLiterals;
using Sandbox::ProviderSeed::gmailAddress;
using Sandbox::ProviderSeed::outlookAddress;

class TestDirectMode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { rig.stop(); }
    void addedThroughOAuthKeptWithoutSecretsAndSends();
    void gmailThreadsForThePickerAndTheReplyJoins();
    void graphConversationsForThePickerAndTheReplyUsesCreateReply();
    void plusAddressThreadsAreFoundInBothProviders();
    void savedEmlIsByteForByteWhatGmailReceived();
    void emlExportOfTheComposeFormHasItsMailboxAndAttachment();
    void headerInjectionNeverReachesEitherProvider();

private:
    struct Outcome
    {
        std::optional<Receipt> receipt;
        std::optional<ServiceError> error;
    };
    Outcome send(Submission &submission, const Draft &draft, const QString &key = {});
    ThreadSource::Listing listThreads(ThreadSource &source, const QStringList &recipients);
    QList<QJsonObject> requestsTo(const QString &pathPrefix);
    Draft draft(const QString &from, const QString &subject) const;
    void addDemoMailboxes();

    Testing::SessionsRig rig;
    std::unique_ptr<Sandbox::SandboxServer> &sandbox = rig.sandbox;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> &http = rig.http;
    std::unique_ptr<QNetworkAccessManager> &network = rig.network;
    std::unique_ptr<TokenStore> &tokens = rig.tokens;
    std::unique_ptr<ProviderSignIn> &signIn = rig.signIn;
    std::unique_ptr<DirectMailboxes> &direct = rig.direct;
    std::unique_ptr<SessionRegistry> &sessions = rig.sessions;
    Testing::BrowserStandIn browser;
};

void TestDirectMode::init()
{
    Testing::SessionsRig::Options options;
    options.keepInstances = false; // no instance here: the provider's mailboxes alone
    options.providerBrowser = [this](const QUrl &url) {
        QTimer::singleShot(0, this, [this, url] { browser.signIn(url); });
    };
    QVERIFY(rig.start(options));
    QVERIFY(rig.probeTokens());
}

TestDirectMode::Outcome TestDirectMode::send(
    Submission &submission, const Draft &d, const QString &key)
{
    Outcome outcome;
    QObject guard;
    connect(&submission, &Submission::succeeded, &guard,
        [&](const Receipt &r) { outcome.receipt = r; });
    connect(&submission, &Submission::failed, &guard,
        [&](const ServiceError &e) { outcome.error = e; });
    submission.submit(
        d, key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key, {});
    if (!QTest::qWaitFor([&] { return outcome.receipt || outcome.error; }, 30000))
        outcome.error = ServiceError::network(ServiceError::Kind::Timeout, u"test"_s, u"none"_s);
    return outcome;
}

ThreadSource::Listing TestDirectMode::listThreads(
    ThreadSource &source, const QStringList &recipients)
{
    std::optional<ThreadSource::Listing> listing;
    source.list(recipients, this, [&](const ThreadSource::Listing &l) { listing = l; });
    if (!QTest::qWaitFor([&] { return listing.has_value(); }, 20000))
        return {{}, ServiceError::network(ServiceError::Kind::Timeout, u"test"_s, u"none"_s), {}};
    return *listing;
}

QList<QJsonObject> TestDirectMode::requestsTo(const QString &pathPrefix)
{
    QList<QJsonObject> found;
    for (const QJsonValue &r : http->recorded(pathPrefix + u'*'))
        found += r.toObject();
    return found;
}

Draft TestDirectMode::draft(const QString &from, const QString &subject) const
{
    Draft d;
    d.from = from;
    d.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    d.subject = subject;
    d.body = u"Body of "_s + subject + u'\n';
    return d;
}

void TestDirectMode::addDemoMailboxes()
{
    direct->addTransient(
        {Provider::Gmail, gmailAddress.toString(), u"Dana Demo"_s, sandbox->gmailBaseUrl()},
        sandbox->demoProviderToken(Provider::Gmail));
    direct->addTransient(
        {Provider::Outlook, outlookAddress.toString(), u"Dana Demo"_s, sandbox->graphBaseUrl()},
        sandbox->demoProviderToken(Provider::Outlook));
}

void TestDirectMode::addedThroughOAuthKeptWithoutSecretsAndSends()
{
    QCOMPARE(tokens->backend(), TokenStore::Backend::Keychain);
    QSignalSpy connected(direct.get(), &DirectMailboxes::connected);
    QSignalSpy changed(sessions.get(), &SessionRegistry::sessionsChanged);
    direct->connectMailbox(Provider::Gmail, gmailAddress.toString(), u"Dana Demo"_s);
    QVERIFY(direct->isConnecting());
    QVERIFY(connected.wait(15000));
    QVERIFY(connected.first().at(1).toBool()); // its tokens are in the keychain
    QVERIFY(!changed.isEmpty());
    QVERIFY(!direct->isConnecting());

    // The From list has it, with its provider, beside (here: without) platform mailboxes.
    std::optional<QList<Mailbox>> all;
    sessions->fetchMailboxes(
        this, [&](const QList<Mailbox> &m, const QList<ServiceError> &) { all = m; });
    QTRY_VERIFY(all.has_value());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().address, gmailAddress.toString());
    QCOMPARE(all->first().provider, Provider::Gmail);
    QVERIFY(DirectMailboxes::isDirectId(all->first().id));

    // The list names the mailbox and its API, and holds no secret.
    std::optional<std::optional<StoredTokens>> stored;
    tokens->read(TokenStore::providerKey(u"google"_s, gmailAddress.toString()), this,
        [&](const std::optional<StoredTokens> &t) { stored = t; });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(stored->has_value() && !(*stored)->refreshToken.isEmpty());
    QFile ini(rig.configPath(u"direct.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(text.contains(gmailAddress.toString().toUtf8()));
    QVERIFY(text.contains(sandbox->gmailBaseUrl().toString().toUtf8()));
    QVERIFY(!text.contains((*stored)->accessToken.toUtf8()));
    QVERIFY(!text.contains((*stored)->refreshToken.toUtf8()));

    // The next run remembers it; a send goes straight to Gmail with the OAuth token.
    DirectMailboxes again(network.get(), signIn.get(), rig.configPath(u"direct.ini"_s));
    again.load();
    QCOMPARE(again.list().size(), 1);
    QCOMPARE(again.list().first().apiBase, sandbox->gmailBaseUrl());
    SessionRegistry nextRun(network.get(), tokens.get(), nullptr);
    nextRun.setDirect(&again);
    RoutingSubmission routing(&nextRun);
    const Outcome o = send(routing, draft(gmailAddress.toString(), u"Sent directly"_s));
    QVERIFY2(o.receipt, qPrintable(o.error ? o.error->message : u"none"_s));
    QVERIFY(!o.receipt->threadId.isEmpty());
    const QList<QJsonObject> uploads
        = requestsTo(u"/gmail-api/upload/gmail/v1/users/me/messages/send"_s);
    QCOMPARE(uploads.size(), 1);
    QVERIFY(uploads.first().value(u"body"_s).toString().contains(u"Subject: Sent directly"_s));
    // The platform saw nothing of it.
    QVERIFY(requestsTo(u"/api/email/send"_s).isEmpty());

    // Removing it forgets the listing and the keychain entry.
    std::optional<QString> removed;
    again.remove(again.list().first(), this, [&](const QString &m) { removed = m; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(again.list().isEmpty());
    DirectMailboxes third(network.get(), signIn.get(), rig.configPath(u"direct.ini"_s));
    third.load();
    QVERIFY(third.list().isEmpty());
    stored.reset();
    tokens->read(TokenStore::providerKey(u"google"_s, gmailAddress.toString()), this,
        [&](const std::optional<StoredTokens> &t) { stored = t; });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(!stored->has_value());
}

void TestDirectMode::gmailThreadsForThePickerAndTheReplyJoins()
{
    addDemoMailboxes();
    const DirectMailbox gmail = *direct->find(gmailAddress.toString(), Provider::Gmail);
    ThreadProviderSource source(direct->httpFor(gmail), gmail);
    QCOMPARE(source.origin(), ThreadOrigin::Provider);
    const ThreadSource::Listing listing = listThreads(source, {u"Jamie.Lee@example.com"_s});
    QVERIFY2(!listing.error, qPrintable(listing.error ? listing.error->message : QString()));
    QStringList subjects;
    for (const ThreadSummary &t : listing.threads)
        subjects += t.subject;
    subjects.sort();
    QCOMPARE(subjects, QStringList({u"Design review"_s, u"Project kickoff"_s}));
    const auto kickoff = std::find_if(listing.threads.cbegin(), listing.threads.cend(),
        [](const ThreadSummary &t) { return t.subject == u"Project kickoff"; });
    QCOMPARE(kickoff->threadId, Sandbox::ProviderSeed::kickoffThreadId.toString());
    QCOMPARE(kickoff->messageCount, 3);
    QCOMPARE(kickoff->lastMessageId, Sandbox::ProviderSeed::kickoffLatestRfcId.toString());
    QCOMPARE(kickoff->mailbox, gmailAddress.toString());
    QCOMPARE(kickoff->provider, Provider::Gmail);
    // Priya's thread is not Jamie's.
    QCOMPARE(listThreads(source, {u"priya.raman@example.org"_s}).threads.size(), 1);

    // Choosing it makes the reply: threadId, the reply chain and the same subject.
    const Draft reply
        = ThreadChoice::applied(draft({}, u"anything"_s), *kickoff, direct->mailboxes());
    QCOMPARE(reply.from, gmailAddress.toString());
    QCOMPARE(reply.subject, u"Re: Project kickoff"_s);
    QCOMPARE(reply.inReplyTo, Sandbox::ProviderSeed::kickoffLatestRfcId.toString());
    QVERIFY(reply.references.endsWith(Sandbox::ProviderSeed::kickoffLatestRfcId.toString()));
    RoutingSubmission routing(sessions.get());
    const Outcome o = send(routing, reply);
    QVERIFY2(o.receipt, qPrintable(o.error ? o.error->message : u"none"_s));
    QCOMPARE(o.receipt->threadId, Sandbox::ProviderSeed::kickoffThreadId.toString());
    QCOMPARE(listThreads(source, {u"jamie.lee@example.com"_s}).threads.size(), 2);
}

void TestDirectMode::graphConversationsForThePickerAndTheReplyUsesCreateReply()
{
    addDemoMailboxes();
    const DirectMailbox outlook = *direct->find(outlookAddress.toString(), Provider::Outlook);
    ThreadProviderSource source(direct->httpFor(outlook), outlook);
    const ThreadSource::Listing listing = listThreads(source, {u"jamie.lee@example.com"_s});
    QVERIFY2(!listing.error, qPrintable(listing.error ? listing.error->message : QString()));
    QCOMPARE(listing.threads.size(), 1); // two messages, one conversation
    const ThreadSummary planning = listing.threads.first();
    QCOMPARE(planning.threadId, Sandbox::ProviderSeed::planningConversationId.toString());
    QCOMPARE(planning.messageCount, 2);
    QCOMPARE(planning.lastMessageId, Sandbox::ProviderSeed::planningLatestRfcId.toString());
    QCOMPARE(planning.provider, Provider::Outlook);
    QVERIFY(planning.subject.contains(u"Quarterly planning"_s));
    QVERIFY(planning.participants.join(u' ').contains(u"jamie.lee@example.com"_s));
    const ThreadSource::Listing priya = listThreads(source, {u"priya.raman@example.org"_s});
    QCOMPARE(priya.threads.size(), 1);
    QCOMPARE(
        priya.threads.first().threadId, Sandbox::ProviderSeed::receiptsConversationId.toString());

    const Draft reply
        = ThreadChoice::applied(draft({}, u"anything"_s), planning, direct->mailboxes());
    QCOMPARE(reply.from, outlookAddress.toString());
    RoutingSubmission routing(sessions.get());
    const Outcome o = send(routing, reply);
    QVERIFY2(o.receipt, qPrintable(o.error ? o.error->message : u"none"_s));
    QCOMPARE(o.receipt->conversationId, Sandbox::ProviderSeed::planningConversationId.toString());
    // createReply on the conversation's latest message.
    const QString latest = Sandbox::ProviderSeed::planningLatestMessageId.toString();
    QCOMPARE(requestsTo(u"/graph/v1.0/me/messages/"_s + latest + u"/createReply"_s).size(), 1);
    QCOMPARE(listThreads(source, {u"jamie.lee@example.com"_s}).threads.first().messageCount, 3);
    // The picker lists through $search, never through a lambda filter Graph refuses.
    int listings = 0;
    for (const QJsonObject &r : requestsTo(u"/graph/v1.0/me/messages"_s)) {
        const QString query = QUrl::fromPercentEncoding(r.value(u"query"_s).toString().toUtf8());
        QVERIFY2(!query.contains(u"/any("_s), qPrintable(query));
        if (query.contains(u"$search"_s)) {
            ++listings;
            QVERIFY2(query.contains(u"$search=\"participants:"_s), qPrintable(query));
            QVERIFY2(!query.contains(u"$orderby"_s), qPrintable(query));
        }
    }
    QCOMPARE(listings, 3);
}

void TestDirectMode::plusAddressThreadsAreFoundInBothProviders()
{
    // A server reads '+' in a query as a space: unencoded, jamie+billing@… is never found.
    addDemoMailboxes();
    const QString plus = u"jamie+billing@example.com"_s;
    RoutingSubmission routing(sessions.get());
    for (const QString &from : {gmailAddress.toString(), outlookAddress.toString()}) {
        Draft d = draft(from, u"Invoice for May"_s);
        d.to = {{{}, plus}};
        const Outcome o = send(routing, d);
        QVERIFY2(o.receipt, qPrintable(o.error ? o.error->message : u"none"_s));
    }
    QStringList found; // per provider: the subjects of the threads with the plus-address
    for (const Provider provider : {Provider::Gmail, Provider::Outlook}) {
        const DirectMailbox mailbox = *direct->find(
            provider == Provider::Gmail ? gmailAddress.toString() : outlookAddress.toString(),
            provider);
        ThreadProviderSource source(direct->httpFor(mailbox), mailbox);
        const ThreadSource::Listing listing = listThreads(source, {plus});
        QVERIFY2(!listing.error, qPrintable(listing.error ? listing.error->message : QString()));
        QStringList subjects;
        for (const ThreadSummary &t : listing.threads) {
            subjects += t.subject;
            QVERIFY(t.participants.join(u' ').contains(plus));
        }
        found += u"%1: %2"_s.arg(mailbox.address, subjects.join(u", "_s));
    }
    QCOMPARE(found,
        QStringList({gmailAddress.toString() + u": Invoice for May"_s,
            outlookAddress.toString() + u": Invoice for May"_s}));
}

void TestDirectMode::savedEmlIsByteForByteWhatGmailReceived()
{
    addDemoMailboxes();
    const DirectMailbox gmail = *direct->find(gmailAddress.toString(), Provider::Gmail);
    QTemporaryDir dir;
    const QString attachment = dir.filePath(u"Übersicht 2026.pdf"_s);
    {
        QFile f(attachment);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes(150 * 1024, '\0');
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char(i * 7 % 253);
        f.write(bytes);
    }
    Draft d = draft(gmail.address, u"Grüße zum Export"_s);
    d.bcc = {{{}, u"audit@acme.example"_s}};
    d.attachments = {{u"Übersicht 2026.pdf"_s, {}, {}, {}, attachment, -1}};
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime date = QDateTime::currentDateTimeUtc().addSecs(-90);
    const QString eml = dir.filePath(u"saved.eml"_s);
    QCOMPARE(ProviderRegistry::of(Provider::Gmail).writeEml(d, key, gmail, eml, date), QString());

    Submission *routed = direct->submissionFor(gmail, this);
    // Checked against the account first, then sent by the GmailSubmission inside.
    auto *checked = qobject_cast<AccountCheckedSubmission *>(routed);
    QVERIFY(checked);
    qobject_cast<GmailSubmission *>(checked->inner())->setDate(date);
    const Outcome o = send(*routed, d, key);
    QVERIFY2(o.receipt, qPrintable(o.error ? o.error->message : u"none"_s));
    QFile f(eml);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray saved = f.readAll();
    QVERIFY(saved.contains("From: Dana Demo <dana.direct@gmail.example>\r\n"));
    const QByteArray messageId
        = "Message-ID: " + DirectLookup::messageIdFor(key, gmail.address).toUtf8();
    QVERIFY(saved.toLower().contains(messageId.toLower())); // GMime spells it Message-Id
    QVERIFY(saved.contains("Bcc: audit@acme.example"));
    QVERIFY(saved.contains("filename*=UTF-8''%C3%9Cbersicht%202026.pdf"));
    // The upload carried the metadata part and exactly these bytes; Gmail keeps them as sent,
    // less the Bcc header (delivered copies never show it).
    const QList<QJsonObject> uploads
        = requestsTo(u"/gmail-api/upload/gmail/v1/users/me/messages/send"_s);
    QCOMPARE(uploads.size(), 1);
    QVERIFY(uploads.first().value(u"bodySize"_s).toInteger() > saved.size());
    Sandbox::Testing::SandboxTestClient gmailApi(
        sandbox->url(), sandbox->demoProviderToken(Provider::Gmail));
    const auto raw = gmailApi.get(
        u"/gmail-api/gmail/v1/users/me/messages/"_s + o.receipt->messageId + u"?format=raw"_s);
    QCOMPARE(raw.status, 200);
    const QByteArray received = QByteArray::fromBase64(
        raw.json().value(u"raw"_s).toString().toLatin1(), QByteArray::Base64UrlEncoding);
    QByteArray expected = saved;
    expected.replace("Bcc: audit@acme.example\r\n", "");
    QCOMPARE(received.size(), expected.size());
    QVERIFY2(received == expected, "the saved .eml is byte for byte what Gmail received");
}

void TestDirectMode::emlExportOfTheComposeFormHasItsMailboxAndAttachment()
{
    addDemoMailboxes();
    Settings preferences;
    ComposeController controller(nullptr, nullptr, preferences);
    controller.setSessions(sessions.get());
    QSignalSpy loaded(&controller, &ComposeController::mailboxesLoaded);
    controller.loadMailboxes();
    QTRY_VERIFY(!loaded.isEmpty());
    ComposeInput input;
    input.from = outlookAddress.toString();
    input.to = u"Jamie Lee <jamie.lee@example.com>"_s;
    input.subject = u"Notes"_s;
    input.body = u"See you."_s;
    QTemporaryDir dir;
    const QString eml = dir.filePath(u"form.eml"_s);
    QCOMPARE(EmlExport::write(&controller, input, eml), QString());
    QFile f(eml);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("From: Dana Demo <dana.direct@outlook.example>\r\n"));
    QVERIFY(bytes.contains("\r\nSubject: Notes\r\n"));
    QVERIFY(bytes.contains("@outlook.example>\r\n")); // Message-ID on the sender's domain
    // Bad input says what is wrong and writes nothing.
    input.to = u"not an address"_s;
    const QString other = dir.filePath(u"bad.eml"_s);
    QVERIFY(EmlExport::write(&controller, input, other).contains(u"not an address"_s));
    QVERIFY(!QFile::exists(other));
}

void TestDirectMode::headerInjectionNeverReachesEitherProvider()
{
    addDemoMailboxes();
    RoutingSubmission routing(sessions.get());
    for (const QString &from : {gmailAddress.toString(), outlookAddress.toString()}) {
        Draft subject = draft(from, u"Hi\r\nBcc: evil@attacker.example"_s);
        Outcome o = send(routing, subject);
        QVERIFY(o.error);
        QCOMPARE(o.error->field, DraftField::Subject);
        Draft name = draft(from, u"Hello"_s);
        name.to.first().name = u"Jamie\nBcc: evil@attacker.example"_s;
        o = send(routing, name);
        QVERIFY(o.error);
        QCOMPARE(o.error->field, DraftField::To);
        Draft chain = draft(from, u"Re: Hello"_s);
        chain.threadId = u"t"_s;
        chain.inReplyTo = u"<a@b>\r\nX-Evil: 1"_s;
        o = send(routing, chain);
        QVERIFY(o.error);
        QCOMPARE(o.error->field, DraftField::Thread);
    }
    // Only the account was asked for (GET profile, sendAs, /me), never with the message.
    const QStringList accountPaths {u"/gmail-api/gmail/v1/users/me/profile"_s,
        u"/gmail-api/gmail/v1/users/me/settings/sendAs"_s, u"/graph/v1.0/me"_s};
    for (const QString &provider : {u"/gmail-api/"_s, u"/graph/"_s}) {
        for (const QJsonObject &r : requestsTo(provider)) {
            QCOMPARE(r.value(u"method"_s).toString(), u"GET"_s);
            QVERIFY2(accountPaths.contains(r.value(u"path"_s).toString()),
                qPrintable(r.value(u"path"_s).toString()));
        }
    }
}

QTEST_MAIN(TestDirectMode)
#include "tst_directmode.moc"

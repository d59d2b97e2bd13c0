// SPDX-License-Identifier: GPL-3.0-or-later
// Whose mailbox a provider grant opens, checked as the app wires it, against the sandbox over
// real HTTP and a real Secret Service: the stand-in's Google and Microsoft sign-in pages sign
// in another account than login_hint asked for, and Outpost lists the account really signed
// in (not the one typed), says so, and refuses to send as the other address; a grant kept from
// before the check learns its account before its first send; a Gmail send-as alias is allowed
// when verified, refused when pending.
#include "accounts/DirectMailboxes.h"
#include "auth/OAuthProfile.h"
#include "auth/ProviderSignIn.h"
#include "auth/TokenStore.h"
#include "providers/AccountCheck.h"
#include "sandbox/ProviderSeed.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/oauth/OAuthServers.h"
#include "tests/support/BrowserStandIn.h"
#include "tests/support/SandboxTestClient.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Outpost;
using namespace Qt::StringLiterals;
using Sandbox::ProviderSeed::gmailAddress;
using Sandbox::ProviderSeed::gmailPendingAlias;
using Sandbox::ProviderSeed::gmailVerifiedAlias;
using Sandbox::ProviderSeed::outlookAddress;

class TestAccountCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void gmailSignInAsAnotherAccountAddsThatAccount_data();
    void gmailSignInAsAnotherAccountAddsThatAccount();
    void hintedAccountIsCheckedAndShown();
    void storedGrantOfAnotherAccountIsRefusedBeforeItsFirstSend_data();
    void storedGrantOfAnotherAccountIsRefusedBeforeItsFirstSend();
    void storedGrantLearnsOnceAndTheKeychainKeepsIt();
    void verifiedAliasSendsAndPendingAliasIsRefused();
    void grantWithoutTheScopeToReadTheAccountSendsNothing();

private:
    struct Outcome
    {
        std::optional<Receipt> receipt;
        std::optional<ServiceError> error;
    };
    Outcome send(Submission &submission, const Draft &draft);
    Draft draft(const QString &from) const;
    QList<QJsonObject> requestsTo(const QString &pathPrefix);
    // A mailbox kept from an earlier run: in the list file, with a grant for `tokenAccount` in
    // its keychain entry and no account learned yet.
    DirectMailbox keptMailbox(Provider provider, const QString &address, const QString &token);
    QString tokenFor(Provider provider, const QString &account);
    void signInAs(const QString &provider, const QString &account);
    std::unique_ptr<DirectMailboxes> newRegistry();

    QTemporaryDir config;
    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<TokenStore> tokens;
    std::unique_ptr<ProviderSignIn> signIn;
    std::unique_ptr<DirectMailboxes> direct;
    ConfigOverrides overrides;
    Testing::BrowserStandIn browser;
};

void TestAccountCheck::init()
{
    sandbox = Sandbox::Testing::startSandbox();
    QVERIFY(sandbox);
    overrides.clear();
    for (const auto &[key, value] : Sandbox::OAuthServers::environment(sandbox->url()))
        overrides.insert(key, value);
    http = std::make_unique<Sandbox::Testing::SandboxTestClient>(
        sandbox->url(), sandbox->demoToken());
    network = std::make_unique<QNetworkAccessManager>();
    tokens = std::make_unique<TokenStore>();
    bool probed = false;
    tokens->probe(this, [&] { probed = true; });
    QTRY_VERIFY(probed);
    QCOMPARE(tokens->backend(), TokenStore::Backend::Keychain);
    signIn = std::make_unique<ProviderSignIn>(network.get(), tokens.get(), [this](const QUrl &url) {
        QTimer::singleShot(0, this, [this, url] { browser.signIn(url); });
    });
    QFile::remove(config.filePath(u"direct.ini"_s));
    direct = newRegistry();
}

void TestAccountCheck::cleanup()
{
    direct.reset();
    signIn.reset();
    if (tokens)
        tokens->waitForPendingJobs();
    tokens.reset();
    network.reset();
    http.reset();
    sandbox.reset();
}

std::unique_ptr<DirectMailboxes> TestAccountCheck::newRegistry()
{
    auto registry = std::make_unique<DirectMailboxes>(
        network.get(), signIn.get(), config.filePath(u"direct.ini"_s));
    registry->setOverrides(overrides);
    registry->load();
    return registry;
}

TestAccountCheck::Outcome TestAccountCheck::send(Submission &submission, const Draft &d)
{
    Outcome outcome;
    QObject guard;
    connect(&submission, &Submission::succeeded, &guard,
        [&](const Receipt &r) { outcome.receipt = r; });
    connect(&submission, &Submission::failed, &guard,
        [&](const ServiceError &e) { outcome.error = e; });
    submission.submit(d, QUuid::createUuid().toString(QUuid::WithoutBraces), {});
    if (!QTest::qWaitFor([&] { return outcome.receipt || outcome.error; }, 30000))
        outcome.error = ServiceError::network(ServiceError::Kind::Timeout, u"test"_s, u"none"_s);
    return outcome;
}

Draft TestAccountCheck::draft(const QString &from) const
{
    Draft d;
    d.from = from;
    d.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    d.subject = u"Whose mailbox?"_s;
    d.body = u"Sent as "_s + from + u'\n';
    return d;
}

QList<QJsonObject> TestAccountCheck::requestsTo(const QString &pathPrefix)
{
    QList<QJsonObject> found;
    for (const QJsonValue &r : http->recorded(pathPrefix + u'*'))
        found += r.toObject();
    return found;
}

QString TestAccountCheck::tokenFor(Provider provider, const QString &account)
{
    const auto r = http->post(u"/_sandbox/provider-tokens"_s,
        {{u"provider"_s, providerName(provider)}, {u"mailbox"_s, account}});
    return r.status == 200 ? r.json().value(u"token"_s).toString() : QString();
}

DirectMailbox TestAccountCheck::keptMailbox(
    Provider provider, const QString &address, const QString &token)
{
    const DirectMailbox mailbox {provider, address, {},
        provider == Provider::Gmail ? sandbox->gmailBaseUrl() : sandbox->graphBaseUrl()};
    {
        QSettings list(config.filePath(u"direct.ini"_s), QSettings::IniFormat);
        list.beginWriteArray(u"mailboxes"_s, 1);
        list.setArrayIndex(0);
        list.setValue(u"provider"_s, providerName(provider));
        list.setValue(u"address"_s, address);
        list.setValue(u"api"_s, mailbox.apiBase.toString());
        list.endArray();
    }
    const QString profile = provider == Provider::Gmail ? u"google"_s : u"microsoft"_s;
    bool written = false;
    tokens->write(TokenStore::providerKey(profile, address),
        StoredTokens {token, {}, QDateTime::currentDateTimeUtc().addSecs(3000), {}}, this,
        [&](bool) { written = true; });
    [&] { QTRY_VERIFY(written); }();
    direct = newRegistry();
    return mailbox;
}

void TestAccountCheck::signInAs(const QString &provider, const QString &account)
{
    const auto r = http->post(
        u"/_sandbox/sign-in-as"_s, {{u"provider"_s, provider}, {u"account"_s, account}});
    QCOMPARE(r.status, 200);
}

void TestAccountCheck::gmailSignInAsAnotherAccountAddsThatAccount_data()
{
    QTest::addColumn<QString>("via");
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("signedIn");
    QTest::newRow("google") << u"gmail"_s << gmailAddress.toString()
                            << u"someone.else@gmail.example"_s;
    QTest::newRow("microsoft") << u"outlook"_s << outlookAddress.toString()
                               << u"someone.else@outlook.example"_s;
}

void TestAccountCheck::gmailSignInAsAnotherAccountAddsThatAccount()
{
    QFETCH(QString, via);
    const Provider provider = *providerFromName(via);
    QFETCH(QString, asked);
    QFETCH(QString, signedIn);
    const QString profile = provider == Provider::Gmail ? u"google"_s : u"microsoft"_s;
    // The user picks another account on the provider's page than the one Outpost hinted.
    signInAs(profile, signedIn);
    QSignalSpy connected(direct.get(), &DirectMailboxes::connected);
    QSignalSpy differs(direct.get(), &DirectMailboxes::accountDiffers);
    QSignalSpy failed(direct.get(), &DirectMailboxes::connectFailed);
    direct->connectMailbox(provider, asked, u"Dana"_s);
    QVERIFY(connected.wait(20000));
    QCOMPARE(failed.size(), 0);
    // Listed as the account really signed in, never as the one typed.
    QCOMPARE(direct->list().size(), 1);
    QCOMPARE(direct->list().first().address, signedIn);
    QVERIFY(!direct->find(asked, provider));
    QCOMPARE(direct->identityOf(direct->list().first()).address, signedIn);
    QCOMPARE(differs.size(), 1);
    const QString message = differs.first().at(2).toString();
    QVERIFY2(message.contains(signedIn) && message.contains(asked), qPrintable(message));
    // The grant is kept under the account it opens, with that account; nothing under the other.
    std::optional<StoredTokens> moved;
    bool read = false;
    tokens->read(TokenStore::providerKey(profile, signedIn), this,
        [&](const std::optional<StoredTokens> &t) { moved = t, read = true; });
    QTRY_VERIFY(read);
    QVERIFY(moved);
    QCOMPARE(moved->identity.address, signedIn);
    read = false;
    std::optional<StoredTokens> old;
    tokens->read(TokenStore::providerKey(profile, asked), this,
        [&](const std::optional<StoredTokens> &t) { old = t, read = true; });
    QTRY_VERIFY(read);
    QVERIFY(!old);
    // It sends as the account it is; a From of the other address is refused before anything
    // reaches the provider, with a message naming the signed-in account.
    std::unique_ptr<Submission> submission(direct->submissionFor(direct->list().first(), nullptr));
    const Outcome ok = send(*submission, draft(signedIn));
    QVERIFY2(ok.receipt, qPrintable(ok.error ? ok.error->message : u"none"_s));
    const qsizetype sent = http->providerMessages(providerName(provider)).size();
    const Outcome refused = send(*submission, draft(asked));
    QVERIFY(refused.error);
    QCOMPARE(refused.error->field, DraftField::From);
    QCOMPARE(refused.error->kind, ServiceError::Kind::Forbidden);
    QCOMPARE(refused.error->message,
        u"Signed in to %1 as %2, not %3: connect %3 or choose %2."_s.arg(
            provider == Provider::Gmail ? u"Google"_s : u"Microsoft"_s, signedIn, asked));
    QCOMPARE(http->providerMessages(providerName(provider)).size(), sent);
    // The switch was for one sign-in: the next one follows the hint again.
    direct->connectMailbox(provider, asked);
    QVERIFY(connected.wait(20000));
    QCOMPARE(direct->list().first().address, asked);
    QCOMPARE(differs.size(), 1);
}

void TestAccountCheck::hintedAccountIsCheckedAndShown()
{
    QSignalSpy connected(direct.get(), &DirectMailboxes::connected);
    direct->connectMailbox(Provider::Outlook, outlookAddress.toString());
    QVERIFY(connected.wait(20000));
    // Learned with the new grant before the mailbox was listed.
    QCOMPARE(direct->identityOf(direct->list().first()).address, outlookAddress.toString());
    const QList<QJsonObject> me = requestsTo(u"/graph/v1.0/me"_s);
    QCOMPARE(me.size(), 1);
    QVERIFY(me.first().value(u"query"_s).toString().contains(u"select=mail"_s));
}

void TestAccountCheck::storedGrantOfAnotherAccountIsRefusedBeforeItsFirstSend_data()
{
    QTest::addColumn<QString>("via");
    QTest::addColumn<QString>("accountPath");
    QTest::newRow("gmail") << u"gmail"_s << u"/gmail-api/gmail/v1/users/me/profile"_s;
    QTest::newRow("outlook") << u"outlook"_s << u"/graph/v1.0/me"_s;
}

void TestAccountCheck::storedGrantOfAnotherAccountIsRefusedBeforeItsFirstSend()
{
    QFETCH(QString, via);
    const Provider provider = *providerFromName(via);
    QFETCH(QString, accountPath);
    // Kept before Outpost checked accounts: listed as one address, its grant another's.
    const QString listed = u"someone.else@example.org"_s;
    const QString real
        = provider == Provider::Gmail ? gmailAddress.toString() : outlookAddress.toString();
    const DirectMailbox mailbox = keptMailbox(provider, listed, tokenFor(provider, real));
    QVERIFY(direct->find(listed, provider));
    QVERIFY(!direct->identityOf(mailbox).isKnown());
    std::unique_ptr<Submission> submission(direct->submissionFor(mailbox, nullptr));
    const Outcome o = send(*submission, draft(listed));
    QVERIFY(o.error);
    QCOMPARE(o.error->field, DraftField::From);
    QVERIFY2(o.error->message.startsWith(u"Signed in to %1 as %2, not %3"_s.arg(
                 provider == Provider::Gmail ? u"Google"_s : u"Microsoft"_s, real, listed)),
        qPrintable(o.error->message));
    QCOMPARE(requestsTo(accountPath).size(), 1);
    // Nothing was sent, nor written as a draft: only the account was asked for.
    QCOMPARE(http->providerMessages(providerName(provider)).size(), 0);
    for (const QJsonObject &r :
        requestsTo(provider == Provider::Gmail ? u"/gmail-api/"_s : u"/graph/"_s))
        QCOMPARE(r.value(u"method"_s).toString(), u"GET"_s);
    // The account is shown where the mailbox is listed.
    QCOMPARE(direct->identityOf(mailbox).address, real);
}

void TestAccountCheck::storedGrantLearnsOnceAndTheKeychainKeepsIt()
{
    const DirectMailbox mailbox = keptMailbox(
        Provider::Gmail, gmailAddress.toString(), sandbox->demoProviderToken(Provider::Gmail));
    std::unique_ptr<Submission> submission(direct->submissionFor(mailbox, nullptr));
    for (int i = 0; i < 2; ++i) {
        const Outcome o = send(*submission, draft(gmailAddress.toString()));
        QVERIFY2(o.receipt, qPrintable(o.error ? o.error->message : u"none"_s));
    }
    // Asked once, before the first send (the profile came before the upload).
    const QJsonArray all = http->recorded(u"/gmail-api/*"_s);
    QCOMPARE(requestsTo(u"/gmail-api/gmail/v1/users/me/profile"_s).size(), 1);
    QCOMPARE(requestsTo(u"/gmail-api/gmail/v1/users/me/settings/sendAs"_s).size(), 1);
    qsizetype profileAt = -1, uploadAt = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString path = all.at(i).toObject().value(u"path"_s).toString();
        if (path.endsWith(u"/profile") && profileAt < 0)
            profileAt = i;
        if (path.contains(u"/upload/") && uploadAt < 0)
            uploadAt = i;
    }
    QVERIFY(profileAt >= 0 && uploadAt > profileAt);
    // Kept in the keychain entry: the next run (a new keychain client, nothing in memory)
    // knows it without asking.
    submission.reset();
    tokens->waitForPendingJobs();
    direct.reset();
    signIn.reset();
    tokens = std::make_unique<TokenStore>();
    signIn = std::make_unique<ProviderSignIn>(network.get(), tokens.get(), [](const QUrl &) {});
    direct = newRegistry();
    QVERIFY(!direct->identityOf(mailbox).isKnown());
    QSignalSpy changed(direct.get(), &DirectMailboxes::changed);
    direct->loadIdentities();
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    QCOMPARE(direct->identityOf(mailbox).address, gmailAddress.toString());
    QCOMPARE(direct->identityOf(mailbox).sendAs, QStringList {gmailVerifiedAlias.toString()});
    std::unique_ptr<Submission> again(direct->submissionFor(mailbox, nullptr));
    QVERIFY(send(*again, draft(gmailAddress.toString())).receipt);
    QCOMPARE(requestsTo(u"/gmail-api/gmail/v1/users/me/profile"_s).size(), 1);
}

void TestAccountCheck::verifiedAliasSendsAndPendingAliasIsRefused()
{
    const DirectMailbox mailbox = keptMailbox(Provider::Gmail, gmailVerifiedAlias.toString(),
        sandbox->demoProviderToken(Provider::Gmail));
    std::unique_ptr<Submission> submission(direct->submissionFor(mailbox, nullptr));
    const Outcome ok = send(*submission, draft(gmailVerifiedAlias.toString()));
    QVERIFY2(ok.receipt, qPrintable(ok.error ? ok.error->message : u"none"_s));
    // Gmail left the alias in From.
    const QString raw
        = http->providerMessages(u"gmail"_s).last().toObject().value(u"raw"_s).toString();
    QVERIFY2(raw.contains(u"From: "_s + gmailVerifiedAlias.toString()), qPrintable(raw.left(400)));
    const Outcome pending = send(*submission, draft(gmailPendingAlias.toString()));
    QVERIFY(pending.error);
    QCOMPARE(pending.error->field, DraftField::From);
    QVERIFY(pending.error->message.contains(gmailAddress.toString()));
    QCOMPARE(http->providerMessages(u"gmail"_s).size(), 1);
}

void TestAccountCheck::grantWithoutTheScopeToReadTheAccountSendsNothing()
{
    // A Microsoft grant from before User.Read was asked for: /me refuses it, and the mailbox
    // must be connected again; nothing is sent meanwhile.
    OAuthProfile old = OAuthProfile::microsoft(nullptr, overrides);
    old.scopes.removeAll(u"User.Read"_s);
    QSignalSpy connected(signIn.get(), &ProviderSignIn::connected);
    signIn->connectAccount(old, outlookAddress.toString());
    QVERIFY(connected.wait(20000));
    {
        QSettings list(config.filePath(u"direct.ini"_s), QSettings::IniFormat);
        list.beginWriteArray(u"mailboxes"_s, 1);
        list.setArrayIndex(0);
        list.setValue(u"provider"_s, u"outlook"_s);
        list.setValue(u"address"_s, outlookAddress.toString());
        list.setValue(u"api"_s, sandbox->graphBaseUrl().toString());
        list.endArray();
    }
    tokens->waitForPendingJobs();
    direct = newRegistry();
    const auto mailbox = direct->find(outlookAddress.toString(), Provider::Outlook);
    QVERIFY(mailbox);
    std::unique_ptr<Submission> submission(direct->submissionFor(*mailbox, nullptr));
    const Outcome o = send(*submission, draft(outlookAddress.toString()));
    QVERIFY(o.error);
    QCOMPARE(o.error->field, DraftField::From);
    QVERIFY(!o.error->isRetryable());
    QVERIFY2(
        o.error->message.contains(u"Connect the mailbox again"_s), qPrintable(o.error->message));
    QCOMPARE(http->providerMessages(u"outlook"_s).size(), 0);
}

QTEST_GUILESS_MAIN(TestAccountCheck)
#include "tst_accountcheck.moc"

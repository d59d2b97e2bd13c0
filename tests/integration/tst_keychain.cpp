// SPDX-License-Identifier: GPL-3.0-or-later
// Tokens in a real Secret Service (gnome-keyring in a private D-Bus session): kept across runs,
// rotated, deleted on sign-out, never in Outpost's own files; a locked keychain is said plainly
// and nothing falls back to plain text. Runs under tests/run-with-keyring.sh.
#include "accounts/InstanceSession.h"
#include "accounts/InstanceSignIn.h"
#include "accounts/ProviderTokenSource.h"
#include "accounts/SessionRegistry.h"
#include "auth/ProviderSignIn.h"
#include "auth/TokenStore.h"
#include "platform/PlatformClient.h"
#include "sandbox/oauth/OAuthServers.h"
#include "tests/support/BrowserStandIn.h"
#include "tests/support/ManualClock.h"
#include "tests/support/SandboxTestClient.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {
// What a later run of Outpost finds in the keychain under `key`.
std::optional<StoredTokens> readInNewRun(const QString &key)
{
    TokenStore run;
    std::optional<StoredTokens> found;
    bool answered = false;
    run.probe(&run, [&] {
        run.read(key, &run, [&](const std::optional<StoredTokens> &t) {
            found = t;
            answered = true;
        });
    });
    QSignalSpy never(&run, &QObject::destroyed);
    for (int i = 0; i < 200 && !answered; ++i)
        never.wait(25);
    return found;
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void roundTripThroughTheSecretService();
    void signInKeepsTokensOnlyInTheKeychain();
    void rotatedTokensReplaceTheOldOnes();
    void nextRunRestoresAndSignOutDeletes();
    void providerTokensAreKeptRefreshedAndRevoked();
    void deadProviderGrantIsForgotten();
    void tokenSourceRefreshesARefusedToken();
    void grantedScopesAreKeptAndAskedForOnRefresh();
    void invalidScopeAsksToConnectAgainAndReconnectWorks();
    void concurrentRefreshesAreOneRequest();
    void lockedKeychainIsSaidPlainlyAndNothingIsWritten(); // last: it locks the session's keyring

private:
    InstanceSession *signInDemo();
    void playBrowserLater(const QUrl &url);

    QTemporaryDir config;
    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    ConfigOverrides servers; // the sandbox's OAuth servers, handed to every profile
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<TokenStore> tokens;
    std::unique_ptr<InstanceList> list;
    std::unique_ptr<SessionRegistry> sessions;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
    Testing::BrowserStandIn browser;
};

void TestKeychain::init()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
        "run through tests/run-with-keyring.sh");
    sandbox = Sandbox::Testing::startSandbox();
    QVERIFY(sandbox);
    servers = Sandbox::Testing::sandboxServers(sandbox->url());
    http = std::make_unique<Sandbox::Testing::SandboxTestClient>(
        sandbox->url(), sandbox->demoToken());
    network = std::make_unique<QNetworkAccessManager>();
    tokens = std::make_unique<TokenStore>();
    QFile::remove(config.filePath(u"instances.ini"_s)); // each test starts signed out
    list = std::make_unique<InstanceList>(config.filePath(u"instances.ini"_s));
    sessions = std::make_unique<SessionRegistry>(network.get(), tokens.get(), list.get());
    bool probed = false;
    tokens->probe(this, [&] { probed = true; });
    QTRY_VERIFY(probed);
}

void TestKeychain::cleanup()
{
    if (tokens)
        tokens->waitForPendingJobs(); // the last write or removal of a test lands in that test
    sessions.reset();
    list.reset();
    tokens.reset();
    network.reset();
    http.reset();
    sandbox.reset();
}

InstanceSession *TestKeychain::signInDemo()
{
    InstanceSignIn signIn(sessions.get());
    QSignalSpy signedIn(&signIn, &InstanceSignIn::signedIn);
    signIn.signIn({sandbox->url().toString(), u"demo@outpost.example"_s, u"outpost-demo"_s, {}});
    if (!signedIn.wait(10000) || !signedIn.first().at(1).toBool())
        return nullptr;
    return signedIn.first().first().value<InstanceSession *>();
}

void TestKeychain::playBrowserLater(const QUrl &url)
{
    QTimer::singleShot(0, this, [this, url] { browser.signIn(url); });
}

void TestKeychain::roundTripThroughTheSecretService()
{
    QCOMPARE(tokens->backend(), TokenStore::Backend::Keychain);
    QVERIFY(tokens->memoryOnlyReason().isEmpty());
    const QString key
        = TokenStore::instanceKey(QUrl(u"https://acme.example"_s), u"Ana@Acme.example"_s);
    QCOMPARE(key, u"instance https://acme.example ana@acme.example"_s);
    std::optional<bool> inKeychain;
    tokens->write(key, {u"at-1"_s, u"rt-1"_s, {}}, this, [&](bool k) { inKeychain = k; });
    QTRY_VERIFY(inKeychain.has_value());
    QVERIFY(*inKeychain);
    const auto found = readInNewRun(key);
    QVERIFY(found);
    QCOMPARE(found->accessToken, u"at-1"_s);
    QCOMPARE(found->refreshToken, u"rt-1"_s);
    bool removed = false;
    tokens->remove(key, this, [&] { removed = true; });
    QTRY_VERIFY(removed);
    QVERIFY(!readInNewRun(key));
}

void TestKeychain::signInKeepsTokensOnlyInTheKeychain()
{
    InstanceSession *s = signInDemo();
    QVERIFY(s);
    const Session session = s->client()->session();
    const auto kept = readInNewRun(TokenStore::instanceKey(sandbox->url(), session.userEmail));
    QVERIFY(kept);
    QCOMPARE(kept->accessToken, session.accessToken);
    QCOMPARE(kept->refreshToken, session.refreshToken);
    // The instance list names the instance and user, and holds no secret.
    QCOMPARE(list->accounts().size(), 1);
    QCOMPARE(list->accounts().first().email, u"demo@outpost.example"_s);
    QFile file(config.filePath(u"instances.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("demo@outpost.example"));
    QVERIFY(!text.contains(session.accessToken.toLatin1()));
    QVERIFY(!text.contains(session.refreshToken.toLatin1()));
    QVERIFY(!text.contains("sbx_"));
}

void TestKeychain::rotatedTokensReplaceTheOldOnes()
{
    InstanceSession *s = signInDemo();
    QVERIFY(s);
    const Session before = s->client()->session();
    QCOMPARE(http->post(u"/_sandbox/expire-tokens"_s, {}).status, 200);
    std::optional<QList<ServiceError>> errors;
    sessions->fetchMailboxes(
        this, [&](const QList<Mailbox> &, const QList<ServiceError> &e) { errors = e; });
    QTRY_VERIFY(errors.has_value());
    QVERIFY(errors->isEmpty());
    const Session after = s->client()->session();
    QVERIFY(after.refreshToken != before.refreshToken);
    QTRY_COMPARE(readInNewRun(TokenStore::instanceKey(sandbox->url(), after.userEmail))
                     .value_or(StoredTokens {})
                     .refreshToken,
        after.refreshToken);
}

void TestKeychain::nextRunRestoresAndSignOutDeletes()
{
    QVERIFY(signInDemo());
    const QString key = TokenStore::instanceKey(sandbox->url(), u"demo@outpost.example"_s);
    // The next run: a fresh registry over the same list and keychain.
    TokenStore nextTokens;
    SessionRegistry next(network.get(), &nextTokens, list.get());
    std::optional<QList<SignedInAccount>> missing;
    next.restore(this, [&](const QList<SignedInAccount> &m) { missing = m; });
    QTRY_VERIFY(missing.has_value());
    QVERIFY(missing->isEmpty());
    QCOMPARE(next.sessions().size(), 1);
    std::optional<QList<ServiceError>> errors;
    next.fetchMailboxes(this, [&](const QList<Mailbox> &all, const QList<ServiceError> &e) {
        errors = e;
        QVERIFY(all.size() >= 3);
    });
    QTRY_VERIFY(errors.has_value());
    QVERIFY(errors->isEmpty());

    bool signedOut = false;
    next.signOut(next.sessions().first(), this, [&] { signedOut = true; });
    QTRY_VERIFY(signedOut);
    QVERIFY(!readInNewRun(key));
    QVERIFY(list->accounts().isEmpty());
}

void TestKeychain::providerTokensAreKeptRefreshedAndRevoked()
{
    ProviderSignIn google(
        network.get(), tokens.get(), [this](const QUrl &u) { playBrowserLater(u); });
    QSignalSpy connected(&google, &ProviderSignIn::connected);
    google.connectAccount(OAuthProfile::google(nullptr, servers), u"dana@acme.example"_s);
    QVERIFY(connected.wait(10000));
    QVERIFY(connected.first().at(2).toBool()); // in the keychain
    const QString key = TokenStore::providerKey(u"google"_s, u"dana@acme.example"_s);
    const auto first = readInNewRun(key);
    QVERIFY(first && first->refreshToken.startsWith(u"sbx_google_rt_"_s));
    QVERIFY(first->expiresAt.isValid());

    std::optional<QString> token;
    google.accessToken(OAuthProfile::google(nullptr, servers), u"dana@acme.example"_s, this,
        [&](const std::optional<QString> &t, const OAuthError &) { token = t.value_or(u"-"_s); });
    QTRY_VERIFY(token.has_value());
    QCOMPARE(*token, first->accessToken); // still fresh: no refresh

    ProviderSignIn microsoft(
        network.get(), tokens.get(), [this](const QUrl &u) { playBrowserLater(u); });
    QSignalSpy msConnected(&microsoft, &ProviderSignIn::connected);
    microsoft.connectAccount(OAuthProfile::microsoft(nullptr, servers), u"support@acme.example"_s);
    QVERIFY(msConnected.wait(10000));
    const QString msKey = TokenStore::providerKey(u"microsoft"_s, u"support@acme.example"_s);
    const auto msFirst = readInNewRun(msKey);
    QVERIFY(msFirst);
    token.reset();
    microsoft.accessToken(
        OAuthProfile::microsoft(nullptr, servers), u"support@acme.example"_s, this,
        [&](const std::optional<QString> &t, const OAuthError &) { token = t.value_or(u"-"_s); },
        true);
    QTRY_VERIFY(token.has_value());
    QVERIFY(*token != msFirst->accessToken);
    // The rotated refresh token is the one kept.
    QTRY_VERIFY(
        readInNewRun(msKey).value_or(StoredTokens {}).refreshToken != msFirst->refreshToken);

    std::optional<QString> signOutMessage;
    google.signOut(OAuthProfile::google(nullptr, servers), u"dana@acme.example"_s, this,
        [&](const QString &m) { signOutMessage = m; });
    QTRY_VERIFY(signOutMessage.has_value());
    QVERIFY2(signOutMessage->isEmpty(), qPrintable(*signOutMessage));
    QVERIFY(!readInNewRun(key));
    // Revoked at the provider: the old refresh token is worthless there too.
    std::optional<OAuthResult> refreshed;
    google.flow()->tokenClient()->refresh(OAuthProfile::google(nullptr, servers),
        first->refreshToken, {}, this, [&](const OAuthResult &r) { refreshed = r; });
    QTRY_VERIFY(refreshed.has_value());
    QCOMPARE(refreshed->error.kind, OAuthError::Kind::InvalidGrant);
}

void TestKeychain::deadProviderGrantIsForgotten()
{
    const QString key = TokenStore::providerKey(u"google"_s, u"ops@acme.example"_s);
    bool written = false;
    tokens->write(key, {u"sbx_google_at_old"_s, u"sbx_google_rt_revoked"_s, {}}, this,
        [&](bool) { written = true; });
    QTRY_VERIFY(written);
    ProviderSignIn google(network.get(), tokens.get(), {});
    QSignalSpy reconnect(&google, &ProviderSignIn::reconnectRequired);
    std::optional<OAuthError> error;
    google.accessToken(OAuthProfile::google(nullptr, servers), u"ops@acme.example"_s, this,
        [&](const std::optional<QString> &t, const OAuthError &e) {
            QVERIFY(!t);
            error = e;
        });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->kind, OAuthError::Kind::InvalidGrant);
    QVERIFY2(
        error->message.contains(u"Connect ops@acme.example again"_s), qPrintable(error->message));
    QCOMPARE(reconnect.size(), 1);
    QTRY_VERIFY(!readInNewRun(key));
}

void TestKeychain::tokenSourceRefreshesARefusedToken()
{
    ProviderSignIn graph(
        network.get(), tokens.get(), [this](const QUrl &u) { playBrowserLater(u); });
    QSignalSpy connected(&graph, &ProviderSignIn::connected);
    graph.connectAccount(OAuthProfile::microsoft(nullptr, servers), u"support@acme.example"_s);
    QVERIFY(connected.wait(10000));
    ProviderTokenSource source(
        &graph, OAuthProfile::microsoft(nullptr, servers), u"support@acme.example"_s);
    const auto next = [&]() -> QString {
        std::optional<Result<QString>> got;
        source.token(this, [&](const Result<QString> &r) { got = r; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
            return {};
        return got && got->ok() ? got->value() : QString();
    };
    const QString first = next();
    QVERIFY(first.startsWith(u"sbx_microsoft_at_"_s));
    QCOMPARE(next(), first); // still valid: no refresh
    source.invalidate(first); // the provider answered 401
    const QString second = next();
    QVERIFY(second.startsWith(u"sbx_microsoft_at_"_s));
    QVERIFY(second != first);
}

void TestKeychain::grantedScopesAreKeptAndAskedForOnRefresh()
{
    ProviderSignIn graph(
        network.get(), tokens.get(), [this](const QUrl &u) { playBrowserLater(u); });
    QSignalSpy connected(&graph, &ProviderSignIn::connected);
    graph.connectAccount(OAuthProfile::microsoft(nullptr, servers), u"support@acme.example"_s);
    QVERIFY(connected.wait(10000));
    const QString key = TokenStore::providerKey(u"microsoft"_s, u"support@acme.example"_s);
    const auto first = readInNewRun(key);
    QVERIFY(first);
    // In the keychain entry with the tokens: what was granted, not what the profile asks for.
    QCOMPARE(first->scopes, QStringList({u"Mail.Send"_s, u"Mail.ReadWrite"_s, u"User.Read"_s}));
    // An hour later the access token has expired: the refresh must work.
    Outpost::Testing::ShiftedClock later;
    later.shiftSecs = 7200;
    graph.setClock(&later);
    std::optional<QString> token;
    std::optional<OAuthError> error;
    graph.accessToken(OAuthProfile::microsoft(nullptr, servers), u"support@acme.example"_s, this,
        [&](const std::optional<QString> &t, const OAuthError &e) {
            token = t.value_or(QString());
            error = e;
        });
    QTRY_VERIFY(token.has_value());
    QVERIFY2(!token->isEmpty(), qPrintable(error->message));
    QVERIFY(*token != first->accessToken);
    QTRY_VERIFY(readInNewRun(key).value_or(StoredTokens {}).accessToken == *token);
    QCOMPARE(readInNewRun(key)->scopes, first->scopes);
}

void TestKeychain::invalidScopeAsksToConnectAgainAndReconnectWorks()
{
    const QString account = u"support@acme.example"_s;
    const QString key = TokenStore::providerKey(u"microsoft"_s, account);
    ProviderSignIn graph(
        network.get(), tokens.get(), [this](const QUrl &u) { playBrowserLater(u); });
    QSignalSpy connected(&graph, &ProviderSignIn::connected);
    QSignalSpy reconnect(&graph, &ProviderSignIn::reconnectRequired);
    graph.connectAccount(OAuthProfile::microsoft(nullptr, servers), account);
    QVERIFY(connected.wait(10000));
    // An entry kept before the granted scopes were: its refresh asks for the profile's list,
    // offline_access included, which the grant does not hold.
    StoredTokens old = readInNewRun(key).value_or(StoredTokens {});
    old.scopes.clear();
    bool written = false;
    tokens->write(key, old, this, [&](bool) { written = true; });
    QTRY_VERIFY(written);
    const auto refresh = [&]() -> std::pair<QString, OAuthError> {
        std::optional<std::pair<QString, OAuthError>> got;
        graph.accessToken(
            OAuthProfile::microsoft(nullptr, servers), account, this,
            [&](const std::optional<QString> &t, const OAuthError &e) {
                got = std::pair(t.value_or(QString()), e);
            },
            true);
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
            return {};
        return got.value_or(std::pair(QString(), OAuthError {}));
    };
    const auto [dead, error] = refresh();
    QVERIFY(dead.isEmpty());
    QCOMPARE(error.kind, OAuthError::Kind::InvalidScope);
    QVERIFY2(
        error.message.contains(u"Connect support@acme.example again"_s), qPrintable(error.message));
    QCOMPARE(reconnect.size(), 1);
    QTRY_VERIFY(!readInNewRun(key)); // the dead tokens are gone from the keychain

    // Connecting again really works: sign-in, and the refresh after it.
    graph.connectAccount(OAuthProfile::microsoft(nullptr, servers), account);
    QVERIFY(connected.wait(10000));
    const auto [fresh, none] = refresh();
    QVERIFY2(fresh.startsWith(u"sbx_microsoft_at_"_s), qPrintable(none.message));
    QCOMPARE(reconnect.size(), 1);
}

void TestKeychain::concurrentRefreshesAreOneRequest()
{
    const QString account = u"support@acme.example"_s;
    ProviderSignIn graph(
        network.get(), tokens.get(), [this](const QUrl &u) { playBrowserLater(u); });
    QSignalSpy connected(&graph, &ProviderSignIn::connected);
    graph.connectAccount(OAuthProfile::microsoft(nullptr, servers), account);
    QVERIFY(connected.wait(10000));
    const qsizetype before = http->recorded(u"/oauth/microsoft/token"_s).size();
    Outpost::Testing::ShiftedClock later;
    later.shiftSecs = 7200;
    graph.setClock(&later);
    // A token endpoint as far away as a real one: both sends want the token before it answers.
    QVERIFY(http->addFault({{u"path"_s, u"/oauth/microsoft/token"_s}, {u"delayMs"_s, 300}}) > 0);
    // Two sends at once after expiry, each through its token source.
    ProviderTokenSource first(&graph, OAuthProfile::microsoft(nullptr, servers), account);
    ProviderTokenSource second(&graph, OAuthProfile::microsoft(nullptr, servers), account);
    std::optional<Result<QString>> a;
    std::optional<Result<QString>> b;
    first.token(this, [&](const Result<QString> &r) { a = r; });
    second.token(this, [&](const Result<QString> &r) { b = r; });
    QTRY_VERIFY(a.has_value() && b.has_value());
    QVERIFY2(a->ok(), qPrintable(a->ok() ? QString() : a->error().message));
    QVERIFY2(b->ok(), qPrintable(b->ok() ? QString() : b->error().message));
    QCOMPARE(a->value(), b->value());
    QCOMPARE(http->recorded(u"/oauth/microsoft/token"_s).size(), before + 1);
    // Both go on with the new token, and it opens the mailbox.
    Sandbox::Testing::SandboxTestClient api(sandbox->url(), a->value());
    QCOMPARE(api.get(u"/graph/v1.0/me/messages"_s).status, 200);
}

void TestKeychain::lockedKeychainIsSaidPlainlyAndNothingIsWritten()
{
    QProcess lock;
    lock.start(u"dbus-send"_s,
        {u"--session"_s, u"--dest=org.freedesktop.secrets"_s, u"--type=method_call"_s,
            u"--print-reply"_s, u"/org/freedesktop/secrets"_s,
            u"org.freedesktop.Secret.Service.Lock"_s,
            u"array:objpath:/org/freedesktop/secrets/collection/login"_s});
    QVERIFY(lock.waitForFinished(10000));
    QCOMPARE(lock.exitCode(), 0);

    TokenStore locked;
    QSignalSpy changed(&locked, &TokenStore::backendChanged);
    bool probed = false;
    locked.probe(this, [&] { probed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(probed, 20000);
    QCOMPARE(locked.backend(), TokenStore::Backend::MemoryOnly);
    QVERIFY2(locked.memoryOnlyReason().contains(u"keychain is locked"_s),
        qPrintable(locked.memoryOnlyReason()));
    QCOMPARE(changed.size(), 1);
    std::optional<bool> inKeychain;
    locked.write(
        u"k"_s, {u"at-locked"_s, u"rt-locked"_s, {}}, this, [&](bool k) { inKeychain = k; });
    QTRY_VERIFY(inKeychain.has_value());
    QVERIFY(!*inKeychain); // in memory for this run
    std::optional<StoredTokens> back;
    locked.read(u"k"_s, this, [&](const std::optional<StoredTokens> &t) { back = t; });
    QVERIFY(back && back->accessToken == u"at-locked"_s);
    QVERIFY(!readInNewRun(u"k"_s)); // nobody else will ever see it
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// A TLS failure is never ignored: an instance (and a token endpoint) with a certificate
// nobody vouches for refuses the sign-in, names the host, and no request gets through.
#include "accounts/InstanceSignIn.h"
#include "accounts/SessionRegistry.h"
#include "auth/OAuthTokenClient.h"
#include "auth/TokenStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestSignInTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void selfSignedInstanceIsRefusedAndNamed();
    void selfSignedTokenEndpointIsRefusedAndNamed();

private:
    QTemporaryDir dir;
    QTemporaryDir runtimeDir;
    QSslConfiguration serverConfig;
    std::unique_ptr<QSslServer> server;
    QByteArray received; // whatever got through the TLS layer
    int handshakeErrors = 0;
};

void TestSignInTls::initTestCase()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("XDG_RUNTIME_DIR", runtimeDir.path().toLocal8Bit());
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend");
    // A self-signed certificate for localhost, made now (openssl is a build dependency).
    QProcess openssl;
    openssl.start(u"openssl"_s,
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
            u"-subj"_s, u"/CN=localhost"_s, u"-keyout"_s, dir.filePath(u"key.pem"_s), u"-out"_s,
            dir.filePath(u"cert.pem"_s)});
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
        openssl.readAllStandardError().constData());
    QFile certFile(dir.filePath(u"cert.pem"_s));
    QFile keyFile(dir.filePath(u"key.pem"_s));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    serverConfig = QSslConfiguration::defaultConfiguration();
    serverConfig.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    serverConfig.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    QVERIFY(!serverConfig.localCertificate().isNull() && !serverConfig.privateKey().isNull());
}

void TestSignInTls::init()
{
    received.clear();
    handshakeErrors = 0;
    server = std::make_unique<QSslServer>();
    server->setSslConfiguration(serverConfig);
    connect(server.get(), &QSslServer::errorOccurred, this, [this] { ++handshakeErrors; });
    connect(server.get(), &QSslServer::pendingConnectionAvailable, this, [this] {
        while (auto *socket = qobject_cast<QSslSocket *>(server->nextPendingConnection())) {
            connect(socket, &QSslSocket::readyRead, this,
                [this, socket] { received += socket->readAll(); });
        }
    });
    QVERIFY(server->listen(QHostAddress::LocalHost));
}

void TestSignInTls::selfSignedInstanceIsRefusedAndNamed()
{
    QNetworkAccessManager network;
    TokenStore tokens;
    SessionRegistry sessions(&network, &tokens, nullptr);
    InstanceSignIn signIn(&sessions);
    QSignalSpy failed(&signIn, &InstanceSignIn::failed);
    QSignalSpy signedIn(&signIn, &InstanceSignIn::signedIn);
    QVERIFY(signIn.signIn({u"https://localhost:%1"_s.arg(server->serverPort()),
        u"demo@outpost.example"_s, u"outpost-demo"_s, {}}));
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().at(0).value<InstanceSignIn::Field>(), InstanceSignIn::Field::Instance);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(u"secure connection to localhost could not be verified"_s),
        qPrintable(message));
    QVERIFY2(message.contains(u"Nothing was sent"_s), qPrintable(message));
    QCOMPARE(signedIn.size(), 0);
    QVERIFY(sessions.sessions().isEmpty());
    QVERIFY2(!received.contains("outpost-demo"), "the password never crossed");
    QCOMPARE(received.size(), 0);
}

void TestSignInTls::selfSignedTokenEndpointIsRefusedAndNamed()
{
    QNetworkAccessManager network;
    OAuthTokenClient client(&network);
    OAuthProfile profile = OAuthProfile::google();
    profile.clientId = u"id"_s;
    profile.tokenUrl = QUrl(u"https://localhost:%1/token"_s.arg(server->serverPort()));
    std::optional<OAuthResult> result;
    client.refresh(
        profile, u"a-refresh-token"_s, {}, this, [&](const OAuthResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error.kind, OAuthError::Kind::Tls);
    QVERIFY2(result->error.message.contains(u"localhost"_s), qPrintable(result->error.message));
    QVERIFY(!received.contains("a-refresh-token"));
}

QTEST_GUILESS_MAIN(TestSignInTls)
#include "tst_signin_tls.moc"

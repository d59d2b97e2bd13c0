// SPDX-License-Identifier: GPL-3.0-or-later
// PKCE and `state` values, and where the OAuth profiles take their endpoints from.
#include "auth/OAuthProfile.h"
#include "auth/Pkce.h"

#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestOAuthProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void challengeIsS256OfTheVerifier();
    void verifiersAndStatesAreRandomAndWellFormed();
    void handedInWinsOverSettingsOverDefaults();
    void theEnvironmentIsNotReadBelowTheWiring();
    void profilesAskForWhatDirectSendingNeeds();
    void unusableProfilesSayWhy();
};

void TestOAuthProfile::challengeIsS256OfTheVerifier()
{
    // RFC 7636, appendix B.
    QCOMPARE(Pkce::challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
        QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestOAuthProfile::verifiersAndStatesAreRandomAndWellFormed()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        const QByteArray v = Pkce::verifier();
        QVERIFY(v.size() >= 43 && v.size() <= 128);
        for (char c : v)
            QVERIFY2(
                std::isalnum(static_cast<unsigned char>(c)) || QByteArray("-._~").contains(c), v);
        const QByteArray s = Pkce::state();
        QVERIFY(s.size() >= 43);
        QVERIFY(!s.contains('+') && !s.contains('/') && !s.contains('='));
        seen << v << s;
    }
    QCOMPARE(seen.size(), 400);
}

void TestOAuthProfile::handedInWinsOverSettingsOverDefaults()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"outpost.ini"_s), QSettings::IniFormat);
    QCOMPARE(
        OAuthProfile::google(&settings).tokenUrl, QUrl(u"https://oauth2.googleapis.com/token"_s));
    settings.setValue(u"oauth/google/tokenUrl"_s, u"https://settings.example/token"_s);
    settings.setValue(u"oauth/google/clientId"_s, u"from-settings"_s);
    QCOMPARE(OAuthProfile::google(&settings).tokenUrl, QUrl(u"https://settings.example/token"_s));
    QCOMPARE(OAuthProfile::google(&settings).clientId, u"from-settings"_s);
    const ConfigOverrides given {{"OUTPOST_GOOGLE_TOKEN_URL", u"http://127.0.0.1:9/token"_s}};
    QCOMPARE(OAuthProfile::google(&settings, given).tokenUrl, QUrl(u"http://127.0.0.1:9/token"_s));
    QCOMPARE(OAuthProfile::google(&settings, given).clientId, u"from-settings"_s);
    QCOMPARE(OAuthProfile::byName(u"google"_s, &settings, given)->tokenUrl,
        QUrl(u"http://127.0.0.1:9/token"_s));
}

void TestOAuthProfile::theEnvironmentIsNotReadBelowTheWiring()
{
    // What the user started Outpost with reaches a profile only through the wiring
    // (configFromEnvironment, handed in): a variable set in the process changes nothing by
    // itself, and the user's value is layered over a stand-in's.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"outpost.ini"_s), QSettings::IniFormat);
    settings.setValue(u"oauth/microsoft/tokenUrl"_s, u"https://settings.example/token"_s);
    qputenv("OUTPOST_MICROSOFT_TOKEN_URL", "http://127.0.0.1:9/token");
    QCOMPARE(
        OAuthProfile::microsoft(&settings).tokenUrl, QUrl(u"https://settings.example/token"_s));
    qunsetenv("OUTPOST_MICROSOFT_TOKEN_URL");
    const ConfigOverrides sandbox {{"OUTPOST_MICROSOFT_TOKEN_URL", u"http://127.0.0.1:7/t"_s},
        {"OUTPOST_MICROSOFT_CLIENT_ID", u"sandbox-client"_s}};
    const ConfigOverrides user {{"OUTPOST_MICROSOFT_TOKEN_URL", u"http://127.0.0.1:9/token"_s}};
    const OAuthProfile p = OAuthProfile::microsoft(&settings, layered(sandbox, user));
    QCOMPARE(p.tokenUrl, QUrl(u"http://127.0.0.1:9/token"_s));
    QCOMPARE(p.clientId, u"sandbox-client"_s);
}

void TestOAuthProfile::profilesAskForWhatDirectSendingNeeds()
{
    const OAuthProfile google = OAuthProfile::google();
    QVERIFY(google.scopes.contains(u"https://www.googleapis.com/auth/gmail.send"_s));
    QVERIFY(google.scopes.contains(u"https://www.googleapis.com/auth/gmail.readonly"_s));
    QCOMPARE(google.redirectHost, u"127.0.0.1"_s);
    QVERIFY(!google.revocationUrl.isEmpty());
    const OAuthProfile microsoft = OAuthProfile::microsoft();
    // User.Read: GET /me tells whose mailbox the grant opens.
    QCOMPARE(microsoft.scopes,
        QStringList({u"Mail.Send"_s, u"Mail.ReadWrite"_s, u"User.Read"_s, u"offline_access"_s}));
    QCOMPARE(microsoft.redirectHost, u"localhost"_s);
    QVERIFY(microsoft.revocationUrl.isEmpty()); // Microsoft offers no revocation endpoint
    QVERIFY(microsoft.clientSecret.isEmpty()); // a public client
    QVERIFY(!OAuthProfile::byName(u"yahoo"_s));
}

void TestOAuthProfile::unusableProfilesSayWhy()
{
    OAuthProfile p = OAuthProfile::microsoft();
    p.clientId.clear();
    QVERIFY(p.problem().contains(u"OUTPOST_MICROSOFT_CLIENT_ID"_s));
    p.clientId = u"id"_s;
    QVERIFY(p.problem().isEmpty());
    p.authorizationUrl = QUrl(u"http://login.example.com/authorize"_s);
    QVERIFY(p.problem().contains(u"https"_s));
}

QTEST_GUILESS_MAIN(TestOAuthProfile)
#include "tst_oauthprofile.moc"

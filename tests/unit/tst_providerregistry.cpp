// SPDX-License-Identifier: GPL-3.0-or-later
// The providers' table: every Provider has exactly one complete row, and what code outside the
// providers' folders asks of a row (its names, its API's address, its errors) is that provider's.
#include "providers/DirectMailbox.h"
#include "providers/ProviderRegistry.h"

#include <QSet>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestProviderRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anEmlIsWrittenByAProviderThatSendsRawMime();
    void everyProviderHasOneCompleteRow();
    void rowsAreFoundByTheirOAuthProfile();
    void apiBaseComesFromTheOverridesOrTheRealApi();
    void eachRowMapsItsOwnErrorShape();
};

void TestProviderRegistry::everyProviderHasOneCompleteRow()
{
    QSet<QString> wireNames;
    QSet<QString> profiles;
    for (const ProviderInfo &row : ProviderRegistry::all()) {
        QVERIFY2(!wireNames.contains(row.wireName()), qPrintable(row.wireName()));
        wireNames += row.wireName();
        profiles += row.oauthProfileName;
        QCOMPARE(providerFromName(row.wireName()), std::optional<Provider>(row.id));
        QCOMPARE(&ProviderRegistry::of(row.id), &row);
        QVERIFY(row.iconPath.startsWith(u":/outpost/icons/"));
        QVERIFY(row.defaultApiBase.scheme() == u"https");
        QVERIFY(!row.apiUrlVariable.isEmpty());
        QVERIFY(
            row.oauthProfile && row.error && row.submission && row.learnAccount && row.listThreads);
        QVERIFY(qstrlen(row.accountOwner) > 0 && qstrlen(row.apiName) > 0);
        // Its Accounts dialog buttons; a provider that keeps a copy of what it sends builds it.
        QVERIFY(qstrlen(row.directLabel) > 0 && qstrlen(row.directTip) > 0);
        QVERIFY(!row.platformConnects
            || (qstrlen(row.connectLabel) > 0 && qstrlen(row.connectTip) > 0));
        QCOMPARE(row.keepsEmlCopy, row.rawMessage != nullptr);
        // The profile the row builds is the one it is named by.
        QCOMPARE(row.oauthProfile(nullptr, {}).name, row.oauthProfileName);
    }
    QCOMPARE(profiles.size(), ProviderRegistry::all().size());
    for (Provider p : {Provider::Gmail, Provider::Outlook})
        QCOMPARE(ProviderRegistry::of(p).id, p);
}

void TestProviderRegistry::anEmlIsWrittenByAProviderThatSendsRawMime()
{
    // "Save As .eml" and `outpost send --eml`: the asked provider's message when it builds raw
    // MIME, else that of one which does, so that every mailbox can be saved.
    for (const ProviderInfo &row : ProviderRegistry::all()) {
        const ProviderInfo &writer = ProviderRegistry::rawMime(row.id);
        QVERIFY(writer.rawMessage);
        if (row.rawMessage)
            QCOMPARE(&writer, &row);
    }
    const ProviderInfo &any = ProviderRegistry::rawMime(std::nullopt);
    QVERIFY(any.rawMessage);
    Draft d;
    d.from = u"dana@acme.example"_s;
    d.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    d.subject = u"Saved"_s;
    d.body = u"Kept as a file."_s;
    const auto built = any.rawMessage(d, u"key-1"_s, DirectMailbox {any.id, d.from, {}, {}}, {});
    QVERIFY(std::holds_alternative<MimeMessage>(built));
}

void TestProviderRegistry::rowsAreFoundByTheirOAuthProfile()
{
    QCOMPARE(ProviderRegistry::byOAuthProfile(u"google"_s)->id, Provider::Gmail);
    QCOMPARE(ProviderRegistry::byOAuthProfile(u"microsoft"_s)->id, Provider::Outlook);
    QVERIFY(!ProviderRegistry::byOAuthProfile(u"fastmail"_s));
    QVERIFY(!ProviderRegistry::byOAuthProfile(u"gmail"_s)); // a wire name, not a profile
}

void TestProviderRegistry::apiBaseComesFromTheOverridesOrTheRealApi()
{
    const ProviderInfo &gmail = ProviderRegistry::of(Provider::Gmail);
    const ProviderInfo &outlook = ProviderRegistry::of(Provider::Outlook);
    QCOMPARE(gmail.apiBase({}), QUrl(u"https://gmail.googleapis.com"_s));
    QCOMPARE(outlook.apiBase({}), QUrl(u"https://graph.microsoft.com"_s));
    const ConfigOverrides stand_in {{"OUTPOST_GMAIL_API_URL", u"http://127.0.0.1:9/gmail"_s}};
    QCOMPARE(gmail.apiBase(stand_in), QUrl(u"http://127.0.0.1:9/gmail"_s));
    // Another provider's variable is not this one's.
    QCOMPARE(outlook.apiBase(stand_in), QUrl(u"https://graph.microsoft.com"_s));
}

void TestProviderRegistry::eachRowMapsItsOwnErrorShape()
{
    // Google's rate limit is a 403 with reason rateLimitExceeded; Graph's 403 is a refusal.
    const QByteArray google = R"({"error":{"code":403,"message":"Rate Limit Exceeded",
        "errors":[{"reason":"rateLimitExceeded"}]}})";
    const auto gmail = ProviderRegistry::of(Provider::Gmail).errorMapper()(403, google, {});
    QCOMPARE(gmail.kind, ServiceError::Kind::RateLimited);
    const QByteArray graph
        = R"({"error":{"code":"ErrorAccessDenied","message":"Access is denied."}})";
    const auto outlook = ProviderRegistry::of(Provider::Outlook).errorMapper()(403, graph, {});
    QCOMPARE(outlook.kind, ServiceError::Kind::Forbidden);
}

QTEST_GUILESS_MAIN(TestProviderRegistry)
#include "tst_providerregistry.moc"

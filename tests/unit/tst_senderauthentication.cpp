// SPDX-License-Identifier: GPL-3.0-or-later
// Authentication-Results (RFC 8601) as Gmail and Microsoft write them, and as a forger or a
// broken relay might: which messages count as failing their sender check.
#include "mail/SenderAuthentication.h"

#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestSenderAuthentication : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdict_data();
    void verdict();
    void anyFailingHeaderFails();
};

void TestSenderAuthentication::verdict_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<bool>("failed");
    QTest::addColumn<QStringList>("results");

    // Gmail's header for a message that passed (folded as Gmail folds it).
    QTest::newRow("gmail pass") << QStringList {u"mx.google.com;\r\n       dkim=pass "
                                                u"header.i=@example.com header.s=s1 "
                                                u"header.b=abc;\r\n       spf=pass (google.com: "
                                                u"domain of jamie.lee@example.com designates "
                                                u"192.0.2.1 as permitted sender) "
                                                u"smtp.mailfrom=jamie.lee@example.com;\r\n       "
                                                u"dmarc=pass (p=REJECT sp=REJECT dis=NONE) "
                                                u"header.from=example.com"_s}
                                << false << QStringList();
    // A forged From: nothing signed, the envelope's domain refuses the relay.
    QTest::newRow("gmail dmarc fail")
        << QStringList {u"mx.google.com; dkim=none; spf=fail (google.com: domain of "
                        u"jamie.lee@example.com does not designate 203.0.113.9 as permitted "
                        u"sender) smtp.mailfrom=jamie.lee@example.com; dmarc=fail "
                        u"(p=REJECT sp=REJECT dis=QUARANTINE) header.from=example.com"_s}
        << true << QStringList {u"spf=fail"_s, u"dmarc=fail"_s};
    // Microsoft's spelling: "action=" after dmarc, compauth.
    QTest::newRow("microsoft dmarc fail")
        << QStringList {u"spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=example.com; "
                        u"dkim=none (message not signed) header.d=none;dmarc=fail action=none "
                        u"header.from=example.com;compauth=fail reason=000"_s}
        << true << QStringList {u"spf=fail"_s, u"dmarc=fail"_s};
    QTest::newRow("no dmarc, both fail")
        << QStringList {u"mx.example.net; dkim=fail reason=\"bad; signature\" "
                        u"header.d=example.com; spf=softfail smtp.mailfrom=example.com"_s}
        << true << QStringList {u"dkim=fail"_s, u"spf=softfail"_s};
    QTest::newRow("no dmarc, dkim passes") << QStringList {u"mx.example.net; dkim=pass "
                                                           u"header.d=example.com; spf=fail "
                                                           u"smtp.mailfrom=example.com"_s}
                                           << false << QStringList();
    QTest::newRow("nothing checked")
        << QStringList {u"mx.example.net; none"_s} << false << QStringList();
    QTest::newRow("temporary errors are not failures")
        << QStringList {u"mx.example.net; dkim=temperror; spf=temperror; dmarc=temperror"_s}
        << false << QStringList();
    QTest::newRow("no header (the platform's messages)") << QStringList() << false << QStringList();
    QTest::newRow("version and case") << QStringList {u"MX.Example.NET 1; DMARC/1 = FAIL"_s} << true
                                      << QStringList {u"dmarc=fail"_s};
    // A "dmarc=fail" inside a comment or a quoted reason is not a result.
    QTest::newRow("comment is not a result")
        << QStringList {u"mx.example.net; dkim=pass (was dmarc=fail; spf=fail) header.d=a.example"_s}
        << false << QStringList();
    QTest::newRow("quoted reason is not a result")
        << QStringList {u"mx.example.net; spf=pass reason=\"; dmarc=fail\""_s} << false
        << QStringList();
    // Broken grammar: nothing in it is believed (neither way).
    QTest::newRow("unclosed comment")
        << QStringList {u"mx.example.net; dmarc=fail (unclosed"_s} << false << QStringList();
    QTest::newRow("result glued to junk")
        << QStringList {u"mx.example.net; dmarc=fail<x>"_s} << false << QStringList();
}

void TestSenderAuthentication::verdict()
{
    QFETCH(QStringList, headers);
    QFETCH(bool, failed);
    QFETCH(QStringList, results);
    const SenderAuthentication a = SenderAuthentication::fromHeaders(headers);
    QCOMPARE(a.failed, failed);
    QCOMPARE(a.results, results);
}

void TestSenderAuthentication::anyFailingHeaderFails()
{
    // A forger can add a header saying "pass" above or below the provider's: it never
    // outweighs the provider's "fail".
    const SenderAuthentication a = SenderAuthentication::fromHeaders(
        {u"mx.google.com; dkim=pass header.i=@example.com; spf=pass; dmarc=pass"_s,
            u"mx.google.com; dkim=none; spf=fail; dmarc=fail header.from=example.com"_s});
    QVERIFY(a.failed);
    QCOMPARE(a.results, (QStringList {u"spf=fail"_s, u"dmarc=fail"_s}));
}

QTEST_GUILESS_MAIN(TestSenderAuthentication)
#include "tst_senderauthentication.moc"

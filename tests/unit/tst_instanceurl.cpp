// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/InstanceUrl.h"

#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestInstanceUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void httpsAccepted();
    void httpOnlyForLoopback_data();
    void httpOnlyForLoopback();
    void garbageExplained();
};

void TestInstanceUrl::httpsAccepted()
{
    QCOMPARE(InstanceUrl::parse(u"https://acme.example/"_s)->toString(), u"https://acme.example"_s);
    QCOMPARE(InstanceUrl::parse(u"acme.example"_s)->toString(), u"https://acme.example"_s);
    QCOMPARE(InstanceUrl::parse(u"HTTPS://acme.example/base/"_s)->toString(),
        u"https://acme.example/base"_s);
}

void TestInstanceUrl::httpOnlyForLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("127.0.0.1") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("127.1.2.3") << u"http://127.1.2.3"_s << true;
    QTest::newRow("::1") << u"http://[::1]:9000"_s << true;
    QTest::newRow("localhost") << u"http://localhost:9000"_s << true;
    QTest::newRow("lan") << u"http://192.168.1.10"_s << false;
    QTest::newRow("public") << u"http://acme.example"_s << false;
    QTest::newRow("localhost lookalike") << u"http://localhost.evil.example"_s << false;
}

void TestInstanceUrl::httpOnlyForLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QString error;
    QCOMPARE(InstanceUrl::parse(url, &error).has_value(), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    if (!accepted)
        QVERIFY2(error.contains(u"https"_s), qPrintable(error));
}

void TestInstanceUrl::garbageExplained()
{
    QString error;
    QVERIFY(!InstanceUrl::parse(QString(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!InstanceUrl::parse(u"ftp://acme.example"_s, &error));
    QVERIFY(error.contains(u"https"_s));
}

QTEST_GUILESS_MAIN(TestInstanceUrl)
#include "tst_instanceurl.moc"

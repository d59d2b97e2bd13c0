// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/AddressList.h"

#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestAddressList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validForms_data();
    void validForms();
    void invalidForms_data();
    void invalidForms();
    void pastedListWithQuotedComma();
    void mixedGoodAndBad();
    void nonAsciiDisplayNames();
    void formatQuotesWhereNeeded();
    void quotesAndBackslashesInNamesRoundTrip_data();
    void quotesAndBackslashesInNamesRoundTrip();
    void internationalDomainsAreKeptAsSent();
    void parseOneRefusesLists();
    void addrSpecForFrom();
};

void TestAddressList::validForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("address");
    QTest::newRow("bare") << u"jamie@example.com"_s << QString() << u"jamie@example.com"_s;
    QTest::newRow("angle only") << u"<jamie@example.com>"_s << QString() << u"jamie@example.com"_s;
    QTest::newRow("name") << u"Jamie Lee <jamie@example.com>"_s << u"Jamie Lee"_s
                          << u"jamie@example.com"_s;
    QTest::newRow("quoted name") << u"\"Lee, Jamie\" <jamie@example.com>"_s << u"Lee, Jamie"_s
                                 << u"jamie@example.com"_s;
    QTest::newRow("plus tag") << u"a+tag@sub.example.org"_s << QString()
                              << u"a+tag@sub.example.org"_s;
    QTest::newRow("quoted local") << u"\"john doe\"@example.com"_s << QString()
                                  << u"\"john doe\"@example.com"_s;
    QTest::newRow("encoded word") << u"=?utf-8?q?J=C3=B6rg?= <j@example.de>"_s << u"Jörg"_s
                                  << u"j@example.de"_s;
    QTest::newRow("surrounding space")
        << u"  bob@example.net  "_s << QString() << u"bob@example.net"_s;
    // Domain labels: letters and digits of any script, hyphens inside.
    QTest::newRow("hyphen and digits")
        << u"ops@mail-2.example.com"_s << QString() << u"ops@mail-2.example.com"_s;
    QTest::newRow("one-letter label") << u"a@x.io"_s << QString() << u"a@x.io"_s;
}

void TestAddressList::validForms()
{
    QFETCH(QString, input);
    QFETCH(QString, name);
    QFETCH(QString, address);
    const AddressParse parsed = AddressList::parse(input);
    QVERIFY2(parsed.ok(), qPrintable(parsed.problems.value(0).reason));
    QCOMPARE(parsed.addresses.size(), 1);
    QCOMPARE(parsed.addresses.first().name, name);
    QCOMPARE(parsed.addresses.first().address, address);
}

void TestAddressList::invalidForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("no at") << u"not an address"_s << u"no @"_s;
    QTest::newRow("nothing before at") << u"@example.com"_s << u"before the @"_s;
    QTest::newRow("nothing after at") << u"jamie@"_s << u"after the @"_s;
    QTest::newRow("no dot in domain") << u"jamie@localhost"_s << u"incomplete"_s;
    QTest::newRow("double dot") << u"a..b@example.com"_s << u"two dots"_s;
    QTest::newRow("unclosed angle") << u"Jamie <jamie@example.com"_s << u"angle bracket"_s;
    QTest::newRow("unclosed quote") << u"\"Jamie <jamie@example.com>"_s << u"quotation"_s;
    QTest::newRow("space in addr") << u"jamie lee@example.com"_s << u"space"_s;
    QTest::newRow("bad domain") << u"jamie@-example.com"_s << u"not valid"_s;
    QTest::newRow("hyphen ends a label") << u"jamie@example-.com"_s << u"not valid"_s;
    QTest::newRow("underscore in domain") << u"jamie@ex_ample.com"_s << u"not valid"_s;
    QTest::newRow("tab in addr") << u"jamie\tlee@example.com"_s << u"space"_s;
}

void TestAddressList::invalidForms()
{
    QFETCH(QString, input);
    QFETCH(QString, reasonContains);
    const AddressParse parsed = AddressList::parse(input);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.addresses.size(), 0);
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.first().input, input.trimmed());
    QVERIFY2(parsed.problems.first().reason.contains(reasonContains),
        qPrintable(parsed.problems.first().reason));
}

void TestAddressList::pastedListWithQuotedComma()
{
    const AddressParse parsed
        = AddressList::parse(u"\"Lee, Jamie\" <jamie@x.com>; b@y.org, c@z.net"_s);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.addresses.size(), 3);
    QCOMPARE(parsed.addresses.at(0), (MailAddress {u"Lee, Jamie"_s, u"jamie@x.com"_s}));
    QCOMPARE(parsed.addresses.at(1).address, u"b@y.org"_s);
    QCOMPARE(parsed.addresses.at(2).address, u"c@z.net"_s);

    const AddressParse lines = AddressList::parse(u"a@x.com\nb@y.org\r\n\n(comma, here) c@z.net"_s);
    QVERIFY(lines.ok());
    QCOMPARE(lines.addresses.size(), 3);
}

void TestAddressList::mixedGoodAndBad()
{
    const AddressParse parsed = AddressList::parse(u"a@x.com, oops, b@y.org"_s);
    QCOMPARE(parsed.addresses.size(), 2);
    QCOMPARE(parsed.problems.size(), 1);
    QCOMPARE(parsed.problems.first().input, u"oops"_s);
}

void TestAddressList::nonAsciiDisplayNames()
{
    const AddressParse parsed
        = AddressList::parse(u"José Pérez <jose@example.es>, 王小明 <xm@example.cn>"_s);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.addresses.at(0).name, u"José Pérez"_s);
    QCOMPARE(parsed.addresses.at(1).name, u"王小明"_s);
    QCOMPARE(parsed.addresses.at(1).toString(), u"王小明 <xm@example.cn>"_s);
}

void TestAddressList::formatQuotesWhereNeeded()
{
    QCOMPARE((MailAddress {u"Lee, Jamie"_s, u"jamie@x.com"_s}).toString(),
        u"\"Lee, Jamie\" <jamie@x.com>"_s);
    QCOMPARE((MailAddress {QString(), u"jamie@x.com"_s}).toString(), u"jamie@x.com"_s);
    QCOMPARE(
        (MailAddress {u"Jamie Lee"_s, u"jamie@x.com"_s}).toString(), u"Jamie Lee <jamie@x.com>"_s);
    // What we print parses back to the same mailbox.
    const MailAddress odd {u"O'Brien, \"Sean\""_s, u"sean@example.ie"_s};
    const AddressParse back = AddressList::parse(odd.toString());
    QVERIFY(back.ok());
    QCOMPARE(back.addresses.first(), odd);
}

// Found by fuzz_addresses: GMime printed these names bare, so that `Lee "JL" Jamie` came back
// as `Lee JL Jamie` and `a\b` did not parse at all.
void TestAddressList::quotesAndBackslashesInNamesRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("printed");
    QTest::newRow("inner quotes") << u"Lee \"JL\" Jamie"_s
                                  << u"\"Lee \\\"JL\\\" Jamie\" <j@example.com>"_s;
    QTest::newRow("control character") << u"\u0016im"_s << u"\"\u0016im\" <j@example.com>"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"\"a\\\\b\" <j@example.com>"_s;
    QTest::newRow("quoted whole") << u"\"Jamie\""_s << u"\"\\\"Jamie\\\"\" <j@example.com>"_s;
    QTest::newRow("non-ASCII and quotes")
        << u"Dürr \"x\""_s << u"\"Dürr \\\"x\\\"\" <j@example.com>"_s;
}

void TestAddressList::quotesAndBackslashesInNamesRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, printed);
    const MailAddress address {name, u"j@example.com"_s};
    QCOMPARE(address.toString(), printed);
    const AddressParse back = AddressList::parseOne(address.toString());
    QVERIFY(back.ok());
    QCOMPARE(back.addresses.first(), address);
}

void TestAddressList::internationalDomainsAreKeptAsSent()
{
    // What the user sees is what GMime sends and reads back: the IDNA-mapped domain (found
    // by fuzz_addresses: `ᾗ` goes out as xn--uxa751l and comes back as `ἧι`).
    const AddressParse typed = AddressList::parseOne(u"Kim <kim@y.\u1F97>"_s);
    QVERIFY(typed.ok());
    QCOMPARE(typed.addresses.first().address, u"kim@y.\u1F27\u03B9"_s);
    QVERIFY(typed.addresses.first().toString().contains(u"xn--"_s));
    const AddressParse back = AddressList::parseOne(typed.addresses.first().toString());
    QVERIFY(back.ok());
    QCOMPARE(back.addresses.first(), typed.addresses.first());
    const AddressParse plain = AddressList::parseOne(u"jo@b\u00FCcher.example"_s);
    QVERIFY(plain.ok());
    QCOMPARE(plain.addresses.first().address, u"jo@b\u00FCcher.example"_s);
}

void TestAddressList::parseOneRefusesLists()
{
    QVERIFY(AddressList::parseOne(u"\"Name\" <a@b.com>"_s).ok());
    QVERIFY(!AddressList::parseOne(u"a@b.com b@c.com"_s).ok());
    QVERIFY(!AddressList::parseOne(u"   "_s).ok());
}

void TestAddressList::addrSpecForFrom()
{
    QVERIFY(AddressList::isAddrSpec(u"ops@acme.example"_s));
    QString reason;
    QVERIFY(!AddressList::isAddrSpec(u"Ops <ops@acme.example>"_s, &reason));
    QVERIFY(!reason.isEmpty());
    QVERIFY(!AddressList::isAddrSpec(u"ops@"_s));
    QVERIFY(AddressList::sameAddress(u"Ops@ACME.example"_s, u"ops@acme.example"_s));
}

QTEST_GUILESS_MAIN(TestAddressList)
#include "tst_addresslist.moc"

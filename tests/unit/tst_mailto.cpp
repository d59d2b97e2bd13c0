// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/MailtoUrl.h"

#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestMailto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void simple();
    void severalRecipientsAndHeaders();
    void everyLineBreakBecomesOne();
    void percentEncoding();
    void badAddressReported();
};

void TestMailto::simple()
{
    const Draft d = MailtoUrl::parse(u"mailto:a@b.com?subject=pbsubj"_s);
    QCOMPARE(d.to.size(), 1);
    QCOMPARE(d.to.first().address, u"a@b.com"_s);
    QCOMPARE(d.subject, u"pbsubj"_s);
    QVERIFY(MailtoUrl::isMailto(u"MAILTO:x@y.z"_s));
    QVERIFY(!MailtoUrl::isMailto(u"https://x"_s));
}

void TestMailto::severalRecipientsAndHeaders()
{
    const Draft d = MailtoUrl::parse(
        u"mailto:a@b.com,c@d.org?to=e@f.net&cc=g@h.io&bcc=i@j.eu&body=line1%0D%0Aline2"_s);
    QCOMPARE(
        AddressList::toStrings(d.to), (QStringList {u"a@b.com"_s, u"c@d.org"_s, u"e@f.net"_s}));
    QCOMPARE(AddressList::toStrings(d.cc), QStringList {u"g@h.io"_s});
    QCOMPARE(AddressList::toStrings(d.bcc), QStringList {u"i@j.eu"_s});
    QCOMPARE(d.body, u"line1\nline2"_s);
}

void TestMailto::everyLineBreakBecomesOne()
{
    // Found by fuzz_mailto: CR CR LF used to come out as CR LF.
    const Draft d = MailtoUrl::parse(u"mailto:a@b.com?body=one%0D%0D%0Atwo%0Dthree%0Afour"_s);
    QCOMPARE(d.body, u"one\n\ntwo\nthree\nfour"_s);
}

void TestMailto::percentEncoding()
{
    const Draft d = MailtoUrl::parse(
        u"mailto:%22Lee,%20Jamie%22%20%3Cjamie@x.com%3E?subject=Caf%C3%A9%20%26%20more+plus"_s);
    QCOMPARE(d.to.size(), 1);
    QCOMPARE(d.to.first().name, u"Lee, Jamie"_s);
    QCOMPARE(d.subject, u"Café & more+plus"_s);
}

void TestMailto::badAddressReported()
{
    QList<AddressProblem> problems;
    const Draft d = MailtoUrl::parse(u"mailto:good@x.com,bad"_s, &problems);
    QCOMPARE(d.to.size(), 1);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().input, u"bad"_s);
}

QTEST_GUILESS_MAIN(TestMailto)
#include "tst_mailto.moc"

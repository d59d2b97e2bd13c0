// SPDX-License-Identifier: GPL-3.0-or-later
// The subject of a reply or a forward: one prefix, never two, whatever client wrote the last.
#include "mail/SubjectLine.h"

#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestSubjectLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reply_data();
    void reply();
    void forward_data();
    void forward();
    void baseIgnoresEveryPrefix();
};

void TestSubjectLine::reply_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Weekly report"_s << u"Re: Weekly report"_s;
    QTest::newRow("already a reply") << u"Re: Weekly report"_s << u"Re: Weekly report"_s;
    QTest::newRow("upper case") << u"RE: Weekly report"_s << u"Re: Weekly report"_s;
    QTest::newRow("lower case, no space") << u"re:Weekly report"_s << u"Re: Weekly report"_s;
    QTest::newRow("doubled") << u"Re: Re: RE: Weekly report"_s << u"Re: Weekly report"_s;
    QTest::newRow("counter") << u"Re[2]: Weekly report"_s << u"Re: Weekly report"_s;
    QTest::newRow("counter in parentheses") << u"Re(3): Weekly report"_s << u"Re: Weekly report"_s;
    QTest::newRow("German") << u"AW: Weekly report"_s << u"Re: Weekly report"_s;
    QTest::newRow("Nordic") << u"SV: Weekly report"_s << u"Re: Weekly report"_s;
    QTest::newRow("mixed") << u"AW: Re: SV: Weekly report"_s << u"Re: Weekly report"_s;
    QTest::newRow("full-width colon") << u"Re：Weekly report"_s << u"Re: Weekly report"_s;
    QTest::newRow("space before colon") << u"Re : Weekly report"_s << u"Re: Weekly report"_s;
    QTest::newRow("a forward stays") << u"Fwd: Weekly report"_s << u"Re: Fwd: Weekly report"_s;
    QTest::newRow("reply to a forward reply")
        << u"Re: Fwd: Weekly report"_s << u"Re: Fwd: Weekly report"_s;
    QTest::newRow("word starting like a prefix") << u"Review of Q2"_s << u"Re: Review of Q2"_s;
    QTest::newRow("prefix later in the subject")
        << u"Notes: Re: the plan"_s << u"Re: Notes: Re: the plan"_s;
    QTest::newRow("blank around") << u"   Re:   Weekly report  "_s << u"Re: Weekly report"_s;
    QTest::newRow("empty") << QString() << u"Re:"_s;
}

void TestSubjectLine::reply()
{
    QFETCH(QString, subject);
    QFETCH(QString, expected);
    QCOMPARE(SubjectLine::reply(subject), expected);
    // A reply to the reply does not grow.
    QCOMPARE(SubjectLine::reply(SubjectLine::reply(subject)), expected);
}

void TestSubjectLine::forward_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Invoice"_s << u"Fwd: Invoice"_s;
    QTest::newRow("already forwarded") << u"Fwd: Invoice"_s << u"Fwd: Invoice"_s;
    QTest::newRow("Outlook") << u"FW: Invoice"_s << u"Fwd: Invoice"_s;
    QTest::newRow("German") << u"WG: Invoice"_s << u"Fwd: Invoice"_s;
    QTest::newRow("doubled") << u"Fwd: FW: Invoice"_s << u"Fwd: Invoice"_s;
    QTest::newRow("a reply stays") << u"Re: Invoice"_s << u"Fwd: Re: Invoice"_s;
}

void TestSubjectLine::forward()
{
    QFETCH(QString, subject);
    QFETCH(QString, expected);
    QCOMPARE(SubjectLine::forward(subject), expected);
    QCOMPARE(SubjectLine::forward(SubjectLine::forward(subject)), expected);
}

void TestSubjectLine::baseIgnoresEveryPrefix()
{
    QCOMPARE(SubjectLine::base(u"Re: Fwd: AW: WG: Weekly report"_s), u"Weekly report"_s);
    QCOMPARE(SubjectLine::base(u"Weekly report"_s), u"Weekly report"_s);
    QCOMPARE(SubjectLine::withoutReplyPrefixes(u"Re: Fwd: x"_s), u"Fwd: x"_s);
}

QTEST_GUILESS_MAIN(TestSubjectLine)
#include "tst_subjectline.moc"

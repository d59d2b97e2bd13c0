// SPDX-License-Identifier: GPL-3.0-or-later
// Templates' merge fields (issue 17, item 2): what a recipient reads after a template is used,
// and what the sender is told about each field that could not be filled.
#include "mail/MergeFields.h"
#include "mail/SendRules.h"

#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestMergeFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fillsFromTheContactTheMailboxAndTheUser();
    void anUnknownFieldStaysAndIsReportedOnce();
    void aRecipientWithoutContactFillsOnlyTheAddress();
    void noRecipientSaysToAddOne();
    void emptyValuesAreNeverFilledIn();
    void htmlValuesAreEscaped();
    void spacesAndCaseInsideTheBracesAreAccepted();
    void whatIsNotAPlaceholderIsLeftAlone();
    void sendRulesRefuseAPlaceholderLeftInBodyOrSubject();

private:
    static MergeValues jamie()
    {
        MergeValues v;
        v.recipientAddress = u"jamie.lee@example.com"_s;
        v.contact = MergePerson {u"Jamie"_s, u"Lee"_s, u"jamie.lee@example.com"_s};
        v.senderEmail = u"dana@acme.example"_s;
        v.senderName = u"Dana Scully"_s;
        v.user = {u"Dana"_s, u"Scully"_s, u"dana@acme.example"_s};
        return v;
    }
};

void TestMergeFields::fillsFromTheContactTheMailboxAndTheUser()
{
    const MergeResult r = MergeFields::fill(
        u"Hi {{firstName}} {{lastName}} ({{email}}),\nfrom {{senderName}} <{{senderEmail}}>, "
        "{{myFirstName}} {{myLastName}} {{myEmail}}"_s,
        jamie());
    QCOMPARE(r.text,
        u"Hi Jamie Lee (jamie.lee@example.com),\nfrom Dana Scully <dana@acme.example>, "
        "Dana Scully dana@acme.example"_s);
    QVERIFY(r.unfilled.isEmpty());
}

void TestMergeFields::anUnknownFieldStaysAndIsReportedOnce()
{
    const MergeResult r
        = MergeFields::fill(u"Dear {{firstName}} of {{company}}, {{company}} again"_s, jamie());
    QCOMPARE(r.text, u"Dear Jamie of {{company}}, {{company}} again"_s);
    QCOMPARE(r.unfilled.size(), 1);
    QCOMPARE(r.unfilled.first().name, u"company"_s);
    QVERIFY2(r.unfilled.first().reason.contains(u"{{firstName}}"_s),
        qPrintable(r.unfilled.first().reason));
}

void TestMergeFields::aRecipientWithoutContactFillsOnlyTheAddress()
{
    MergeValues v = jamie();
    v.recipientAddress = u"stranger@example.net"_s;
    v.contact.reset();
    const MergeResult r = MergeFields::fill(u"{{firstName}} <{{email}}>"_s, v);
    QCOMPARE(r.text, u"{{firstName}} <stranger@example.net>"_s);
    QCOMPARE(r.unfilled.size(), 1);
    QVERIFY(r.unfilled.first().reason.contains(u"stranger@example.net"_s));
}

void TestMergeFields::noRecipientSaysToAddOne()
{
    MergeValues v = jamie();
    v.recipientAddress.clear();
    v.contact.reset();
    const MergeResult r = MergeFields::fill(u"Hi {{firstName}}, {{email}}"_s, v);
    QCOMPARE(r.text, u"Hi {{firstName}}, {{email}}"_s);
    QCOMPARE(r.unfilled.size(), 2);
    QVERIFY(r.unfilled.at(0).reason.contains(u"To"_s));
}

void TestMergeFields::emptyValuesAreNeverFilledIn()
{
    MergeValues v = jamie();
    v.contact->lastName = u"  "_s;
    v.senderName.clear();
    v.user = {};
    const MergeResult r
        = MergeFields::fill(u"{{lastName}} {{senderName}} {{myFirstName}} {{myEmail}}"_s, v);
    QCOMPARE(r.text, u"{{lastName}} {{senderName}} {{myFirstName}} {{myEmail}}"_s);
    QStringList names;
    for (const UnfilledField &f : r.unfilled)
        names += f.name;
    QCOMPARE(names, (QStringList {u"lastName"_s, u"senderName"_s, u"myFirstName"_s, u"myEmail"_s}));
    for (const UnfilledField &f : r.unfilled)
        QVERIFY2(!f.reason.isEmpty(), qPrintable(f.name));
}

void TestMergeFields::htmlValuesAreEscaped()
{
    MergeValues v = jamie();
    v.contact->firstName = u"<b>Jo</b> & Co"_s;
    QCOMPARE(MergeFields::fill(u"<p>Hi {{firstName}}</p>"_s, v, true).text,
        u"<p>Hi &lt;b&gt;Jo&lt;/b&gt; &amp; Co</p>"_s);
    QCOMPARE(MergeFields::fill(u"Hi {{firstName}}"_s, v, false).text, u"Hi <b>Jo</b> & Co"_s);
}

void TestMergeFields::spacesAndCaseInsideTheBracesAreAccepted()
{
    QCOMPARE(MergeFields::fill(u"Hi {{ FirstName }}!"_s, jamie()).text, u"Hi Jamie!"_s);
}

void TestMergeFields::whatIsNotAPlaceholderIsLeftAlone()
{
    const QString text = u"{single} {{}} {{ 1st }} {{first name}} {{{x"_s;
    const MergeResult r = MergeFields::fill(text, jamie());
    QCOMPARE(r.text, text);
    QVERIFY(r.unfilled.isEmpty());
    QVERIFY(MergeFields::placeholders(text).isEmpty());
    const QString two = u"a {{x}} b {{y}}"_s;
    QCOMPARE(MergeFields::spans(two), (QList<std::pair<qsizetype, qsizetype>> {{2, 5}, {10, 5}}));
}

void TestMergeFields::sendRulesRefuseAPlaceholderLeftInBodyOrSubject()
{
    Draft d;
    d.from = u"dana@acme.example"_s;
    d.to = AddressList::parse(u"jamie.lee@example.com"_s).addresses;
    d.subject = u"Renewal for {{company}}"_s;
    d.body = u"Hi {{firstName}}, see {{company}}"_s;
    const QList<DraftProblem> problems = SendRules::check(d);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).field, DraftField::Subject);
    QVERIFY(problems.at(0).message.contains(u"{{company}}"_s));
    QCOMPARE(problems.at(1).field, DraftField::Body);
    QVERIFY(problems.at(1).message.contains(u"{{firstName}}"_s));
    QVERIFY(problems.at(1).message.contains(u"{{company}}"_s));

    d.subject = u"Renewal"_s;
    d.body = u"Hi Jamie, see {the} {{ 2 }}"_s; // edited away: nothing stops it
    QVERIFY(SendRules::check(d).isEmpty());

    QCOMPARE(SendRules::placeholderRefusal({{u"firstName"_s, u"the contact has no first name."_s}}),
        u"{{firstName}} could not be filled: the contact has no first name. Edit it before "
        "sending."_s);
}

QTEST_GUILESS_MAIN(TestMergeFields)
#include "tst_mergefields.moc"

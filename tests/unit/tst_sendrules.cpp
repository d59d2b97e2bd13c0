// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/AddressList.h"
#include "mail/SendLimits.h"
#include "mail/SendRules.h"

#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

// The one home of the send rules and the one table of limits: what a person is told before
// anything leaves, and that every route reads the same numbers.
class TestSendRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aDraftNamesEveryProblemWithItsField();
    void aGoodDraftHasNone();
    void gmailCountsTheAttachmentsAndTheEncodedMessage();
    void outlookFilesMayBeLargeButTheMessageIsNot();
    void anAdministratorsLimitReplacesTheDefault();
    void thePlatformRouteHoldsBothLimits();
    void beforeAMailboxIsChosenNothingIsRefusedEarly();
    void encodingOverheadIsBase64WithLineBreaks();
    void aMailboxThatDoesNotResolveIsNamed();

private:
    static constexpr qint64 mb = 1024 * 1024;
    static Draft draft()
    {
        Draft d;
        d.from = u"ops@acme.example"_s;
        d.to = AddressList::parse(u"Jamie Lee <jamie.lee@example.com>"_s).addresses;
        d.subject = u"Weekly report"_s;
        d.body = u"Hi Jamie"_s;
        return d;
    }
    static Attachment file(const QString &name, qint64 size)
    {
        Attachment a;
        a.filename = name;
        a.storageKey = u"orgs/1/"_s + name;
        a.size = size;
        return a;
    }
    static QList<DraftField> fields(const QList<DraftProblem> &problems)
    {
        QList<DraftField> out;
        for (const DraftProblem &p : problems)
            out += p.field;
        return out;
    }
};

void TestSendRules::aDraftNamesEveryProblemWithItsField()
{
    Draft d;
    d.subject = u"two\nlines"_s;
    Attachment link;
    link.filename = u"report.pdf"_s;
    link.url = u"http://files.example/report.pdf"_s;
    d.attachments = {link};
    const QList<DraftProblem> problems = SendRules::check(d);
    QCOMPARE(fields(problems),
        (QList<DraftField> {DraftField::From, DraftField::To, DraftField::Body, DraftField::Subject,
            DraftField::Attachments}));
    QVERIFY(problems.last().message.contains(u"“report.pdf”"));
    QVERIFY(problems.last().message.contains(u"https"));
}

void TestSendRules::aGoodDraftHasNone()
{
    QVERIFY(SendRules::check(draft()).isEmpty());
    QVERIFY(
        SendRules::check(draft(), SendLimits::of(SendRoute::Direct, Provider::Gmail)).isEmpty());
}

void TestSendRules::gmailCountsTheAttachmentsAndTheEncodedMessage()
{
    const SendLimits gmail = SendLimits::of(SendRoute::Direct, Provider::Gmail);
    QCOMPARE(gmail.setBy, u"Gmail"_s);
    QCOMPARE(gmail.maxMessageBytes, 35 * mb); // users.messages.send
    Draft d = draft();
    d.attachments = {file(u"a.pdf"_s, 12 * mb), file(u"b.pdf"_s, 13 * mb)};
    QVERIFY(SendRules::check(d, gmail).isEmpty()); // 25 MB: Gmail's attachment allowance
    d.attachments += file(u"c.txt"_s, 1);
    const QList<DraftProblem> over = SendRules::check(d, gmail);
    QCOMPARE(fields(over), QList<DraftField> {DraftField::Attachments});
    QVERIFY2(over[0].message.contains(u"Gmail"), qPrintable(over[0].message));
    QVERIFY(over[0].message.contains(SendRules::sizeText(25 * mb + 1)));
    // Adding the file one by one says which file does not fit.
    const QString why = SendRules::fileRefusal(u"c.txt"_s, 1, 25 * mb, gmail);
    QVERIFY(why.contains(u"“c.txt”") && why.contains(u"Gmail"));
    QVERIFY(SendRules::fileRefusal(u"c.txt"_s, 1, 25 * mb - 1, gmail).isEmpty());
    // The encoded message must fit 35 MB: 25 MB of files encode to about 34.2 MB.
    QVERIFY(SendLimits::encodedSize(25 * mb) < gmail.maxMessageBytes);
    QVERIFY(gmail.attachmentRoom() == 25 * mb);
}

void TestSendRules::outlookFilesMayBeLargeButTheMessageIsNot()
{
    // One file may reach 150 MB through an upload session, but Exchange Online's default
    // message limit is 35 MB with the encoding: a 30 MB file is refused, with Outlook named.
    const SendLimits outlook = SendLimits::of(SendRoute::Direct, Provider::Outlook);
    QCOMPARE(outlook.maxFileBytes, 150 * mb);
    QCOMPARE(outlook.maxMessageBytes, 35 * mb);
    QCOMPARE(outlook.inlineBelowBytes, 3'000'000);
    QVERIFY(outlook.chunkBytes % (320 * 1024) == 0 && outlook.chunkBytes < outlook.maxRequestBytes);
    const QString why = SendRules::fileRefusal(u"video.mp4"_s, 30 * mb, 0, outlook);
    QVERIFY2(why.contains(u"Outlook") && why.contains(u"“video.mp4”"), qPrintable(why));
    const qint64 room = outlook.attachmentRoom();
    QVERIFY(SendLimits::encodedSize(room) <= outlook.maxMessageBytes);
    QVERIFY(SendLimits::encodedSize(room + 57) > outlook.maxMessageBytes - 78);
    QVERIFY(SendRules::fileRefusal(u"ok.bin"_s, room, 0, outlook).isEmpty());
}

void TestSendRules::anAdministratorsLimitReplacesTheDefault()
{
    const SendLimits raised
        = SendLimits::of(SendRoute::Direct, Provider::Outlook).withMessageLimit(150 * mb);
    QVERIFY(SendRules::fileRefusal(u"video.mp4"_s, 100 * mb, 0, raised).isEmpty());
    QVERIFY(!SendRules::fileRefusal(u"video.mp4"_s, 120 * mb, 0, raised).isEmpty());
    // Gmail's raw allowance scales with its message limit.
    const SendLimits lowered
        = SendLimits::of(SendRoute::Direct, Provider::Gmail).withMessageLimit(7 * mb);
    QCOMPARE(lowered.maxAttachmentBytes, 5 * mb);
    QCOMPARE(SendLimits::of(SendRoute::Direct, Provider::Gmail).withMessageLimit(0),
        SendLimits::of(SendRoute::Direct, Provider::Gmail));
}

void TestSendRules::thePlatformRouteHoldsBothLimits()
{
    // The platform takes files up to 50 MB, 10 per upload, and then sends through the
    // mailbox's provider, whose message limit holds too.
    const SendLimits viaOutlook = SendLimits::of(SendRoute::Platform, Provider::Outlook);
    QCOMPARE(viaOutlook.maxFileBytes, 50 * mb);
    QCOMPARE(viaOutlook.maxFilesPerRequest, 10);
    QCOMPARE(viaOutlook.maxMessageBytes, 35 * mb);
    QCOMPARE(viaOutlook.setBy, u"Outlook"_s);
    const SendLimits viaGmail = SendLimits::of(SendRoute::Platform, Provider::Gmail);
    QCOMPARE(viaGmail.maxFileBytes, 25 * mb);
    Draft d = draft();
    d.attachments = {file(u"big.iso"_s, 51 * mb)};
    const QList<DraftProblem> problems = SendRules::check(d, viaOutlook);
    QVERIFY(!problems.isEmpty());
    QVERIFY(problems[0].message.contains(SendRules::sizeText(50 * mb)));
}

void TestSendRules::beforeAMailboxIsChosenNothingIsRefusedEarly()
{
    const SendLimits unknown = SendLimits::of(SendRoute::Platform, std::nullopt);
    for (Provider p : {Provider::Gmail, Provider::Outlook}) {
        const SendLimits known = SendLimits::of(SendRoute::Platform, p);
        QVERIFY(unknown.maxFileBytes >= known.maxFileBytes);
        QVERIFY(unknown.attachmentRoom() >= known.attachmentRoom());
    }
    QVERIFY(unknown.setBy.isEmpty());
    const QString why = SendRules::totalRefusal(60 * mb, unknown);
    QVERIFY(!why.isEmpty() && why.contains(u"a message can carry at most"));
}

void TestSendRules::encodingOverheadIsBase64WithLineBreaks()
{
    QCOMPARE(SendLimits::encodedSize(0), 0);
    QCOMPARE(SendLimits::encodedSize(1), 4 + 2);
    QCOMPARE(SendLimits::encodedSize(57), 76 + 2); // one full line
    QCOMPARE(SendLimits::encodedSize(58), 76 + 2 + 4 + 2);
}

void TestSendRules::aMailboxThatDoesNotResolveIsNamed()
{
    MailboxResolution r;
    r.kind = MailboxResolution::Kind::NotConnected;
    QList<DraftProblem> p = SendRules::check(r, u"old@acme.example"_s, std::nullopt);
    QCOMPARE(fields(p), QList<DraftField> {DraftField::From});
    QVERIFY(p[0].message.contains(u"old@acme.example"));
    r.kind = MailboxResolution::Kind::Ambiguous;
    p = SendRules::check(r, u"ops@acme.example"_s, std::nullopt);
    QCOMPARE(fields(p), QList<DraftField> {DraftField::Provider});
    r.kind = MailboxResolution::Kind::ProviderMismatch;
    p = SendRules::check(r, u"ops@acme.example"_s, Provider::Outlook);
    QVERIFY(p[0].message.contains(u"Outlook"));
    r.kind = MailboxResolution::Kind::Resolved;
    QVERIFY(SendRules::check(r, u"ops@acme.example"_s, std::nullopt).isEmpty());
}

QTEST_GUILESS_MAIN(TestSendRules)
#include "tst_sendrules.moc"

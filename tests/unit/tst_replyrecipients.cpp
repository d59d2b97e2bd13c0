// SPDX-License-Identifier: GPL-3.0-or-later
// Who a reply goes to: never the user's own mailboxes, never one address twice.
#include "mail/ReplyRecipients.h"

#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestReplyRecipients : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replyGoesToTheSender();
    void replyPrefersReplyTo();
    void replyAllKeepsToAndCcWithoutOwnAddresses();
    void duplicatesAreDroppedCaseInsensitively();
    void replyToOwnMessageGoesToItsRecipients();
    void ccMovesToWhenToIsEmpty();
    void noteToSelfStillHasARecipient();

private:
    static QStringList addresses(const QList<MailAddress> &list)
    {
        QStringList out;
        for (const MailAddress &a : list)
            out += a.address;
        return out;
    }
    static ConversationMessage incoming()
    {
        ConversationMessage m;
        m.incoming = true;
        m.from = u"Jamie Lee <jamie.lee@example.com>"_s;
        m.to = {u"Acme Ops <OPS@acme.example>"_s, u"priya.raman@example.org"_s};
        m.cc = {u"dana@acme.example"_s, u"\"O'Brien, Sean\" <sean.obrien@example.net>"_s};
        return m;
    }
    // Every connected mailbox of the user, across providers.
    const QStringList own {
        u"ops@acme.example"_s, u"dana@acme.example"_s, u"support@acme.example"_s};
};

void TestReplyRecipients::replyGoesToTheSender()
{
    const ReplyRecipients r = ReplyRecipients::reply(incoming(), own);
    QCOMPARE(addresses(r.to), QStringList {u"jamie.lee@example.com"_s});
    QCOMPARE(r.to.first().name, u"Jamie Lee"_s);
    QVERIFY(r.cc.isEmpty());
}

void TestReplyRecipients::replyPrefersReplyTo()
{
    ConversationMessage m = incoming();
    m.replyTo = u"Billing <billing@example.com>"_s;
    QCOMPARE(addresses(ReplyRecipients::reply(m, own).to), QStringList {u"billing@example.com"_s});
}

void TestReplyRecipients::replyAllKeepsToAndCcWithoutOwnAddresses()
{
    const ReplyRecipients r = ReplyRecipients::replyAll(incoming(), own);
    // The sender first, then the other To recipients; ops@ (To, upper case) and dana@ (Cc)
    // are the user's own mailboxes.
    QCOMPARE(
        addresses(r.to), (QStringList {u"jamie.lee@example.com"_s, u"priya.raman@example.org"_s}));
    QCOMPARE(addresses(r.cc), QStringList {u"sean.obrien@example.net"_s});
    QCOMPARE(r.cc.first().name, u"O'Brien, Sean"_s);
}

void TestReplyRecipients::duplicatesAreDroppedCaseInsensitively()
{
    ConversationMessage m = incoming();
    m.to += u"JAMIE.LEE@EXAMPLE.COM"_s; // the sender, again
    m.cc += u"Priya Raman <Priya.Raman@example.org>"_s; // in To already
    m.cc += u"sean.obrien@example.net"_s; // twice in Cc
    const ReplyRecipients r = ReplyRecipients::replyAll(m, own);
    QCOMPARE(
        addresses(r.to), (QStringList {u"jamie.lee@example.com"_s, u"priya.raman@example.org"_s}));
    QCOMPARE(addresses(r.cc), QStringList {u"sean.obrien@example.net"_s});
    // The later entry lends the name the first one lacked.
    QCOMPARE(r.to.at(1).name, u"Priya Raman"_s);
}

void TestReplyRecipients::replyToOwnMessageGoesToItsRecipients()
{
    ConversationMessage m;
    m.incoming = false;
    m.from = u"Acme Ops <ops@acme.example>"_s;
    m.to = {u"jamie.lee@example.com"_s};
    m.cc = {u"priya.raman@example.org"_s, u"support@acme.example"_s};
    QCOMPARE(
        addresses(ReplyRecipients::reply(m, own).to), QStringList {u"jamie.lee@example.com"_s});
    const ReplyRecipients all = ReplyRecipients::replyAll(m, own);
    QCOMPARE(addresses(all.to), QStringList {u"jamie.lee@example.com"_s});
    QCOMPARE(addresses(all.cc), QStringList {u"priya.raman@example.org"_s});
}

void TestReplyRecipients::ccMovesToWhenToIsEmpty()
{
    ConversationMessage m;
    m.incoming = false;
    m.from = u"ops@acme.example"_s;
    m.to = {u"dana@acme.example"_s};
    m.cc = {u"jamie.lee@example.com"_s};
    const ReplyRecipients all = ReplyRecipients::replyAll(m, own);
    QCOMPARE(addresses(all.to), QStringList {u"jamie.lee@example.com"_s});
    QVERIFY(all.cc.isEmpty());
}

void TestReplyRecipients::noteToSelfStillHasARecipient()
{
    ConversationMessage m;
    m.incoming = false;
    m.from = u"ops@acme.example"_s;
    m.to = {u"dana@acme.example"_s};
    QCOMPARE(addresses(ReplyRecipients::reply(m, own).to), QStringList {u"ops@acme.example"_s});
}

QTEST_GUILESS_MAIN(TestReplyRecipients)
#include "tst_replyrecipients.moc"

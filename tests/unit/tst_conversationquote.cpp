// SPDX-License-Identifier: GPL-3.0-or-later
// Replies and forwards built from a conversation message: the quote under its attribution
// line, the thread and reply chain, the sending mailbox; notes never quoted.
#include "conversation/ConversationQuote.h"
#include "conversation/ConversationReply.h"
#include "mail/SendRules.h"
#include "mail/SubjectLine.h"
#include "threads/ThreadChoice.h"

#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestConversationQuote : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void attributionNamesDateAndSender();
    void plainQuotePrefixesEveryLine();
    void htmlQuoteIsABlockquoteWithoutScript();
    void internalNotesAreNeverQuoted();
    void replyContinuesTheThread();
    void aLongThreadsChainFitsOneHeaderLine();
    void replyAllFromTheMailboxTheMessageReached();
    void htmlOriginalGivesAnHtmlReply();
    void forwardStartsANewThreadWithTheAttachments();
    void ambiguousMailboxKeepsTheThreadsProvider();
    void choosingAThreadSetsSubjectFromAndChain();
    void newThreadClearsTheChoice();
    void latestMessageSkipsNotes();

private:
    static ConversationMessage jamie()
    {
        ConversationMessage m;
        m.id = u"m2"_s;
        m.incoming = true;
        m.from = u"Jamie Lee <jamie.lee@example.com>"_s;
        m.to = {u"Acme Operations <ops@acme.example>"_s};
        m.cc = {u"priya.raman@example.org"_s};
        m.subject = u"Re: Weekly report"_s;
        m.threadId = u"gthread-1"_s;
        m.messageId = u"<b@example.com>"_s;
        m.references = u"<a@acme.example>"_s;
        m.createdAt = QDateTime(QDate(2026, 5, 18), QTime(11, 47), QTimeZone::utc());
        m.body = u"Thanks!\n> an older quote\n\nJamie"_s;
        return m;
    }
    static ThreadSummary thread()
    {
        ThreadSummary t;
        t.threadId = u"gthread-1"_s;
        t.conversationId = u"c1"_s;
        t.subject = u"Weekly report"_s;
        t.mailbox = u"ops@acme.example"_s;
        t.provider = Provider::Gmail;
        return t;
    }
    static QList<Mailbox> mailboxes()
    {
        return {{u"1"_s, Provider::Gmail, u"ops@acme.example"_s, {}, true, {}},
            {u"2"_s, Provider::Gmail, u"dana@acme.example"_s, {}, true, {}},
            {u"3"_s, Provider::Outlook, u"support@acme.example"_s, {}, true, {}}};
    }
    const QLocale english {QLocale::English, QLocale::UnitedStates};
    const QTimeZone utc = QTimeZone::utc();
};

void TestConversationQuote::attributionNamesDateAndSender()
{
    QCOMPARE(ConversationQuote::attribution(jamie(), english, utc),
        u"On Monday, May 18, 2026 at 11:47 AM, Jamie Lee wrote:"_s);
    ConversationMessage bare = jamie();
    bare.from = u"jamie.lee@example.com"_s;
    QVERIFY(ConversationQuote::attribution(bare, english, utc)
                .endsWith(u"jamie.lee@example.com wrote:"_s));
    // The minute, as the conversation shows the message: no seconds, even where the locale's
    // short time has them (C, as a desktop without LANG has it).
    QCOMPARE(ConversationQuote::attribution(jamie(), QLocale::c(), utc),
        u"On Monday, 18 May 2026 at 11:47, Jamie Lee wrote:"_s);
}

void TestConversationQuote::plainQuotePrefixesEveryLine()
{
    const QString quoted = *ConversationQuote::plain(jamie(), english, utc);
    QCOMPARE(quoted,
        u"\n\nOn Monday, May 18, 2026 at 11:47 AM, Jamie Lee wrote:\n> Thanks!\n>> an older "
        u"quote\n>\n> Jamie"_s);
}

void TestConversationQuote::htmlQuoteIsABlockquoteWithoutScript()
{
    ConversationMessage m = jamie();
    m.isHtml = true;
    m.body = u"<p onclick=\"x()\">Hi <b>Dana</b></p><script>alert(1)</script>"_s;
    const QString html = *ConversationQuote::html(m, english, utc);
    QVERIFY(html.startsWith(u"<div>On Monday, May 18, 2026 at 11:47 AM, Jamie Lee wrote:</div>"_s));
    QVERIFY(html.contains(u"<blockquote type=\"cite\""_s));
    QVERIFY(html.contains(u"<p>Hi <b>Dana</b></p>"_s));
    QVERIFY(!html.contains(u"script"_s));
    QVERIFY(!html.contains(u"onclick"_s));
}

void TestConversationQuote::internalNotesAreNeverQuoted()
{
    ConversationMessage note = jamie();
    note.internal = true;
    note.body = u"Check the April cohort with finance first."_s;
    QVERIFY(!ConversationQuote::plain(note, english, utc));
    QVERIFY(!ConversationQuote::html(note, english, utc));
    QVERIFY(!ConversationQuote::forwardPlain(note, english, utc));
    for (ReplyKind kind : {ReplyKind::Reply, ReplyKind::ReplyAll, ReplyKind::Forward}) {
        const Draft d = ConversationReply::draft(kind, note, thread(), mailboxes(), english, utc);
        QVERIFY(!d.body.contains(u"April cohort"_s));
    }
}

void TestConversationQuote::replyContinuesTheThread()
{
    const Draft d
        = ConversationReply::draft(ReplyKind::Reply, jamie(), thread(), mailboxes(), english, utc);
    QCOMPARE(d.subject, u"Re: Weekly report"_s);
    QCOMPARE(d.threadId, u"gthread-1"_s);
    QCOMPARE(d.conversationId, u"c1"_s); // the reply can open the conversation it answers
    QCOMPARE(d.inReplyTo, u"<b@example.com>"_s);
    QCOMPARE(d.references, u"<a@acme.example> <b@example.com>"_s);
    QCOMPARE(d.from, u"ops@acme.example"_s);
    QVERIFY(!d.provider);
    QCOMPARE(AddressList::toStrings(d.to), QStringList {u"Jamie Lee <jamie.lee@example.com>"_s});
    QVERIFY(d.cc.isEmpty());
    QVERIFY(!d.isHtml);
    QVERIFY(d.body.startsWith(u"\n\nOn Monday"_s));
    QVERIFY(d.body.contains(u"> Thanks!"_s));
}

void TestConversationQuote::aLongThreadsChainFitsOneHeaderLine()
{
    // The 500th message of a thread names the 499 before it (26 KB if all were kept).
    ConversationMessage m = jamie();
    QStringList earlier;
    for (int i = 0; i < 499; ++i)
        earlier += u"<%1.5e9ba8ca-9cce-477d-b844@acme.example>"_s.arg(i);
    m.references = earlier.join(u' ');
    const Draft d
        = ConversationReply::draft(ReplyKind::Reply, m, thread(), mailboxes(), english, utc);
    QCOMPARE(d.inReplyTo, u"<b@example.com>"_s);
    QVERIFY2(u"References: "_s.size() + d.references.size() <= 998,
        qPrintable(QString::number(d.references.size())));
    const QStringList chain = d.references.split(u' ');
    QVERIFY2(chain.size() > 15, qPrintable(d.references)); // as many as fit
    QCOMPARE(chain.first(), earlier.first()); // the thread's root
    QCOMPARE(chain.last(), u"<b@example.com>"_s); // the parent
    // The latest before the parent, none skipped: the oldest after the root went.
    QCOMPARE(chain.mid(1, chain.size() - 2), earlier.mid(earlier.size() - (chain.size() - 2)));
    // Chosen in the thread picker instead: the same chain.
    ThreadSummary t = thread();
    t.references = m.references.text();
    t.lastMessageId = m.messageId;
    QCOMPARE(ThreadChoice::applied({}, t, mailboxes()).references, d.references);
    // A short chain is kept whole.
    QCOMPARE(ConversationMessage::replyChain(u"<a@x> <b@x>"_s, u"<c@x>"_s), u"<a@x> <b@x> <c@x>"_s);
}

void TestConversationQuote::replyAllFromTheMailboxTheMessageReached()
{
    ConversationMessage m = jamie();
    m.to = {u"dana@acme.example"_s, u"ops@acme.example"_s}; // two of the user's own
    const Draft d
        = ConversationReply::draft(ReplyKind::ReplyAll, m, thread(), mailboxes(), english, utc);
    QCOMPARE(d.from, u"dana@acme.example"_s); // the first own address it reached
    QCOMPARE(AddressList::toStrings(d.to), QStringList {u"Jamie Lee <jamie.lee@example.com>"_s});
    QCOMPARE(AddressList::toStrings(d.cc), QStringList {u"priya.raman@example.org"_s});
}

void TestConversationQuote::htmlOriginalGivesAnHtmlReply()
{
    ConversationMessage m = jamie();
    m.isHtml = true;
    m.body = u"<div>Terms are in the <a href=\"https://contracts.example.com\">portal</a>.</div>"_s;
    const Draft d
        = ConversationReply::draft(ReplyKind::Reply, m, thread(), mailboxes(), english, utc);
    QVERIFY(d.isHtml);
    QVERIFY(d.body.startsWith(u"<p><br></p>"_s));
    QVERIFY(d.body.contains(u"<blockquote"_s));
    QVERIFY(d.body.contains(u"href=\"https://contracts.example.com\""_s));
}

void TestConversationQuote::forwardStartsANewThreadWithTheAttachments()
{
    ConversationMessage m = jamie();
    m.attachments = {
        {u"report.pdf"_s, u"application/pdf"_s, {}, u"https://files.example.com/r.pdf"_s, {}, 1200},
        {u"sheet.xlsx"_s, u"application/vnd.ms-excel"_s, u"orgs/1/sheet.xlsx"_s, {}, {}, 900}};
    const Draft d
        = ConversationReply::draft(ReplyKind::Forward, m, thread(), mailboxes(), english, utc);
    QCOMPARE(d.subject, u"Fwd: Re: Weekly report"_s);
    QVERIFY(d.threadId.isEmpty());
    QVERIFY(d.conversationId.isEmpty());
    QVERIFY(d.inReplyTo.isEmpty());
    QVERIFY(d.to.isEmpty());
    QCOMPARE(d.attachments.size(), 2);
    QCOMPARE(d.attachments.at(0).url, u"https://files.example.com/r.pdf"_s);
    QCOMPARE(d.attachments.at(1).storageKey, u"orgs/1/sheet.xlsx"_s);
    QVERIFY(d.body.contains(
        u"---------- Forwarded message ----------\nFrom: Jamie Lee <jamie.lee@example.com>"_s));
    QVERIFY(d.body.contains(u"Subject: Re: Weekly report"_s));
    QVERIFY(d.body.endsWith(jamie().body));
    const QList<DraftProblem> problems = SendRules::check(d);
    QVERIFY(problems.isEmpty() || problems.first().field == DraftField::To);
}

void TestConversationQuote::ambiguousMailboxKeepsTheThreadsProvider()
{
    QList<Mailbox> both = mailboxes();
    both += {u"4"_s, Provider::Outlook, u"ops@acme.example"_s, {}, true, {}};
    ThreadSummary t = thread();
    t.provider = Provider::Outlook;
    const Draft d = ConversationReply::draft(ReplyKind::Reply, jamie(), t, both, english, utc);
    QCOMPARE(d.from, u"ops@acme.example"_s);
    QCOMPARE(d.provider, std::optional(Provider::Outlook));
}

void TestConversationQuote::choosingAThreadSetsSubjectFromAndChain()
{
    Draft typed;
    typed.subject = u"something else"_s;
    typed.body = u"Hello"_s;
    ThreadSummary t = thread();
    t.subject = u"RE: Weekly report"_s;
    Draft d = ThreadChoice::applied(typed, t, mailboxes());
    QCOMPARE(d.threadId, u"gthread-1"_s);
    QCOMPARE(d.conversationId, u"c1"_s);
    QCOMPARE(d.subject, u"Re: Weekly report"_s);
    QCOMPARE(d.from, u"ops@acme.example"_s);
    QCOMPARE(d.body, u"Hello"_s);
    QVERIFY(d.inReplyTo.isEmpty()); // unknown: the server fills it
    QVERIFY(d.references.isEmpty());
    t.lastMessageId = u"<b@example.com>"_s;
    t.references = u"<a@acme.example>"_s;
    d = ThreadChoice::applied(typed, t, mailboxes());
    QCOMPARE(d.inReplyTo, u"<b@example.com>"_s);
    QCOMPARE(d.references, u"<a@acme.example> <b@example.com>"_s);
}

void TestConversationQuote::newThreadClearsTheChoice()
{
    const Draft chosen = ThreadChoice::applied({}, thread(), mailboxes());
    const Draft d = ThreadChoice::cleared(chosen);
    QVERIFY(d.threadId.isEmpty());
    QVERIFY(d.conversationId.isEmpty());
    QVERIFY(d.inReplyTo.isEmpty());
    QCOMPARE(d.subject, u"Weekly report"_s);
    QCOMPARE(d.from, u"ops@acme.example"_s);
}

void TestConversationQuote::latestMessageSkipsNotes()
{
    ConversationMessage note;
    note.internal = true;
    const ThreadSummary t = ThreadChoice::withLatest(thread(), {jamie(), note});
    QCOMPARE(t.lastMessageId, u"<b@example.com>"_s);
    QCOMPARE(t.references, u"<a@acme.example>"_s);
}

QTEST_GUILESS_MAIN(TestConversationQuote)
#include "tst_conversationquote.moc"

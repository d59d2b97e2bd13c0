// SPDX-License-Identifier: GPL-3.0-or-later
// Message bodies as the conversation view shows them: sanitised HTML, escaped and linked
// plain text, quoted text folded; and the page around them.
#include "conversation/ConversationDocument.h"
#include "conversation/ConversationHtml.h"
#include "conversation/ConversationText.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestConversationHtml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scriptsAndHandlersAreRemoved_data();
    void scriptsAndHandlersAreRemoved();
    void formattingAndLinksStay();
    void remoteImagesWaitForPermission();
    void messageCannotCloseThePagesElements();
    void quotedOriginalIsFolded();
    void plainTextIsEscapedAndLinked();
    void plainQuotesAreFoldedAtTheEnd();
    void pageMarksNotesAndExpandsTheLatest();
    void pageAllowsOnlyPermittedImages();
    void pageNamesMessagesAndButtonsForScreenReaders();
    void forgedFromOfATrustedSenderStaysBlocked();

private:
    static ConversationHtml::Options options()
    {
        ConversationHtml::Options o;
        o.quoteLabel = u"Show quoted text"_s;
        o.blockedImageLabel = u"hidden"_s;
        return o;
    }
};

void TestConversationHtml::scriptsAndHandlersAreRemoved_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("forbidden");
    QTest::newRow("script") << u"<p>a</p><script>document.title='x'</script>"_s << u"script"_s;
    QTest::newRow("script, upper case")
        << u"<SCRIPT SRC=//x.example/a.js></SCRIPT>"_s << u"x.example"_s;
    QTest::newRow("event handler") << u"<img src=x onerror=\"alert(1)\">"_s << u"onerror"_s;
    QTest::newRow("handler without quotes") << u"<div onmouseover=alert(1)>x</div>"_s << u"alert"_s;
    QTest::newRow("javascript link")
        << u"<a href=\"javascript:alert(1)\">x</a>"_s << u"javascript"_s;
    QTest::newRow("encoded javascript link")
        << u"<a href=\"jav&#x61;script&colon;alert(1)\">x</a>"_s << u"alert"_s;
    QTest::newRow("data link") << u"<a href=\"data:text/html,<script>\">x</a>"_s << u"data:"_s;
    QTest::newRow("file link") << u"<a href=\"file:///etc/passwd\">x</a>"_s << u"passwd"_s;
    QTest::newRow("iframe") << u"<iframe src=\"https://x.example\"></iframe>y"_s << u"iframe"_s;
    QTest::newRow("object") << u"<object data=\"a.swf\"><param name=a value=b></object>"_s
                            << u"swf"_s;
    QTest::newRow("form")
        << u"<form action=\"https://x.example\"><input name=p><button>Go</button></form>"_s
        << u"x.example"_s;
    QTest::newRow("style sheet") << u"<style>body{display:none}</style><p>a</p>"_s << u"display"_s;
    QTest::newRow("style url") << u"<p style=\"background:url(https://t.example/p.gif)\">a</p>"_s
                               << u"t.example"_s;
    QTest::newRow("style position")
        << u"<div style=\"position:fixed;top:0\">a</div>"_s << u"fixed"_s;
    QTest::newRow("meta refresh")
        << u"<meta http-equiv=refresh content=\"0;url=https://x.example\">"_s << u"x.example"_s;
    QTest::newRow("base") << u"<base href=\"https://x.example/\"><a href=a>x</a>"_s
                          << u"x.example"_s;
    QTest::newRow("svg") << u"<svg><script>alert(1)</script></svg>"_s << u"alert"_s;
    QTest::newRow("comment") << u"<!--[if IE]><script>alert(1)</script><![endif]-->ok"_s
                             << u"alert"_s;
    QTest::newRow("class and id") << u"<div class=\"message internal\" id=\"m-1\">x</div>"_s
                                  << u"internal"_s;
}

void TestConversationHtml::scriptsAndHandlersAreRemoved()
{
    QFETCH(QString, html);
    QFETCH(QString, forbidden);
    const QString out = ConversationHtml::sanitize(html, options()).html;
    QVERIFY2(!out.contains(forbidden, Qt::CaseInsensitive), qPrintable(out));
}

void TestConversationHtml::formattingAndLinksStay()
{
    const QString out = ConversationHtml::sanitize(
        u"<div style=\"font-family: Arial; color: #333\"><p>Hi <b>Dana</b>,</p>"
        u"<a href=\"https://contracts.example.com/renewal?a=1&amp;b=2\" "
        u"target=\"_blank\">portal</a>"
        u"<table border=1><tr><td colspan=2>x</td></tr></table></div>"_s,
        options())
                            .html;
    QVERIFY2(out.contains(u"<div style=\"font-family: Arial; color: #333\">"_s), qPrintable(out));
    QVERIFY(out.contains(u"<p>Hi <b>Dana</b>,</p>"_s));
    QVERIFY2(out.contains(u"<a href=\"https://contracts.example.com/renewal?a=1&amp;b=2\" "
                          u"rel=\"noreferrer noopener\">portal</a>"_s),
        qPrintable(out));
    QVERIFY(!out.contains(u"target"_s));
    QVERIFY(out.contains(u"<td colspan=\"2\">x</td>"_s));
}

void TestConversationHtml::remoteImagesWaitForPermission()
{
    const QString html
        = u"<p><img src=\"https://images.example.com/logo.png\" alt=\"Example "
          u"Corp\" width=\"120\"></p><img src=\"data:image/png;base64,iVBORw0KGgo=\">"
          u"<img src=\"DATA:imAge/PNG;base64,R0lGOD=\">"_s;
    ConversationHtml::Options o = options();
    ConversationHtml::Sanitized s = ConversationHtml::sanitize(html, o);
    QVERIFY(s.remoteBlocked);
    QCOMPARE(s.remoteImages, QStringList {u"https://images.example.com/logo.png"_s});
    QVERIFY(!s.html.contains(u"images.example.com"_s));
    QVERIFY(
        s.html.contains(u"<span class=\"blocked-image\" title=\"hidden\">Example Corp</span>"_s));
    QVERIFY(s.html.contains(u"<img src=\"data:image/png;base64,iVBORw0KGgo=\">"_s));
    // The same URL in other case is written as the allow-list names it (fuzz_html_sanitizer).
    QVERIFY2(s.html.contains(u"<img src=\"data:image/png;base64,R0lGOD=\">"_s), qPrintable(s.html));
    o.allowRemoteImages = true;
    s = ConversationHtml::sanitize(html, o);
    QVERIFY(!s.remoteBlocked);
    QVERIFY(s.html.contains(
        u"<img src=\"https://images.example.com/logo.png\" alt=\"Example Corp\" width=\"120\">"_s));
}

void TestConversationHtml::messageCannotCloseThePagesElements()
{
    // Stray end tags close nothing; what the message leaves open is closed where it ends (a
    // <div> closes an open <p>, as in the browser).
    const QString out
        = ConversationHtml::sanitize(u"</div></article></main><p>a<div><b>open"_s, options()).html;
    QCOMPARE(out, u"<p>a</p><div><b>open</b></div>"_s);
}

void TestConversationHtml::quotedOriginalIsFolded()
{
    const QString out = ConversationHtml::sanitize(
        u"<p>Yes.</p><div class=\"gmail_quote\"><div>On Mon, Dana wrote:</div><blockquote>"
        u"<p>Lunch?</p></blockquote></div>"_s,
        options())
                            .html;
    QCOMPARE(out,
        u"<p>Yes.</p><details class=\"quoted\"><summary>Show quoted text</summary><div><div>On "
        u"Mon, Dana wrote:</div><blockquote><p>Lunch?</p></blockquote></div></details>"_s);
}

void TestConversationHtml::plainTextIsEscapedAndLinked()
{
    const QString out = ConversationText::linkified(
        u"<b>See https://example.com/a_(b). or www.example.org, mail jamie.lee@example.com"_s);
    QCOMPARE(out,
        u"&lt;b&gt;See <a href=\"https://example.com/a_(b)\" rel=\"noreferrer noopener\">"
        u"https://example.com/a_(b)</a>. or <a href=\"https://www.example.org\" "
        u"rel=\"noreferrer noopener\">www.example.org</a>, mail <a "
        u"href=\"mailto:jamie.lee@example.com\" rel=\"noreferrer "
        u"noopener\">jamie.lee@example.com</a>"_s);
    QVERIFY(!ConversationText::linkified(u"javascript:alert(1)"_s).contains(u"<a"_s));
}

void TestConversationHtml::plainQuotesAreFoldedAtTheEnd()
{
    const QString out = ConversationText::toHtml(
        u"Sounds good.\n> inline\nMore.\n\nOn Mon, Jamie wrote:\n> Lunch?\n> Friday\n"_s,
        options());
    QCOMPARE(out,
        u"<div class=\"text\">Sounds good.\n&gt; inline\nMore.</div><details class=\"quoted\">"
        u"<summary>Show quoted text</summary><div class=\"text\">On Mon, Jamie wrote:\n&gt; "
        u"Lunch?\n&gt; Friday\n</div></details>"_s);
}

void TestConversationHtml::pageMarksNotesAndExpandsTheLatest()
{
    ConversationMessage first;
    first.id = u"m1"_s;
    first.from = u"Jamie Lee <jamie.lee@example.com>"_s;
    first.body = u"Hello"_s;
    first.createdAt = QDateTime(QDate(2026, 5, 18), QTime(9, 0), QTimeZone::utc());
    ConversationMessage note = first;
    note.id = u"m2"_s;
    note.from.clear();
    note.internal = true;
    note.body = u"Check with finance <first>"_s;
    ThreadSummary t;
    t.subject = u"Weekly <report>"_s;
    const auto page = ConversationDocument::build(t, {first, note}, {});
    QVERIFY(page.html.contains(u"<title>Weekly &lt;report&gt;</title>"_s));
    QVERIFY(page.html.contains(u"<article class=\"message outgoing\" id=\"m-m1\""_s));
    QVERIFY(page.html.contains(u"</h2><details class=\"message-details\"><summary>"_s));
    QVERIFY(page.html.contains(u"<article class=\"message outgoing internal\" id=\"m-m2\""_s));
    QVERIFY(page.html.contains(u"</h2><details class=\"message-details\" open>"_s));
    QVERIFY(page.html.contains(u"Check with finance &lt;first&gt;"_s));
    // Reply buttons on mail, none on a note.
    QVERIFY(page.html.contains(
        u"action=\"outpost-action:reply?message=m1&amp;key=%1\""_s.arg(page.actionKey)));
    QVERIFY(!page.html.contains(u"outpost-action:reply?message=m2"_s));
    QCOMPARE(page.latestAnchor, u"m-m2"_s);
    QVERIFY(!page.html.contains(u"<script"_s));
    QVERIFY(page.html.contains(u"script-src 'none'"_s));
}

void TestConversationHtml::pageAllowsOnlyPermittedImages()
{
    ConversationMessage m;
    m.id = u"m1"_s;
    m.from = u"jamie.lee@example.com"_s;
    m.isHtml = true;
    m.body = u"<img src=\"https://images.example.com/logo.png\">"_s;
    ConversationDocument::Options o;
    auto page = ConversationDocument::build({}, {m}, o);
    QVERIFY(page.allowedImages.isEmpty());
    QCOMPARE(page.blockedMessages, 1);
    QVERIFY(page.html.contains(u"img-src data:\""_s));
    QVERIFY(page.html.contains(u"outpost-action:show-images?message=m1"_s));
    o.imagesFromSenders.insert(u"jamie.lee@example.com"_s);
    page = ConversationDocument::build({}, {m}, o);
    QCOMPARE(page.allowedImages, QList<QUrl> {QUrl(u"https://images.example.com/logo.png"_s)});
    QCOMPARE(page.blockedMessages, 0);
}

// What a screen reader finds: each message an article named by its heading (author and day),
// its actions real buttons whose names say which message they act on.
void TestConversationHtml::pageNamesMessagesAndButtonsForScreenReaders()
{
    const auto at = [](int year, int month, int day, int hour, int minute) {
        return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
    };
    ConversationMessage jamie;
    jamie.id = u"m1"_s;
    jamie.incoming = true;
    jamie.from = u"Jamie Lee <jamie.lee@example.com>"_s;
    jamie.body = u"Lunch?"_s;
    jamie.createdAt = at(2026, 5, 14, 10, 0);
    ConversationMessage dana = jamie;
    dana.id = u"m2"_s;
    dana.incoming = false;
    dana.from = u"\"Dana <b>O'Demo</b>\" <dana@acme.example>"_s;
    dana.createdAt = at(2026, 5, 14, 10, 30);
    ConversationMessage again = jamie;
    again.id = u"m3"_s;
    again.createdAt = at(2026, 5, 14, 12, 5);
    ConversationMessage note = jamie;
    note.id = u"m4"_s;
    note.from.clear();
    note.internal = true;
    ConversationMessage old = jamie;
    old.id = u"m5"_s;
    old.createdAt = at(2025, 3, 3, 9, 0);
    ConversationDocument::Options o;
    o.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    o.zone = QTimeZone::utc();
    o.now = at(2026, 12, 5, 8, 0);
    const QString html = ConversationDocument::build({}, {old, jamie, dana, again, note}, o).html;

    // Named by the heading inside it.
    QVERIFY(html.contains(u"<article class=\"message outgoing\" id=\"m-m2\" "
                          u"aria-labelledby=\"m-m2-h\"><h2 class=\"for-readers\" "
                          u"id=\"m-m2-h\">Dana &lt;b&gt;O'Demo&lt;/b&gt;, 14 May</h2>"_s));
    // Jamie wrote twice that day: the time tells the two apart. Another year is named.
    QVERIFY(html.contains(u">Jamie Lee, 14 May, 10:00</h2>"_s));
    QVERIFY(html.contains(u">Jamie Lee, 14 May, 12:05</h2>"_s));
    QVERIFY(html.contains(u">Jamie Lee, 3 March 2025</h2>"_s));
    QVERIFY(html.contains(u">Internal note, 14 May</h2>"_s));
    QVERIFY(
        html.contains(u"<p class=\"note-badge\" role=\"note\" aria-label=\"Internal note\">"_s));

    // Real buttons, each posting its form to the message's action; named for the message.
    QVERIFY(html.contains(
        u"<form class=\"action\" method=\"post\" action=\"outpost-action:reply?message=m2&amp;key="_s));
    QVERIFY(html.contains(u"\"><button class=\"button\" type=\"submit\" aria-label=\"Reply to Dana "
                          u"&lt;b&gt;O'Demo&lt;/b&gt;, 14 May\">Reply</button></form>"_s));
    QVERIFY(html.contains(u"aria-label=\"Reply all to Jamie Lee, 14 May, 12:05\">Reply All<"_s));
    QVERIFY(
        html.contains(u"aria-label=\"Forward the message of Jamie Lee, 3 March 2025\">Forward<"_s));
    QVERIFY(!html.contains(u"outpost-action:reply?message=m4"_s)); // a note has none
    QVERIFY(!html.contains(u"<a class=\"button\""_s));
    // No two buttons share a name; every form goes to an action and nowhere else.
    const QRegularExpression names(u"<button [^>]*aria-label=\"([^\"]*)\""_s);
    QSet<QString> seen;
    int buttons = 0;
    for (auto it = names.globalMatch(html); it.hasNext(); ++buttons) {
        const QString name = it.next().captured(1);
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
    }
    QCOMPARE(buttons, 12); // Reply, Reply all, Forward on each of the four emails
    QCOMPARE(html.count(u"<form "_s), buttons);
    QCOMPARE(
        html.count(u"<form class=\"action\" method=\"post\" action=\"outpost-action:"_s), buttons);
    QVERIFY(html.contains(u"form-action outpost-action:;"_s));
}

void TestConversationHtml::forgedFromOfATrustedSenderStaysBlocked()
{
    // The case: Jamie is trusted; a stranger writes From: JAMIE.LEE@EXAMPLE.COM, and
    // the receiving provider says so in Authentication-Results.
    ConversationMessage real;
    real.id = u"m1"_s;
    real.from = u"Jamie Lee <jamie.lee@example.com>"_s;
    real.isHtml = true;
    real.body = u"<img src=\"https://images.example.com/team.png\">"_s;
    real.authenticationResults
        = {u"mx.google.com; dkim=pass header.i=@example.com; spf=pass "
           u"smtp.mailfrom=example.com; dmarc=pass header.from=example.com"_s};
    ConversationMessage forged = real;
    forged.id = u"m2"_s;
    forged.from = u"Jamie Lee <JAMIE.LEE@EXAMPLE.COM>"_s;
    forged.body = u"<img src=\"https://tracker.example.net/pixel.png\">"_s;
    forged.authenticationResults = {u"mx.google.com; dkim=none; spf=fail "
                                    u"smtp.mailfrom=example.com; dmarc=fail (p=REJECT) "
                                    u"header.from=example.com"_s};
    ConversationDocument::Options o;
    o.imagesFromSenders.insert(u"jamie.lee@example.com"_s);
    const auto page = ConversationDocument::build({}, {real, forged}, o);
    // The real one shows its image; the forged one loads nothing and says why.
    QCOMPARE(page.allowedImages, QList<QUrl> {QUrl(u"https://images.example.com/team.png"_s)});
    QCOMPARE(page.blockedMessages, 1);
    const qsizetype second = page.html.indexOf(u"id=\"m-m2\""_s);
    QVERIFY(second > 0);
    const QString forgedHtml = page.html.mid(second);
    QVERIFY(forgedHtml.contains(u"class=\"images-blocked\""_s));
    QVERIFY2(forgedHtml.contains(u"You trust jamie.lee@example.com, but the mail provider reports "
                                 u"that this message failed the sender check (spf=fail, "
                                 u"dmarc=fail)"_s),
        qPrintable(forgedHtml.left(2000)));
    // Shown once on purpose, never trusted for good from a message that failed.
    QVERIFY(forgedHtml.contains(u"outpost-action:show-images?message=m2"_s));
    QVERIFY(!forgedHtml.contains(u"trust-sender"_s));
    // A message with no Authentication-Results (the platform's) keeps the user's trust.
    ConversationMessage platform = real;
    platform.authenticationResults.clear();
    QCOMPARE(ConversationDocument::build({}, {platform}, o).blockedMessages, 0);
}

QTEST_GUILESS_MAIN(TestConversationHtml)
#include "tst_conversationhtml.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML sanitiser against hostile mail: the payloads of issue 16 (tags joined from text,
// `</1` structure escapes, <template> and CSS leaks, fixed banners, style sheets, <base>,
// refresh, an invisible outpost-action: link), its properties over generated markup (the
// output sanitises to itself; parsed again it holds nothing outside the allow-list; it closes
// inside its box on the page), the CSS filter, and time that stays linear.
#include "conversation/ConversationHtml.h"
#include "conversation/CssFilter.h"
#include "tests/support/SanitizerOracle.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

#include <gumbo.h>

#include <vector>

using namespace Outpost;
using namespace Outpost::SanitizerOracle;
using namespace Qt::StringLiterals;

namespace {

ConversationHtml::Options options(bool allowRemoteImages = false)
{
    ConversationHtml::Options o;
    o.allowRemoteImages = allowRemoteImages;
    o.quoteLabel = u"Show quoted text"_s;
    o.blockedImageLabel = u"Remote image, hidden"_s;
    return o;
}

// Markup a fuzzer would write: tags the parser treats specially, stray `<` and `</`,
// comments, entities, attributes with hostile values, text in several scripts.
QString generatedMarkup(QRandomGenerator &rng)
{
    static const QStringList tags {u"p"_s, u"div"_s, u"span"_s, u"b"_s, u"i"_s, u"a"_s, u"font"_s,
        u"table"_s, u"tr"_s, u"td"_s, u"th"_s, u"tbody"_s, u"caption"_s, u"col"_s, u"ul"_s, u"ol"_s,
        u"li"_s, u"dl"_s, u"dt"_s, u"dd"_s, u"h1"_s, u"h2"_s, u"pre"_s, u"blockquote"_s,
        u"details"_s, u"summary"_s, u"ruby"_s, u"rt"_s, u"rp"_s, u"rb"_s, u"br"_s, u"hr"_s,
        u"img"_s, u"image"_s, u"script"_s, u"style"_s, u"template"_s, u"title"_s, u"textarea"_s,
        u"xmp"_s, u"plaintext"_s, u"listing"_s, u"noscript"_s, u"iframe"_s, u"noembed"_s,
        u"object"_s, u"embed"_s, u"marquee"_s, u"applet"_s, u"form"_s, u"input"_s, u"button"_s,
        u"select"_s, u"option"_s, u"svg"_s, u"math"_s, u"foreignObject"_s, u"desc"_s, u"mi"_s,
        u"meta"_s, u"base"_s, u"link"_s, u"html"_s, u"head"_s, u"body"_s, u"frameset"_s, u"dir"_s,
        u"menu"_s, u"nobr"_s, u"x"_s, u"q-1"_s, u"center"_s, u"label"_s, u"wbr"_s};
    static const QStringList attributes {u"style=\"color:red;position:fixed;top:0\""_s,
        u"style='background:url(https://t.example/p)'"_s, u"style=\"margin:-5px 0;z-index:9\""_s,
        u"style=\"font-family:'A;B', serif\""_s, u"style=\"color:\\72 ed\""_s,
        u"style=\"width:50%;display:none\""_s, u"style=\"display: contents\""_s,
        u"style=\"color:rgb(1,2,3)!important\""_s, u"style=\"color:/*x*/red\""_s,
        u"href=\"https://a.example/x?y=1&amp;z=2\""_s, u"href=\"javascript:alert(1)\""_s,
        u"href=mailto:a@b.example"_s, u"href=\"outpost-action:trust-sender?message=m1\""_s,
        u"href=\" HTTPS://EXAMPLE.COM/%zz a\""_s, u"href=\"https://[::1]/\""_s,
        u"href=\"http://ex ample.com/\""_s, u"src=\"https://i.example/a.png\""_s,
        u"src=\"data:image/png;base64,iVBO Rw0=\""_s, u"src=\"Data:IMAGE/gif;base64,R0=\""_s,
        u"src=cid:part1"_s, u"src=x"_s, u"onerror=alert(1)"_s, u"class=gmail_quote"_s,
        u"class=\"quoted\""_s, u"class=blocked-image"_s, u"id=m-1"_s, u"alt=\"a < b\""_s,
        u"title='x\"y'"_s, u"width=100"_s, u"width=50%"_s, u"height=x"_s, u"open"_s, u"colspan=2"_s,
        u"xlink:href=x"_s, u"type=hidden"_s, u"dir=rtl"_s};
    static const QStringList bits {u"<"_s, u"</"_s, u"<!--"_s, u"-->"_s, u"<!---->"_s, u"<!"_s,
        u"<?x>"_s, u"</1"_s, u"<![CDATA[c]]>"_s, u"&amp;"_s, u"&lt;"_s, u"&#60;"_s, u"&#x3c;"_s,
        u"&#0;"_s, u"&nbsp;"_s, u"&"_s, u"&notin"_s, u"&#x110000;"_s, u">"_s, u"\""_s, u"'"_s,
        u"="_s, u"/"_s, u"\n"_s, u"\r\n"_s, u"\t"_s, u" "_s, u"\n\n"_s, u"hello"_s, u"合同"_s,
        u"مرحبا"_s, u"x"_s, QString(QChar(0)), u"\u00a0"_s};
    QString s;
    const int parts = rng.bounded(1, 40);
    for (int k = 0; k < parts; ++k) {
        const int kind = rng.bounded(10);
        if (kind < 4) {
            s += u'<' + tags.at(rng.bounded(tags.size()));
            for (int a = rng.bounded(4); a > 0; --a)
                s += u' ' + attributes.at(rng.bounded(attributes.size()));
            s += rng.bounded(8) == 0 ? u"/>"_s : u">"_s;
        } else if (kind < 6) {
            s += u"</"_s + tags.at(rng.bounded(tags.size())) + u'>';
        } else {
            s += bits.at(rng.bounded(bits.size()));
        }
    }
    return s;
}

} // namespace

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostilePayloadsAreHarmless_data();
    void hostilePayloadsAreHarmless();
    void joinedTagsStayText();
    void structureEscapeClosesInsideTheMessage();
    void templateImagesAreNeverRequested();
    void linksAreOnlyHttpHttpsOrMailto();
    void parserAssertionsDoNotAbort();
    void textFallbackIsItsOwnSanitisedForm();
    void parsedShapesThatDoNotReparse_data();
    void parsedShapesThatDoNotReparse();
    void cssFilter_data();
    void cssFilter();
    void generatedMarkupHasTheProperties();
    void timeStaysLinear_data();
    void timeStaysLinear();
};

void TestHtmlSanitizer::hostilePayloadsAreHarmless_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("forbidden");
    // Joining text into a tag: the dropped tag's neighbours must not meet.
    QTest::newRow("joined script") << u"<<x>script>fetch(R)<<x>/script>"_s << u"<script"_s;
    QTest::newRow("joined img") << u"<<!---->img src=x onerror=fetch(R)>"_s << u"<img"_s;
    QTest::newRow("joined style") << u"<</q>style>.internal{display:none}<</q>/style>"_s
                                  << u"<style"_s;
    QTest::newRow("joined iframe") << u"<<meta>iframe src=https://x.example/>"_s << u"<iframe"_s;
    QTest::newRow("structure escape")
        << u"<td style=\"display:none\">x</1</td><p>rest"_s << u"</1"_s;
    QTest::newRow("font over the thread")
        << u"<font color=red size=7><b>everything after is mine"_s << u"<script"_s;
    QTest::newRow("template and css")
        << u"<template><img src=\"https://t.example/note.png\"></template>"
           u"<div style=\"background:url(https://t.example/bg)\">x</div>"_s
        << u"t.example"_s;
    QTest::newRow("fixed banner")
        << u"<div style=\"position:fixed;top:0;left:0;width:100%;z-index:99999;"
           u"background:#0a0;color:#fff\">Verified sender: safe to pay</div>"_s
        << u"fixed"_s;
    QTest::newRow("absolute and sticky")
        << u"<p style=\"position:absolute\">a</p><p style=\"position : sticky\">b</p>"_s
        << u"position"_s;
    QTest::newRow("negative margin and transform")
        << u"<div style=\"margin-top:-400px;transform:translateY(-50px)\">x</div>"_s << u"-400"_s;
    QTest::newRow("style sheet")
        << u"<style>article + article, .internal { display: none }</style><p>a</p>"_s
        << u"display"_s;
    QTest::newRow("style in head")
        << u"<html><head><style>*{color:red}</style><link rel=stylesheet href=x.css>"
           u"</head><body><p>a</p></body></html>"_s
        << u"color"_s;
    QTest::newRow("base") << u"<base href=\"https://x.example/\"><a href=a>x</a>"_s
                          << u"x.example"_s;
    QTest::newRow("meta refresh")
        << u"<meta http-equiv=refresh content=\"0;url=https://x.example\">"_s << u"x.example"_s;
    QTest::newRow("invisible action link")
        << u"<a href=\"outpost-action:trust-sender?message=m1&amp;address=x@y.example\" "
           u"style=\"position:fixed;top:0;left:0;width:100%;height:100%;opacity:0;"
           u"z-index:9\">&nbsp;</a>"_s
        << u"outpost-action"_s;
    QTest::newRow("css escapes and at-rules")
        << u"<p style=\"color:\\72 ed;background:image-set('x.png' 1x);width:expression(1);"
           u"x:@import 'y'\">a</p>"_s
        << u"image-set"_s;
    QTest::newRow("svg") << u"<svg><foreignObject><p>x</p></foreignObject>"
                            u"<a xlink:href=\"javascript:1\">y</a></svg>"_s
                         << u"javascript"_s;
    QTest::newRow("mathml") << u"<math><mi><img src=x onerror=alert(1)></mi></math>"_s
                            << u"onerror"_s;
    QTest::newRow("noscript mutation")
        << u"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"_s
        << u"<img"_s;
    QTest::newRow("form controls")
        << u"<form action=https://x.example><input value=a><button>Pay</button>"
           u"<select><option>1</select><textarea>t</textarea></form>"_s
        << u"x.example"_s;
    QTest::newRow("object, embed, frames")
        << u"<object data=a.swf></object><embed src=b.swf><frameset><frame src=c>"_s << u"swf"_s;
}

void TestHtmlSanitizer::hostilePayloadsAreHarmless()
{
    QFETCH(QString, html);
    QFETCH(QString, forbidden);
    const ConversationHtml::Sanitized s = ConversationHtml::sanitize(html, options());
    QVERIFY2(!s.html.contains(forbidden, Qt::CaseInsensitive), qPrintable(s.html));
    const QStringList found = violations(s.html, false);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s) + u" in "_s + s.html));
    QVERIFY2(staysInItsBox(s.html), qPrintable(s.html));
    QCOMPARE(ConversationHtml::sanitize(s.html, options()).html, s.html);
}

void TestHtmlSanitizer::joinedTagsStayText()
{
    QCOMPARE(ConversationHtml::sanitize(u"<<x>script>fetch(R)<<x>/script>"_s, options()).html,
        u"&lt;script&gt;fetch(R)&lt;/script&gt;"_s);
    QCOMPARE(ConversationHtml::sanitize(u"<<!---->img src=x onerror=fetch(R)>"_s, options()).html,
        u"&lt;img src=x onerror=fetch(R)&gt;"_s);
}

void TestHtmlSanitizer::structureEscapeClosesInsideTheMessage()
{
    // `</1…>` is a comment to the parser, so the <td> (ignored outside a table) hides nothing.
    const QString out = ConversationHtml::sanitize(
        u"<table><tr><td style=\"display:none\">x</1</td></tr></table><p>rest</p>"_s, options())
                            .html;
    QCOMPARE(out,
        u"<table><tbody><tr><td style=\"display: none\">x</td></tr></tbody></table>"
        u"<p>rest</p>"_s);
    QVERIFY(staysInItsBox(out));
    QVERIFY(
        staysInItsBox(ConversationHtml::sanitize(u"<div><div><ul><li><table><td>"_s
                                                 u"<font color=red><a href=https://x.example>"_s,
            options())
                          .html));
}

void TestHtmlSanitizer::templateImagesAreNeverRequested()
{
    const ConversationHtml::Sanitized s = ConversationHtml::sanitize(
        u"<template><img src=\"https://t.example/has-note.png\"></template>"
        u"<svg><image href=\"https://t.example/svg.png\"/></svg>"
        u"<style>.internal ~ * { background: url(https://t.example/date) }</style>"
        u"<img src=\"https://images.example.com/logo.png\">"_s,
        options(true));
    QCOMPARE(s.remoteImages, QStringList {u"https://images.example.com/logo.png"_s});
    QCOMPARE(s.html, u"<img src=\"https://images.example.com/logo.png\">"_s);
}

void TestHtmlSanitizer::linksAreOnlyHttpHttpsOrMailto()
{
    const QString out = ConversationHtml::sanitize(
        u"<a href=\"outpost-action:trust-sender?message=m1\">a</a>"
        u"<a href=\" javascript:alert(1)\">b</a><a href=\"data:text/html,x\">c</a>"
        u"<a href=\"file:///etc/passwd\">d</a><a href=\"mailto:dana@example.com\">e</a>"
        u"<a href=\"HTTPS://Example.com/a b?q=1\">f</a>"_s,
        options())
                            .html;
    QCOMPARE(out,
        u"<a rel=\"noreferrer noopener\">a</a><a rel=\"noreferrer noopener\">b</a>"
        u"<a rel=\"noreferrer noopener\">c</a><a rel=\"noreferrer noopener\">d</a>"
        u"<a href=\"mailto:dana@example.com\" rel=\"noreferrer noopener\">e</a>"
        u"<a href=\"https://example.com/a%20b?q=1\" rel=\"noreferrer noopener\">f</a>"_s);
}

void TestHtmlSanitizer::parserAssertionsDoNotAbort()
{
    // Debian's gumbo aborts on this (an assertion in handle_in_table): the body is shown as
    // text instead, and the snippet read without the parser.
    const QString html = u"<p>Invoice</p><table><svg><desc><![CDATA[c]]> paid"_s;
    const ConversationHtml::Sanitized s = ConversationHtml::sanitize(html, options());
    QVERIFY(s.tooComplex);
    QVERIFY2(s.html.contains(u"Invoice"_s), qPrintable(s.html));
    QVERIFY(violations(s.html, false).isEmpty());
    QCOMPARE(ConversationHtml::sanitize(s.html, options()).html, s.html);
    QVERIFY(ConversationHtml::plainTextOf(html).startsWith(u"Invoice"_s));
    // The next parse on this thread is unaffected.
    QCOMPARE(ConversationHtml::sanitize(u"<p>a</p>"_s, options()).html, u"<p>a</p>"_s);
}

void TestHtmlSanitizer::textFallbackIsItsOwnSanitisedForm()
{
    // The body gumbo gives up on is shown as text; that page, sanitised again, must be itself.
    // Found by fuzz_html_sanitizer (its input is now in the seed corpus): a U+0013 was written as
    // it was, and gumbo reads every control character and noncharacter as U+FFFD.
    const QString html = u"<table><svg><desc><![CDATA[c]]> Paid\u0013 in full\u007f\u0085"
                         u"\ufdd0 &#x13;&#xfffe;\U0001fffe on time<br>\t\v\f ok"_s;
    const ConversationHtml::Sanitized once = ConversationHtml::sanitize(html, options());
    QVERIFY(once.tooComplex);
    QCOMPARE(ConversationHtml::sanitize(once.html, options()).html, once.html);
    QVERIFY2(
        once.html.contains(u"Paid\ufffd in full\ufffd\ufffd\ufffd \ufffd\ufffd\ufffd on time"_s),
        qPrintable(once.html));
    QVERIFY2(once.html.endsWith(u"\n\ufffd ok</div>"_s), qPrintable(once.html));
}

void TestHtmlSanitizer::parsedShapesThatDoNotReparse_data()
{
    // Trees the parser builds that explicit tags would not rebuild (found by the generated
    // inputs below): the output must still be what parsing it gives.
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("sanitized");
    QTest::newRow("dd foster-parented into a dd")
        << u"<details><dd>a<table><col><dd>b"_s
        << u"<details><dd>ab<table><colgroup><col></colgroup></table></dd></details>"_s;
    QTest::newRow("a foster-parented into an a")
        << u"<a href=https://x.example/>1<ul><table><tr><a>2</a>"_s
        << u"<a href=\"https://x.example/\" rel=\"noreferrer noopener\">1<ul>2<table><tbody>"
           u"<tr></tr></tbody></table></ul></a>"_s;
    QTest::newRow("heading in a heading, once unwrapped")
        << u"<h1>a<x><h2>b</h2></x></h1>"_s << u"<h1>ab</h1>"_s;
    QTest::newRow("rt outside ruby") << u"<span><rt>b<rt>c</span>"_s << u"<span>bc</span>"_s;
    QTest::newRow("block in a paragraph, through a marquee")
        << u"<p>a<marquee><div>b</div></marquee>c</p>"_s << u"<p>ac</p>"_s;
    QTest::newRow("line break opening a pre")
        << u"<pre>\n\nx</pre><xmp>\n<b></xmp>"_s << u"<pre>\n\nx</pre><pre>\n\n&lt;b&gt;</pre>"_s;
    QTest::newRow("leading white space") << u"\t <p>a</p>"_s << u"\t <p>a</p>"_s;
    QTest::newRow("text in a table") << u"<table>x<tr><td>y</table>"_s
                                     << u"x<table><tbody><tr><td>y</td></tr></tbody></table>"_s;
}

void TestHtmlSanitizer::parsedShapesThatDoNotReparse()
{
    QFETCH(QString, html);
    QFETCH(QString, sanitized);
    const QString out = ConversationHtml::sanitize(html, options()).html;
    QCOMPARE(out, sanitized);
    QCOMPARE(ConversationHtml::sanitize(out, options()).html, out);
    QVERIFY(staysInItsBox(out));
}

void TestHtmlSanitizer::cssFilter_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("kept");
    QTest::newRow("ordinary") << u"font-family: Arial; color: #333"_s
                              << u"font-family: Arial; color: #333"_s;
    QTest::newRow("tolerant") << u";;COLOR:red ;; font-size :  12px;bogus;:x;margin: 0 auto"_s
                              << u"color: red; font-size: 12px; margin: 0 auto"_s;
    QTest::newRow("quoted names") << u"font-family: 'Segoe UI', \"微软雅黑\", sans-serif"_s
                                  << u"font-family: 'Segoe UI', \"微软雅黑\", sans-serif"_s;
    QTest::newRow("colour functions") << u"color: rgba(0, 0, 0, .5); background: hsl(1,2%,3%)"_s
                                      << u"color: rgba(0, 0, 0, .5); background: hsl(1,2%,3%)"_s;
    QTest::newRow("important") << u"color: red !important"_s << u"color: red"_s;
    QTest::newRow("bang in a quoted name (fuzz_html_sanitizer)")
        << u"color:\\72und:image-set('x.png' 1x);width:expresimport 'y!'; color: red"_s
        << u"color: red"_s;
    QTest::newRow("url") << u"background: url(https://t.example/x); color: red"_s
                         << u"color: red"_s;
    QTest::newRow("url, spaced") << u"background: URL ( x )"_s << QString();
    QTest::newRow("image-set") << u"background: image-set('a.png' 1x)"_s << QString();
    QTest::newRow("src") << u"background: src(x)"_s << QString();
    QTest::newRow("expression") << u"width: expression(alert(1))"_s << QString();
    QTest::newRow("escape") << u"color: \\72 ed; background: \\75rl(x)"_s << QString();
    QTest::newRow("at-rule") << u"@import 'x'; color: red"_s << u"color: red"_s;
    QTest::newRow("comment") << u"color: red/*; position: fixed*/; width: 1px"_s
                             << u"color: red; width: 1px"_s;
    QTest::newRow("position") << u"position: fixed; position: absolute; position: sticky"_s
                              << QString();
    QTest::newRow("z-index and transform")
        << u"z-index: 9; transform: none; translate: 1px; top: 0"_s << QString();
    QTest::newRow("negative margins")
        << u"margin: 0 -10px; margin-top: -.5em; margin-left: 10px"_s << u"margin-left: 10px"_s;
    QTest::newRow("calc and var") << u"width: calc(100% + 1px); color: var(--page)"_s << QString();
    QTest::newRow("unbalanced") << u"font-family: \"a; color: red"_s << u"color: red"_s;
    QTest::newRow("display") << u"display: none; display: contents"_s << u"display: none"_s;
    QTest::newRow("behaviour") << u"behavior: url(x.htc); -moz-binding: url(x)"_s << QString();
}

void TestHtmlSanitizer::cssFilter()
{
    QFETCH(QString, style);
    QFETCH(QString, kept);
    QCOMPARE(CssFilter::safeDeclarations(style), kept);
    QCOMPARE(CssFilter::safeDeclarations(kept), kept);
}

void TestHtmlSanitizer::generatedMarkupHasTheProperties()
{
    // OUTPOST_SANITIZER_ROUNDS=1000000 OUTPOST_SANITIZER_SEED=… for a longer run.
    const int rounds = qEnvironmentVariableIntValue("OUTPOST_SANITIZER_ROUNDS") > 0
        ? qEnvironmentVariableIntValue("OUTPOST_SANITIZER_ROUNDS")
        : 4000;
    QRandomGenerator rng(quint32(qEnvironmentVariableIntValue("OUTPOST_SANITIZER_SEED")) + 16);
    for (int round = 0; round < rounds; ++round) {
        const QString input = generatedMarkup(rng);
        const bool remote = round % 3 == 0;
        const ConversationHtml::Options o = options(remote);
        const ConversationHtml::Sanitized once = ConversationHtml::sanitize(input, o);
        const QString twice = ConversationHtml::sanitize(once.html, o).html;
        if (twice != once.html || !staysInItsBox(once.html)
            || !violations(once.html, remote).isEmpty()) {
            qWarning().noquote() << "input:" << input << "\nonce: " << once.html
                                 << "\ntwice:" << twice
                                 << "\nviolations:" << violations(once.html, remote);
        }
        QCOMPARE(twice, once.html);
        QVERIFY(staysInItsBox(once.html));
        QVERIFY(violations(once.html, remote).isEmpty());
    }
}

void TestHtmlSanitizer::timeStaysLinear_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text"); // some text the result still shows
    // The old sanitiser's quadratic case: 600 KB of open elements and unmatched end tags.
    QTest::newRow("600 KB unmatched end tags")
        << u"<span>"_s.repeated(50'000) + u"x"_s + u"</i>"_s.repeated(75'000) << u"x"_s;
    QTest::newRow("100k nested div") << u"<div>"_s.repeated(100'000) + u"deep"_s << u"deep"_s;
    QTest::newRow("100k nested ul li") << u"<ul><li>"_s.repeated(100'000) + u"deep"_s << u"deep"_s;
    QString reopened; // re-opened formatting elements: a tree quadratic in the input
    for (int i = 0; i < 5000; ++i)
        reopened += u"<p><b title=%1>x</p>"_s.arg(i);
    QTest::newRow("re-opened formatting") << reopened << u"x"_s;
    QTest::newRow("900 KB of CJK text")
        << u"我们的合同将于六月三十日续签，请把签好的文件发给我。"_s.repeated(11'600)
        << u"六月三十日"_s;
}

void TestHtmlSanitizer::timeStaysLinear()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QElapsedTimer timer;
    timer.start();
    const ConversationHtml::Sanitized s = ConversationHtml::sanitize(html, options());
    const qint64 sanitizeMs = timer.elapsed();
    timer.restart();
    const QString snippet = ConversationHtml::plainTextOf(html);
    const qint64 snippetMs = timer.elapsed();
    // Generous bounds for a loaded machine: the old sanitiser took 31 s on the first row.
    QVERIFY2(sanitizeMs < 5000, qPrintable(QString::number(sanitizeMs)));
    QVERIFY2(snippetMs < 5000, qPrintable(QString::number(snippetMs)));
    QVERIFY(s.html.contains(text));
    QVERIFY(snippet.contains(text));
    QVERIFY(violations(s.html, false).isEmpty());
    QCOMPARE(ConversationHtml::sanitize(s.html, options()).html, s.html);
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"

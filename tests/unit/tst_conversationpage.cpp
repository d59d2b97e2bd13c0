// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation page as a whole (issue 16, items 2 and 3): one style sheet, allowed by its
// hash and nothing else; action links honoured only with the key of their own render; each
// message in a contained box; the plain-text version; pages built off the GUI thread, a
// superseded one never delivered; the 600 KB quadratic case and the 900 KB Chinese message
// make ordinary pages.
#include "conversation/ConversationDocument.h"
#include "conversation/ConversationRenderer.h"

#include <QColor>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {
ConversationMessage message(const QString &id, const QString &body, bool html)
{
    ConversationMessage m;
    m.id = id;
    m.from = u"Jamie Lee <jamie.lee@example.com>"_s;
    m.body = body;
    m.isHtml = html;
    m.incoming = true;
    m.createdAt = QDateTime(QDate(2026, 5, 18), QTime(9, 0), QTimeZone::utc());
    return m;
}

// The directives of the page's Content-Security-Policy, by name.
QHash<QString, QStringList> cspOf(const QString &html)
{
    static const QRegularExpression meta(
        u"<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">"_s);
    const QRegularExpressionMatch m = meta.match(html);
    QHash<QString, QStringList> directives;
    if (!m.hasMatch())
        return directives;
    for (const QString &d : m.captured(1).split(u';', Qt::SkipEmptyParts)) {
        QStringList words = d.simplified().split(u' ');
        const QString name = words.takeFirst();
        directives.insert(name, words);
    }
    return directives;
}

QUrl firstAction(const ConversationDocument::Page &page, const QString &name)
{
    static const QRegularExpression link(u"(?:href|action)=\"(outpost-action:[^\"]*)\""_s);
    for (const QRegularExpressionMatch &m : link.globalMatch(page.html)) {
        const QUrl url(m.captured(1).replace(u"&amp;"_s, u"&"_s));
        if (url.path() == name)
            return url;
    }
    return {};
}
} // namespace

class TestConversationPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theOnlyStyleSheetIsThePagesAllowedByItsHash();
    void actionLinksNeedTheirRendersKey();
    void eachMessageIsAContainedBox();
    void plainTextVersionShowsNoMarkup();
    void hostileBodiesMakeOrdinaryPages();
    void pagesAreBuiltOffTheGuiThread();
    void aSupersededPageIsNeverDelivered();
    void theFirstPaintReadsThePagesColoursAndHeader();
};

void TestConversationPage::theOnlyStyleSheetIsThePagesAllowedByItsHash()
{
    // Issue 16's payloads: joined tags, a <style> hiding the note, a <template> with CSS.
    const auto page = ConversationDocument::build({},
        {message(u"m1"_s,
            u"<<x>style>article{display:none}<</q>/style><style>.internal{display:none}</style>"
            u"<template><style>p{}</style></template><link rel=stylesheet href=https://t/s.css>"
            u"<p>Hello</p>"_s,
            true)},
        {});
    QCOMPARE(page.html.count(u"<style"_s), 1);
    QVERIFY(!page.html.contains(u"<link"_s));
    const qsizetype open = page.html.indexOf(u"<style>"_s) + 7;
    const QString sheet = page.html.mid(open, page.html.indexOf(u"</style>"_s) - open);
    const QString hash = u"'sha256-"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(sheet.toUtf8(), QCryptographicHash::Sha256).toBase64())
        + u'\'';
    const auto csp = cspOf(page.html);
    QCOMPARE(csp.value(u"style-src"_s), QStringList {hash});
    QCOMPARE(csp.value(u"style-src-elem"_s), QStringList {hash});
    // Style attributes (filtered by CssFilter) may stay; no element or sheet may.
    QCOMPARE(csp.value(u"style-src-attr"_s), QStringList {u"'unsafe-inline'"_s});
    QCOMPARE(csp.value(u"script-src"_s), QStringList {u"'none'"_s});
    QCOMPARE(csp.value(u"default-src"_s), QStringList {u"'none'"_s});
}

void TestConversationPage::actionLinksNeedTheirRendersKey()
{
    const QList<ConversationMessage> messages {
        message(u"m1"_s, u"<img src=\"https://images.example.com/a.png\">"_s, true)};
    ConversationDocument::Options options;
    options.actionKey = ConversationDocument::newActionKey();
    const auto page = ConversationDocument::build({}, messages, options);
    QCOMPARE(page.actionKey, options.actionKey);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(page.actionKey).hasMatch());
    const QUrl reply = firstAction(page, u"reply"_s);
    QVERIFY(reply.isValid());
    const auto action = ConversationDocument::actionOf(reply, {page.actionKey});
    QVERIFY(action);
    QCOMPARE(action->name, u"reply"_s);
    QCOMPARE(action->messageId, u"m1"_s);
    const auto trust
        = ConversationDocument::actionOf(firstAction(page, u"trust-sender"_s), {page.actionKey});
    QVERIFY(trust);
    QCOMPARE(trust->address, u"jamie.lee@example.com"_s);

    // The next render has a key of its own: the old page's link is stale.
    ConversationDocument::Options next = options;
    next.actionKey = ConversationDocument::newActionKey();
    QVERIFY(next.actionKey != options.actionKey);
    const auto nextPage = ConversationDocument::build({}, messages, next);
    QVERIFY(!ConversationDocument::actionOf(reply, {nextPage.actionKey}));
    QVERIFY(
        ConversationDocument::actionOf(firstAction(nextPage, u"reply"_s), {nextPage.actionKey}));

    // Forged: no key, a wrong one, a second key, an action the page never writes.
    QVERIFY(!ConversationDocument::actionOf(
        QUrl(u"outpost-action:trust-sender?message=m1&address=x@example.com"_s), {page.actionKey}));
    QVERIFY(!ConversationDocument::actionOf(
        QUrl(u"outpost-action:reply?message=m1&key=00000000000000000000000000000000"_s),
        {page.actionKey}));
    QVERIFY(!ConversationDocument::actionOf(
        QUrl(u"outpost-action:reply?message=m1&key=x&key=%1"_s.arg(page.actionKey)),
        {page.actionKey}));
    QVERIFY(!ConversationDocument::actionOf(
        QUrl(u"outpost-action:delete?message=m1&key=%1"_s.arg(page.actionKey)), {page.actionKey}));
    QVERIFY(!ConversationDocument::actionOf(
        QUrl(u"outpost-action:reply?message=m1&key="_s), {page.actionKey, QString()}));
    QVERIFY(!ConversationDocument::actionOf(
        QUrl(u"https://example.com/reply?message=m1&key=%1"_s.arg(page.actionKey)),
        {page.actionKey}));
}

void TestConversationPage::eachMessageIsAContainedBox()
{
    const auto page = ConversationDocument::build({}, {message(u"m1"_s, u"Hi"_s, false)}, {});
    // The rules that keep a message in its box, in the page's sheet.
    static const QRegularExpression body(u"\\.body \\{[^}]*\\}"_s);
    const QString rule = body.match(page.html).captured(0);
    QVERIFY2(rule.contains(u"contain: content"_s), qPrintable(rule));
    QVERIFY(rule.contains(u"isolation: isolate"_s));
    QVERIFY(rule.contains(u"overflow-y: hidden"_s));
    static const QRegularExpression article(u"article\\.message \\{[^}]*\\}"_s);
    QVERIFY(article.match(page.html).captured(0).contains(u"contain: content"_s));
    // The body's markup is inside its box.
    QVERIFY(page.html.contains(u"<div class=\"body\"><div class=\"text\">Hi</div></div>"_s));
}

void TestConversationPage::plainTextVersionShowsNoMarkup()
{
    ConversationDocument::Options options;
    options.plainText = true;
    const auto page = ConversationDocument::build({},
        {message(u"m1"_s,
            u"<p style=\"color:red\">First <b>line</b></p><p>Second &amp; last</p>"
            u"<script>x()</script><img src=\"https://t/a.png\">"_s,
            true)},
        options);
    const qsizetype at = page.html.indexOf(u"<div class=\"body\">"_s);
    const QString body = page.html.mid(at, page.html.indexOf(u"</div></div>"_s, at) - at);
    QVERIFY2(body.contains(u"First line\nSecond &amp; last"_s), qPrintable(body));
    QVERIFY(!body.contains(u"<b>"_s));
    QVERIFY(!body.contains(u"style="_s));
    QVERIFY(!body.contains(u"x()"_s));
    QVERIFY(page.allowedImages.isEmpty());
}

void TestConversationPage::hostileBodiesMakeOrdinaryPages()
{
    // The old sanitiser's quadratic case (31 s) and issue 16's 900 KB Chinese plain text.
    const QString quadratic = u"<span>"_s.repeated(50'000) + u"x"_s + u"</i>"_s.repeated(75'000);
    const QString chinese
        = u"我们的合同将于六月三十日续签，请把签好的文件发给我。谢谢！\n"_s.repeated(11'000);
    QVERIFY(chinese.toUtf8().size() > 900'000);
    const auto page = ConversationDocument::build(
        {}, {message(u"m1"_s, quadratic, true), message(u"m2"_s, chinese, false)}, {});
    QVERIFY(page.html.contains(u"id=\"m-m1\""_s));
    QVERIFY(page.html.contains(u"id=\"m-m2\""_s));
    // Every line of it (and the collapsed message's snippet).
    QVERIFY(page.html.count(u"我们的合同将于六月三十日续签"_s) >= 11'000);
    QVERIFY(!page.html.contains(u"<span><span>"_s));
}

void TestConversationPage::pagesAreBuiltOffTheGuiThread()
{
    ConversationRenderer renderer;
    QSignalSpy ready(&renderer, &ConversationRenderer::ready);
    renderer.render({}, {message(u"m1"_s, u"<p>Hello</p>"_s, true)}, {}, u"m-m1"_s);
    // Not built while the caller waits: delivered later, by the event loop.
    QVERIFY(renderer.isBusy());
    QCOMPARE(ready.count(), 0);
    QVERIFY(ready.wait(20000));
    QCOMPARE(ready.count(), 1);
    const auto page = ready.first().at(0).value<ConversationDocument::Page>();
    QVERIFY(page.html.contains(u"<p>Hello</p>"_s));
    QCOMPARE(ready.first().at(1).toString(), u"m-m1"_s);
}

void TestConversationPage::aSupersededPageIsNeverDelivered()
{
    ConversationRenderer renderer;
    QSignalSpy ready(&renderer, &ConversationRenderer::ready);
    // A slow first page, then two more requests while it is built: only the last is shown.
    const QString big = u"<div><b>x</b></div>"_s.repeated(100'000);
    renderer.render({}, {message(u"a"_s, big, true)}, {}, u"first"_s);
    renderer.render({}, {message(u"b"_s, u"second"_s, false)}, {}, u"second"_s);
    renderer.render({}, {message(u"c"_s, u"third"_s, false)}, {}, u"third"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!renderer.isBusy(), 60000);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.first().at(1).toString(), u"third"_s);
    const auto page = ready.first().at(0).value<ConversationDocument::Page>();
    QVERIFY(page.html.contains(u"id=\"m-c\""_s));
    QVERIFY(!page.html.contains(u"id=\"m-a\""_s));
}

QTEST_GUILESS_MAIN(TestConversationPage)
void TestConversationPage::theFirstPaintReadsThePagesColoursAndHeader()
{
    // The window's first paint (ui/ConversationPreview) takes its colours from the page's own
    // style sheet: each is a colour there, light and dark, and a dark page is dark.
    const auto page = ConversationDocument::build({}, {message(u"m1"_s, u"Hi"_s, false)}, {});
    for (const QString &name : {u"page"_s, u"card"_s, u"text"_s, u"muted"_s, u"line"_s, u"note"_s,
             u"note-line"_s, u"note-text"_s, u"tag-text"_s, u"outgoing"_s, u"button"_s,
             u"button-hover"_s, u"accent"_s}) {
        for (const bool dark : {false, true}) {
            const QString value = ConversationDocument::colour(name, dark);
            QVERIFY2(QColor::fromString(value).isValid(), qPrintable(name + u": "_s + value));
            QVERIFY2(page.html.contains(u"--"_s + name + u": "_s + value + u';'),
                qPrintable(name + u" is not the page's "_s + value));
        }
    }
    QVERIFY(QColor::fromString(ConversationDocument::colour(u"page", true)).lightness() < 80);
    QVERIFY(QColor::fromString(ConversationDocument::colour(u"page", false)).lightness() > 200);
    QVERIFY(QColor::fromString(ConversationDocument::colour(u"text", true)).lightness() > 200);
    // The line under the subject is the page's.
    ThreadSummary thread;
    thread.subject = u"Weekly report"_s;
    thread.participants = {u"Jamie Lee <jamie.lee@example.com>"_s};
    thread.mailbox = u"dana@acme.example"_s;
    thread.provider = Provider::Gmail;
    const QString meta = ConversationDocument::metaLine(thread, 3);
    QVERIFY2(meta.contains(u"Jamie Lee"_s) && meta.contains(u"3 message"_s)
            && meta.contains(u"dana@acme.example"_s),
        qPrintable(meta));
    QVERIFY(ConversationDocument::build(thread, {message(u"m1"_s, u"Hi"_s, false)}, {})
                .html.contains(ConversationDocument::metaLine(thread, 1).toHtmlEscaped()));
}

#include "tst_conversationpage.moc"

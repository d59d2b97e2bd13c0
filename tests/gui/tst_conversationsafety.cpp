// SPDX-License-Identifier: GPL-3.0-or-later
// What a hostile message cannot do in the conversation view, against a real sandbox over
// loopback HTTP, read back from the rendered page: no script runs, one message cannot cover
// another or the page's controls, forged and stale action links do nothing, and no <style>
// but the page's own applies (issue 16, items 2 and 3). What a user sees:
// tst_conversationview.
#include "tests/gui/ConversationViewFixture.h"

using namespace Outpost;
using namespace Outpost::Testing::ConversationTests;
using namespace Qt::StringLiterals;

class TestConversationSafety : public QObject, ConversationViewFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { start(); }
    void cleanup() { stop(); }
    void scriptInAMessageNeverRuns();
    void aMessageCannotCoverAnotherNorTheControls();
    void forgedAndStaleActionLinksDoNothing();
    void noStyleElementButThePagesApplies();
};

void TestConversationSafety::scriptInAMessageNeverRuns()
{
    const QString id = sendHtmlInto(Sandbox::Seed::contractRenewalThreadId.toString(),
        u"dana@acme.example"_s, u"jamie.lee@example.com"_s,
        u"<p>Signed copy attached.</p><script>document.title = 'script ran'; "
        u"document.body.dataset.ran = 'script';</script>"
        u"<img src=\"nowhere.png\" onerror=\"document.title = 'handler ran'\">"
        u"<a href=\"javascript:document.title='link ran'\">a link</a>"
        u"<iframe src=\"https://example.org/frame\"></iframe>"
        u"<form action=\"https://example.org/steal\"><input name=\"x\"><button>Go</button></form>"
        u"<img src=\"file:///etc/hostname\">"_s);
    QVERIFY(!id.isEmpty());
    open(Sandbox::Seed::contractRenewalConversationId.toString(),
        Sandbox::Seed::contractRenewalThreadId.toString(), u"Contract renewal"_s);
    const QString latest = u"document.querySelector('#m-%1')"_s.arg(id);
    QVERIFY(js(latest + u".textContent"_s).toString().contains(u"Signed copy attached."_s));
    QCOMPARE(js(u"document.querySelectorAll('script, iframe, object, embed').length"_s).toInt(), 0);
    // The only forms are the page's own buttons, each posted to an action of the view.
    QCOMPARE(
        js(u"document.querySelectorAll('.body form, .body input, .body button').length"_s).toInt(),
        0);
    QVERIFY(js(u"document.querySelectorAll('form').length"_s).toInt() > 0);
    QCOMPARE(js(u"Array.from(document.querySelectorAll('form')).every(f => f.method === 'post' "
                u"&& f.getAttribute('action').startsWith('outpost-action:'))"_s)
                 .toBool(),
        true);
    QCOMPARE(js(u"document.title"_s).toString(), u"Contract renewal"_s);
    QCOMPARE(js(u"document.body.dataset.ran === undefined"_s).toBool(), true);
    QCOMPARE(
        js(latest + u".querySelectorAll('[onerror], a[href^=\"javascript\"]').length"_s).toInt(),
        0);
    // The link without a safe target stays text; clicking it does nothing.
    click(u"#m-%1 .body a"_s.arg(id));
    QCOMPARE(js(u"document.title"_s).toString(), u"Contract renewal"_s);
    QVERIFY(links.opened.isEmpty());
    QCOMPARE(counter.seen, QList<QUrl>());
}

void TestConversationSafety::aMessageCannotCoverAnotherNorTheControls()
{
    // Issue 16's banner: fixed over the whole page, on top of everything.
    const QString id = sendHtmlInto(Sandbox::Seed::weeklyReportThreadId.toString(),
        u"ops@acme.example"_s, u"jamie.lee@example.com"_s,
        u"<div id=\"banner\" style=\"position:fixed;top:0;left:0;right:0;bottom:0;z-index:"
        u"2147483647;margin:-2000px;background:#0a0\">Verified sender, safe to pay</div>"
        u"<p>Please pay the invoice.</p>"_s);
    QVERIFY(!id.isEmpty());
    open(Sandbox::Seed::weeklyReportConversationId.toString(),
        Sandbox::Seed::weeklyReportThreadId.toString(), u"Weekly report"_s);
    // What is drawn at the middle of `element`, once it is in view: part of it?
    auto ownsItsMiddle = [this](const QString &element) {
        js(element + u".scrollIntoView({block: 'center'}); true"_s);
        return js(u"(function(){ const t = %1; const b = t.getBoundingClientRect(); "
                  u"return t.contains(document.elementFromPoint(b.left + b.width / 2, "
                  u"b.top + b.height / 2)); })()"_s.arg(element))
            .toBool();
    };
    const QString note
        = u"document.querySelector('article.message.internal > details > summary')"_s;
    const QString reply = u"document.querySelector('#m-%1 nav.actions button')"_s.arg(id);
    const QString title = u"document.querySelector('header.thread h1')"_s;
    QVERIFY(ownsItsMiddle(note));
    QVERIFY(ownsItsMiddle(reply));
    QVERIFY(ownsItsMiddle(title));
    // The sanitiser took the banner's position away. Were one to get past it, the page's
    // containment still holds: the message's markup is given it back here, from outside.
    js(u"(function(){ const b = document.querySelector('#m-%1 .body > *'); "
       u"b.setAttribute('style', 'position: fixed; inset: 0; z-index: 2147483647; "
       u"margin: -2000px; background: #0a0'); return true; })()"_s.arg(id));
    QCOMPARE(js(u"getComputedStyle(document.querySelector('#m-%1 .body > *')).position"_s.arg(id))
                 .toString(),
        u"fixed"_s);
    QVERIFY(ownsItsMiddle(note));
    QVERIFY(ownsItsMiddle(reply));
    QVERIFY(ownsItsMiddle(title));
    QVERIFY(ownsItsMiddle(u"document.querySelector('#m-%1 .headers')"_s.arg(id)));
}

void TestConversationSafety::forgedAndStaleActionLinksDoNothing()
{
    open(Sandbox::Seed::contractRenewalConversationId.toString(),
        Sandbox::Seed::contractRenewalThreadId.toString(), u"Contract renewal"_s);
    QSignalSpy compose(window.data(), &ConversationWindow::composeRequested);
    const QString replyHref
        = js(u"document.querySelector('nav.actions form.action').getAttribute('action')"_s)
              .toString();
    QVERIFY(replyHref.startsWith(u"outpost-action:reply?message="_s));
    QVERIFY(replyHref.contains(u"&key="_s));
    const QString messageId = QUrlQuery(QUrl(replyHref)).queryItemValue(u"message"_s);
    // A link put in the page with the page's action but no key, then one with a wrong key.
    auto addLink = [this](const QString &id, const QString &href) {
        js(u"(function(){ const a = document.createElement('a'); a.id = '%1'; a.href = '%2'; "
           u"a.textContent = 'Trust this sender'; a.style.display = 'block'; "
           u"a.style.padding = '20px'; document.querySelector('header.thread').appendChild(a); "
           u"return true; })()"_s.arg(id, href));
    };
    addLink(u"forged"_s, u"outpost-action:reply?message=%1"_s.arg(messageId));
    addLink(u"wrongkey"_s,
        u"outpost-action:reply?message=%1&key=0123456789abcdef0123456789abcdef"_s.arg(messageId));
    // Drafts in the order their clicks came: a Forward follows whatever the links above did.
    auto forwardCame = [&] {
        return !compose.isEmpty()
            && compose.last().first().value<Draft>().subject.startsWith(u"Fwd:"_s);
    };
    click(u"#forged"_s);
    click(u"#wrongkey"_s);
    click(
        u"article.message:last-child nav.actions form.action:nth-child(3) button"_s); // the page's
                                                                                      // own Forward
    QTRY_VERIFY(forwardCame());
    QCOMPARE(compose.size(), 1);
    QCOMPARE(view->url().scheme(), u"outpost-conversation"_s);

    // A new page (the palette changed): the old page's link is stale.
    QSignalSpy shown(window.data(), &ConversationWindow::pageShown);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(u"#202124"_s));
    window->setPalette(dark);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
    QVERIFY(shown.last().first().toBool());
    const QString newHref
        = js(u"document.querySelector('nav.actions form.action').getAttribute('action')"_s)
              .toString();
    QVERIFY(newHref != replyHref);
    addLink(u"stale"_s, replyHref);
    compose.clear();
    click(u"#stale"_s);
    click(u"article.message:last-child nav.actions form.action:nth-child(3) button"_s);
    QTRY_VERIFY(forwardCame());
    QCOMPARE(compose.size(), 1);
}

void TestConversationSafety::noStyleElementButThePagesApplies()
{
    open(Sandbox::Seed::weeklyReportConversationId.toString(),
        Sandbox::Seed::weeklyReportThreadId.toString(), u"Weekly report"_s);
    // The policy the page carries: its sheet by hash, inline style only in attributes.
    const QString csp = js(u"document.querySelector('meta[http-equiv=\"Content-Security-"
                           u"Policy\"]').content"_s)
                            .toString();
    QVERIFY(!csp.isEmpty());
    for (const QString &directive : csp.split(u';')) {
        const QString d = directive.trimmed();
        if (d.startsWith(u"style-src "_s) || d.startsWith(u"style-src-elem "_s)) {
            QVERIFY2(!d.contains(u"unsafe-inline"_s), qPrintable(d));
            QVERIFY2(d.contains(u"'sha256-"_s), qPrintable(d));
        }
    }
    // Were a <style> to get into a message, the browser would refuse it: the real page, with
    // one put in its messages, shown by the window's view.
    ConversationDocument::Page page = ConversationDocument::build(
        window->loader()->thread(), window->loader()->messages(), window->options());
    QVERIFY(page.html.contains(u"<main>"_s));
    page.html.replace(u"<main>"_s,
        u"<main><style>article.message { display: none !important; } "
        u"body { background: rgb(1, 2, 3) !important; }</style>"_s);
    QSignalSpy shown(window.data(), &ConversationWindow::pageShown);
    window->view()->setPage(page.html, {}, {});
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
    QTRY_COMPARE(js(u"document.querySelectorAll('main style').length"_s).toInt(), 1);
    QCOMPARE(
        js(u"getComputedStyle(document.querySelector('article.message')).display"_s).toString(),
        u"block"_s);
    // The page's own sheet applies.
    QCOMPARE(js(u"getComputedStyle(document.body).backgroundColor"_s).toString(),
        u"rgb(244, 245, 247)"_s);
}

QTEST_MAIN(TestConversationSafety)
#include "tst_conversationsafety.moc"

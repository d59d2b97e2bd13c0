// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation view as a user sees it, against a real sandbox over loopback HTTP, read
// back from the rendered page: messages oldest first, the latest open, notes marked, remote
// images blocked until asked for (counted on the wire), links to the browser, a dark page,
// the warm view and its renderers, a page too large for a data: URL shows, and a page that
// fails says so and offers its plain-text version (issue 16, item 7). What a hostile message
// cannot do: tst_conversationsafety.
#include "settings/UiLanguage.h"
#include "tests/gui/ConversationViewFixture.h"
#include "ui/conversation/ConversationPreview.h"

using namespace Outpost;
using namespace Outpost::Testing;
using namespace Outpost::Testing::ConversationTests;
using namespace Qt::StringLiterals;

class TestConversationView : public QObject, ConversationViewFixture
{
    Q_OBJECT
private Q_SLOTS:
    // English plurals ("2 messages"), as the application installs them.
    void initTestCase() { QCOMPARE(UiLanguage::install(*qApp, u"en"_s), u"en"_s); }
    void init() { start(); }
    void cleanup() { stop(); }
    void messagesOldestFirstLatestOpen();
    void internalNoteIsMarked();
    void remoteImagesWaitUntilAllowed();
    void imagesFromATrustedSenderAreShownInEveryMessage();
    void linksOpenInTheBrowserNotTheView();
    void darkPaletteGivesADarkPage();
    void warmViewIsUsedAndEverythingGoesWithTheLastWindow();
    void aLargeMessageShowsAndAFailedPageOffersPlainText();
    void aLongConversationShowsItsLatestMessageFirst();
    void theLatestMessageIsReadBeforeThePage();
};

void TestConversationView::messagesOldestFirstLatestOpen()
{
    open(Sandbox::Seed::contractRenewalConversationId.toString(),
        Sandbox::Seed::contractRenewalThreadId.toString(), u"Contract renewal"_s);
    QCOMPARE(js(u"document.querySelectorAll('article.message').length"_s).toInt(), 2);
    QCOMPARE(js(u"document.querySelector('article.message .who').textContent"_s).toString(),
        u"Dana Demo"_s);
    QCOMPARE(js(u"Array.from(document.querySelectorAll('article.message > details'))"
                u".map(d => d.open).join()"_s)
                 .toString(),
        u"false,true"_s);
    // The older one reads as one line; its attachment is listed in it.
    QVERIFY(js(u"document.querySelector('article.message .snippet').textContent"_s)
                .toString()
                .startsWith(u"Hi Jamie, Our contract is up for renewal"_s));
    QVERIFY(js(u"document.querySelector('article.message ul.attachments').textContent"_s)
                .toString()
                .contains(u"renewal-2025-signed.pdf"_s));
    QCOMPARE(js(u"document.title"_s).toString(), u"Contract renewal"_s);
    // Reply, Reply all and Forward on each message.
    QCOMPARE(js(u"document.querySelectorAll('nav.actions button').length"_s).toInt(), 6);
}

void TestConversationView::internalNoteIsMarked()
{
    open(Sandbox::Seed::weeklyReportConversationId.toString(),
        Sandbox::Seed::weeklyReportThreadId.toString(), u"Weekly report"_s);
    QCOMPARE(js(u"document.querySelectorAll('article.message').length"_s).toInt(), 3);
    QCOMPARE(js(u"document.querySelectorAll('article.message.internal').length"_s).toInt(), 1);
    const QString note = u"document.querySelector('article.message.internal')"_s;
    QCOMPARE(
        js(note + u".querySelector('summary .tag').textContent"_s).toString(), u"Internal note"_s);
    QVERIFY(js(note + u".querySelector('.note-badge').textContent"_s)
                .toString()
                .contains(u"never sent nor quoted"_s));
    // A note cannot be replied to nor forwarded.
    QCOMPARE(js(note + u".querySelectorAll('nav.actions').length"_s).toInt(), 0);
}

void TestConversationView::remoteImagesWaitUntilAllowed()
{
    const QString pixel = u"http://127.0.0.1:%1/pixel.gif"_s.arg(images->serverPort());
    // The latest message asks for a remote image, after a note in the same thread.
    const QString id = sendHtmlInto(Sandbox::Seed::weeklyReportThreadId.toString(),
        u"ops@acme.example"_s, u"jamie.lee@example.com"_s,
        u"<div style=\"font-family: Arial, sans-serif\"><p><img src=\"%1\" alt=\"Chart of "
        u"sign-ups\" "
        u"width=\"240\" height=\"80\"></p><p>Hi Jamie, the April cohort explains it: the chart "
        u"above shows the sign-ups by week.</p><p>Best,<br>Acme Operations</p>"
        u"<blockquote><p>Quick question: the churn figure looks higher…</p></blockquote></div>"_s
            .arg(pixel));
    QVERIFY(!id.isEmpty());
    open(Sandbox::Seed::weeklyReportConversationId.toString(),
        Sandbox::Seed::weeklyReportThreadId.toString(), u"Weekly report"_s);
    const QString latest = u"document.querySelector('#m-%1')"_s.arg(id);
    QVERIFY(js(latest + u" !== null"_s).toBool());
    QVERIFY(js(latest + u".querySelector('.images-blocked') !== null"_s).toBool());
    QCOMPARE(js(latest + u".querySelector('.blocked-image').textContent"_s).toString(),
        u"Chart of sign-ups"_s);
    // Quoted text is folded away.
    QCOMPARE(js(latest + u".querySelector('details.quoted').open"_s).toBool(), false);
    // The screenshot of the README: the blocked-images bar, and the note above opened.
    js(u"document.querySelector('article.message.internal > details').open = true; "
       u"document.querySelector('article.message.internal').scrollIntoView(); true"_s);
    screenshot(u"conversation"_s);
    // Even an image put into the page from outside the message is blocked.
    js(u"const i = document.createElement('img'); i.src = 'http://127.0.0.1:%1/injected.gif'; "
       u"document.body.appendChild(i); true"_s.arg(images->serverPort()));
    QCOMPARE(images->paths, QStringList());
    QCOMPARE(counter.seen, QList<QUrl>());

    QSignalSpy shown(window.data(), &ConversationWindow::pageShown);
    click(u"#m-%1 .images-blocked button"_s.arg(id));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
    QCOMPARE(shown.last().first().toBool(), true);
    QTRY_VERIFY(js(latest + u".querySelector('.images-blocked') === null"_s).toBool());
    // The image on the page, drawn: loaded and decoded. The request reaching the image host
    // (below) says nothing of that, and neither does the page's load having finished: the
    // answer has yet to come back and be decoded, so this is waited for, not assumed.
    const QString img = latest + u".querySelector('img')"_s;
    QTRY_VERIFY_WITH_TIMEOUT(
        js(img + u".complete && "_s + img + u".naturalWidth === 1"_s).toBool(), 10000);
    // Only the allowed image went out, never the injected one. How many times is Chromium's
    // affair: a page cut short by the refused link's cancellation goes in again (see
    // ConversationView) and may fetch its image a second time.
    QStringList fetched = images->paths;
    fetched.removeDuplicates();
    QCOMPARE(fetched, QStringList {u"/pixel.gif"_s});
    QList<QUrl> seen = counter.seen;
    seen.removeIf([&](const QUrl &u) { return u == QUrl(pixel); });
    QCOMPARE(seen, QList<QUrl>());
    QVERIFY(!counter.seen.isEmpty());
    // The page came back at the message whose images were asked for.
    QTRY_VERIFY(js(latest + u".getBoundingClientRect().top < innerHeight && "_s + latest
        + u".getBoundingClientRect().bottom > 0"_s)
                    .toBool());
}

void TestConversationView::imagesFromATrustedSenderAreShownInEveryMessage()
{
    const QString host = u"http://127.0.0.1:%1"_s.arg(images->serverPort());
    auto withImage = [&](const QString &file, const QString &text) {
        return u"<p><img src=\"%1/%2\" alt=\"%2\" width=\"40\" height=\"20\"></p><p>%3</p>"_s.arg(
            host, file, text);
    };
    const QString thread = Sandbox::Seed::weeklyReportThreadId.toString();
    const QString first = sendHtmlInto(thread, u"ops@acme.example"_s, u"jamie.lee@example.com"_s,
        withImage(u"first.gif"_s, u"One"_s));
    const QString second = sendHtmlInto(thread, u"ops@acme.example"_s, u"jamie.lee@example.com"_s,
        withImage(u"second.gif"_s, u"Two"_s));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    open(Sandbox::Seed::weeklyReportConversationId.toString(), thread, u"Weekly report"_s);
    const QString blocked = u"document.querySelector('#m-%1 .images-blocked') !== null"_s;
    QVERIFY(js(blocked.arg(first)).toBool());
    QVERIFY(js(blocked.arg(second)).toBool());
    QCOMPARE(images->paths, QStringList());

    // "Always show images from ops@acme.example" in the latest message: the earlier one from
    // the same sender shows its image too; nobody else's would.
    QSignalSpy shown(window.data(), &ConversationWindow::pageShown);
    click(u"#m-%1 .images-blocked form[action*='trust-sender'] button"_s.arg(second));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
    QVERIFY(!js(blocked.arg(first)).toBool());
    QVERIFY(!js(blocked.arg(second)).toBool());
    js(u"document.querySelector('#m-%1 > details').open = true; true"_s.arg(first));
    QTRY_VERIFY(images->paths.contains(u"/second.gif"_s));
    QTRY_VERIFY(images->paths.contains(u"/first.gif"_s));
    // Nothing else was fetched (each may be fetched twice when the page goes in again, see
    // remoteImagesWaitUntilAllowed).
    QStringList fetched = images->paths;
    fetched.removeDuplicates();
    QCOMPARE(fetched.size(), 2);
}

void TestConversationView::linksOpenInTheBrowserNotTheView()
{
    open(Sandbox::Seed::contractRenewalConversationId.toString(),
        Sandbox::Seed::contractRenewalThreadId.toString(), u"Contract renewal"_s);
    const QUrl before = view->url();
    QSignalSpy loads(view->page(), &QWebEnginePage::loadStarted);
    click(u"a[href='https://contracts.example.com/renewal/2026']"_s);
    QTRY_COMPARE(links.opened, QList<QUrl> {QUrl(u"https://contracts.example.com/renewal/2026"_s)});
    QCOMPARE(view->url(), before);
    QCOMPARE(js(u"document.querySelectorAll('article.message').length"_s).toInt(), 2);
    QCOMPARE(counter.seen, QList<QUrl>());
}

void TestConversationView::darkPaletteGivesADarkPage()
{
    open(Sandbox::Seed::lunchConversationId.toString(), Sandbox::Seed::lunchThreadId.toString(),
        u"Lunch on Friday?"_s);
    QCOMPARE(js(u"document.documentElement.className"_s).toString(), u"light"_s);
    QSignalSpy shown(window.data(), &ConversationWindow::pageShown);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(u"#202124"_s));
    dark.setColor(QPalette::WindowText, QColor(u"#e8eaed"_s));
    dark.setColor(QPalette::Base, QColor(u"#2b2c2f"_s));
    dark.setColor(QPalette::Text, QColor(u"#e8eaed"_s));
    window->setPalette(dark);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
    QCOMPARE(js(u"document.documentElement.className"_s).toString(), u"dark"_s);
    QCOMPARE(
        js(u"getComputedStyle(document.body).backgroundColor"_s).toString(), u"rgb(27, 29, 33)"_s);
    QCOMPARE(js(u"getComputedStyle(document.body).color"_s).toString(), u"rgb(230, 232, 235)"_s);
    screenshot(u"conversation-dark"_s);
}

void TestConversationView::warmViewIsUsedAndEverythingGoesWithTheLastWindow()
{
    // A thread was chosen: QtWebEngine starts in the background with a hidden view, before any
    // conversation window exists.
    QObject reason;
    ConversationViewLoader::warmUpSoon(&reason);
    QTRY_COMPARE_WITH_TIMEOUT(hiddenWebViews().size(), 1, 20000);
    QWidget *warm = hiddenWebViews().constFirst();
    QTRY_VERIFY_WITH_TIMEOUT(renderers() > 0, 20000);
    // The window takes that view: no second start of the engine.
    open(Sandbox::Seed::weeklyReportConversationId.toString(),
        Sandbox::Seed::weeklyReportThreadId.toString(), u"Weekly report"_s);
    QCOMPARE(view, warm);
    QVERIFY(hiddenWebViews().isEmpty());
    QCOMPARE(js(u"document.querySelectorAll('article.message').length"_s).toInt(), 3);
    // Closing the last conversation window gives the renderer processes back.
    view->page()->setUrlRequestInterceptor(nullptr);
    view = nullptr;
    window->close();
    QTRY_VERIFY(window.isNull());
    QTRY_COMPARE_WITH_TIMEOUT(renderers(), 0, 15000);
    QVERIFY(hiddenWebViews().isEmpty());
}

void TestConversationView::aLargeMessageShowsAndAFailedPageOffersPlainText()
{
    // 900 KB of Chinese plain text: 2.6 MB once percent-encoded, beyond a data: URL (it used
    // to leave the window on "Loading the conversation…" for good).
    const QString body
        = u"我们的合同将于六月三十日续签，请把签好的文件发给我。谢谢！\n"_s.repeated(11'000)
        + u"最后一行。"_s;
    QVERIFY(body.toUtf8().size() > 900'000);
    const Sandbox::Testing::TestReply reply = http->send(QJsonObject {
        {u"from"_s, u"dana@acme.example"_s}, {u"to"_s, QJsonArray {u"jamie.lee@example.com"_s}},
        {u"body"_s, body}, {u"isHtml"_s, false},
        {u"threadId"_s, Sandbox::Seed::contractRenewalThreadId.toString()}});
    QCOMPARE(reply.status, 200);
    const QString id = reply.json().value(u"message"_s).toObject().value(u"_id"_s).toString();
    open(Sandbox::Seed::contractRenewalConversationId.toString(),
        Sandbox::Seed::contractRenewalThreadId.toString(), u"Contract renewal"_s);
    QVERIFY(js(u"document.querySelector('#m-%1').textContent.includes('最后一行。')"_s.arg(id))
                .toBool());
    const QString markup
        = u"document.querySelectorAll('.body p, .body b, .body strong, .body table').length"_s;
    QVERIFY(js(markup).toInt() > 0); // the HTML message's own, before

    // The renderer dies: the window says so and offers the plain-text version.
    auto *stack = window->findChild<QStackedWidget *>();
    QVERIFY(stack);
    const qint64 pid = view->page()->renderProcessPid();
    QVERIFY(pid > 0);
    QSignalSpy shown(window.data(), &ConversationWindow::pageShown);
    QVERIFY(::kill(pid_t(pid), SIGKILL) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 20000);
    QCOMPARE(shown.last().first().toBool(), false);
    QTRY_COMPARE(stack->currentWidget()->objectName(), u"conversationFailure"_s);
    auto *text = window->findChild<QLabel *>(u"conversationFailureText"_s);
    QVERIFY(text->text().contains(u"could not be shown"_s));
    auto *plain = window->findChild<QPushButton *>(u"plainTextButton"_s);
    QVERIFY(plain && plain->isVisible());
    shown.clear();
    QTest::mouseClick(plain, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().first().toBool(), 30000);
    QCOMPARE(stack->currentWidget(), view);
    // Every message is there, HTML ones as their text.
    QVERIFY(js(u"document.querySelector('#m-%1') !== null"_s.arg(id)).toBool());
    QCOMPARE(js(u"document.querySelectorAll('article.message').length"_s).toInt(), 3);
    QCOMPARE(js(markup).toInt(), 0);
}

void TestConversationView::aLongConversationShowsItsLatestMessageFirst()
{
    // The weekly report's thread has 3 messages; enough more to pass the first-page limit.
    const QString thread = Sandbox::Seed::weeklyReportThreadId.toString();
    const int added = ConversationWindow::firstPageLimit;
    for (int i = 1; i <= added; ++i) {
        QVERIFY(!sendHtmlInto(thread, u"ops@acme.example"_s, u"jamie.lee@example.com"_s,
            u"<p>Update number %1</p>"_s.arg(i))
                     .isEmpty());
    }
    const int total = 3 + added;
    // The first page is read as soon as it is shown: the whole page is asked for at once, and a
    // read later could meet it half loaded.
    struct FirstPage
    {
        bool asked = false;
        QVariantList read; // articles, the first one's text, the header's, the page's
        // Before the page, the window's first paint: its folded lines, the line saying the
        // earlier messages are coming, the header's line.
        QStringList folded;
        QString coming;
        QString meta;
        bool previewSeen = false;
    };
    auto first = std::make_shared<FirstPage>();
    open(Sandbox::Seed::weeklyReportConversationId.toString(), thread, u"Weekly report"_s,
        [first](ConversationWindow *w) {
            QObject::connect(w, &ConversationWindow::previewShown, w, [w, first] {
                if (std::exchange(first->previewSeen, true))
                    return;
                ConversationPreview *p = w->preview();
                first->folded = p->foldedLines();
                if (auto *coming = p->findChild<QLabel *>(u"previewEarlierComing"_s))
                    first->coming = coming->text();
                if (auto *meta = p->findChild<QLabel *>(u"previewMeta"_s))
                    first->meta = meta->text();
            });
            QObject::connect(w, &ConversationWindow::pageShown, w, [w, first](bool ok) {
                if (!ok || w->showsAllMessages() || std::exchange(first->asked, true))
                    return;
                auto *v = w->findChild<QWebEngineView *>(u"conversationView"_s);
                QVERIFY(v);
                v->page()->runJavaScript(
                    u"[document.querySelectorAll('article.message').length,"
                    u" document.querySelector('article.message').textContent,"
                    u" document.querySelector('p.meta').textContent, document.body.textContent]"_s,
                    QWebEngineScript::ApplicationWorld,
                    [first](const QVariant &r) { first->read = r.toList(); });
            });
        });
    // First on screen: the header, with the whole conversation's count, and the latest message,
    // open; the page says the earlier ones are coming.
    QVERIFY(first->asked);
    QTRY_COMPARE_WITH_TIMEOUT(first->read.size(), 4, 10000);
    QCOMPARE(first->read.at(0).toInt(), 1);
    QVERIFY(first->read.at(1).toString().contains(u"Update number %1"_s.arg(added)));
    QVERIFY(first->read.at(2).toString().contains(u"%1 message"_s.arg(total)));
    QVERIFY(first->read.at(3).toString().contains(u"Loading %1 earlier message"_s.arg(total - 1)));
    // The window's first paint said the same as that first page (so the page replaced it without
    // a jump): no folded line, the earlier ones coming, the whole count in the header.
    QVERIFY(first->previewSeen);
    QCOMPARE(first->folded, QStringList());
    QVERIFY2(first->coming.contains(u"Loading %1 earlier message"_s.arg(total - 1)),
        qPrintable(first->coming));
    QVERIFY2(first->meta.contains(u"%1 message"_s.arg(total)), qPrintable(first->meta));
    // Then the whole conversation, oldest first, the latest still open.
    // (Only a page that loaded is the one on screen.)
    QTRY_VERIFY_WITH_TIMEOUT(window->showsAllMessages(), 30000);
    QCOMPARE(js(u"document.querySelectorAll('article.message').length"_s).toInt(), total);
    QCOMPARE(js(u"Array.from(document.querySelectorAll('article.message > details'))"
                u".filter(d => d.open).length"_s)
                 .toInt(),
        1);
    QVERIFY(!js(u"document.body.textContent"_s).toString().contains(u"earlier message"_s));
    // Only the buttons of the page on screen are honoured, not the first page's.
    const QStringList keys = window->actionKeys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), 1);
}

void TestConversationView::theLatestMessageIsReadBeforeThePage()
{
    // The window's own widgets show the latest message as soon as it is read, before the page
    // (QtWebEngine takes a second or more to start cold); its Reply answers that message.
    ThreadSummary thread;
    thread.conversationId = Sandbox::Seed::contractRenewalConversationId.toString();
    thread.threadId = Sandbox::Seed::contractRenewalThreadId.toString();
    thread.subject = u"Contract renewal"_s;
    const QList<Mailbox> ours {{u"2"_s, Provider::Gmail, u"dana@acme.example"_s, {}, true, {}}};
    window = new ConversationWindow(new ConversationLoader(client.get(), thread), ours);
    QSignalSpy pageShown(window.data(), &ConversationWindow::pageShown);
    QSignalSpy composed(window.data(), &ConversationWindow::composeRequested);
    bool previewSeen = false;
    QObject::connect(window, &ConversationWindow::previewShown, window, [&] {
        previewSeen = true;
        // What a user sees at that moment: no page yet, the latest message from Jamie.
        QCOMPARE(pageShown.size(), 0);
        auto *stack = window->findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget(), window->preview());
        auto text = [&](const char *name) {
            auto *l = window->preview()->findChild<QLabel *>(QLatin1String(name));
            return l && l->isVisibleTo(window) ? l->text() : QString();
        };
        QCOMPARE(text("previewSubject"), u"Contract renewal"_s);
        QVERIFY2(text("previewMeta").contains(u"2 messages"_s), qPrintable(text("previewMeta")));
        // The earlier message folded to its line, as the page shows it.
        const QStringList folded = window->preview()->foldedLines();
        QCOMPARE(folded.size(), 1);
        QVERIFY2(folded.first().startsWith(u"Dana Demo "_s), qPrintable(folded.first()));
        QCOMPARE(text("previewSender"), u"Jamie Lee"_s);
        QVERIFY(text("previewTo").contains(u"dana@acme.example"_s));
        // The HTML body as its text: no markup, the link's words kept.
        const QString body = window->preview()->messageText();
        QVERIFY2(body.startsWith(u"Hi Dana,"_s), qPrintable(body));
        QVERIFY(body.contains(u"our contract portal."_s));
        QVERIFY(body.contains(u"new support tier"_s));
        QVERIFY(!body.contains(u'<'));
        if (qEnvironmentVariableIsSet("OUTPOST_SCREENSHOT_DIR")) {
            // Laid out as the user sees it a moment later (posted layout requests only: the
            // page cannot finish loading meanwhile).
            QCoreApplication::sendPostedEvents();
            screenshot(u"conversation-first-paint"_s);
        }
        auto *reply = window->preview()->findChild<QPushButton *>(u"previewReply"_s);
        QVERIFY(reply && reply->isVisibleTo(window));
        QTest::mouseClick(reply, Qt::LeftButton);
    });
    // Where the latest message is drawn before the page (its last paint).
    int previewLatestTop = -1;
    QObject::connect(window, &ConversationWindow::previewShown, window, [&] {
        ConversationPreview *preview = window->preview();
        QObject::connect(preview, &ConversationPreview::painted, window, [&, preview] {
            auto *latest = preview->findChild<QWidget *>(u"previewLatest"_s);
            previewLatestTop = latest->mapTo(preview, QPoint(0, 0)).y();
        });
    });
    window->resize(900, 800);
    window->show();
    QTRY_VERIFY_WITH_TIMEOUT(previewSeen, 30000);
    QCOMPARE(composed.size(), 1);
    const Draft draft = composed.first().first().value<Draft>();
    QCOMPARE(draft.subject, u"Re: Contract renewal"_s);
    QCOMPARE(draft.to.size(), 1);
    QCOMPARE(draft.to.first().address, u"jamie.lee@example.com"_s);
    // Then the page takes its place, with every message.
    QTRY_VERIFY_WITH_TIMEOUT(!pageShown.isEmpty(), 30000);
    QCOMPARE(pageShown.last().first().toBool(), true);
    QVERIFY(window->preview() == nullptr);
    view = window->findChild<QWebEngineView *>(u"conversationView"_s);
    QVERIFY(view);
    QCOMPARE(js(u"document.querySelectorAll('article.message').length"_s).toInt(), 2);
    // The page took the first paint's place without a jump: the latest message is where it was
    // (within a few pixels: the page's lines are laid out by Chromium, the first paint's by Qt).
    QVERIFY(previewLatestTop > 0);
    const int pageLatestTop = qRound(js(u"document.querySelector('article.message:last-of-type')"
                                        u".getBoundingClientRect().top"_s)
                                         .toDouble());
    QVERIFY2(std::abs(pageLatestTop - previewLatestTop) <= 8,
        qPrintable(u"first paint %1 px, page %2 px"_s.arg(previewLatestTop).arg(pageLatestTop)));
}

QTEST_MAIN(TestConversationView)
#include "tst_conversationview.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation view as a user sees it, against a real sandbox over loopback HTTP, read
// back from the rendered page: messages oldest first, the latest open, notes marked, remote
// images blocked until asked for (counted on the wire), no script, links to the browser; one
// message cannot cover another or the page's controls, forged and stale action links do
// nothing, no <style> but the page's own applies, a page too large for a data: URL shows, and
// a page that fails says so and offers its plain-text version (issue 16, items 2, 3 and 7).
#include "models/ConversationDocument.h"
#include "models/ConversationLoader.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/ConversationViewLoader.h"
#include "ui/ConversationWindow.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineView>

#include <csignal>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {
// Counts the requests that got past the view's own guard (a page-level interceptor runs
// after the profile's).
class RequestCounter : public QWebEngineUrlRequestInterceptor
{
public:
    QList<QUrl> seen;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        // The page itself comes as a data: URL (or from the view's own scheme).
        const QString scheme = info.requestUrl().scheme();
        if (scheme != u"outpost-conversation" && scheme != u"data")
            seen += info.requestUrl();
    }
};

// An image host on loopback: what really went out on the wire.
class ImageHost : public QTcpServer
{
public:
    QStringList paths;
    ImageHost()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    // A request may come in more than one piece: answered once, when whole.
                    QByteArray request = s->property("request").toByteArray() + s->readAll();
                    s->setProperty("request", request);
                    if (!request.contains("\r\n\r\n") || s->property("answered").toBool())
                        return;
                    s->setProperty("answered", true);
                    paths += QString::fromLatin1(request.split(' ').value(1));
                    // A 1×1 transparent GIF.
                    static const QByteArray gif = QByteArray::fromBase64(
                        "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: image/gif\r\nContent-Length: "
                        + QByteArray::number(gif.size()) + "\r\nConnection: close\r\n\r\n" + gif);
                    s->disconnectFromHost();
                });
            }
        });
    }
};

class LinkRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened += url; }
};
} // namespace

// QtWebEngine's renderer processes started by this test: what a user would see in a process
// list, and the memory they hold. The engine's zygotes are children of this process; a renderer
// is forked by a zygote (keeping its command line), so it is a QtWebEngineProcess whose parent
// is a QtWebEngineProcess whose parent is this process.
int renderers()
{
    QHash<int, int> parentOf;
    QSet<int> engine;
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString &name : pids) {
        bool isPid = false;
        const int pid = name.toInt(&isPid);
        if (!isPid)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // pid (comm) state ppid …: the command may hold spaces, the last ')' ends it.
        const QByteArray line = stat.readAll();
        parentOf.insert(pid, line.mid(line.lastIndexOf(')') + 2).split(' ').value(1).toInt());
        if (line.contains("(QtWebEngineProc"))
            engine.insert(pid);
    }
    const int self = int(QCoreApplication::applicationPid());
    int count = 0;
    for (int pid : std::as_const(engine)) {
        const int zygote = parentOf.value(pid);
        if (engine.contains(zygote) && parentOf.value(zygote) == self)
            ++count;
    }
    return count;
}

class TestConversationView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void messagesOldestFirstLatestOpen();
    void internalNoteIsMarked();
    void remoteImagesWaitUntilAllowed();
    void imagesFromATrustedSenderAreShownInEveryMessage();
    void scriptInAMessageNeverRuns();
    void linksOpenInTheBrowserNotTheView();
    void darkPaletteGivesADarkPage();
    void warmViewIsUsedAndEverythingGoesWithTheLastWindow();
    void aMessageCannotCoverAnotherNorTheControls();
    void forgedAndStaleActionLinksDoNothing();
    void noStyleElementButThePagesApplies();
    void aLargeMessageShowsAndAFailedPageOffersPlainText();

private:
    void open(const QString &conversationId, const QString &threadId, const QString &subject);
    QVariant js(const QString &script);
    void click(const QString &selector);
    QString sendHtmlInto(
        const QString &threadId, const QString &from, const QString &to, const QString &html);
    void screenshot(const QString &name);

    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<ImageHost> images;
    RequestCounter counter;
    LinkRecorder links;
    QPointer<ConversationWindow> window;
    QWebEngineView *view = nullptr;
};

void TestConversationView::init()
{
    sandbox = Sandbox::Testing::startSandbox();
    QVERIFY(sandbox);
    http = std::make_unique<Sandbox::Testing::SandboxTestClient>(
        sandbox->url(), sandbox->demoToken());
    network = std::make_unique<QNetworkAccessManager>();
    client = std::make_unique<PlatformClient>(
        network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    images = std::make_unique<ImageHost>();
    QVERIFY(images->listen(QHostAddress::LocalHost));
    counter.seen.clear();
    links.opened.clear();
    QDesktopServices::setUrlHandler(u"https"_s, &links, "open");
    QDesktopServices::setUrlHandler(u"http"_s, &links, "open");
}

void TestConversationView::cleanup()
{
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QDesktopServices::unsetUrlHandler(u"http"_s);
    if (view)
        view->page()->setUrlRequestInterceptor(nullptr);
    delete window;
    view = nullptr;
    client.reset();
    network.reset();
    http.reset();
    sandbox.reset();
    images.reset();
}

void TestConversationView::open(
    const QString &conversationId, const QString &threadId, const QString &subject)
{
    ThreadSummary thread;
    thread.conversationId = conversationId;
    thread.threadId = threadId;
    thread.subject = subject;
    const QList<Mailbox> ours {{u"1"_s, Provider::Gmail, u"ops@acme.example"_s, {}, true, {}},
        {u"2"_s, Provider::Gmail, u"dana@acme.example"_s, {}, true, {}}};
    window = new ConversationWindow(new ConversationLoader(client.get(), thread), ours);
    // The counter is in place before the first page loads.
    connect(window, &ConversationWindow::viewCreated, this, [this] {
        view = window->findChild<QWebEngineView *>(u"conversationView"_s);
        QVERIFY(view);
        view->page()->setUrlRequestInterceptor(&counter);
    });
    QSignalSpy shown(window.data(), &ConversationWindow::pageShown);
    window->resize(900, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
    QCOMPARE(shown.last().first().toBool(), true);
    QVERIFY(view);
}

QVariant TestConversationView::js(const QString &script)
{
    struct Answer
    {
        QVariant value;
        bool done = false;
    };
    auto answer = std::make_shared<Answer>();
    // The application's own world: the page's script is off, this still reads its DOM.
    view->page()->runJavaScript(
        script, QWebEngineScript::ApplicationWorld, [answer](const QVariant &v) {
            answer->value = v;
            answer->done = true;
        });
    if (!QTest::qWaitFor([&] { return answer->done; }, 10000))
        qWarning() << "no answer to" << script;
    return answer->value;
}

// A real mouse click on what `selector` finds (scrolled into view first).
void TestConversationView::click(const QString &selector)
{
    const QString find = u"document.querySelector(\"%1\")"_s.arg(selector);
    QVERIFY2(js(find + u" !== null"_s).toBool(), qPrintable(selector));
    js(find + u".scrollIntoView({block: 'center'})"_s);
    const QVariantList r
        = js(u"(function(){ const b = %1.getBoundingClientRect(); "
             u"return [b.left + b.width / 2, b.top + b.height / 2]; })()"_s.arg(find))
              .toList();
    QCOMPARE(r.size(), 2);
    QWidget *target = view->focusProxy() ? view->focusProxy() : view;
    QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(r.at(0).toInt(), r.at(1).toInt()));
}

QString TestConversationView::sendHtmlInto(
    const QString &threadId, const QString &from, const QString &to, const QString &html)
{
    QJsonObject request {{u"from"_s, from}, {u"to"_s, QJsonArray {to}}, {u"body"_s, html},
        {u"isHtml"_s, true}, {u"threadId"_s, threadId}};
    if (from == u"ops@acme.example")
        request.insert(u"provider"_s, u"gmail"_s); // connected twice
    const Sandbox::Testing::TestReply reply = http->send(request);
    if (reply.status != 200)
        qWarning() << reply.status << reply.body;
    return reply.json().value(u"message"_s).toObject().value(u"_id"_s).toString();
}

void TestConversationView::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(window->grab().save(dir + u'/' + name + u".png"_s));
}

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

void TestConversationView::warmViewIsUsedAndEverythingGoesWithTheLastWindow()
{
    // A thread was chosen: QtWebEngine starts in the background with a hidden view, before any
    // conversation window exists.
    ConversationViewLoader::warmUpSoon();
    auto hiddenViews = [] {
        QList<QWidget *> found;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (qobject_cast<QWebEngineView *>(w) && !w->isVisible())
                found += w;
        }
        return found;
    };
    QTRY_COMPARE_WITH_TIMEOUT(hiddenViews().size(), 1, 20000);
    QWidget *warm = hiddenViews().constFirst();
    QTRY_VERIFY_WITH_TIMEOUT(renderers() > 0, 20000);
    // The window takes that view: no second start of the engine.
    open(Sandbox::Seed::weeklyReportConversationId.toString(),
        Sandbox::Seed::weeklyReportThreadId.toString(), u"Weekly report"_s);
    QCOMPARE(view, warm);
    QVERIFY(hiddenViews().isEmpty());
    QCOMPARE(js(u"document.querySelectorAll('article.message').length"_s).toInt(), 3);
    // Closing the last conversation window gives the renderer processes back.
    view->page()->setUrlRequestInterceptor(nullptr);
    view = nullptr;
    window->close();
    QTRY_VERIFY(window.isNull());
    QTRY_COMPARE_WITH_TIMEOUT(renderers(), 0, 15000);
    QVERIFY(hiddenViews().isEmpty());
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

void TestConversationView::scriptInAMessageNeverRuns()
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

void TestConversationView::aMessageCannotCoverAnotherNorTheControls()
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

void TestConversationView::forgedAndStaleActionLinksDoNothing()
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

void TestConversationView::noStyleElementButThePagesApplies()
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

QTEST_MAIN(TestConversationView)
#include "tst_conversationview.moc"

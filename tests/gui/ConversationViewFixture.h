// SPDX-License-Identifier: GPL-3.0-or-later
// What the conversation view's tests share (tst_conversationview: what a user sees;
// tst_conversationsafety: what a hostile message cannot do): a sandbox over loopback HTTP, an
// image host counting what went out on the wire, the links handed to the browser, and the
// conversation window read back from its rendered page.
#pragma once

#include "conversation/ConversationDocument.h"
#include "conversation/ConversationLoader.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxTestClient.h"
#include "tests/support/WebEngineProcesses.h"
#include "ui/conversation/ConversationViewLoader.h"
#include "ui/conversation/ConversationWindow.h"

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

#include <functional>
#include <memory>

namespace Outpost::Testing::ConversationTests {

using namespace Qt::StringLiterals;

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

class ConversationViewFixture
{
protected:
    // The sandbox, its clients, the image host and the link handlers (each test's init()),
    // and back down.
    void start();
    void stop();
    // Opens the conversation and waits for its first page; `beforeShow` sees the window first.
    void open(const QString &conversationId, const QString &threadId, const QString &subject,
        const std::function<void(ConversationWindow *)> &beforeShow = {});
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

inline void ConversationViewFixture::start()
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

inline void ConversationViewFixture::stop()
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

inline void ConversationViewFixture::open(const QString &conversationId, const QString &threadId,
    const QString &subject, const std::function<void(ConversationWindow *)> &beforeShow)
{
    ThreadSummary thread;
    thread.conversationId = conversationId;
    thread.threadId = threadId;
    thread.subject = subject;
    const QList<Mailbox> ours {{u"1"_s, Provider::Gmail, u"ops@acme.example"_s, {}, true, {}},
        {u"2"_s, Provider::Gmail, u"dana@acme.example"_s, {}, true, {}}};
    window = new ConversationWindow(new ConversationLoader(client.get(), thread), ours);
    // The counter is in place before the first page loads.
    QObject::connect(window, &ConversationWindow::viewCreated, window, [this] {
        view = window->findChild<QWebEngineView *>(u"conversationView"_s);
        QVERIFY(view);
        view->page()->setUrlRequestInterceptor(&counter);
    });
    if (beforeShow)
        beforeShow(window);
    QSignalSpy shown(window.data(), &ConversationWindow::pageShown);
    window->resize(900, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
    QCOMPARE(shown.last().first().toBool(), true);
    QVERIFY(view);
}

inline QVariant ConversationViewFixture::js(const QString &script)
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
inline void ConversationViewFixture::click(const QString &selector)
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

inline QString ConversationViewFixture::sendHtmlInto(
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

inline void ConversationViewFixture::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(window->grab().save(dir + u'/' + name + u".png"_s));
}

} // namespace Outpost::Testing::ConversationTests

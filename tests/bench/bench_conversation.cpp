// SPDX-License-Identifier: GPL-3.0-or-later
// Conversation benchmark (prints figures; run under a display, e.g. xvfb-run): from the click
// that opens a conversation (its window made and shown) to its messages painted, for a thread
// of N messages, cold (QtWebEngine never started in this process, nothing read) or warm (started
// in the background when the thread was chosen, and the messages read ahead then, as the compose
// window does); and the memory of the process tree (this process and QtWebEngine's) before,
// while the conversation is open, and after its window is closed. A conversation longer than
// ConversationWindow::firstPageLimit shows its latest message first: "painted" is that page, "every
// message painted" the whole. Before any page, the window draws the latest message with its own
// widgets as soon as it is read ("latest message painted"): the first thing the user reads, cold or
// warm.
//   bench_conversation MESSAGES cold|warm [MS] [reopen]
// warm: the click comes MS ms (default 4000) after the thread was chosen; a click sooner than
// QtWebEngine's start in the background meets a view still warming, and one made while that
// start holds the GUI thread waits for it (counted in the figures, which start at the click).
// reopen: the conversation is opened once more, 3 s after its window closed (its process
// gone, what it read kept by the thread row's read-ahead).
//   bench_conversation unread
// A thread chosen and its conversation never opened: the memory before, with the view warm, and
// 3 s after the compose window (the warm view's reason) went.
// The conversation window runs where Outpost runs it: in its own process (`outpost
// conversation-host`, ConversationProcess), counted in the tree; BENCH_IN_PROCESS=1 runs it in
// this process instead, as before issue 18's third part (the figures of the page's own build
// and load are known only then).
// The platform is another machine: the sandbox standing in for it runs in a process of its own
// (`outpost sandbox`), left out of the memory figures. In this process, its serving of a
// 500-message thread (6.8 MB of JSON) held the GUI thread the window's loader runs on.
// One measurement per process: cold is cold only once. tests/bench/run.sh runs 5, 50 and 500,
// each in a session bus (dbus-run-session), as a desktop has one.
#include "conversation/ConversationLoader.h"
#include "conversation/ConversationReadAhead.h"
#include "platform/PlatformClient.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/conversation/ConversationPreview.h"
#include "ui/conversation/ConversationProcess.h"
#include "ui/conversation/ConversationViewLoader.h"
#include "ui/conversation/ConversationWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// One turn of the event loop, sleeping until an event comes, as the application's own loop
// does (at most `sliceMs`, so that a caller can look at its clock). Polling instead
// (processEvents without WaitForMoreEvents, before stop 39) kept one of the two cores busy for
// the whole measurement, and the sandbox and the conversation process measured shared the other:
// a cold 500-message conversation looked 0.1 to 0.2 s slower than it is.
void waitForEvents(int sliceMs)
{
    QTimer wake;
    wake.setSingleShot(true);
    wake.setTimerType(Qt::PreciseTimer); // a coarse one may wake 5% late: 200 ms in 4 s
    wake.start(sliceMs);
    QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
}

// Runs the event loop until `done` or the deadline.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        waitForEvents(10);
    }
    return true;
}

// The event loop for `ms`, as the application's own would run it (deferred deletions included:
// a loop started here would not run those of the level that asked for them).
void idle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        waitForEvents(int(std::max<qint64>(1, ms - t.elapsed())));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

// The platform's stand-in: `outpost sandbox` on a free loopback port, data in a directory of
// its own.
struct PlatformProcess
{
    QTemporaryDir data;
    QProcess process;
    QUrl url;
    QString token;

    bool start()
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(
            QStringLiteral(OUTPOST_BINARY), {u"sandbox"_s, u"--data"_s, data.path(), u"--json"_s});
        if (!process.waitForStarted() || !process.waitForReadyRead(20000))
            return false;
        const QJsonObject o = QJsonDocument::fromJson(process.readLine()).object();
        url = QUrl(o.value(u"url"_s).toString());
        token = o.value(u"token"_s).toString();
        return url.isValid() && !token.isEmpty();
    }
    ~PlatformProcess()
    {
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
    }
};
qint64 platformPid = 0; // left out of treePssMb

// The proportional set size (shared pages split between the processes that map them) of this
// process and all its descendants but the platform's stand-in, in MB.
double treePssMb()
{
    QHash<int, int> parentOf;
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString &name : pids) {
        bool isPid = false;
        const int pid = name.toInt(&isPid);
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!isPid || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        parentOf.insert(pid, line.mid(line.lastIndexOf(')') + 2).split(' ').value(1).toInt());
    }
    const int self = int(QCoreApplication::applicationPid());
    double kb = 0;
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
        bool ours = false;
        for (int p = it.key(); p > 1 && !ours && p != platformPid; p = parentOf.value(p))
            ours = p == self;
        if (!ours)
            continue;
        QFile rollup(u"/proc/%1/smaps_rollup"_s.arg(it.key()));
        if (!rollup.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &l : rollup.readAll().split('\n')) {
            if (l.startsWith("Pss")) {
                if (l.startsWith("Pss:"))
                    kb += l.mid(4).trimmed().split(' ').value(0).toDouble();
                if (qEnvironmentVariableIsSet("BENCH_PER_PROCESS"))
                    std::fprintf(
                        stderr, "  pid %d parent %d: %s\n", it.key(), it.value(), l.constData());
            }
        }
    }
    return kb / 1024;
}

// One click on Conversation, through `readAhead` as the compose window's thread row does (its
// loader kept when the window closes), to the window closed and 3 s gone by.
struct Opening
{
    bool ok = false;
    bool inProcess = false;
    qint64 previewMs = -1; // the latest message painted (the window's own widgets)
    qint64 pageMs = -1; // the first page painted
    qint64 dataMs = -1; // the messages read (-1: read before the click)
    qint64 builtMs = -1; // the page built and loaded (in this process only)
    qint64 allShownMs = -1; // every message painted
    double openPssMb = 0;

    QString describe() const
    {
        return u"%1: click to the latest message painted %2 ms (the window's own widgets); to "
               u"the page painted %3 ms\n  of which: %4%5; every message painted at %6 ms"_s
                   .arg(inProcess ? u", in this process"_s : u", in the conversation process"_s)
                   .arg(previewMs)
                   .arg(pageMs)
                   .arg(dataMs >= 0 ? u"messages read from the sandbox at %1 ms"_s.arg(dataMs)
                                    : u"messages read before the click"_s)
                   .arg(builtMs >= 0 ? u", page built and loaded in %1 ms"_s.arg(builtMs)
                                     : QString())
                   .arg(allShownMs);
    }
};

Opening openConversation(ConversationReadAhead &readAhead, PlatformClient *client,
    const ThreadSummary &thread, int count, qint64 clickWaitedMs)
{
    Opening o;
    // From the click (clickWaitedMs before now): a click made while the GUI thread is held
    // (QtWebEngine starting in the background) is handled when it is free again.
    QElapsedTimer timer;
    timer.start();
    const auto sinceClick = [&] { return timer.elapsed() + clickWaitedMs; };
    QPointer<ConversationHandle> handle
        = new ConversationHandle(readAhead.take(client, thread), {}, nullptr);
    handle->keepLoaderIn(&readAhead);
    QPointer<ConversationWindow> window = handle->window(); // in this process only
    o.inProcess = window;
    bool shown = false;
    int pages = 0;
    QObject::connect(handle, &ConversationHandle::pageShown, [&](bool ok) {
        if (!ok)
            return;
        shown = true;
        if (++pages == 1)
            o.pageMs = sinceClick();
        const bool all = window ? window->showsAllMessages()
                                : count <= ConversationWindow::firstPageLimit || pages > 1;
        if (o.allShownMs < 0 && all)
            o.allShownMs = sinceClick();
    });
    // Painted, not merely made current: the latest message's first paint after it was shown
    // (the conversation process says it at that paint).
    QObject::connect(handle, &ConversationHandle::previewShown, [&] {
        if (!window) {
            o.previewMs = sinceClick();
            return;
        }
        QObject::connect(window->preview(), &ConversationPreview::painted, window, [&] {
            if (o.previewMs < 0)
                o.previewMs = sinceClick();
        });
    });
    QObject::connect(handle->loader(), &ConversationLoader::changed, handle, [&] {
        if (o.dataMs < 0)
            o.dataMs = sinceClick();
    });
    if (window)
        window->resize(900, 800);
    handle->show();
    if (!spinUntil([&] { return shown; }, 60000)) {
        print(u"the conversation never appeared"_s);
        return o;
    }
    o.builtMs = window ? window->lastPageMs() : -1;
    spinUntil([&] { return o.allShownMs >= 0; }, 60000);
    idle(2000);
    o.openPssMb = treePssMb();
    handle->close();
    idle(3000);
    if (handle)
        print(u"the window was not deleted on closing"_s);
    o.ok = true;
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QApplication app(argc, argv);
    const bool inProcess = qEnvironmentVariableIsSet("BENCH_IN_PROCESS");
    if (!inProcess)
        ConversationProcess::setProgram(QStringLiteral(OUTPOST_BINARY));
    if (argc > 1 && QString::fromLocal8Bit(argv[1]) == u"unread"_s) {
        const double before = treePssMb();
        auto threadRow = std::make_unique<QObject>();
        // The longest the GUI thread is held while QtWebEngine starts: what a key pressed then
        // waits.
        QElapsedTimer sinceTick;
        qint64 longestStall = 0;
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout,
            [&] { longestStall = std::max(longestStall, sinceTick.restart()); });
        sinceTick.start();
        tick.start(5);
        ConversationViewLoader::warmUpSoon(threadRow.get());
        idle(4000);
        tick.stop();
        const double warmed = treePssMb();
        threadRow.reset(); // the compose window closed, its conversation never opened
        idle(3000);
        print(u"a thread chosen, its conversation never read: the GUI thread held for at most "
              u"%1 ms while QtWebEngine started in the background"_s.arg(longestStall));
        print(u"  memory (PSS of the process tree): before %1 MB, warm %2 MB, 3 s after its "
              u"compose window closed %3 MB"_s.arg(before, 0, 'f', 1)
                  .arg(warmed, 0, 'f', 1)
                  .arg(treePssMb(), 0, 'f', 1));
        return 0;
    }
    const int count = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    const bool warm = argc > 2 && QString::fromLocal8Bit(argv[2]) == u"warm"_s;
    const bool reopen = argc > 3 && QString::fromLocal8Bit(argv[argc - 1]) == u"reopen"_s;
    bool msGiven = false;
    const int givenMs = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt(&msGiven) : 0;
    const int clickAfterMs = msGiven ? givenMs : 4000;
    PlatformProcess platform;
    if (!platform.start()) {
        print(u"the sandbox did not start"_s);
        return 1;
    }
    platformPid = platform.process.processId();
    Sandbox::Testing::SandboxTestClient http(platform.url, platform.token);
    ThreadSummary thread;
    for (int i = 0; i < count; ++i) {
        QJsonObject request {{u"from"_s, u"dana@acme.example"_s},
            {u"to"_s, u"jamie.lee@example.com"_s},
            {u"body"_s,
                i % 2 ? u"<p>Update %1: the <b>export</b> finished.</p><blockquote><p>Done?</p>"
                        u"</blockquote>"_s.arg(i)
                      : u"Hi Jamie,\n\nupdate %1.\n\n> How far along are we?\n"_s.arg(i)},
            {u"isHtml"_s, i % 2 == 1}};
        if (thread.threadId.isEmpty())
            request.insert(u"subject"_s, u"Migration updates"_s);
        else
            request.insert(u"threadId"_s, thread.threadId);
        const QJsonObject answer = http.send(request).json();
        thread.threadId = answer.value(u"threadId"_s).toString();
        thread.conversationId = answer.value(u"conversationId"_s).toString();
    }
    thread.subject = u"Migration updates"_s;
    QNetworkAccessManager network;
    PlatformClient client(&network, Session {platform.url, platform.token, {}, {}});

    const double before = treePssMb();
    QObject threadRow; // what keeps the view warm: the compose window's thread row
    ConversationReadAhead readAhead(nullptr); // the thread row's, or the Sent window's
    // A click made while the GUI thread is held (QtWebEngine starting in the background) is
    // handled when it is free again: the figures count from the moment the user clicked.
    qint64 clickWaitedMs = 0;
    if (warm) {
        // The thread was chosen in a compose window (the reason to keep the view warm); the
        // user reaches the Conversation button a few seconds later.
        QElapsedTimer sinceChoice;
        sinceChoice.start();
        ConversationViewLoader::warmUpSoon(&threadRow);
        // And its messages are read ahead, as the compose window's thread row does.
        readAhead.read(&client, thread);
        idle(clickAfterMs);
        clickWaitedMs = sinceChoice.elapsed() - clickAfterMs;
    }
    const double warmed = treePssMb();
    const Opening first = openConversation(readAhead, &client, thread, count, clickWaitedMs);
    if (!first.ok)
        return 1;
    const double after = treePssMb();
    print(u"%1 messages, %2%3"_s.arg(count)
              .arg(warm ? u"warm (clicked %1 ms after the choice; the click waited %2 ms for the "
                          u"GUI thread)"_s.arg(clickAfterMs)
                              .arg(clickWaitedMs)
                        : u"cold"_s)
              .arg(first.describe()));
    print(u"  memory (PSS of the process tree): before %1 MB%2, open %3 MB, 3 s after closing "
          u"%4 MB"_s.arg(before, 0, 'f', 1)
              .arg(warm ? u", warmed %1 MB"_s.arg(warmed, 0, 'f', 1) : QString())
              .arg(first.openPssMb, 0, 'f', 1)
              .arg(after, 0, 'f', 1));
    if (!warm) {
        // What of the cold figure is the stand-in's: the same answer asked for again, now that
        // nothing else runs, from its arrival in full (not read), median of three.
        QList<qint64> serving;
        qint64 bytes = 0;
        for (int i = 0; i < 3; ++i) {
            QNetworkRequest request(platform.url.resolved(
                QUrl(u"/api/conversation/%1/messages"_s.arg(thread.conversationId))));
            request.setRawHeader("Authorization", "Bearer " + platform.token.toUtf8());
            QElapsedTimer t;
            t.start();
            QNetworkReply *reply = network.get(request);
            spinUntil([reply] { return reply->isFinished(); }, 30000);
            serving += t.elapsed();
            bytes = reply->readAll().size();
            reply->deleteLater();
        }
        std::sort(serving.begin(), serving.end());
        print(u"  the sandbox alone, nothing else running: this thread's messages (%1 MB) served "
              u"in %2 ms"_s.arg(double(bytes) / 1e6, 0, 'f', 1)
                  .arg(serving.at(1)));
    }
    if (reopen) {
        // Opened again from the same compose window, its process gone with the window: what
        // was read is kept a while (ConversationReadAhead::keep), QtWebEngine starts again.
        const Opening again = openConversation(readAhead, &client, thread, count, 0);
        if (!again.ok)
            return 1;
        print(u"  opened again 3 s after closing%1"_s.arg(again.describe()));
        const double closedAgain = treePssMb();
        // What was kept is dropped a minute after the window closed, unless opened again.
        idle(int(ConversationReadAhead::kept.count()) - 3000 + 1000);
        print(u"  memory: open %1 MB, 3 s after closing %2 MB, once what it read is dropped "
              u"(%3 s after closing) %4 MB"_s.arg(again.openPssMb, 0, 'f', 1)
                  .arg(closedAgain, 0, 'f', 1)
                  .arg(ConversationReadAhead::kept.count() / 1000 + 1)
                  .arg(treePssMb(), 0, 'f', 1));
    }
    return 0;
}

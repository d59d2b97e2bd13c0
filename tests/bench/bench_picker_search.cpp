// SPDX-License-Identifier: GPL-3.0-or-later
// Thread picker content search benchmark (prints figures; run under a display, e.g. xvfb-run):
// the recipient has 2,000 messages that match the words typed (200 threads of 10, the words in
// the bodies only), in the embedded sandbox on 127.0.0.1.
//   1. keystroke to updated list for the local filter (filter, layout, paint; target <= 16 ms);
//   2. the debounce's end to the threads found in messages painted (the search request on
//      loopback, its answer read, the rows merged; target <= 300 ms).
//   bench_picker_search [messages] [rounds]
#include "threads/ThreadContentSearch.h"
#include "threads/ThreadLister.h"
#include "threads/ThreadPlatformSource.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/threads/ThreadPicker.h"
#include "ui/threads/ThreadPickerProxy.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Runs the event loop (no sleeping between polls) until `signal`, or the time is up.
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * v.size())));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int messages = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 2000;
    const int rounds = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 10;
    auto sandbox = Sandbox::Testing::startSandbox();
    if (!sandbox)
        return 1;
    Sandbox::Testing::SandboxTestClient http(sandbox->url(), sandbox->demoToken());
    QElapsedTimer seeding;
    seeding.start();
    QString threadId;
    for (int i = 0; i < messages; ++i) {
        QJsonObject request {{u"from"_s, u"dana@acme.example"_s},
            {u"to"_s, u"jamie.lee@example.com"_s},
            {u"body"_s,
                u"Hi Jamie,\n\nupdate %1 on the shipment: the heliotrope crates left the "
                u"warehouse and the customs papers are filed.\n\nDana"_s.arg(i)}};
        if (i % 10 == 0)
            request.insert(u"subject"_s, u"Batch %1"_s.arg(i / 10));
        else
            request.insert(u"threadId"_s, threadId);
        const QJsonObject answer = http.send(request).json();
        threadId = answer.value(u"threadId"_s).toString();
        if (threadId.isEmpty()) {
            print(u"the sandbox refused message %1"_s.arg(i));
            return 1;
        }
    }
    print(u"%1 matching messages in %2 threads sent to the sandbox in %3 s"_s.arg(messages)
              .arg((messages + 9) / 10)
              .arg(double(seeding.elapsed()) / 1000, 0, 'f', 1));

    QNetworkAccessManager network;
    PlatformClient client(&network, Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    ThreadLister lister;
    std::vector<std::unique_ptr<ThreadSource>> sources;
    sources.push_back(std::make_unique<ThreadPlatformSource>(&client, QList<Mailbox> {}));
    lister.setSources(std::move(sources));
    lister.refresh({u"jamie.lee@example.com"_s});
    if (lister.isBusy() && !waitFor(&lister, &ThreadLister::refreshed, 30000)) {
        print(u"the threads were never listed"_s);
        return 1;
    }
    print(u"%1 threads listed for Jamie"_s.arg(lister.model()->rowCount()));

    QWidget anchor;
    anchor.resize(700, 30);
    anchor.show();
    (void)QTest::qWaitForWindowExposed(&anchor);
    ThreadPicker picker(&lister, &anchor);
    picker.popup(&anchor, {});
    (void)QTest::qWaitForWindowExposed(&picker);
    ThreadContentSearch *search = picker.contentSearch();

    QList<double> keys;
    QList<double> arrivals;
    int found = 0;
    const QString typed = u"heliotrope crates"_s;
    QElapsedTimer sinceDebounce;
    QObject::connect(search, &ThreadContentSearch::started, [&] { sinceDebounce.start(); });
    for (int round = 0; round < rounds; ++round) {
        picker.filterEdit()->clear();
        QCoreApplication::processEvents();
        for (const QChar c : typed) {
            QElapsedTimer t;
            t.start();
            QTest::keyClicks(picker.filterEdit(), QString(c));
            QCoreApplication::processEvents(); // the list's layout
            picker.list()->viewport()->repaint(); // and its paint
            keys += double(t.nsecsElapsed()) / 1e6;
        }
        if (!waitFor(search, &ThreadContentSearch::resultsReady, 30000)) {
            print(u"the search never answered"_s);
            return 1;
        }
        QCoreApplication::processEvents(); // the rows merged and laid out
        picker.list()->viewport()->repaint();
        arrivals += double(sinceDebounce.nsecsElapsed()) / 1e6;
        found = picker.proxy()->foundInMessagesCount();
    }
    print(u"local filter, typed \"%1\" %2 times: per keystroke median %3 ms, 95th percentile "
          "%4 ms, worst %5 ms (target <= 16 ms)"_s.arg(typed)
              .arg(rounds)
              .arg(percentile(keys, 0.5), 0, 'f', 2)
              .arg(percentile(keys, 0.95), 0, 'f', 2)
              .arg(percentile(keys, 1.0), 0, 'f', 2));
    print(u"search rows after the %1 ms debounce: median %2 ms, worst %3 ms (target <= 300 ms); "
          "%4 threads found in messages (%5 matches asked for per contact%6)"_s
              .arg(ThreadContentSearch::debounceMs)
              .arg(percentile(arrivals, 0.5), 0, 'f', 1)
              .arg(percentile(arrivals, 1.0), 0, 'f', 1)
              .arg(found)
              .arg(ThreadContentSearch::matchLimit)
              .arg(search->wasTruncated() ? u", more matched"_s : QString()));
    return 0;
}

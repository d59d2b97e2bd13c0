// SPDX-License-Identifier: GPL-3.0-or-later
// The client's own cost of one send: `outpost sandbox` runs in its own process, this one sends
// 200 messages through PlatformClient and reports, per send, the wall time (client + loopback
// + server) and the CPU time of this process's thread (the client's own work).
#include "platform/PlatformClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto i = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(i);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString binary = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"outpost"_s;
    const int count = argc > 2 ? QByteArray(argv[2]).toInt() : 200;

    QProcess sandbox;
    sandbox.start(binary, {u"sandbox"_s, u"--json"_s});
    if (!sandbox.waitForStarted() || !sandbox.waitForReadyRead(15000)) {
        std::fprintf(stderr, "bench_send: could not start %s sandbox\n", qPrintable(binary));
        return 1;
    }
    const QJsonObject line = QJsonDocument::fromJson(sandbox.readLine()).object();
    QNetworkAccessManager network;
    PlatformClient client(&network,
        Session {QUrl(line.value(u"url").toString()), line.value(u"token").toString(), {}, {}});
    Draft draft;
    draft.from = u"dana@acme.example"_s;
    draft.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    draft.body = u"Benchmark body.\n"_s.repeated(20);

    QList<double> wall;
    QList<double> cpu;
    int failures = 0;
    for (int i = -10; i < count; ++i) { // 10 warm-up sends
        draft.subject = u"bench %1"_s.arg(i);
        bool done = false;
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        client.send(draft, u"bench-key-%1"_s.arg(i), &client, [&](const Result<Receipt> &r) {
            failures += r.ok() ? 0 : 1;
            done = true;
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (i >= 0) {
            wall += double(timer.nsecsElapsed()) / 1e6;
            cpu += threadCpuMs() - cpuStart;
        }
    }
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    std::printf("sends: %d (failed %d)\n", count, failures);
    std::printf("client CPU per send:  median %.3f ms, p90 %.3f ms  (target <= 5 ms)\n",
        percentile(cpu, 0.5), percentile(cpu, 0.9));
    std::printf(
        "wall time per send:   median %.3f ms, p90 %.3f ms  (client + loopback + sandbox)\n",
        percentile(wall, 0.5), percentile(wall, 0.9));
    return failures == 0 ? 0 : 1;
}

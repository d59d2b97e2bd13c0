// SPDX-License-Identifier: GPL-3.0-or-later
// Outbox throughput: `outpost sandbox` in its own process; 8 mails queued at once go out
// through the durable outbox (store file, one submission at a time, every step written down)
// and the time until the last 2xx gives sends per second.
//   bench_outbox OUTPOST_BINARY [ROUNDS]      default: 30 rounds of 8
#include "mail/SystemClock.h"
#include "platform/PlatformClient.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {
double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(qsizetype(p * double(values.size() - 1) + 0.5));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString binary = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"outpost"_s;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 30;
    constexpr int batch = 8;

    QProcess sandbox;
    sandbox.start(binary, {u"sandbox"_s, u"--json"_s});
    if (!sandbox.waitForStarted() || !sandbox.waitForReadyRead(15000)) {
        std::fprintf(stderr, "bench_outbox: could not start %s sandbox\n", qPrintable(binary));
        return 1;
    }
    const QJsonObject line = QJsonDocument::fromJson(sandbox.readLine()).object();
    QNetworkAccessManager network;
    PlatformClient client(&network,
        Session {QUrl(line.value(u"url").toString()), line.value(u"token").toString(), {}, {}});
    PlatformSubmission submission(&client);
    QTemporaryDir dir;
    LocalStore store;
    store.open(dir.filePath(u"outpost.sqlite"_s));
    SystemClock clock;
    OutboxSettings settings;
    settings.undoDelay = {};
    Outbox outbox(&store, &submission, &clock, settings);
    QSignalSpy sent(&outbox, &Outbox::sent);
    QSignalSpy failed(&outbox, &Outbox::failed);
    outbox.start();

    auto queue = [&](int round) {
        for (int i = 0; i < batch; ++i) {
            DraftRecord r;
            r.id = u"bench-%1-%2"_s.arg(round).arg(i);
            r.draft.from = u"dana@acme.example"_s;
            r.draft.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
            r.draft.subject = u"outbox bench %1/%2"_s.arg(round).arg(i);
            r.draft.body = u"Benchmark body.\n"_s.repeated(20);
            outbox.enqueue(r);
        }
    };
    QList<double> rates;
    for (int round = -2; round < rounds; ++round) { // 2 warm-up rounds
        sent.clear();
        QElapsedTimer timer;
        timer.start();
        queue(round);
        while (sent.count() + failed.count() < batch)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (round >= 0)
            rates += batch / (double(timer.nsecsElapsed()) / 1e9);
    }
    store.flush();
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    std::printf("outbox, 8 mails queued at once (%d rounds, failed %lld):\n", rounds,
        qlonglong(failed.count()));
    std::printf("  throughput: median %.1f sends/s, slowest round %.1f, fastest %.1f\n",
        percentile(rates, 0.5), *std::min_element(rates.cbegin(), rates.cend()),
        *std::max_element(rates.cbegin(), rates.cend()));
    return failed.isEmpty() ? 0 : 1;
}

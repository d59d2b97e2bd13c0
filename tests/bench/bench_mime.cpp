// SPDX-License-Identifier: GPL-3.0-or-later
// A message with a large attachment (default 30 MB), both direct-mode paths:
//  1. build + encode with GMime (base64, CRLF) into nothing: throughput (target >= 300 MB/s);
//  2. Gmail: build, encode and write the message file exactly as GmailSubmission does, then
//     stream it as the request body (OneShotBody, as QNAM reads it): throughput and peak RSS
//     growth (target <= 2x the attachment);
//  3. Graph: a real GraphSubmission of the same draft to a sandbox in a child process (draft,
//     upload session, PUT chunks of 3.2 MB, send): time and peak RSS growth (target <= 16 MB).
//   bench_mime [MB]          (bench_mime --serve is the child: the sandbox)
#include "mail/MimeMessage.h"
#include "net/OneShotBody.h"
#include "providers/AccessTokenSource.h"
#include "providers/ProviderRegistry.h"
#include "providers/gmail/GmailSubmission.h"
#include "providers/outlook/GraphSubmission.h"
#include "providers/outlook/GraphWire.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {
// A field of /proc/self/status, in MB.
double statusMb(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// Starts a new peak-RSS measurement: the kernel resets VmHWM to the current RSS.
double resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
    return statusMb("VmRSS:");
}

int serve()
{
    Sandbox::SandboxOptions options;
    options.maxUploadBytes = 200 * 1024 * 1024;
    Sandbox::SandboxServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QJsonObject line {{u"graph"_s, server.graphBaseUrl().toString()},
        {u"token"_s, server.demoProviderToken(Provider::Outlook)}};
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && QByteArray(argv[1]) == "--serve")
        return serve();
    const int megabytes = argc > 1 ? QByteArray(argv[1]).toInt() : 30;
    const double attachmentMb = megabytes;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"attachment.bin"_s);
    {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        QByteArray block(1024 * 1024, '\0');
        for (int i = 0; i < megabytes; ++i) {
            QRandomGenerator::global()->fillRange(
                reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            f.write(block);
        }
    }
    Draft draft;
    draft.from = u"dana.direct@outlook.example"_s;
    draft.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    draft.subject = u"Quarterly numbers"_s;
    draft.body = u"Attached.\n"_s;
    draft.attachments = {{u"numbers.bin"_s, u"application/octet-stream"_s, {}, {}, path, -1}};
    const DirectMailbox gmailBox {Provider::Gmail, draft.from, u"Dana Demo"_s, {}};

    // 1. Build + encode into nothing.
    double bestEncode = 1e9;
    qint64 size = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto built = GmailSubmission::messageFor(draft, u"bench-%1"_s.arg(round), gmailBox);
        size = std::get<MimeMessage>(built).encodedSize();
        bestEncode = std::min(bestEncode, double(timer.nsecsElapsed()) / 1e9);
    }

    // 2. Gmail: the message file, then the single request's body streamed from it.
    double bestGmail = 1e9;
    double gmailGrowth = 0;
    for (int round = 0; round < 5; ++round) {
        const double before = resetPeak();
        QElapsedTimer timer;
        timer.start();
        const QString out = dir.filePath(u"message-%1.eml"_s.arg(round));
        ProviderRegistry::of(Provider::Gmail)
            .writeEml(draft, u"bench-%1"_s.arg(round), gmailBox, out);
        OneShotBody body({QByteArray(2048, 'm'), out});
        QByteArray piece(64 * 1024, '\0');
        qint64 streamed = 0;
        while (true) {
            const qint64 n = body.read(piece.data(), piece.size());
            if (n <= 0)
                break;
            streamed += n;
        }
        bestGmail = std::min(bestGmail, double(timer.nsecsElapsed()) / 1e9);
        gmailGrowth = std::max(gmailGrowth, statusMb("VmHWM:") - before);
        QFile::remove(out);
        if (streamed < size) {
            std::fprintf(stderr, "gmail: only %lld of %lld bytes streamed\n",
                static_cast<long long>(streamed), static_cast<long long>(size));
            return 1;
        }
    }

    std::printf("attachment %d MB -> message %.1f MB (base64, CRLF)\n", megabytes,
        double(size) / 1048576.0);
    std::printf("build + encode (GMime into nothing): best of 5 %.3f s = %.0f MB/s "
                "(target >= 300)\n",
        bestEncode, attachmentMb / bestEncode);
    std::printf("Gmail path (build + encode + write the message file + stream it as the request "
                "body): best of 5 %.3f s = %.0f MB/s, peak RSS growth %.1f MB (target <= %.0f MB, "
                "2x the attachment)\n",
        bestGmail, attachmentMb / bestGmail, gmailGrowth, 2 * attachmentMb);

    // 3. Graph: a real send to a sandbox in a child process (its memory is not ours).
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {u"--serve"_s});
    if (!child.waitForStarted() || !child.waitForReadyRead(15000)) {
        std::fprintf(stderr, "graph: the sandbox did not start\n");
        return 1;
    }
    const QJsonObject line = QJsonDocument::fromJson(child.readLine()).object();
    QNetworkAccessManager network;
    StaticTokenSource tokens(line.value(u"token").toString());
    GraphSubmission graph(&network, &tokens,
        {Provider::Outlook, draft.from, u"Dana Demo"_s, QUrl(line.value(u"graph").toString())});
    QString outcome;
    QObject::connect(&graph, &Submission::succeeded, &app, [&] { outcome = u"sent"_s; });
    QObject::connect(&graph, &Submission::failed, &app,
        [&](const ServiceError &e) { outcome = u"failed: "_s + e.message; });
    const double before = resetPeak();
    QElapsedTimer timer;
    timer.start();
    graph.submit(draft, QUuid::createUuid().toString(QUuid::WithoutBraces), {});
    while (outcome.isEmpty() && timer.elapsed() < 120'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double graphSecs = double(timer.nsecsElapsed()) / 1e9;
    const double graphGrowth = statusMb("VmHWM:") - before;
    child.terminate();
    child.waitForFinished(5000);
    if (outcome != u"sent") {
        std::fprintf(
            stderr, "graph: %s\n", qPrintable(outcome.isEmpty() ? u"timed out"_s : outcome));
        return 1;
    }
    std::printf("Graph path (draft, upload session, %lld-byte chunks over loopback, send): "
                "%.3f s = %.0f MB/s, peak RSS growth %.1f MB (target <= 16 MB)\n",
        static_cast<long long>(SendLimits::of(SendRoute::Direct, Provider::Outlook).chunkBytes),
        graphSecs, attachmentMb / graphSecs, graphGrowth);
    return 0;
}

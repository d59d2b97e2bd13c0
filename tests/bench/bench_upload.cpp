// SPDX-License-Identifier: GPL-3.0-or-later
// Attachment uploads: `outpost sandbox` runs in its own process (its upload limit raised by
// --max-upload-mb), this process uploads ten 45 MB files and then one 1 GB file through the
// attachment list's queue (UploadClient, QHttpMultiPart over QFile, three at once) and prints
// its resident-memory growth (target <= 32 MB whatever the size) and its throughput beside
// `curl -F files=@FILE` to the same endpoint in the same run (target >= 0.9x curl).
//   bench_upload OUTPOST [SMALL_COUNT SMALL_MB LARGE_MB]     defaults: 10 45 1024
#include "compose/AttachmentListModel.h"
#include "platform/PlatformClient.h"
#include "platform/UploadClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <limits>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 mb = 1024 * 1024;

// VmRSS or VmHWM of this process, in bytes.
qint64 memoryFigure(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux: "5" to clear_refs).
void resetPeak()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

bool writeRandom(const QString &path, qint64 size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(4 * mb, Qt::Uninitialized);
    for (qint64 written = 0; written < size; written += block.size()) {
        QRandomGenerator::global()->fillRange(
            reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        if (f.write(block.constData(), std::min<qint64>(block.size(), size - written)) < 0)
            return false;
    }
    return true;
}

bool writeSparse(const QString &path, qint64 size)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.resize(size);
}

struct Run
{
    double seconds = 0;
    qint64 bytes = 0;
    qint64 rssGrowth = 0;
    bool ok = false;
    double mbPerSecond() const { return seconds > 0 ? double(bytes) / mb / seconds : 0; }
};

Run outpostUpload(UploadClient *client, const QStringList &files)
{
    AttachmentListModel model;
    SendLimits limits;
    limits.maxFileBytes = client->maxFileBytes();
    model.setLimits(limits);
    Run run;
    for (const QString &f : files)
        run.bytes += QFileInfo(f).size();
    const qint64 before = memoryFigure("VmRSS:");
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(&model, &AttachmentListModel::settled, &loop, &QEventLoop::quit);
    if (!model.addFiles(files).isEmpty())
        return run;
    model.setUploadClient(client);
    if (!model.isSettled())
        loop.exec();
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.rssGrowth = memoryFigure("VmHWM:") - before;
    run.ok = model.problems().isEmpty();
    for (const Attachment &a : model.attachments())
        run.ok = run.ok && !a.storageKey.isEmpty();
    return run;
}

Run curlUpload(const QUrl &base, const QString &token, const QStringList &files)
{
    Run run;
    QElapsedTimer timer;
    timer.start();
    run.ok = true;
    for (const QString &f : files) {
        run.bytes += QFileInfo(f).size();
        QProcess curl;
        curl.start(u"curl"_s,
            // `Expect:` off: curl would otherwise wait a second for a 100 Continue per file.
            {u"-sS"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s, u"%{http_code}"_s, u"-H"_s, u"Expect:"_s,
                u"-H"_s, u"Authorization: Bearer "_s + token, u"-F"_s, u"files=@"_s + f,
                base.toString() + u"/api/upload"_s});
        if (!curl.waitForFinished(-1) || curl.readAllStandardOutput() != "200")
            run.ok = false;
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    return run;
}

void print(const char *what, const Run &outpost, const Run &curl)
{
    std::printf("%-22s outpost %7.1f MB/s  (%6.2f s)   curl %7.1f MB/s  (%6.2f s)   ratio %.2fx "
                "(target >= 0.90)%s\n",
        what, outpost.mbPerSecond(), outpost.seconds, curl.mbPerSecond(), curl.seconds,
        curl.mbPerSecond() > 0 ? outpost.mbPerSecond() / curl.mbPerSecond() : 0.0,
        outpost.ok && curl.ok ? "" : "   [SOME UPLOADS FAILED]");
    std::printf("%-22s outpost RSS growth %.1f MB (target <= 32 MB)\n", what,
        double(outpost.rssGrowth) / mb);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString binary = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"outpost"_s;
    const int smallCount = argc > 2 ? QByteArray(argv[2]).toInt() : 10;
    const qint64 smallMb = argc > 3 ? QByteArray(argv[3]).toLongLong() : 45;
    const qint64 largeMb = argc > 4 ? QByteArray(argv[4]).toLongLong() : 1024;

    QTemporaryDir dir; // the files and the sandbox's copies, removed at the end
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_upload: no temporary folder\n");
        return 1;
    }
    QStringList small;
    for (int i = 0; i < smallCount; ++i) {
        small += dir.filePath(u"file-%1.bin"_s.arg(i));
        if (!writeRandom(small.last(), smallMb * mb)) {
            std::fprintf(stderr, "bench_upload: could not write %s\n", qPrintable(small.last()));
            return 1;
        }
    }
    const QString large = dir.filePath(u"large.bin"_s);
    if (!writeSparse(large, largeMb * mb)) {
        std::fprintf(stderr, "bench_upload: could not write %s\n", qPrintable(large));
        return 1;
    }

    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(binary,
        {u"sandbox"_s, u"--json"_s, u"--data"_s, dir.filePath(u"sandbox"_s), u"--max-upload-mb"_s,
            QString::number(largeMb + 1)});
    if (!sandbox.waitForStarted() || !sandbox.waitForReadyRead(15000)) {
        std::fprintf(stderr, "bench_upload: could not start %s sandbox\n", qPrintable(binary));
        return 1;
    }
    const QJsonObject line = QJsonDocument::fromJson(sandbox.readLine()).object();
    const QUrl base(line.value(u"url"_s).toString());
    const QString token = line.value(u"token"_s).toString();

    QNetworkAccessManager network;
    PlatformClient platform(&network, Session {base, token, {}, {}});
    UploadClient client(&platform, &network);
    client.setMaxFileBytes((largeMb + 1) * mb);
    // Warm up: the connection, TLS-free HTTP code paths and allocator, before measuring.
    const QString warm = dir.filePath(u"warm.txt"_s);
    writeRandom(warm, 64 * 1024);
    outpostUpload(&client, {warm});

    std::printf("Uploads to `outpost sandbox` on loopback (client process RSS only)\n");
    const Run smallOutpost = outpostUpload(&client, small);
    const Run smallCurl = curlUpload(base, token, small);
    print(qPrintable(u"%1 x %2 MB"_s.arg(smallCount).arg(smallMb)), smallOutpost, smallCurl);
    for (const QString &f : std::as_const(small))
        QFile::remove(f);
    const Run largeOutpost = outpostUpload(&client, {large});
    const Run largeCurl = curlUpload(base, token, {large});
    print(qPrintable(u"1 x %1 MB"_s.arg(largeMb)), largeOutpost, largeCurl);

    sandbox.terminate();
    sandbox.waitForFinished(10000);
    return smallOutpost.ok && largeOutpost.ok ? 0 : 2;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Building and encoding a message with a 30 MB attachment (GMime, base64): throughput and how
// much memory it takes, writing to disk as the Gmail path does.
#include "mail/MimeMessage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {
// Resident and peak resident memory of this process, in MB (/proc/self/status).
double statusMb(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int megabytes = argc > 1 ? QByteArray(argv[1]).toInt() : 30;
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
    draft.from = u"dana@acme.example"_s;
    draft.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    draft.subject = u"Quarterly numbers"_s;
    draft.body = u"Attached.\n"_s;
    draft.attachments = {{u"numbers.bin"_s, u"application/octet-stream"_s, {}, {}, path, -1}};

    const double rssBefore = statusMb("VmRSS:");
    double bestEncode = 1e9;
    double bestWrite = 1e9;
    qint64 size = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto built = MimeMessage::build(draft);
        size = std::get<MimeMessage>(built).encodedSize();
        bestEncode = std::min(bestEncode, double(timer.nsecsElapsed()) / 1e9);
        timer.restart();
        const QString out = dir.filePath(u"message-%1.eml"_s.arg(round));
        std::get<MimeMessage>(built).writeTo(out);
        bestWrite = std::min(bestWrite, double(timer.nsecsElapsed()) / 1e9);
        QFile::remove(out);
    }
    const double peak = statusMb("VmHWM:");
    std::printf("attachment %d MB -> message %.1f MB\n", megabytes, double(size) / 1048576.0);
    std::printf("build + encode (base64, CRLF): best of 5 %.3f s = %.0f MB/s (target >= 300)\n",
        bestEncode, megabytes / bestEncode);
    std::printf("build + encode + write to a file (the Gmail path): %.3f s = %.0f MB/s\n",
        bestWrite, megabytes / bestWrite);
    std::printf("peak RSS growth while encoding: %.1f MB (target <= %d MB, 2x the attachment)\n",
        peak - rssBefore, 2 * megabytes);
    return 0;
}

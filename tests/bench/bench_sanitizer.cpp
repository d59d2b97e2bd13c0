// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML sanitiser's speed (ConversationHtml::sanitize) on hostile and ordinary bodies:
// 1 MB and 10 MB of nested unmatched end tags, deep nesting, many attributes, re-opened
// formatting elements and issue 16's payloads; the 600 KB case that took the old sanitiser
// 31 s; 900 KB of Chinese plain text; ordinary newsletter markup for comparison.
// Prints MB/s (best of N runs, by the thread's CPU time: a busy machine does not skew it; wall
// time beside it), the process's peak RSS while sanitising it (input and output included) and
// whether the body was shown as text (markup too costly to parse). Then the whole page around
// such bodies (ConversationDocument::build: what ConversationRenderer runs off the GUI thread),
// with the size of the data: URL it would make (over 2 MB, the view serves it from its scheme).
//   bench_sanitizer [runs [name filter]]          default 3 runs, every body
#include "conversation/ConversationDocument.h"
#include "conversation/ConversationHtml.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <ctime>
#include <functional>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {

// `unit` repeated up to `bytes` (UTF-16 code units, as sanitize() is given them).
QString repeatedTo(const QString &unit, qsizetype bytes)
{
    return unit.repeated(std::max<qsizetype>(1, bytes / unit.size()));
}

QString nestedUnmatchedEndTags(qsizetype bytes)
{
    return repeatedTo(u"<div><b><span>x</i></q></em>"_s, bytes);
}

QString deepNesting(qsizetype bytes)
{
    return repeatedTo(u"<div>"_s, bytes);
}

QString manyAttributes(qsizetype bytes)
{
    QString unit = u"<p"_s;
    for (int i = 0; i < 64; ++i)
        unit += u" a%1=\"v%1\""_s.arg(i);
    unit += u" style=\"color:red;position:fixed\" onclick=\"x()\" title=\"t\">text</p>\n"_s;
    return repeatedTo(unit, bytes);
}

QString reopenedFormatting(qsizetype bytes)
{
    QString out;
    for (int i = 0; out.size() < bytes; ++i)
        out += u"<p><b title=%1>x</p>"_s.arg(i);
    return out;
}

QString issuePayloads(qsizetype bytes)
{
    return repeatedTo(u"<<x>script>fetch(R)<<x>/script><<!---->img src=x onerror=fetch(R)>"
                      u"<</q>style>.internal{display:none}<</q>/style><<meta>iframe src=//x>"
                      u"<td style=\"display:none\">x</1</td><template><img src=https://t/a>"
                      u"</template><div style=\"position:fixed;top:0;z-index:9;background:"
                      u"url(https://t/b)\">Verified sender</div><style>p{}</style><base href=//x>"
                      u"<meta http-equiv=refresh content=0><a href=\"outpost-action:trust\" "
                      u"style=\"position:fixed;inset:0\">&nbsp;</a>\n"_s,
        bytes);
}

// The same, each copy in a <div> that closes what it leaves open: a flat tree, parsed.
QString issuePayloadsFlat(qsizetype bytes)
{
    return repeatedTo(u"<div>"_s + issuePayloads(0) + u"</div>"_s, bytes);
}

QString newsletter(qsizetype bytes)
{
    return u"<table width=600>"_s
        + repeatedTo(
            u"<tr><td style=\"padding: 12px 24px; font-family: Helvetica, Arial, "
            u"sans-serif; font-size: 15px; line-height: 22px; color: #333333;\" "
            u"align=\"left\" valign=\"top\"><p style=\"margin:0 0 12px 0\">Hello "
            u"<b>Dana</b>, here is this week&rsquo;s update on the <a href=\"https://"
            u"news.example.com/a?utm_source=mail&amp;utm_medium=x\" style=\"color:"
            u"#1a73e8\">renewal portal</a>. Our contract is up for renewal on June 30."
            u"</p><img src=\"https://img.example.com/banner.png\" width=\"600\" "
            u"height=\"120\" alt=\"Banner\" style=\"display:block;border:0\"></td></tr>\n"_s,
            bytes)
        + u"</table>"_s;
}

// The old sanitiser's quadratic case: open elements, then end tags that match none of them.
QString quadratic600k(qsizetype)
{
    return u"<span>"_s.repeated(50'000) + u"x"_s + u"</i>"_s.repeated(75'000);
}

QString cjkText(qsizetype bytes)
{
    // 3 bytes per character in UTF-8: 900 KB of it.
    return repeatedTo(u"我们的合同将于六月三十日续签，请把签好的文件发给我。谢谢！\n"_s, bytes / 3);
}

// Starts a new peak-RSS measurement: the kernel resets VmHWM to the current RSS.
void resetPeakRss()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

qint64 cpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

QByteArray filter;

void measure(const char *name, const QString &html, int runs)
{
    if (!QByteArray(name).contains(filter))
        return;
    ConversationHtml::Options options;
    options.quoteLabel = u"Show quoted text"_s;
    options.blockedImageLabel = u"Remote image, hidden"_s;
    const double mb = double(html.toUtf8().size()) / (1024.0 * 1024.0);
    resetPeakRss();
    qint64 best = -1;
    qint64 bestWall = -1;
    ConversationHtml::Sanitized s;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const qint64 start = cpuNs();
        s = ConversationHtml::sanitize(html, options);
        const qint64 ns = cpuNs() - start;
        best = best < 0 ? ns : std::min(best, ns);
        bestWall = bestWall < 0 ? timer.nsecsElapsed() : std::min(bestWall, timer.nsecsElapsed());
    }
    const double seconds = double(best) / 1e9;
    std::printf("%-34s %6.2f MB %8.1f ms %8.1f MB/s %8.1f ms %6.0f MB  out %6.2f MB%s\n", name, mb,
        seconds * 1000.0, mb / seconds, double(bestWall) / 1e6, peakRssMb(),
        double(s.html.toUtf8().size()) / (1024.0 * 1024.0),
        s.tooComplex ? "  (shown as text)" : "");
    std::fflush(stdout);
}

// The page of one message with `body`, built as the conversation window builds it.
void measurePage(const char *name, const QString &body, bool html, int runs)
{
    if (!QByteArray(name).contains(filter))
        return;
    ConversationMessage m;
    m.id = u"m1"_s;
    m.from = u"Jamie Lee <jamie.lee@example.com>"_s;
    m.body = body;
    m.isHtml = html;
    m.createdAt = QDateTime::currentDateTimeUtc();
    const double mb = double(body.toUtf8().size()) / (1024.0 * 1024.0);
    qint64 best = -1;
    ConversationDocument::Page page;
    for (int run = 0; run < runs; ++run) {
        const qint64 start = cpuNs();
        page = ConversationDocument::build({}, {m}, {});
        const qint64 ns = cpuNs() - start;
        best = best < 0 ? ns : std::min(best, ns);
    }
    const QByteArray bytes = page.html.toUtf8();
    const double encoded = double(bytes.toPercentEncoding().size()) / (1024.0 * 1024.0);
    std::printf("%-34s %6.2f MB %8.1f ms %8.1f MB/s  page %6.2f MB, as a data: URL %6.2f MB\n",
        name, mb, double(best) / 1e6, mb / (double(best) / 1e9),
        double(bytes.size()) / (1024.0 * 1024.0), encoded);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 3;
    filter = argc > 2 ? QByteArray(argv[2]) : QByteArray();
    constexpr qsizetype mb = 1024 * 1024;
    const std::pair<const char *, std::function<QString(qsizetype)>> hostile[] {
        {"nested unmatched end tags", nestedUnmatchedEndTags},
        {"deep nesting (<div>...)", deepNesting},
        {"many attributes (64 per tag)", manyAttributes},
        {"re-opened formatting (<p><b>)", reopenedFormatting},
        {"issue 16 payloads, repeated", issuePayloads},
        {"issue 16 payloads, each in a div", issuePayloadsFlat},
    };
    std::printf("%-34s %9s %11s %13s %11s %9s\n", "body", "size", "CPU (best)", "speed", "wall",
        "peak RSS");
    for (const qsizetype size : {mb, 10 * mb}) {
        for (const auto &[name, make] : hostile)
            measure(name, make(size), runs);
    }
    measure("600 KB quadratic case (old: 31 s)", quadratic600k(0), runs);
    measure("900 KB Chinese plain text", cjkText(900 * 1024), runs);
    measure("newsletter markup, 1 MB", newsletter(mb), runs);
    measure("newsletter markup, 10 MB", newsletter(10 * mb), runs);
    std::printf("\nwhole page (ConversationDocument::build)\n");
    measurePage("page: 900 KB Chinese plain text", cjkText(900 * 1024), false, runs);
    measurePage("page: 600 KB quadratic case", quadratic600k(0), true, runs);
    measurePage("page: issue 16 payloads, 10 MB", issuePayloadsFlat(10 * mb), true, runs);
    measurePage("page: newsletter markup, 10 MB", newsletter(10 * mb), true, runs);
    return 0;
}

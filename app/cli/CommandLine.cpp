// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "settings/Settings.h"
#include "settings/SettingsSalvage.h"
#include "settings/UiLanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace Outpost::CommandLine {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::CommandLine)
};
} // namespace

QString overviewHelp()
{
    return Tr::tr(
        "Usage:\n"
        "  outpost [--sandbox | --instance URL] [mailto:URL]\n"
        "      Open a compose window. --sandbox starts a fresh embedded sandbox instance\n"
        "      and signs in to it; --instance URL uses the token in $OUTPOST_TOKEN, or\n"
        "      the sign-in kept by `outpost login` (Account > Sign in in the window).\n"
        "      A mailto: URL (RFC 6068) prefills the window. With Outpost already\n"
        "      running, the window opens there instead.\n"
        "  outpost compose [--to ADDRESS]... [--cc ADDRESS]... [--bcc ADDRESS]...\n"
        "                  [--subject TEXT] [--body TEXT] [--attach FILE]...\n"
        "      Open a prefilled compose window (in the running Outpost, if any).\n"
        "  outpost send --instance URL --from ADDRESS --to ADDRESS [options]\n"
        "      Send one message without a window and print its receipt as JSON.\n"
        "      See `outpost send --help`.\n"
        "  outpost login --instance URL --email ADDRESS [--api-token]\n"
        "      Sign in and keep the sign-in in the desktop keychain (the password is\n"
        "      asked for without echo, or read from stdin). See `outpost login --help`.\n"
        "  outpost logout --instance URL [--email ADDRESS]\n"
        "      Sign out: delete the instance's sign-in from the keychain.\n"
        "  outpost sandbox [--port N] [--data DIR] [--faults] [--json]\n"
        "      Run the sandbox instance without a window. See `outpost sandbox --help`.\n"
        "\n"
        "Options:\n"
        "  -h, --help       Show this help.\n"
        "  -v, --version    Show the version.\n"
        "  --sandbox        Open the compose window on a fresh embedded sandbox.\n"
        "  --instance URL   The instance to use (https; http only for 127.0.0.1).\n"
        "\n"
        "Environment:\n"
        "  OUTPOST_TOKEN    The access token used with --instance and by `send`; when it\n"
        "                   is not set, the sign-in kept by `outpost login` is used.\n"
        "\n"
        "Exit codes:\n"
        "  0   success\n"
        "  64  the command line is wrong\n"
        "  65  the message was refused as written (bad address, unknown mailbox,\n"
        "      thread or attachment, provider mismatch, too large)\n"
        "  69  the instance could not be reached or failed (network, TLS, 5xx)\n"
        "  77  no token, or the token (or password) was refused\n");
}

QString usage()
{
    return Tr::tr("Usage: outpost [--sandbox | --instance URL] [mailto:URL]\n"
                  "       outpost compose|send|login|logout|sandbox [options]");
}

QStringList commands()
{
    return {QStringLiteral("compose"), QStringLiteral("send"), QStringLiteral("login"),
        QStringLiteral("logout"), QStringLiteral("sandbox")};
}

namespace {
// Edits from a to b: insertions, deletions, substitutions and swaps of neighbours ("sned").
qsizetype typoDistance(QStringView a, QStringView b)
{
    const qsizetype n = a.size(), m = b.size();
    std::vector<std::vector<qsizetype>> d(size_t(n + 1), std::vector<qsizetype>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = i;
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            auto &cell = d[size_t(i)][size_t(j)];
            cell = std::min({d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                d[size_t(i - 1)][size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cell = std::min(cell, d[size_t(i - 2)][size_t(j - 2)] + 1);
        }
    }
    return d[size_t(n)][size_t(m)];
}
} // namespace

QString closestCommand(const QString &word)
{
    // One slip in a short word, two in a longer one; further than that is another word.
    const qsizetype allowed = word.size() >= 5 ? 2 : 1;
    QString best;
    qsizetype bestDistance = allowed + 1;
    for (const QString &command : commands()) {
        const qsizetype distance = typoDistance(word, command);
        if (distance < bestDistance) {
            best = command;
            bestDistance = distance;
        }
    }
    return best;
}

QString unknownCommand(const QString &word)
{
    const QString close = closestCommand(word);
    const QString first = close.isEmpty()
        ? Tr::tr("outpost: unknown command “%1”.").arg(word)
        : Tr::tr("outpost: unknown command “%1”. Did you mean `outpost %2`?").arg(word, close);
    return first + u'\n' + usage() + u'\n' + Tr::tr("Try `outpost --help`.");
}

bool parseOrExplain(
    QCommandLineParser &parser, const QStringList &arguments, const QString &command)
{
    if (parser.parse(arguments))
        return true;
    printErr(Tr::tr("outpost %1: %2\nUsage: outpost %1 [options]\nTry `outpost %1 --help`.")
                 .arg(command, parser.errorText()));
    return false;
}

QString fitTo80Columns(const QString &text)
{
    // A line is broken at spaces; what follows is indented as the line's own text starts:
    // after its leading spaces, or after a term and the gap before its explanation
    // ("  --instance URL   The instance…", "  65  the message…").
    static const QRegularExpression term(QStringLiteral("^ *(?:\\S+(?: \\S+)?  +)?"));
    constexpr qsizetype width = 79;
    QStringList out;
    for (QString line : text.split(u'\n')) {
        if (line.size() <= width) {
            out += line;
            continue;
        }
        const qsizetype indent = term.match(line).capturedLength();
        while (line.size() > width) {
            qsizetype cut = line.lastIndexOf(u' ', width);
            if (cut <= indent)
                cut = line.indexOf(u' ', width); // one word longer than the line: left whole
            if (cut < 0)
                break;
            out += line.left(cut);
            line = QString(indent, u' ') + line.mid(cut + 1).trimmed();
        }
        out += line;
    }
    return out.join(u'\n');
}

QString helpText(const QCommandLineParser &parser, const QString &command)
{
    // Qt's first line is "Usage: <the program's path> [options]"; Qt wraps the options' texts
    // but prints the command's description as it is.
    const QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    return fitTo80Columns(Tr::tr("Usage: outpost %1 [options]").arg(command)
        + (firstLineEnd < 0 ? QString() : text.mid(firstLineEnd)));
}

void quietKnownNoise()
{
    // Rules set here come before QT_LOGGING_RULES and QT_LOGGING_CONF, which override them.
    QLoggingCategory::setFilterRules(QStringLiteral(
        // Our own debug and info lines (the embedded sandbox's "listening on …", a handed-over
        // request, …) are for a developer; our warnings and errors stay on.
        "outpost.*.debug=false\n"
        "outpost.*.info=false\n"
        // QtWebEngine 6.4 dumps its OpenGL setup (GL type, surface format, Chromium's init
        // parameters) as info each time it starts: a diagnostic, never a problem to act on.
        "qt.webenginecontext.info=false\n"));
    // Chromium logs straight to stderr, past Qt's rules: at ERROR level it reports GPU and
    // sandbox fallbacks that a software-rendered desktop or Xvfb always has, and that change
    // nothing in the conversation view. Only fatal errors are kept.
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--log-level=3");
}

void installTranslations(QCoreApplication &app)
{
    // Before anything reads the settings: a damaged file is moved aside and what can be read
    // of it kept (the GUI says so in its first window).
    const Settings settings;
    SettingsSalvage::check(settings.store()->fileName());
    // The system locale's language, unless chosen in the settings.
    UiLanguage::installFromSettings(app, settings);
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

} // namespace Outpost::CommandLine

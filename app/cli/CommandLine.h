// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>

class QCoreApplication;

namespace Outpost::CommandLine {

// Exit codes of every command (sysexits.h values, so scripts can tell failures apart).
enum ExitCode : int {
    Ok = 0,
    Usage = 64, // the command line is wrong
    Validation = 65, // the message is wrong (bad address, unknown mailbox or thread, …)
    Unavailable = 69, // network, TLS or server failure
    Software = 70, // an internal error
    Authentication = 77, // no token, or the token was refused
};

// The whole `outpost --help` text: every mode, command, option and exit code.
QString overviewHelp();

// The short usage of `outpost` itself, for a wrong command line.
QString usage();

// The commands `outpost COMMAND` knows.
QStringList commands();
// The command `word` was most likely meant to be (a typo away), or empty.
QString closestCommand(const QString &word);
// "unknown command", "did you mean", the usage and where to read more: for stderr.
QString unknownCommand(const QString &word);

// Parses `arguments` (program name first); on failure prints the reason, the command's usage
// and a hint to stderr.
bool parseOrExplain(
    QCommandLineParser &parser, const QStringList &arguments, const QString &command);
// `text` with every line longer than 79 columns broken at spaces (a terminal's 80 columns).
QString fitTo80Columns(const QString &text);
// `parser.helpText()`, fitted to 80 columns, with a first line that names the command (`outpost
// send [options]`), not the path of the program.
QString helpText(const QCommandLineParser &parser, const QString &command);

// Keeps stderr for what a user should read: our own warnings and real errors, not known-harmless
// diagnostics of Qt and Chromium. Called before the application object; QT_LOGGING_RULES and
// QTWEBENGINE_CHROMIUM_FLAGS, when set, still win (a developer asking for more).
void quietKnownNoise();

// Loads Outpost's translation for the user's locale, when there is one.
void installTranslations(QCoreApplication &app);

void printOut(const QString &text);
void printErr(const QString &text);

} // namespace Outpost::CommandLine

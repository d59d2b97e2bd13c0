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

// Parses `arguments` (program name first); on failure prints the reason and a hint to stderr.
bool parseOrExplain(
    QCommandLineParser &parser, const QStringList &arguments, const QString &command);

// Loads Outpost's translation for the user's locale, when there is one.
void installTranslations(QCoreApplication &app);

void printOut(const QString &text);
void printErr(const QString &text);

} // namespace Outpost::CommandLine

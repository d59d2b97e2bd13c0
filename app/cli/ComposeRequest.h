// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"

#include <QCommandLineOption>
#include <QStringList>

class QCommandLineParser;

namespace Outpost {

// A compose window asked for from outside: `outpost mailto:…` (RFC 6068) or
// `outpost compose --to … --cc … --bcc … --subject … --body … --attach FILE…`.
struct ComposeRequest
{
    Draft draft;
    QStringList attachFiles; // absolute paths
    QStringList notes; // what was left out, for the window to say

    // The options `compose` takes, for the GUI's command line parser.
    static QList<QCommandLineOption> options();
    // Reads the parsed command line (`--sandbox`/`--instance` are not looked at); false and
    // a reason when it asks for something else than a window.
    static bool fromParser(const QCommandLineParser &parser, ComposeRequest *request,
        QString *error, const QString &workingDir);
    // The arguments as another process can read them: files named by absolute path.
    static QStringList portable(const QStringList &arguments, const QString &workingDir);
};

} // namespace Outpost

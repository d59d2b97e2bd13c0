// SPDX-License-Identifier: GPL-3.0-or-later
// Command line and wiring only: `send`, `login`, `logout` and `sandbox` run without a display, the
// rest opens the compose window.
#include "CommandLine.h"
#include "GuiLauncher.h"
#include "LoginCommand.h"
#include "SandboxCommand.h"
#include "SendCommand.h"

#include <QCoreApplication>

#include <cstring>

int main(int argc, char **argv)
{
    const char *command = argc > 1 ? argv[1] : "";
    const bool signing = std::strcmp(command, "login") == 0 || std::strcmp(command, "logout") == 0;
    if (std::strcmp(command, "send") == 0 || std::strcmp(command, "sandbox") == 0 || signing) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Outpost"));
        QCoreApplication::setApplicationVersion(QStringLiteral(OUTPOST_VERSION));
        Outpost::CommandLine::installTranslations(app);
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeAt(1); // the command word
        if (signing)
            return std::strcmp(command, "login") == 0 ? Outpost::runLoginCommand(arguments)
                                                      : Outpost::runLogoutCommand(arguments);
        return std::strcmp(command, "send") == 0 ? Outpost::runSendCommand(arguments)
                                                 : Outpost::runSandboxCommand(arguments);
    }
    for (int i = 1; i < argc; ++i) {
        // Help and version need no display.
        for (const char *flag : {"-h", "--help", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0) {
                QCoreApplication app(argc, argv);
                QCoreApplication::setApplicationName(QStringLiteral("Outpost")); // its settings
                QCoreApplication::setApplicationVersion(QStringLiteral(OUTPOST_VERSION));
                Outpost::CommandLine::installTranslations(app);
                Outpost::CommandLine::printOut(
                    std::strcmp(flag, "-h") == 0 || std::strcmp(flag, "--help") == 0
                        ? Outpost::CommandLine::overviewHelp()
                        : QStringLiteral("outpost %1").arg(QCoreApplication::applicationVersion()));
                return Outpost::CommandLine::Ok;
            }
        }
    }
    return Outpost::runGui(argc, argv);
}

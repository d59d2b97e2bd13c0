// SPDX-License-Identifier: GPL-3.0-or-later
// Command line and wiring only. The whole command line is read by a QCoreApplication, which needs
// no display: `send`, `login`, `logout` and `sandbox` run there, and a wrong command line is
// refused there (exit 64, with or without a display). Only a window gets a QApplication.
#include "GuiLauncher.h"
#include "cli/CommandLine.h"
#include "cli/LoginCommand.h"
#include "cli/SandboxCommand.h"
#include "cli/SendCommand.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    using namespace Outpost;
    CommandLine::quietKnownNoise();
    // Outpost's own conversation process (ConversationProcess starts it): its windows only.
    if (argc == 2 && qstrcmp(argv[1], "conversation-host") == 0)
        return runConversationHost(argc, argv);
    {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Outpost")); // its settings
        QCoreApplication::setApplicationVersion(QStringLiteral(OUTPOST_VERSION));
        CommandLine::installTranslations(app);
        QStringList arguments = QCoreApplication::arguments();
        const QString command = arguments.value(1);
        if (command == u"send" || command == u"sandbox" || command == u"login"
            || command == u"logout") {
            arguments.removeAt(1); // the command word
            if (command == u"send")
                return runSendCommand(arguments);
            if (command == u"sandbox")
                return runSandboxCommand(arguments);
            return command == u"login" ? runLoginCommand(arguments) : runLogoutCommand(arguments);
        }
        // Help and version need no display.
        for (const QString &argument : std::as_const(arguments).mid(1)) {
            if (argument == u"-h" || argument == u"--help") {
                CommandLine::printOut(CommandLine::fitTo80Columns(CommandLine::overviewHelp()));
                return CommandLine::Ok;
            }
            if (argument == u"-v" || argument == u"--version") {
                CommandLine::printOut(
                    QStringLiteral("outpost %1").arg(QCoreApplication::applicationVersion()));
                return CommandLine::Ok;
            }
        }
        if (const int refused = checkGuiCommandLine(arguments); refused != CommandLine::Ok)
            return refused;
    } // one application object at a time: this one goes before the window's comes
    return runGui(argc, argv);
}

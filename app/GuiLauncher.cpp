// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiLauncher.h"

#include "CommandLine.h"
#include "auth/InstanceUrl.h"
#include "mail/MailtoUrl.h"
#include "models/ComposeController.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxServer.h"
#include "submit/PlatformSubmission.h"
#include "ui/ComposeWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QTimer>

namespace Outpost {

namespace {
using namespace CommandLine;

// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::GuiLauncher)
};
} // namespace

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Outpost"));
    QApplication::setApplicationVersion(QStringLiteral(OUTPOST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("outpost"));
    installTranslations(app);

    // --help and --version were answered by main() before any display was needed.
    QCommandLineParser parser;
    const QCommandLineOption sandbox(QStringLiteral("sandbox"), {});
    const QCommandLineOption instance(QStringLiteral("instance"), {}, QStringLiteral("URL"));
    parser.addOptions({sandbox, instance});
    if (!parser.parse(QApplication::arguments())) {
        printErr(Tr::tr("outpost: %1\nTry `outpost --help`.").arg(parser.errorText()));
        return Usage;
    }
    Draft prefill;
    QList<AddressProblem> mailtoProblems;
    for (const QString &argument : parser.positionalArguments()) {
        if (!MailtoUrl::isMailto(argument)) {
            printErr(Tr::tr("outpost: unknown command or argument “%1”.\nTry `outpost --help`.")
                         .arg(argument));
            return Usage;
        }
        prefill = MailtoUrl::parse(argument, &mailtoProblems);
    }

    Session session;
    QString notice;
    std::unique_ptr<Sandbox::SandboxServer> embedded;
    if (parser.isSet(sandbox)) {
        embedded = std::make_unique<Sandbox::SandboxServer>(Sandbox::SandboxOptions {});
        QString error;
        if (!embedded->start(&error)) {
            printErr(Tr::tr("outpost: the sandbox could not start: %1").arg(error));
            return Unavailable;
        }
        session = Session {embedded->url(), embedded->demoToken(), {}, Sandbox::DemoUser::email()};
        notice = Tr::tr("Sandbox at %1, signed in as %2. Mail goes nowhere real.")
                     .arg(embedded->url().toString(), Sandbox::DemoUser::email());
    } else if (parser.isSet(instance)) {
        QString error;
        const auto url = InstanceUrl::parse(parser.value(instance), &error);
        if (!url) {
            printErr(Tr::tr("outpost: --instance: %1").arg(error));
            return Usage;
        }
        session = Session {*url, qEnvironmentVariable("OUTPOST_TOKEN"), {}, {}};
        if (session.accessToken.isEmpty())
            notice = Tr::tr("No token for %1: set OUTPOST_TOKEN and start Outpost again.")
                         .arg(url->host());
    } else {
        notice = Tr::tr("Not signed in to any instance. Start Outpost with --sandbox to try it, or "
                        "with --instance URL and OUTPOST_TOKEN set.");
    }

    QNetworkAccessManager network;
    PlatformClient client(&network, session);
    PlatformSubmission submission(&client);
    ComposeController controller(session.isValid() ? &client : nullptr, &submission);
    auto *window = new ComposeWindow(&controller);
    window->setWindowIcon(QIcon(QStringLiteral(":/outpost/icons/outpost.svg")));
    window->setDraft(prefill);
    if (!mailtoProblems.isEmpty()) {
        QStringList lines;
        for (const AddressProblem &p : std::as_const(mailtoProblems))
            lines += Tr::tr("“%1” was left out: %2.").arg(p.input, p.reason);
        notice = notice.isEmpty() ? lines.join(u'\n') : notice + u'\n' + lines.join(u'\n');
    }
    if (!notice.isEmpty())
        window->showNotice(notice);
    window->show();
    // Nothing slow before the window is on screen: the network comes after.
    QTimer::singleShot(0, &controller, &ComposeController::loadMailboxes);
    return QApplication::exec();
}

} // namespace Outpost

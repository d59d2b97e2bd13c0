// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiLauncher.h"

#include "CommandLine.h"
#include "auth/InstanceList.h"
#include "auth/InstanceUrl.h"
#include "auth/TokenStore.h"
#include "mail/MailtoUrl.h"
#include "models/ComposeController.h"
#include "models/RoutingSubmission.h"
#include "models/SessionRegistry.h"
#include "models/ThreadChoice.h"
#include "sandbox/OAuthServers.h"
#include "sandbox/SandboxServer.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/OutboxNetworkWatch.h"
#include "submit/SystemClock.h"
#include "ui/AccountActions.h"
#include "ui/ComposeWindow.h"
#include "ui/MailWindows.h"

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
    QUrl wanted;
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
        // Direct mode's Google and Microsoft sign-in go to the sandbox too, unless set.
        for (const auto &[name, value] : Sandbox::OAuthServers::environment(embedded->url())) {
            if (!qEnvironmentVariableIsSet(name.constData()))
                qputenv(name.constData(), value.toUtf8());
        }
    } else if (parser.isSet(instance)) {
        QString error;
        const auto url = InstanceUrl::parse(parser.value(instance), &error);
        if (!url) {
            printErr(Tr::tr("outpost: --instance: %1").arg(error));
            return Usage;
        }
        wanted = *url; // without OUTPOST_TOKEN: the kept sign-in, or the sign-in dialog
        session = Session {*url, qEnvironmentVariable("OUTPOST_TOKEN"), {}, {}};
    }

    // Every signed-in instance at once; a send goes through the one owning its mailbox.
    QNetworkAccessManager network;
    TokenStore tokens;
    InstanceList instances;
    SessionRegistry sessions(&network, &tokens, &instances);
    if (session.isValid())
        sessions.addTransient(session); // the sandbox, OUTPOST_TOKEN: not kept anywhere
    RoutingSubmission submission(&sessions);
    // Drafts and the outbox; what is written against the sandbox is kept apart.
    LocalStore store;
    store.open(embedded ? LocalStore::sandboxPath() : LocalStore::defaultPath());
    SystemClock clock;
    OutboxSettings outboxSettings;
    outboxSettings.undoDelay = MailWindows::savedUndoDelay();
    Outbox outbox(&store, &submission, &clock, outboxSettings);
    new OutboxNetworkWatch(&outbox);
    MailWindows windows(nullptr, &outbox);
    windows.setControllerSetup([&sessions, &windows](ComposeController *c) {
        c->setSessions(&sessions);
        QObject::connect(
            &sessions, &SessionRegistry::sessionsChanged, c, &ComposeController::loadMailboxes);
        // Reply, Reply all or Forward from a conversation: a compose window of its own.
        QObject::connect(c, &ComposeController::composeRequested, &windows,
            [&windows](const Draft &draft) {
                ComposeWindow *w = windows.openNew();
                ThreadChoice::open(MailWindows::controllerOf(w), draft);
                w->show();
            });
    });
    auto *window = windows.openNew();
    ComposeController &controller = *MailWindows::controllerOf(window);
    auto *accounts = new AccountActions(&sessions, &tokens, &controller, window);
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
    windows.start(); // reopens what a crash left open; asks about mail due while closed
    // Nothing slow before the window is on screen: keychain and network come after.
    QTimer::singleShot(0, accounts, [accounts, wanted] { accounts->start(wanted); });
    return QApplication::exec();
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiLauncher.h"

#include "SingleInstance.h"
#include "accounts/DirectMailboxes.h"
#include "accounts/RoutingSubmission.h"
#include "accounts/SessionRegistry.h"
#include "auth/InstanceList.h"
#include "auth/InstanceUrl.h"
#include "auth/ProviderSignIn.h"
#include "auth/TokenStore.h"
#include "cli/CommandLine.h"
#include "cli/ComposeRequest.h"
#include "cli/Environment.h"
#include "cli/SandboxModule.h"
#include "compose/ComposeController.h"
#include "mail/MailtoUrl.h"
#include "mail/SystemClock.h"
#include "sandbox/ProviderSeed.h"
#include "sandbox/SandboxServer.h" // SandboxOptions, DemoUser: the sandbox itself is a plugin
#include "settings/Settings.h"
#include "settings/SettingsSalvage.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/OutboxNetworkWatch.h"
#include "ui/DesktopLook.h"
#include "ui/MailWindows.h"
#include "ui/accounts/AccountActions.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/conversation/ConversationHost.h"
#include "ui/conversation/ConversationProcess.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Outpost {

Q_LOGGING_CATEGORY(lcGui, "outpost.gui")

namespace {
using namespace CommandLine;
using namespace Qt::StringLiterals;

// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::GuiLauncher)
};
const QCommandLineOption sandbox(QStringLiteral("sandbox"));
const QCommandLineOption instance(QStringLiteral("instance"), {}, QStringLiteral("URL"));

// The window's options; `compose` alone is the desktop file's "New Message": a new, empty
// compose window.
void addWindowOptions(QCommandLineParser &parser)
{
    parser.addOptions({sandbox, instance});
    parser.addOptions(ComposeRequest::options());
}

// The reason, the usage and where to read more.
void refuse(const QString &reason)
{
    printErr(Tr::tr("outpost: %1").arg(reason) + u'\n' + usage() + u'\n'
        + Tr::tr("Try `outpost --help`."));
}

// Qt aborts (exit 134) when it has no display to connect to: say so instead.
bool hasDisplay(const QStringList &arguments)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || arguments.contains(u"-platform"_s))
        return true; // the platform was chosen: Qt explains its own failure
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}
// SIGTERM and SIGINT (a session ending, Ctrl+C in the terminal) end the event loop, so that
// Outpost closes cleanly instead of dying mid-write: every open message is saved as it is and
// reopened at the next start (MailWindows, on aboutToQuit), queued mail stays in the outbox.
// No question is asked: nobody is there to answer it when a session ends, and a window
// waiting for an answer would keep the process (and its single-instance socket) alive. The
// handler only writes to a pipe (async-signal-safe); the event loop reads it.
int quitPipe[2] = {-1, -1};

extern "C" void guiQuitOnSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(quitPipe[1], &byte, 1);
}

void quitOnTerminationSignals(QObject *context)
{
    if (::pipe2(quitPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    auto *notifier = new QSocketNotifier(quitPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] {
        char byte = 0;
        while (::read(quitPipe[0], &byte, 1) > 0) { }
        // exit(), not quit(): quit() asks every window to close, and a window holding a
        // message asks keep-or-discard first.
        QCoreApplication::exit(0);
    });
    std::signal(SIGTERM, guiQuitOnSignal);
    std::signal(SIGINT, guiQuitOnSignal);
}

// Opens a sign-in page in the browser. Where none opens (no xdg-open, nothing that handles
// https) or it would open on another computer (a session over ssh), the address is shown to
// copy instead, and written to stderr for the terminal the session came from.
void openOrShowUrl(const QUrl &url)
{
    const bool opened = QDesktopServices::openUrl(url);
    if (opened && !qEnvironmentVariableIsSet("SSH_CONNECTION"))
        return;
    const QString address = url.toString(QUrl::FullyEncoded);
    printErr(Tr::tr("outpost: to connect the mailbox, open this address in a browser:\n%1")
                 .arg(address));
    auto *box = new QMessageBox(QMessageBox::Information, Tr::tr("Open in a Browser"),
        opened ? Tr::tr("If no browser opened, open this address in a browser to connect the "
                        "mailbox. Outpost waits for it.")
               : Tr::tr("No browser could be opened. Open this address in a browser to connect "
                        "the mailbox. Outpost waits for it."),
        QMessageBox::Close, QApplication::activeWindow());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(address);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPushButton *copy = box->addButton(Tr::tr("Copy Address"), QMessageBox::ActionRole);
    // An action button would close the box: it copies and stays.
    copy->disconnect();
    QObject::connect(copy, &QPushButton::clicked, box,
        [address] { QGuiApplication::clipboard()->setText(address); });
    box->show();
}
} // namespace

int checkGuiCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    addWindowOptions(parser);
    if (!parser.parse(arguments)) {
        refuse(parser.errorText());
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() != u"compose"
        && !MailtoUrl::isMailto(positional.first())) {
        printErr(unknownCommand(positional.first()));
        return Usage;
    }
    ComposeRequest request;
    QString error;
    if (!ComposeRequest::fromParser(parser, &request, &error, QDir::currentPath())) {
        refuse(error);
        return Usage;
    }
    if (parser.isSet(instance) && !InstanceUrl::parse(parser.value(instance), &error)) {
        refuse(Tr::tr("--instance: %1").arg(error));
        return Usage;
    }
    if (!hasDisplay(arguments)) {
        printErr(Tr::tr("outpost: no display to open a window on (neither DISPLAY nor "
                        "WAYLAND_DISPLAY is set).\nWithout a display, `outpost send`, `outpost "
                        "login` and `outpost sandbox` work; see `outpost --help`."));
        return Unavailable;
    }
    return Ok;
}

int runConversationHost(int &argc, char **argv)
{
    // The frames go on private copies of stdin and stdout, which no process started from here
    // (QtWebEngine's) inherits; what anything prints on stdout goes to stderr, not into them.
    const int input = ::fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3);
    const int output = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    if (input < 0 || output < 0)
        return Unavailable;
    if (const int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC); null >= 0) {
        ::dup2(null, STDIN_FILENO);
        ::close(null);
    }
    ::dup2(STDERR_FILENO, STDOUT_FILENO);
    // Outpost gone, a frame written to it fails (and is dropped) instead of ending this.
    std::signal(SIGPIPE, SIG_IGN);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Outpost"));
    QApplication::setApplicationVersion(QStringLiteral(OUTPOST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.outpost.Outpost"));
    QApplication::setQuitOnLastWindowClosed(false); // the host ends with its last window
    installTranslations(app);
    DesktopLook::apply(app);
    ConversationHost host(input, output);
    return app.exec();
}

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Outpost"));
    QApplication::setApplicationVersion(QStringLiteral(OUTPOST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.outpost.Outpost")); // packaging/
    installTranslations(app);
    DesktopLook::apply(app);
    quitOnTerminationSignals(&app);
    // Conversation windows open in a process of their own: QtWebEngine, once started, cannot
    // be unloaded, and its memory goes back with that process when the last one closes.
    ConversationProcess::setProgram(QCoreApplication::applicationFilePath());

    // main() answered --help and --version and refused a wrong command line (checkGuiCommandLine)
    // before any display was needed; what is refused here is refused there too.
    QCommandLineParser parser;
    addWindowOptions(parser);
    ComposeRequest request;
    QString requestError;
    if (!parser.parse(QApplication::arguments())
        || !ComposeRequest::fromParser(parser, &request, &requestError, QDir::currentPath())) {
        refuse(requestError.isEmpty() ? parser.errorText() : requestError);
        return Usage;
    }

    // One Outpost per user session (and one per sandbox): a second invocation hands its
    // request to the running one, which opens the window, and ends here.
    SingleInstance single(SingleInstance::defaultName()
        + (parser.isSet(sandbox) ? QStringLiteral("-sandbox") : QString()));
    if (single.handOver(
            ComposeRequest::portable(QApplication::arguments().mid(1), QDir::currentPath()))) {
        qCInfo(lcGui) << "handed over to the running Outpost";
        return Ok;
    }
    if (QString error; !single.listen(&error))
        qCWarning(lcGui) << "no single-instance socket:" << error;

    Session session;
    QUrl wanted;
    QString notice;
    std::unique_ptr<Sandbox::EmbeddedSandbox> embedded;
    ConfigOverrides sandboxServers; // the embedded sandbox's OAuth servers and provider APIs
    if (parser.isSet(sandbox)) {
        QString error;
        embedded = SandboxModule::create(Sandbox::SandboxOptions {}, &error);
        if (!embedded || !embedded->start(&error)) {
            printErr(Tr::tr("outpost: the sandbox could not start: %1").arg(error));
            return Unavailable;
        }
        session = Session {embedded->url(), embedded->demoToken(), {}, Sandbox::DemoUser::email()};
        notice = Tr::tr("Sandbox at %1, signed in as %2; its Gmail and Outlook mailboxes for "
                        "direct sending are in From too. Mail goes nowhere real.")
                     .arg(embedded->url().toString(), Sandbox::DemoUser::email());
        // Direct mode's Google and Microsoft sign-in go to the sandbox too (handed to the direct
        // mailboxes below; what the environment sets still wins).
        for (const auto &[name, value] : embedded->oauthEnvironment())
            sandboxServers.insert(name, value);
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
    // Direct mode: Gmail and Outlook mailboxes Outpost sends through itself (provider OAuth).
    // Against the sandbox, its demo mailboxes are there from the start and the list is kept
    // apart from the real one.
    ProviderSignIn providerSignIn(&network, &tokens, [](const QUrl &url) { openOrShowUrl(url); });
    QTemporaryDir sandboxConfig;
    DirectMailboxes direct(&network, &providerSignIn,
        embedded ? sandboxConfig.filePath(QStringLiteral("direct-mailboxes.ini"))
                 : DirectMailboxes::defaultFile());
    // What the user started Outpost with wins over the sandbox's servers.
    direct.setOverrides(layered(sandboxServers, configFromEnvironment()));
    direct.load();
    if (embedded) {
        direct.addTransient({Provider::Gmail, Sandbox::ProviderSeed::gmailAddress.toString(),
                                QStringLiteral("Dana Demo"), embedded->gmailBaseUrl()},
            embedded->demoProviderToken(Provider::Gmail));
        direct.addTransient({Provider::Outlook, Sandbox::ProviderSeed::outlookAddress.toString(),
                                QStringLiteral("Dana Demo"), embedded->graphBaseUrl()},
            embedded->demoProviderToken(Provider::Outlook));
    }
    sessions.setDirect(&direct);
    RoutingSubmission submission(&sessions);
    // Drafts and the outbox; what is written against the sandbox is kept apart.
    LocalStore store;
    store.openWhenNeeded(embedded ? LocalStore::sandboxPath() : LocalStore::defaultPath());
    SystemClock clock;
    // The process's one Settings, handed to every window (nothing below makes its own).
    Settings settings;
    OutboxSettings outboxSettings;
    outboxSettings.undoDelay = MailWindows::savedUndoDelay(settings);
    Outbox outbox(&store, &submission, &clock, outboxSettings);
    new OutboxNetworkWatch(&outbox);
    MailWindows windows(nullptr, &outbox, settings);
    windows.setRichTextFromSettings(true); // new mail in rich text unless plain was chosen
    windows.setControllerSetup([&sessions, &windows](ComposeController *c) {
        c->setSessions(&sessions);
        QObject::connect(
            &sessions, &SessionRegistry::sessionsChanged, c, &ComposeController::loadMailboxes);
        // Reply, Reply all or Forward from a conversation: a compose window of its own.
        QObject::connect(
            c, &ComposeController::composeRequested, &windows, &MailWindows::openAnswer);
    });
    // Their keys work in the conversation windows too, which are another process's.
    ConversationProcess::setApplicationActions(
        windows.windowActions() + QList<QAction *> {windows.quitAction()});
    auto *window = windows.openNew();
    ComposeController &controller = *MailWindows::controllerOf(window);
    // The settings and the recipient-mailbox memory were checked as they were first read: a
    // damaged one was replaced, and the first window says so.
    settings.recipientMailboxes();
    QStringList repaired;
    for (const SettingsSalvage::Repair &r : SettingsSalvage::takeRepairs())
        repaired += SettingsSalvage::describe(r);
    if (!repaired.isEmpty())
        window->showWarning(repaired.join(u'\n'));
    auto *accounts = new AccountActions(&sessions, &tokens, &controller, window);
    accounts->serve(&windows); // every later window gets the Account menu too
    windows.setSessions(&sessions); // the Sent window's conversations
    window->setWindowIcon(QIcon(QStringLiteral(":/outpost/icons/outpost.svg")));
    window->setDraft(request.draft);
    window->attachFiles(request.attachFiles);
    if (!request.notes.isEmpty()) {
        const QString lines = request.notes.join(u'\n');
        notice = notice.isEmpty() ? lines : notice + u'\n' + lines;
    }
    if (!notice.isEmpty())
        window->showNotice(notice);
    window->show();
    windows.start(); // reopens what a crash left open; asks about mail due while closed
    // A request handed over by a second `outpost mailto:…` or `outpost compose …`.
    QObject::connect(&single, &SingleInstance::argumentsReceived, &windows,
        [&windows](const QStringList &arguments) {
            QCommandLineParser handed;
            addWindowOptions(handed);
            ComposeRequest r;
            QString error;
            if (!handed.parse(QStringList {QStringLiteral("outpost")} + arguments)
                || !ComposeRequest::fromParser(handed, &r, &error, QDir::rootPath())) {
                qCWarning(lcGui) << "refused a handed-over request:" << error;
                return;
            }
            ComposeWindow *w = windows.openNew(r.draft);
            w->attachFiles(r.attachFiles);
            if (!r.notes.isEmpty())
                w->showNotice(r.notes.join(u'\n'));
            w->setWindowIcon(QIcon(QStringLiteral(":/outpost/icons/outpost.svg")));
            w->show();
            w->raise();
            w->activateWindow();
            qCInfo(lcGui).noquote()
                << "opened a compose window for a handed-over request:" << r.draft.subject;
        });
    // Nothing slow before the window is on screen: keychain and network come after.
    QTimer::singleShot(0, accounts, [accounts, wanted] { accounts->start(wanted); });
    return QApplication::exec();
}

} // namespace Outpost

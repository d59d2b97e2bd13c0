// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SendCommand.h"

#include "auth/InstanceUrl.h"
#include "auth/TokenStore.h"
#include "cli/CommandLine.h"
#include "cli/DirectSend.h"
#include "cli/LoginCommand.h"
#include "cli/SendOutput.h"
#include "compose/AttachmentListModel.h"
#include "compose/ComposeController.h"
#include "mail/SystemClock.h"
#include "cli/SendTemplate.h"
#include "accounts/MailboxListModel.h"
#include "platform/PlatformClient.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace Outpost {

namespace {
using namespace CommandLine;
using namespace SendOutput;

// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::SendCommand)
};

} // namespace

int runSendCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Send one message through a platform instance, without a window.\n"
               "Prints the receipt as one JSON line on success. The token comes from "
               "$OUTPOST_TOKEN.\nExit codes: 0 sent, 64 usage, 65 refused as written, "
               "69 network or server failure (not sent), 75 may have been sent (the answer was "
               "lost and Outpost could not find out whether the server stored it: look in the "
               "conversation before sending again), 77 no token or token refused.\nWithout "
               "$OUTPOST_TOKEN, the sign-in kept by `outpost login` is used."));
    parser.addHelpOption();
    const QCommandLineOption instance(QStringLiteral("instance"),
        Tr::tr("The instance (https; http only for 127.0.0.1)."), Tr::tr("URL"));
    const QCommandLineOption from(
        QStringLiteral("from"), Tr::tr("The sending mailbox."), Tr::tr("ADDRESS"));
    const QCommandLineOption to(QStringLiteral("to"),
        Tr::tr("A recipient, bare or \"Name\" <address> (repeatable)."), Tr::tr("ADDRESS"));
    const QCommandLineOption cc(
        QStringLiteral("cc"), Tr::tr("A Cc recipient (repeatable)."), Tr::tr("ADDRESS"));
    const QCommandLineOption bcc(
        QStringLiteral("bcc"), Tr::tr("A Bcc recipient (repeatable)."), Tr::tr("ADDRESS"));
    const QCommandLineOption subject(QStringLiteral("subject"),
        Tr::tr("The subject (omitted: the thread's, or \"(no "
               "subject)\")."),
        Tr::tr("TEXT"));
    const QCommandLineOption body(
        QStringLiteral("body"), Tr::tr("The message text."), Tr::tr("TEXT"));
    const QCommandLineOption bodyFile(QStringLiteral("body-file"),
        Tr::tr("Read the message text from FILE (- for stdin)."), Tr::tr("FILE"));
    const QCommandLineOption html(QStringLiteral("html"), Tr::tr("The body is HTML."));
    const QCommandLineOption thread(
        QStringLiteral("thread"), Tr::tr("Reply into this thread (a threadId)."), Tr::tr("ID"));
    const QCommandLineOption inReplyTo(
        QStringLiteral("in-reply-to"), Tr::tr("The Message-ID replied to, with <>."), Tr::tr("ID"));
    const QCommandLineOption references(QStringLiteral("references"),
        Tr::tr("The References chain (space-separated)."), Tr::tr("IDS"));
    const QCommandLineOption provider(QStringLiteral("provider"),
        Tr::tr("gmail or outlook, when the address is connected "
               "under both."),
        Tr::tr("PROVIDER"));
    const QCommandLineOption via(QStringLiteral("via"),
        Tr::tr("Send straight through gmail or outlook (Gmail API, Microsoft Graph) instead of "
               "the platform; the provider's access token comes from $OUTPOST_PROVIDER_TOKEN. "
               "The account the token belongs to is asked of the provider first: a --from it "
               "cannot send as (Gmail: not the account nor a verified send-as alias) is refused "
               "(exit 65)."),
        Tr::tr("PROVIDER"));
    const QCommandLineOption apiUrl(QStringLiteral("api-url"),
        Tr::tr("With --via: the provider API's address (default: Google's or Microsoft's)."),
        Tr::tr("URL"));
    const QCommandLineOption eml(QStringLiteral("eml"),
        Tr::tr("Also write the message, exactly as it is sent directly, to FILE (.eml)."),
        Tr::tr("FILE"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), Tr::tr("Send nothing: with --eml, only write the file."));
    const QCommandLineOption attach(QStringLiteral("attach"),
        Tr::tr("Attach FILE (repeat for several): uploaded to the instance, then sent; with "
               "--via or --dry-run, put in the message itself."),
        Tr::tr("FILE"));
    const QCommandLineOption templateName(QStringLiteral("template"),
        Tr::tr("Write the message from the template NAME (your own, else the instance's), its "
               "{{firstName}}-style fields filled from the first --to recipient's contact, the "
               "--from mailbox and you; its subject unless --subject is given. A field that "
               "cannot be filled is named and nothing is sent (exit 65)."),
        Tr::tr("NAME"));
    parser.addOptions({instance, from, to, cc, bcc, subject, body, bodyFile, html, thread,
        inReplyTo, references, provider, via, apiUrl, eml, dryRun, attach, templateName});

    if (!parseOrExplain(parser, arguments, QStringLiteral("send")))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(helpText(parser, QStringLiteral("send")));
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printErr(Tr::tr("outpost send: unexpected argument “%1”.\nTry `outpost send --help`.")
                     .arg(parser.positionalArguments().first()));
        return Usage;
    }
    // Direct mode and dry runs need no platform instance.
    const bool direct = parser.isSet(via) || parser.isSet(dryRun);
    QStringList missing;
    for (const QCommandLineOption *o : {&instance, &from, &to}) {
        if (!parser.isSet(*o) && !(direct && o == &instance))
            missing += QStringLiteral("--") + o->names().first();
    }
    if (parser.isSet(dryRun) && !parser.isSet(eml))
        missing += QStringLiteral("--eml");
    if (int(parser.isSet(body)) + int(parser.isSet(bodyFile)) + int(parser.isSet(templateName))
        != 1)
        missing += Tr::tr("exactly one of --body, --body-file or --template");
    if (parser.isSet(templateName) && direct) {
        printErr(Tr::tr("outpost send: --template needs an instance: its fields are filled from "
                        "the instance's contacts."));
        return Usage;
    }
    if (!missing.isEmpty()) {
        printErr(Tr::tr("outpost send: missing %1.\nTry `outpost send --help`.")
                     .arg(missing.join(QStringLiteral(", "))));
        return Usage;
    }
    if (parser.isSet(eml) && !direct) {
        printErr(Tr::tr("outpost send: --eml needs --via or --dry-run: the platform writes its own "
                        "message."));
        return Usage;
    }
    QString error;
    std::optional<QUrl> url;
    if (!direct) {
        url = InstanceUrl::parse(parser.value(instance), &error);
        if (!url) {
            printErr(Tr::tr("outpost send: --instance: %1").arg(error));
            return Usage;
        }
    }
    std::optional<Provider> chosen;
    if (parser.isSet(provider)) {
        chosen = providerFromName(parser.value(provider));
        if (!chosen) {
            printErr(Tr::tr("outpost send: --provider must be gmail or outlook."));
            return Usage;
        }
    }
    ComposeInput input;
    input.from = parser.value(from);
    input.provider = chosen;
    input.to = parser.values(to).join(QStringLiteral(", "));
    input.cc = parser.values(cc).join(QStringLiteral(", "));
    input.bcc = parser.values(bcc).join(QStringLiteral(", "));
    input.subject = parser.value(subject);
    input.isHtml = parser.isSet(html);
    input.threadId = parser.value(thread);
    input.inReplyTo = parser.value(inReplyTo);
    input.references = parser.value(references);
    if (parser.isSet(body)) {
        input.body = parser.value(body);
    } else if (parser.isSet(bodyFile)) {
        QFile file;
        const QString path = parser.value(bodyFile);
        const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                         : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened) {
            printErr(Tr::tr("outpost send: cannot read %1: %2").arg(path, file.errorString()));
            return Usage;
        }
        input.body = QString::fromUtf8(file.readAll());
    }
    if (direct) {
        DirectSendOptions options;
        options.provider = parser.value(via);
        options.apiUrl = parser.value(apiUrl);
        options.emlPath = parser.value(eml);
        options.dryRun = parser.isSet(dryRun);
        for (const QString &path : parser.values(attach))
            options.attachFiles += QFileInfo(path).absoluteFilePath();
        return runDirectSend(input, options);
    }
    // OUTPOST_TOKEN first; otherwise the sign-in `outpost login` kept in the keychain.
    Session session {*url, qEnvironmentVariable("OUTPOST_TOKEN"), {}, {}};
    TokenStore tokens;
    const bool fromKeychain = session.accessToken.isEmpty();
    if (fromKeychain)
        session = storedSession(*url, tokens).value_or(session);
    if (session.accessToken.isEmpty()) {
        printErr(Tr::tr("outpost send: no token: set OUTPOST_TOKEN to an access token of %1, or "
                        "sign in with `outpost login --instance %2 --email ADDRESS`.")
                     .arg(url->host(), url->toString()));
        return Authentication;
    }

    QNetworkAccessManager network;
    PlatformClient client(&network, session);
    if (fromKeychain) {
        // A refresh rotates the tokens: the keychain keeps the newest.
        QObject::connect(
            &client, &PlatformClient::sessionRefreshed, &client, [&tokens](const Session &s) {
                tokens.write(TokenStore::instanceKey(s.instance, s.userEmail),
                    StoredTokens {s.accessToken, s.refreshToken, {}}, nullptr);
            });
    }
    PlatformSubmission submission(&client);
    // The outbox's retry loop over a store in memory: a one-shot send leaves nothing behind.
    LocalStore store;
    store.open(QStringLiteral(":memory:"));
    SystemClock clock;
    OutboxSettings settings;
    settings.undoDelay = {};
    settings.retry.maxAttempts = 4;
    settings.retry.cap = std::chrono::seconds(30);
    settings.waitWhileOffline = false;
    Outbox outbox(&store, &submission, &clock, settings);
    outbox.start();
    Settings preferences; // the user's (the message size limit their administrator set)
    ComposeController controller(&client, &outbox, preferences);
    // --attach: every file checked (limits, readable, not a folder) before a byte is sent.
    if (parser.isSet(attach)) {
        QStringList paths;
        for (const QString &path : parser.values(attach))
            paths += QFileInfo(path).absoluteFilePath();
        const QStringList refused = controller.attachments()->addFiles(paths);
        if (!refused.isEmpty()) {
            for (const QString &why : refused)
                printErr(Tr::tr("outpost send: --attach: %1").arg(why));
            return Validation;
        }
        QObject::connect(
            &controller, &ComposeController::waitingForUploads, &controller, [](int count) {
                printErr(Tr::tr(
                    "outpost send: waiting for %n attachment(s) to upload…", nullptr, count));
            });
    }

    int exitCode = Software;
    // The outbox could not tell whether the mail landed: neither sent nor not sent.
    QObject::connect(
        &controller, &ComposeController::mayHaveBeenSent, &controller, [](const ServiceError &e) {
            printErr(describe(e.field, e.message));
            QCoreApplication::exit(MayHaveBeenSent);
        });
    QObject::connect(&outbox, &Outbox::checking, &controller,
        [](const QString &, qint64 delayMs, const ServiceError &e) {
            printErr(Tr::tr("outpost send: %1 Looking whether it arrived in %2 ms.")
                         .arg(e.message)
                         .arg(delayMs));
        });
    QObject::connect(&controller, &ComposeController::mailboxesLoaded, &controller, [&] {
        if (!parser.isSet(templateName)) {
            controller.send(input);
            return;
        }
        applySendTemplate(&client, parser.value(templateName), controller.mailboxes()->mailboxes(),
            input, parser.isSet(subject), &controller,
            [&](const ComposeInput &filled, const QStringList &problems) {
                for (const QString &p : problems)
                    printErr(describe(DraftField::Body, p));
                if (!problems.isEmpty())
                    QCoreApplication::exit(Validation);
                else
                    controller.send(filled);
            });
    });
    QObject::connect(
        &controller, &ComposeController::mailboxesFailed, &controller, [&](const ServiceError &e) {
            printErr(Tr::tr("outpost send: %1").arg(e.message));
            QCoreApplication::exit(exitCodeFor(e));
        });
    QObject::connect(&controller, &ComposeController::problemsFound, &controller,
        [&](const QList<DraftProblem> &problems) {
            for (const DraftProblem &p : problems)
                printErr(describe(p.field, p.message));
            QCoreApplication::exit(Validation);
        });
    QObject::connect(&controller, &ComposeController::retrying, &controller,
        [&](int attempt, qint64 delayMs, const ServiceError &e) {
            printErr(Tr::tr("outpost send: %1 Retrying in %2 ms (attempt %3).")
                         .arg(e.message)
                         .arg(delayMs)
                         .arg(attempt));
        });
    QObject::connect(
        &controller, &ComposeController::sendFailed, &controller, [&](const ServiceError &e) {
            printErr(describe(e.field, e.message));
            QCoreApplication::exit(exitCodeFor(e));
        });
    QObject::connect(&controller, &ComposeController::sent, &controller, [&](const Receipt &r) {
        printOut(QString::fromUtf8(receiptJson(r)));
        QCoreApplication::exit(Ok);
    });
    controller.loadMailboxes();
    exitCode = QCoreApplication::exec();
    tokens.waitForPendingJobs();
    return exitCode;
}

} // namespace Outpost

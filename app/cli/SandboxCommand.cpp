// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SandboxCommand.h"

#include "cli/CommandLine.h"
#include "cli/SandboxModule.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>

namespace Outpost {

namespace {
using namespace CommandLine;

// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::SandboxCommand)
};

extern "C" void quitOnSignal(int)
{
    QCoreApplication::quit(); // thread-safe: posts an event
}
} // namespace

int runSandboxCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Run the sandbox: a stand-in platform instance on 127.0.0.1 with demo data, for "
               "trying Outpost and for tests. Runs until interrupted."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
        Tr::tr("Listen on port N (default: any "
               "free port)."),
        Tr::tr("N"));
    const QCommandLineOption data(QStringLiteral("data"),
        Tr::tr("Keep the state in DIR (default: a fresh temporary "
               "directory)."),
        Tr::tr("DIR"));
    const QCommandLineOption faults(
        QStringLiteral("faults"), Tr::tr("Enable the /_sandbox/ fault-injection endpoints."));
    const QCommandLineOption ignoreKey(QStringLiteral("ignore-idempotency-key"),
        Tr::tr("Play a platform that ignores Idempotency-Key: a repeated send is stored again "
               "(with --faults, POST /_sandbox/faults {\"ignoreIdempotencyKey\": false} "
               "switches it back)."));
    const QCommandLineOption json(QStringLiteral("json"),
        Tr::tr("Print one JSON line {url, email, password, token} once "
               "connections are accepted."));
    const QCommandLineOption maxUpload(QStringLiteral("max-upload-mb"),
        Tr::tr("Accept uploaded files of up to N MB each (default: 50, as the platform)."),
        Tr::tr("N"));
    const QCommandLineOption profile(QStringLiteral("instance-profile"),
        Tr::tr("Play an instance of an earlier platform version: legacy-accountid (its send "
               "endpoint names the mailbox by accountId instead of from), or minimal (no "
               "message search, no mailbox sync or disconnect). Default: current."),
        Tr::tr("NAME"));
    parser.addOptions({port, data, faults, ignoreKey, json, maxUpload, profile});
    if (!parseOrExplain(parser, arguments, QStringLiteral("sandbox")))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(helpText(parser, QStringLiteral("sandbox")));
        return Ok;
    }
    Sandbox::SandboxOptions options;
    if (parser.isSet(port)) {
        bool ok = false;
        const uint n = parser.value(port).toUInt(&ok);
        if (!ok || n > 65535) {
            printErr(Tr::tr("outpost sandbox: --port must be a number from 0 to 65535."));
            return Usage;
        }
        options.port = quint16(n);
    }
    options.dataDir = parser.value(data);
    options.faults = parser.isSet(faults);
    options.ignoreIdempotencyKey = parser.isSet(ignoreKey);
    if (parser.isSet(maxUpload)) {
        bool ok = false;
        const qint64 mb = parser.value(maxUpload).toLongLong(&ok);
        if (!ok || mb < 1 || mb > 1024 * 1024) {
            printErr(Tr::tr("outpost sandbox: --max-upload-mb must be a number from 1 to %1.")
                         .arg(1024 * 1024));
            return Usage;
        }
        options.maxUploadBytes = mb * 1024 * 1024;
    }

    if (parser.isSet(profile)) {
        const QString name = parser.value(profile);
        if (name == u"legacy-accountid") {
            options.profile = Sandbox::InstanceProfile::LegacyAccountId;
        } else if (name == u"minimal") {
            options.profile = Sandbox::InstanceProfile::Minimal;
        } else if (name != u"current") {
            printErr(Tr::tr("outpost sandbox: --instance-profile must be current, "
                            "legacy-accountid or minimal, not “%1”.")
                         .arg(name));
            return Usage;
        }
    }

    QString error;
    const std::unique_ptr<Sandbox::EmbeddedSandbox> sandbox
        = SandboxModule::create(options, &error);
    if (!sandbox || !sandbox->start(&error)) {
        printErr(Tr::tr("outpost sandbox: %1").arg(error));
        return Unavailable;
    }
    const Sandbox::EmbeddedSandbox &server = *sandbox;
    const QString url = server.url().toString();
    if (parser.isSet(json)) {
        const QJsonObject line {{QStringLiteral("url"), url},
            {QStringLiteral("email"), Sandbox::DemoUser::email()},
            {QStringLiteral("password"), Sandbox::DemoUser::password()},
            {QStringLiteral("token"), server.demoToken()}};
        printOut(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
    } else {
        printOut(Tr::tr("Sandbox listening on %1\n"
                        "  data:     %2\n"
                        "  user:     %3\n"
                        "  password: %4\n"
                        "  token:    %5\n"
                        "Try: OUTPOST_TOKEN=%5 outpost --instance %1")
                     .arg(url, server.dataDir(), Sandbox::DemoUser::email(),
                         Sandbox::DemoUser::password(), server.demoToken()));
    }
    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);
    return QCoreApplication::exec();
}

} // namespace Outpost

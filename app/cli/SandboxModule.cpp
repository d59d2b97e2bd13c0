// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SandboxModule.h"

#include "settings/InstallPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace Outpost::SandboxModule {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::SandboxModule)
};
} // namespace

QStringList searchPath()
{
    return InstallPaths::plugins(qEnvironmentVariable("OUTPOST_PLUGIN_DIR"));
}

std::unique_ptr<Sandbox::EmbeddedSandbox> create(
    const Sandbox::SandboxOptions &options, QString *error)
{
    static OutpostCreateSandbox entry = nullptr; // the plugin stays for the life of the process
    const QString file = QStringLiteral(OUTPOST_SANDBOX_MODULE_FILE);
    QString why = Tr::tr("%1 was not found in %2.").arg(file, searchPath().join(u", "));
    for (const QString &dir : searchPath()) {
        if (entry)
            break;
        const QString path = QDir(dir).filePath(file);
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path);
        entry = reinterpret_cast<OutpostCreateSandbox>(library.resolve(OUTPOST_SANDBOX_ENTRY));
        if (!entry)
            why = library.errorString();
    }
    if (!entry) {
        if (error)
            *error = why;
        return nullptr;
    }
    return std::unique_ptr<Sandbox::EmbeddedSandbox>(entry(options));
}

} // namespace Outpost::SandboxModule

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Outpost::Sandbox {

struct SandboxOptions;

// The sandbox as the `outpost` executable sees it. The sandbox (its HTTP server, its SQLite
// store, its stand-ins' code) is a plugin, outpost_sandboxmodule, loaded only by `--sandbox`
// and `outpost sandbox` (app/SandboxModule.cpp): linked into the executable, it cost every
// compose window about 1 MB of memory (QtHttpServer, QtWebSockets and its own code's pages)
// that only a sandbox uses. Tests and benchmarks link outpost_sandbox itself.
class EmbeddedSandbox
{
public:
    virtual ~EmbeddedSandbox() = default;
    // SandboxServer's, one for one.
    virtual bool start(QString *error) = 0;
    virtual QUrl url() const = 0;
    virtual QString dataDir() const = 0;
    virtual QString demoToken() const = 0;
    virtual QString demoProviderToken(Provider provider) const = 0;
    virtual QUrl gmailBaseUrl() const = 0;
    virtual QUrl graphBaseUrl() const = 0;
    // OAuthServers::environment(url()): the variables that send sign-in to the sandbox.
    virtual QList<QPair<QByteArray, QString>> oauthEnvironment() const = 0;
};

} // namespace Outpost::Sandbox

// The plugin's one entry point: a new sandbox (not started) with these options.
#define OUTPOST_SANDBOX_ENTRY "outpostCreateSandbox1"
using OutpostCreateSandbox
    = Outpost::Sandbox::EmbeddedSandbox *(*)(const Outpost::Sandbox::SandboxOptions &options);

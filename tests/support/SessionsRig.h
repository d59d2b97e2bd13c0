// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/DirectMailboxes.h"
#include "accounts/SessionRegistry.h"
#include "auth/InstanceList.h"
#include "auth/OAuthFlow.h"
#include "auth/ProviderSignIn.h"
#include "auth/TokenStore.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxTestClient.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Outpost::Testing {

struct SessionsRigOptions
{
    Sandbox::SandboxOptions sandbox = Sandbox::Testing::testOptions();
    // The instances signed in to are kept in instances.ini in the rig's folder, as Outpost
    // keeps them; false: none kept (a registry of this run's sessions only).
    bool keepInstances = true;
    // Set: mailboxes can be added directly (DirectMailboxes on direct.ini in the rig's folder),
    // through the provider's sign-in, which opens its page with this (the test's browser).
    OAuthFlow::OpenUrl providerBrowser;
};

// What signing in runs on in a test, real parts only: a folder of its own for what Outpost
// keeps (instances.ini, direct.ini), a sandbox on loopback and a client of it for the test's
// own checks, the network, the token store (in memory where no Secret Service answers), the
// direct mailboxes and their provider sign-in when asked for, and the session registry, made in
// that order and taken down in the reverse one. SessionsComposeRig adds the compose window.
struct SessionsRig
{
    using Options = SessionsRigOptions;

    SessionsRig() = default;
    SessionsRig(const SessionsRig &) = delete;
    SessionsRig &operator=(const SessionsRig &) = delete;
    ~SessionsRig() { stop(); }

    // False when the folder or the sandbox cannot be made (the reason is printed).
    bool start(const Options &options = {})
    {
        stop();
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return false;
        sandbox = Sandbox::Testing::startSandbox(options.sandbox);
        if (!sandbox)
            return false;
        http = std::make_unique<Sandbox::Testing::SandboxTestClient>(
            sandbox->url(), sandbox->demoToken());
        network = std::make_unique<QNetworkAccessManager>();
        tokens = std::make_unique<TokenStore>();
        if (options.keepInstances)
            list = std::make_unique<InstanceList>(configPath(QStringLiteral("instances.ini")));
        if (options.providerBrowser) {
            signIn = std::make_unique<ProviderSignIn>(
                network.get(), tokens.get(), options.providerBrowser);
            direct = std::make_unique<DirectMailboxes>(
                network.get(), signIn.get(), configPath(QStringLiteral("direct.ini")));
            // The sandbox's OAuth servers and provider APIs, handed in as the app's wiring does.
            direct->setOverrides(Sandbox::Testing::sandboxServers(sandbox->url()));
        }
        sessions = std::make_unique<SessionRegistry>(network.get(), tokens.get(), list.get());
        if (direct)
            sessions->setDirect(direct.get());
        return true;
    }

    // The token store finds out whether a keychain answers (true once it has).
    bool probeTokens()
    {
        bool probed = false;
        QObject context;
        tokens->probe(&context, [&] { probed = true; });
        return QTest::qWaitFor([&] { return probed; });
    }

    // The sandbox's demo user signed in for this run (a session kept nowhere).
    void addDemoSession()
    {
        sessions->addTransient(Session {
            sandbox->url(), sandbox->demoToken(), {}, QStringLiteral("demo@outpost.example")});
    }

    QString configPath(const QString &name) const { return dir->filePath(name); }

    void stop()
    {
        sessions.reset();
        direct.reset();
        signIn.reset();
        list.reset();
        tokens.reset();
        network.reset();
        http.reset();
        sandbox.reset();
        dir.reset();
    }

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<TokenStore> tokens;
    std::unique_ptr<InstanceList> list; // with Options::keepInstances
    std::unique_ptr<ProviderSignIn> signIn; // with Options::providerBrowser
    std::unique_ptr<DirectMailboxes> direct; // likewise
    std::unique_ptr<SessionRegistry> sessions;
};

} // namespace Outpost::Testing

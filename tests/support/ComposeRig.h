// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/ComposeController.h"
#include "mail/SystemClock.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxServer.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/compose/ComposeWindow.h"

#include <QComboBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace Outpost::Testing {

// No undo window (tst_outboxwindows covers it) and quick retries.
inline OutboxSettings quickOutbox()
{
    OutboxSettings s;
    s.undoDelay = {};
    s.retry.base = std::chrono::milliseconds(20);
    return s;
}

struct ComposeRigOptions
{
    // The sandbox's own options: faults, limits, and the instance it plays (`profile`: Minimal
    // for an instance without the optional endpoints, whose graceful paths are tested).
    Sandbox::SandboxOptions sandbox = Sandbox::Testing::testOptions();
    QString storePath = QStringLiteral(":memory:");
    // A store on disk instead, in a temporary folder of the rig's (as Outpost keeps it): the
    // folder lives until the next start() or the rig's end. storePath is then not used.
    bool storeOnDisk = false;
    OutboxSettings outbox = quickOutbox();
};

// What the compose window runs on in a test, real parts only: a sandbox on loopback and a
// client of it for the test's own checks, the platform client, the submission, a store, the
// outbox, the controller and the window, made in that order and taken down in the reverse one.
struct ComposeRig
{
    using Options = ComposeRigOptions;

    ComposeRig() = default;
    ComposeRig(const ComposeRig &) = delete;
    ComposeRig &operator=(const ComposeRig &) = delete;
    ~ComposeRig() { stop(); }

    // Everything below the controller, the outbox started. False when the sandbox does not
    // start (the reason is printed).
    bool start(const Options &options = {})
    {
        stop();
        sandbox = Sandbox::Testing::startSandbox(options.sandbox);
        if (!sandbox)
            return false;
        http = std::make_unique<Sandbox::Testing::SandboxTestClient>(
            sandbox->url(), sandbox->demoToken());
        network = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<PlatformClient>(
            network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
        submission = std::make_unique<PlatformSubmission>(client.get());
        store = std::make_unique<LocalStore>();
        if (options.storeOnDisk) {
            dir = std::make_unique<QTemporaryDir>();
            store->open(dir->filePath(QStringLiteral("outpost.sqlite")));
        } else {
            store->open(options.storePath);
        }
        outbox = std::make_unique<Outbox>(store.get(), submission.get(), &clock, options.outbox);
        outbox->start();
        return true;
    }

    // A new controller and compose window (the previous ones closed), `prepare`d, shown,
    // active (shortcuts need it) and with the sandbox's mailboxes in its From list.
    bool openWindow(const std::function<void(ComposeWindow *)> &prepare = {})
    {
        closeWindow();
        controller = std::make_unique<ComposeController>(client.get(), outbox.get(), preferences);
        window = new ComposeWindow(controller.get());
        if (prepare)
            prepare(window);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window))
            return false;
        controller->loadMailboxes();
        auto *from = window->findChild<QComboBox *>(QStringLiteral("fromCombo"));
        return from && QTest::qWaitFor([from] { return from->count() >= 3; });
    }

    void closeWindow()
    {
        delete window;
        controller.reset();
    }

    void stop()
    {
        closeWindow();
        outbox.reset();
        store.reset();
        dir.reset();
        submission.reset();
        client.reset();
        network.reset();
        http.reset();
        sandbox.reset();
    }

    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<PlatformSubmission> submission;
    std::unique_ptr<QTemporaryDir> dir; // with Options::storeOnDisk
    std::unique_ptr<LocalStore> store;
    SystemClock clock;
    Outpost::Settings preferences; // the process's one, as main() makes it
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<ComposeController> controller;
    QPointer<ComposeWindow> window;
};

} // namespace Outpost::Testing

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/RoutingSubmission.h"
#include "compose/ComposeController.h"
#include "mail/SystemClock.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "tests/support/ComposeRig.h"
#include "tests/support/SessionsRig.h"
#include "ui/accounts/AccountActions.h"
#include "ui/compose/ComposeWindow.h"

#include <QPointer>
#include <QTest>

#include <functional>
#include <memory>

namespace Outpost::Testing {

// The compose window over the sessions, as Outpost runs it signed in (tst_accounts,
// tst_directmode_gui): SessionsRig's parts, then the route (RoutingSubmission: the instance that
// owns the mailbox, or its provider), a store in memory, the outbox, a controller that asks the
// sessions for its mailboxes, and the window with its Account menu (AccountActions). Unlike
// ComposeRig's, the controller has no client of its own, and nothing is signed in at first.
struct SessionsComposeRig : SessionsRig
{
    ~SessionsComposeRig() { stop(); }

    // Everything up to the window, which is `prepare`d, shown and exposed; then the token store
    // probed (the window says whether sign-ins are kept). The window stays a minute after a
    // send, for the test to look at.
    bool openWindow(const std::function<void(ComposeWindow *)> &prepare = {},
        const OutboxSettings &settings = quickOutbox())
    {
        closeWindow();
        submission = std::make_unique<RoutingSubmission>(sessions.get());
        store = std::make_unique<LocalStore>();
        store->open(QStringLiteral(":memory:"));
        outbox = std::make_unique<Outbox>(store.get(), submission.get(), &clock, settings);
        outbox->start();
        controller = std::make_unique<ComposeController>(nullptr, outbox.get(), preferences);
        controller->setSessions(sessions.get());
        window = new ComposeWindow(controller.get());
        window->setCloseDelayAfterSend(60'000);
        accounts = new AccountActions(sessions.get(), tokens.get(), controller.get(), window);
        if (prepare)
            prepare(window);
        window->show();
        return QTest::qWaitForWindowExposed(window) && probeTokens();
    }

    void closeWindow()
    {
        delete window; // and its AccountActions
        accounts = nullptr;
        controller.reset();
        outbox.reset();
        store.reset();
        submission.reset();
    }

    void stop()
    {
        closeWindow();
        SessionsRig::stop();
    }

    std::unique_ptr<RoutingSubmission> submission;
    std::unique_ptr<LocalStore> store;
    SystemClock clock;
    Outpost::Settings preferences; // the process's one, as main() makes it
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<ComposeController> controller;
    QPointer<ComposeWindow> window;
    AccountActions *accounts = nullptr; // the window's
};

} // namespace Outpost::Testing

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/RoutingSubmission.h"
#include "accounts/SessionRegistry.h"
#include "auth/InstanceList.h"
#include "auth/TokenStore.h"
#include "compose/ComposeController.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxServer.h"
#include "settings/Settings.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/ManualClock.h"
#include "tests/support/SandboxTestClient.h"
#include "tests/support/StaleLock.h"
#include "ui/MailWindows.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/compose/RecipientEdit.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <chrono>
#include <memory>

namespace Outpost::Testing {

// The child of `w` named `name` (the .ui's object names); it must exist.
template<typename T> T *child(QWidget *w, const char *name)
{
    T *found = w->findChild<T *>(QLatin1String(name));
    Q_ASSERT(found);
    return found;
}

// The visible message box named `name` (QMessageBox::objectName), or nullptr.
inline QMessageBox *messageBox(const QString &name)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w);
            box && box->isVisible() && box->objectName() == name)
            return box;
    }
    return nullptr;
}

// Outpost's windows as main() wires them (MailWindows) for the tests of what happens to mail
// after Send (tst_outboxwindows, tst_sentwindow, tst_mayhavebeensent), real parts only: a
// sandbox on loopback and a client of it for the test's own checks, the platform client, the
// submission, a store on disk (a crash leaves what it leaves), a manual clock (the undo
// countdown, backoff and send-later move only when the test says), the outbox with the
// default undo delay and slow retries, and the windows, made in that order and taken down in
// the reverse one. Unlike ComposeRig's, the outbox is not started here: MailWindows::start
// starts it, as at Outpost's start (startApp()).
struct MailWindowsRig
{
    MailWindowsRig() = default;
    MailWindowsRig(const MailWindowsRig &) = delete;
    MailWindowsRig &operator=(const MailWindowsRig &) = delete;
    ~MailWindowsRig() { stop(); }

    enum class Wiring {
        // The windows and their controllers are given the sandbox's client: one instance.
        OwnClient,
        // As GuiLauncher wires them: no client of their own; the signed-in sessions
        // (SessionRegistry, the sandbox's one among them) are handed to the windows and to each
        // controller, which find the instance's client there, and mail goes through
        // RoutingSubmission on the Route each send decides.
        SharedSessions,
    };

    // Everything up to the windows, none open yet. False when the sandbox does not start (the
    // reason is printed).
    bool start(Wiring wiring = Wiring::OwnClient)
    {
        using namespace std::chrono_literals;
        stop();
        sandbox = Sandbox::Testing::startSandbox();
        if (!sandbox)
            return false;
        http = std::make_unique<Sandbox::Testing::SandboxTestClient>(
            sandbox->url(), sandbox->demoToken());
        dir = std::make_unique<QTemporaryDir>();
        network = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<PlatformClient>(
            network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
        if (wiring == Wiring::SharedSessions) {
            tokens = std::make_unique<TokenStore>();
            instances
                = std::make_unique<InstanceList>(dir->filePath(QStringLiteral("instances.ini")));
            sessions
                = std::make_unique<SessionRegistry>(network.get(), tokens.get(), instances.get());
            sessions->addTransient(Session {sandbox->url(), sandbox->demoToken(), {}, {}});
            submission = std::make_unique<RoutingSubmission>(sessions.get());
        } else {
            submission = std::make_unique<PlatformSubmission>(client.get());
        }
        clock = std::make_unique<ManualClock>();
        store = std::make_unique<LocalStore>();
        if (afterACrash && !leaveStaleLock(dir->filePath(QStringLiteral("outpost.sqlite"))))
            return false;
        store->open(dir->filePath(QStringLiteral("outpost.sqlite")));
        OutboxSettings settings;
        settings.retry = RetryPolicy {1s, 60s, 3};
        outbox = std::make_unique<Outbox>(store.get(), submission.get(), clock.get(), settings);
        windows = std::make_unique<MailWindows>(
            wiring == Wiring::SharedSessions ? nullptr : client.get(), outbox.get(), preferences);
        windows->setCloseDelayAfterSend(50);
        if (sessions) {
            SessionRegistry *shared = sessions.get();
            windows->setSessions(shared);
            windows->setControllerSetup([shared](ComposeController *c) { c->setSessions(shared); });
        }
        return true;
    }

    // Every dialog and message box left open, the windows, then the rest in reverse order.
    // The temporary folder of the store stays until the next start() or the rig's end.
    void stop()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (qobject_cast<QMessageBox *>(w) || qobject_cast<QDialog *>(w))
                delete w;
        }
        windows.reset();
        outbox.reset();
        store.reset();
        submission.reset();
        sessions.reset();
        instances.reset();
        tokens.reset();
        client.reset();
        network.reset();
        http.reset();
        sandbox.reset();
    }

    // As Outpost starts: a window at once, then the outbox and whatever a crash left open, each
    // window's From list loaded and Dana's mailbox chosen. The first window, or nullptr.
    ComposeWindow *startApp()
    {
        ComposeWindow *first = windows->openNew();
        first->show();
        MailWindows::controllerOf(first)->loadMailboxes();
        QSignalSpy restored(windows.get(), &MailWindows::restored);
        windows->start();
        if (!restored.wait())
            return nullptr;
        for (ComposeWindow *w : windows->composeWindows()) {
            if (!QTest::qWaitFor([w] { return child<QComboBox>(w, "fromCombo")->count() >= 3; }))
                return nullptr;
            w->selectFrom(QStringLiteral("dana@acme.example"));
        }
        return first;
    }

    // Types a mail to Jamie Lee into `w`.
    static void fill(ComposeWindow *w, const QString &subject, const QString &body)
    {
        QTest::keyClicks(child<RecipientEdit>(w, "toEdit")->lineEdit(),
            QStringLiteral("Jamie Lee <jamie.lee@example.com>"));
        QTest::keyClicks(child<QLineEdit>(w, "subjectEdit"), subject);
        QTest::keyClicks(child<QTextEdit>(w, "bodyEdit"), body);
    }

    // How many mails with this subject the sandbox stored.
    int storedCount(const QString &subject) const
    {
        int count = 0;
        for (const QJsonValue &v : http->allMessages()) {
            count += v.toObject().value(u"emailMetadata").toObject().value(u"subject").toString()
                == subject;
        }
        return count;
    }

    // `w` as a user sees it, saved as `name`.png in $OUTPOST_SCREENSHOT_DIR when that is set.
    // False when it is set and the picture could not be saved.
    static bool screenshot(QWidget *w, const QString &name)
    {
        const QString into = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR");
        if (into.isEmpty())
            return true;
        // What a user would see: the layouts a text change asked for are done first.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        return w->grab().save(into + u'/' + name + QStringLiteral(".png"));
    }

    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<TokenStore> tokens; // SharedSessions only
    std::unique_ptr<InstanceList> instances; // SharedSessions only
    std::unique_ptr<SessionRegistry> sessions; // SharedSessions only
    std::unique_ptr<Submission> submission;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<LocalStore> store;
    Outpost::Settings preferences; // the process's one, as main() makes it
    // Set before start(): the store is found as a killed Outpost left it (leaveStaleLock).
    bool afterACrash = false;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<MailWindows> windows;
};

} // namespace Outpost::Testing

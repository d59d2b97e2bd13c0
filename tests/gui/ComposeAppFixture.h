// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Outpost's windows as main() wires them (MailWindows), against a sandbox over loopback HTTP,
// for the keyboard and rich-text journeys (tst_composekeyboard, tst_richtextspacing).

#include "models/ComposeController.h"
#include "platform/PlatformClient.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "submit/SystemClock.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/ComposeWindow.h"
#include "ui/MailWindows.h"

#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTest>

namespace Outpost::Testing {

struct ComposeApp
{
    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<PlatformSubmission> submission;
    std::unique_ptr<LocalStore> store;
    SystemClock clock;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<MailWindows> windows;

    bool start(std::chrono::milliseconds undoDelay = {})
    {
        QSettings().clear();
        sandbox = Sandbox::Testing::startSandbox();
        if (!sandbox)
            return false;
        http = std::make_unique<Sandbox::Testing::SandboxTestClient>(
            sandbox->url(), sandbox->demoToken());
        network = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<PlatformClient>(
            network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
        submission = std::make_unique<PlatformSubmission>(client.get());
        store = std::make_unique<LocalStore>();
        store->open(QStringLiteral(":memory:"));
        OutboxSettings settings;
        settings.undoDelay = undoDelay;
        outbox = std::make_unique<Outbox>(store.get(), submission.get(), &clock, settings);
        outbox->start();
        windows = std::make_unique<MailWindows>(client.get(), outbox.get());
        windows->setCloseDelayAfterSend(50);
        windows->setRichTextFromSettings(true); // as main() does
        return true;
    }

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
        client.reset();
        network.reset();
        http.reset();
        sandbox.reset();
    }

    // A new compose window, shown, active, its From list loaded and Dana's mailbox chosen.
    ComposeWindow *open()
    {
        ComposeWindow *w = windows->openNew();
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w))
            return nullptr;
        MailWindows::controllerOf(w)->loadMailboxes();
        auto *from = w->findChild<QComboBox *>(QStringLiteral("fromCombo"));
        if (!QTest::qWaitFor([from] { return from->count() >= 3; }))
            return nullptr;
        w->selectFrom(QStringLiteral("dana@acme.example"));
        return w;
    }

    int draftCount()
    {
        std::optional<int> count;
        store->loadDrafts(windows.get(),
            [&count](const StoreResult<QList<DraftRecord>> &r) { count = int(r.value.size()); });
        return QTest::qWaitFor([&count] { return count.has_value(); }) ? *count : -1;
    }

    QJsonObject sent(const QString &subject)
    {
        for (const QJsonValue &v : http->allMessages()) {
            const QJsonObject m = v.toObject();
            if (m.value(u"emailMetadata").toObject().value(u"subject").toString() == subject)
                return m;
        }
        return {};
    }
};

inline QMessageBox *visibleBox(const QString &name)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w);
            box && box->isVisible() && box->objectName() == name)
            return box;
    }
    return nullptr;
}

} // namespace Outpost::Testing

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Outpost's windows as main() wires them (MailWindows), against a sandbox over loopback HTTP,
// for the keyboard and rich-text journeys (tst_composekeyboard, tst_richtextspacing).

#include "settings/Settings.h"
#include "tests/support/ComposeRig.h"
#include "ui/MailWindows.h"

#include <QApplication>
#include <QComboBox>
#include <QMessageBox>
#include <QSettings>
#include <QTest>

namespace Outpost::Testing {

// The rig's sandbox, clients, store and outbox (tests/support/ComposeRig.h), with the windows
// on top as main() makes them.
struct ComposeApp : ComposeRig
{
    Outpost::Settings preferences; // the process's one, as main() makes it
    std::unique_ptr<MailWindows> windows;

    bool start(std::chrono::milliseconds undoDelay = {})
    {
        QSettings().clear();
        Options options;
        options.outbox.undoDelay = undoDelay;
        if (!ComposeRig::start(options))
            return false;
        windows = std::make_unique<MailWindows>(client.get(), outbox.get(), preferences);
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
        ComposeRig::stop();
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

// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in and accounts dialogs as a user drives them, on a compose window, against a real
// sandbox over loopback HTTP: errors under the field at fault, a mailbox connected through the
// (stand-in) browser and selected in From, and an expired sign-in that reopens the sign-in
// dialog prefilled while the draft stays. No Secret Service here: tokens stay in memory.
#include "accounts/SessionRegistry.h"
#include "auth/TokenStore.h"
#include "compose/ComposeController.h"
#include "tests/support/BrowserStandIn.h"
#include "tests/support/SandboxTestClient.h"
#include "tests/support/SessionsComposeRig.h"
#include "ui/FieldMessage.h"
#include "ui/MailWindows.h"
#include "ui/accounts/AccountActions.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/accounts/SignInDialog.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/compose/RecipientEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestAccounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { rig.stop(); }
    void wrongPasswordStandsUnderThePasswordField();
    void signingInFillsTheFromList();
    void connectsMailboxAndSelectsItInFrom();
    void syncsThenDisconnectsAMailboxAfterAsking();
    void expiredSignInReopensSignInAndKeepsDraft();
    void startLeavesTheKeychainAloneWhenNothingIsKept();
    void everyWindowHasTheAccountMenuAndTheSignInButton();

private:
    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        Q_ASSERT(w);
        return w;
    }
    void screenshot(QWidget *widget, const QString &name);
    void signInThrough(SignInDialog *dialog, const QString &password);

    Testing::SessionsComposeRig rig;
    std::unique_ptr<Sandbox::SandboxServer> &sandbox = rig.sandbox;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> &http = rig.http;
    std::unique_ptr<QNetworkAccessManager> &network = rig.network;
    std::unique_ptr<TokenStore> &tokens = rig.tokens;
    std::unique_ptr<SessionRegistry> &sessions = rig.sessions;
    Outpost::Settings &preferences = rig.preferences;
    std::unique_ptr<Outbox> &outbox = rig.outbox;
    std::unique_ptr<ComposeController> &controller = rig.controller;
    QPointer<ComposeWindow> &window = rig.window;
    AccountActions *&accounts = rig.accounts;
    Testing::BrowserStandIn browser;
};

void TestAccounts::initTestCase()
{
    // No Secret Service, and no D-Bus autolaunch on the test display either.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/outpost-test-bus");
}

void TestAccounts::init()
{
    QVERIFY(rig.start());
    QVERIFY(rig.openWindow());
}

// A first start (nothing signed in, nothing kept) must not touch the keychain: on a desktop
// without a default keyring that would pop up a "new keyring password" prompt before the user
// did anything. With an account kept, the keychain is asked (and found missing here).
void TestAccounts::startLeavesTheKeychainAloneWhenNothingIsKept()
{
    for (const bool kept : {false, true}) {
        QTemporaryDir dir;
        TokenStore fresh;
        InstanceList instances(dir.filePath(u"instances.ini"_s));
        if (kept)
            instances.add({sandbox->url(), u"demo@outpost.example"_s});
        SessionRegistry registry(network.get(), &fresh, &instances);
        ComposeController compose(nullptr, outbox.get(), preferences);
        compose.setSessions(&registry);
        auto *w = new ComposeWindow(&compose);
        auto *actions = new AccountActions(&registry, &fresh, &compose, w);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        actions->start({});
        SignInDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<SignInDialog *>()) && dialog->isVisible());
        if (kept)
            QCOMPARE(fresh.backend(), TokenStore::Backend::MemoryOnly);
        else
            QCOMPARE(fresh.backend(), TokenStore::Backend::Unknown);
        dialog->reject();
        delete w;
    }
}

void TestAccounts::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
}

void TestAccounts::signInThrough(SignInDialog *dialog, const QString &password)
{
    auto *passwordEdit = child<QLineEdit>(dialog, "passwordEdit");
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

void TestAccounts::wrongPasswordStandsUnderThePasswordField()
{
    SignInDialog *dialog = accounts->openSignIn();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(child<QLineEdit>(dialog, "instanceEdit"), sandbox->url().toString());
    QTest::keyClicks(child<QLineEdit>(dialog, "emailEdit"), u"demo@outpost.example"_s);
    // Plainly said: there is no keychain here, so the sign-in lasts this run only.
    QVERIFY(child<QLabel>(dialog, "banner")->text().contains(u"No keychain (Secret Service)"_s));
    screenshot(dialog, u"signin"_s);
    signInThrough(dialog, u"not-the-password"_s);
    auto *passwordError = child<FieldMessage>(dialog, "passwordError");
    QTRY_VERIFY(passwordError->isVisible());
    QCOMPARE(passwordError->text(), u"Invalid email or password"_s);
    QVERIFY(!child<FieldMessage>(dialog, "instanceError")->isVisible());
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "emailEdit")->text(), u"demo@outpost.example"_s);
    QVERIFY(sessions->sessions().isEmpty());
    screenshot(dialog, u"signin-error"_s);

    // An instance that is not there is named under the instance field.
    auto *instanceEdit = child<QLineEdit>(dialog, "instanceEdit");
    instanceEdit->selectAll();
    QTest::keyClicks(instanceEdit, u"http://acme.example"_s);
    signInThrough(dialog, u"outpost-demo"_s);
    auto *instanceError = child<FieldMessage>(dialog, "instanceError");
    QTRY_VERIFY(instanceError->isVisible());
    QVERIFY(instanceError->text().contains(u"https"_s));
}

void TestAccounts::signingInFillsTheFromList()
{
    SignInDialog *dialog = accounts->openSignIn(sandbox->url(), u"demo@outpost.example"_s);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_VERIFY(child<QLineEdit>(dialog, "passwordEdit")->hasFocus()); // prefilled: password next
    QSignalSpy accepted(dialog, &QDialog::accepted);
    signInThrough(dialog, u"outpost-demo"_s);
    QTRY_COMPARE(accepted.size(), 1);
    QCOMPARE(sessions->sessions().size(), 1);
    QTRY_VERIFY(child<QComboBox>(window, "fromCombo")->count() >= 3);
    // No keychain here: the window the user returns to says the sign-in is not kept.
    QVERIFY2(child<QLabel>(window, "banner")->text().contains(u"No keychain"_s),
        qPrintable(child<QLabel>(window, "banner")->text()));
}

void TestAccounts::connectsMailboxAndSelectsItInFrom()
{
    rig.addDemoSession();
    controller->loadMailboxes();
    auto *from = child<QComboBox>(window, "fromCombo");
    QTRY_VERIFY(from->count() >= 3);
    AccountsDialog *dialog = accounts->openAccounts();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *tree = child<QTreeWidget>(dialog, "accountTree");
    QTRY_VERIFY(tree->topLevelItemCount() == 1 && tree->topLevelItem(0)->childCount() >= 4);
    QVERIFY(!tree->topLevelItem(0)->child(0)->icon(0).isNull()); // the provider's icon
    QList<QUrl> opened;
    dialog->setOpenUrl([&](const QUrl &url) {
        opened += url;
        // The user finishes in the browser a little later.
        QTimer::singleShot(400, this, [this, url] { browser.get(url); });
        return true;
    });
    QTest::mouseClick(child<QPushButton>(dialog, "connectGmail"), Qt::LeftButton);
    QTRY_COMPARE(opened.size(), 1);
    auto *status = child<QLabel>(dialog, "statusLabel");
    QVERIFY2(status->text().contains(u"browser"_s), qPrintable(status->text()));
    QVERIFY(child<QPushButton>(dialog, "cancelConnect")->isVisible());
    screenshot(dialog, u"accounts-waiting"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"new1@acme.example is connected"_s), 15000);
    QTRY_COMPARE(from->currentData(Qt::ToolTipRole).toString(), u"new1@acme.example"_s);
    QTRY_VERIFY([&] {
        const QTreeWidgetItem *top = tree->topLevelItem(0);
        for (int i = 0; top && i < top->childCount(); ++i) {
            if (top->child(i)->toolTip(0) == u"new1@acme.example"_s)
                return true;
        }
        return false;
    }());
    screenshot(dialog, u"accounts"_s);
    screenshot(window, u"compose-connected"_s);
}

// Accounts ▸ a platform mailbox ▸ Sync Now: the progress is told until the instance says the
// sync ended; Disconnect… asks first (Cancel keeps it), then the mailbox leaves the list and
// the From menu, and the instance no longer knows it.
void TestAccounts::syncsThenDisconnectsAMailboxAfterAsking()
{
    rig.addDemoSession();
    controller->loadMailboxes();
    auto *from = child<QComboBox>(window, "fromCombo");
    QTRY_VERIFY(from->findData(u"dana@acme.example"_s, Qt::ToolTipRole) >= 0);
    AccountsDialog *dialog = accounts->openAccounts();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *tree = child<QTreeWidget>(dialog, "accountTree");
    auto *syncNow = child<QPushButton>(dialog, "syncNow");
    auto *disconnect = child<QPushButton>(dialog, "disconnectMailbox");
    const auto dana = [&]() -> QTreeWidgetItem * {
        const QTreeWidgetItem *top = tree->topLevelItem(0);
        for (int i = 0; top && i < top->childCount(); ++i) {
            if (top->child(i)->toolTip(0) == u"dana@acme.example"_s)
                return top->child(i);
        }
        return nullptr;
    };
    QTRY_VERIFY(dana());
    tree->setCurrentItem(tree->topLevelItem(0)); // the instance itself: nothing to sync
    QVERIFY(!syncNow->isEnabled() && !disconnect->isEnabled());
    tree->setCurrentItem(dana());
    QVERIFY(syncNow->isEnabled() && disconnect->isEnabled());

    QSignalSpy synced(dialog, &AccountsDialog::mailboxSynced);
    auto *status = child<QLabel>(dialog, "statusLabel");
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QTRY_VERIFY2(
        status->text().startsWith(u"Syncing dana@acme.example"_s), qPrintable(status->text()));
    QVERIFY(!syncNow->isEnabled()); // one sync at a time
    QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 15000);
    QCOMPARE(synced.first().first().value<Mailbox>().address, u"dana@acme.example"_s);
    QVERIFY2(
        status->text().startsWith(u"dana@acme.example is synced"_s), qPrintable(status->text()));
    QVERIFY(syncNow->isEnabled());
    QCOMPARE(tree->currentItem(), dana()); // the list was listed again: the selection stays
    screenshot(dialog, u"accounts-synced"_s);

    // The question first: Cancel keeps the mailbox.
    const auto answer = [this](const QString &button) {
        QTimer::singleShot(0, this, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY2(box->text().contains(u"dana@acme.example"_s), qPrintable(box->text()));
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(u'&') == button)
                    return b->click();
            }
            QFAIL(qPrintable(u"no button "_s + button));
        });
    };
    answer(u"Cancel"_s);
    QTest::mouseClick(disconnect, Qt::LeftButton);
    QCOMPARE(tree->currentItem(), dana());
    answer(u"Disconnect"_s);
    QTest::mouseClick(disconnect, Qt::LeftButton);
    QTRY_VERIFY2(
        status->text() == u"dana@acme.example was disconnected."_s, qPrintable(status->text()));
    QTRY_COMPARE(from->findData(u"dana@acme.example"_s, Qt::ToolTipRole), -1);
    QTRY_VERIFY(tree->topLevelItem(0) && !dana());
}

void TestAccounts::expiredSignInReopensSignInAndKeepsDraft()
{
    // Signed in through the dialog (a real token pair), mailboxes listed.
    SignInDialog *first = accounts->openSignIn(sandbox->url(), u"demo@outpost.example"_s);
    signInThrough(first, u"outpost-demo"_s);
    auto *from = child<QComboBox>(window, "fromCombo");
    QTRY_VERIFY(from->count() >= 3);
    QTRY_VERIFY(!accounts->signInDialog());
    from->setCurrentIndex(from->findData(u"dana@acme.example"_s, Qt::ToolTipRole));
    auto *to = child<RecipientEdit>(window, "toEdit");
    auto *subject = child<QLineEdit>(window, "subjectEdit");
    QTest::keyClicks(to->lineEdit(), u"jamie.lee@example.com"_s);
    QTest::keyClicks(subject, u"Kept across a sign-in"_s);
    QTest::keyClicks(child<QTextEdit>(window, "bodyEdit"), u"Every word stays."_s);

    // The access token expires and the refresh is refused: sign in again.
    QCOMPARE(http->post(u"/_sandbox/expire-tokens"_s, {}).status, 200);
    QVERIFY(
        http->addFault({{u"path"_s, u"/api/auth/refresh"_s}, {u"status"_s, 401}, {u"times"_s, 1}}));
    QTest::mouseClick(child<QPushButton>(window, "sendButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        accounts->signInDialog() && accounts->signInDialog()->isVisible(), 15000);
    SignInDialog *again = accounts->signInDialog();
    QCOMPARE(child<QLineEdit>(again, "instanceEdit")->text(), sandbox->url().toString());
    QCOMPARE(child<QLineEdit>(again, "emailEdit")->text(), u"demo@outpost.example"_s);
    QVERIFY(child<QLabel>(again, "banner")
                ->text()
                .contains(u"Your sign-in to 127.0.0.1 has expired"_s));
    // The draft is where the user left it.
    QTRY_COMPARE(to->text(), u"jamie.lee@example.com"_s);
    QCOMPARE(subject->text(), u"Kept across a sign-in"_s);
    QCOMPARE(child<QTextEdit>(window, "bodyEdit")->toPlainText(), u"Every word stays."_s);
    screenshot(again, u"signin-again"_s);

    QSignalSpy accepted(again, &QDialog::accepted);
    signInThrough(again, u"outpost-demo"_s);
    QTRY_COMPARE(accepted.size(), 1);
    QTRY_VERIFY(child<QPushButton>(window, "sendButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(window, "sendButton"), Qt::LeftButton);
    const auto storedCount = [this] {
        int n = 0;
        for (const QJsonValue &m : http->allMessages())
            n += m.toObject().value(u"emailMetadata").toObject().value(u"subject").toString()
                == u"Kept across a sign-in"_s;
        return n;
    };
    // The window says Sent and the outbox holds nothing more that could go again.
    QTRY_COMPARE_WITH_TIMEOUT(controller->phase(), ComposeController::Phase::Sent, 15000);
    QTRY_COMPARE(outbox->count(), 0);
    QCOMPARE(storedCount(), 1); // once, after the new sign-in
}

QTEST_MAIN(TestAccounts)
// Issue 15, item 3: a window opened with Ctrl+N has the same menus as the first one, its
// Account menu opens the sign-in over it, and an ended sign-in is said in every window with
// the button that asks for it again (after the first window is gone, too).
void TestAccounts::everyWindowHasTheAccountMenuAndTheSignInButton()
{
    MailWindows windows(nullptr, outbox.get(), preferences);
    windows.setControllerSetup([this](ComposeController *c) { c->setSessions(sessions.get()); });
    QPointer<ComposeWindow> first = windows.openNew();
    auto *actions
        = new AccountActions(sessions.get(), tokens.get(), MailWindows::controllerOf(first), first);
    actions->serve(&windows);
    first->show();
    QPointer<ComposeWindow> second = windows.openNew();
    second->show();
    QVERIFY(QTest::qWaitForWindowExposed(second));
    const auto titles = [](QWidget *w) {
        QStringList texts;
        for (QAction *a : w->findChild<QMenuBar *>()->actions())
            texts += a->text();
        return texts;
    };
    QVERIFY2(titles(first).contains(AccountActions::tr("Accou&nt")),
        qPrintable(titles(first).join(u", "_s)));
    QCOMPARE(titles(second), titles(first));
    QStringList view; // View ▸ Drafts, Outbox, Sent in every window
    for (QAction *a : child<QMenu>(second, "menuView")->actions())
        view += a->objectName();
    QVERIFY2(view.contains(u"actionShowSent"_s), qPrintable(view.join(u", "_s)));

    child<QAction>(second, "signInAction")->trigger();
    SignInDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = second->findChild<SignInDialog *>()) && dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(!second->findChild<SignInDialog *>());

    first->close();
    QTRY_VERIFY(!first);
    ServiceError expired;
    expired.kind = ServiceError::Kind::Unauthorized;
    Q_EMIT sessions->signInRequired(sandbox->url(), u"demo@outpost.example"_s, expired);
    QTRY_VERIFY((dialog = second->findChild<SignInDialog *>()) && dialog->isVisible());
    dialog->reject(); // closed without signing in: the window still says so, with the button
    QTRY_VERIFY(!second->findChild<SignInDialog *>());
    QVERIFY(child<QLabel>(second, "banner")->text().contains(u"expired"_s));
    auto *button = child<QPushButton>(second, "bannerSignInButton");
    QVERIFY(button->isVisible());
    button->click();
    QTRY_VERIFY((dialog = second->findChild<SignInDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->isVisible());
    dialog->reject();
    second->setAttribute(Qt::WA_DeleteOnClose, false);
}

#include "tst_accounts.moc"

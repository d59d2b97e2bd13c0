// SPDX-License-Identifier: GPL-3.0-or-later
// Direct mode in the compose window, as a user drives it against a real sandbox over loopback
// HTTP: the sandbox's Gmail and Outlook mailboxes sit in From beside the platform's (with their
// provider icons), a mailbox is added directly through the Accounts dialog (the provider's
// OAuth, the browser played by the test), and a mail written in the same compose window goes
// straight to the Gmail API. No Secret Service here: tokens stay in memory.
#include "accounts/DirectMailboxes.h"
#include "accounts/SessionRegistry.h"
#include "compose/ComposeController.h"
#include "sandbox/ProviderSeed.h"
#include "sandbox/oauth/OAuthServers.h"
#include "tests/support/BrowserStandIn.h"
#include "tests/support/SandboxTestClient.h"
#include "tests/support/SessionsComposeRig.h"
#include "ui/accounts/AccountActions.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/compose/RecipientEdit.h"
#include "ui/threads/ThreadPicker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace Outpost;
using namespace Qt::StringLiterals;
using Sandbox::ProviderSeed::gmailAddress;
using Sandbox::ProviderSeed::outlookAddress;

class TestDirectModeGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { rig.stop(); }
    void fromListHasPlatformAndDirectMailboxes();
    void addsAMailboxDirectlyThroughTheAccountsDialog();
    void anotherAccountSignedInIsShownAndItsAddressRefusedNextToFrom();
    void sendsFromADirectMailboxInTheSameComposeWindow();
    void threadPickerListsTheProvidersThreadsAndTheReplyJoins();

private:
    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        Q_ASSERT(w);
        return w;
    }
    void addDemoMailboxes();
    int rowOf(QComboBox *from, const QString &address) const;

    Testing::SessionsComposeRig rig;
    std::unique_ptr<Sandbox::SandboxServer> &sandbox = rig.sandbox;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> &http = rig.http;
    std::unique_ptr<QNetworkAccessManager> &network = rig.network;
    std::unique_ptr<ProviderSignIn> &signIn = rig.signIn;
    std::unique_ptr<DirectMailboxes> &direct = rig.direct;
    std::unique_ptr<SessionRegistry> &sessions = rig.sessions;
    std::unique_ptr<ComposeController> &controller = rig.controller;
    QPointer<ComposeWindow> &window = rig.window;
    AccountActions *&accounts = rig.accounts;
    Testing::BrowserStandIn browser;
};

void TestDirectModeGui::initTestCase()
{
    // No Secret Service, and no D-Bus autolaunch on the test display either.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/outpost-test-bus");
}

void TestDirectModeGui::init()
{
    Testing::SessionsRig::Options options;
    options.keepInstances = false; // the demo user's session, for this run only
    options.providerBrowser = [this](const QUrl &url) {
        // The user signs in at the provider a moment later.
        QTimer::singleShot(300, this, [this, url] { browser.signIn(url); });
    };
    QVERIFY(rig.start(options));
    rig.addDemoSession();
    QVERIFY(rig.openWindow([this](ComposeWindow *w) {
        connect(sessions.get(), &SessionRegistry::sessionsChanged, controller.get(),
            &ComposeController::loadMailboxes);
        w->resize(760, 560);
    }));
    controller->loadMailboxes();
}

void TestDirectModeGui::addDemoMailboxes()
{
    direct->addTransient(
        {Provider::Gmail, gmailAddress.toString(), u"Dana Demo"_s, sandbox->gmailBaseUrl()},
        sandbox->demoProviderToken(Provider::Gmail));
    direct->addTransient(
        {Provider::Outlook, outlookAddress.toString(), u"Dana Demo"_s, sandbox->graphBaseUrl()},
        sandbox->demoProviderToken(Provider::Outlook));
}

int TestDirectModeGui::rowOf(QComboBox *from, const QString &address) const
{
    return from->findData(address, Qt::ToolTipRole);
}

void TestDirectModeGui::fromListHasPlatformAndDirectMailboxes()
{
    addDemoMailboxes();
    auto *from = child<QComboBox>(window, "fromCombo");
    QTRY_VERIFY(rowOf(from, gmailAddress.toString()) >= 0);
    QTRY_VERIFY(rowOf(from, outlookAddress.toString()) >= 0);
    QVERIFY(rowOf(from, u"dana@acme.example"_s) >= 0); // the platform's are still there
    const int gmail = rowOf(from, gmailAddress.toString());
    const int outlook = rowOf(from, outlookAddress.toString());
    QCOMPARE(from->itemText(gmail), u"Dana Demo <dana.direct@gmail.example> · direct"_s);
    QVERIFY(!from->itemText(rowOf(from, u"dana@acme.example"_s)).contains(u"direct"_s));
    QVERIFY(!from->itemIcon(gmail).isNull());
    QVERIFY(!from->itemIcon(outlook).isNull());
    // Gmail's icon is not Outlook's.
    QVERIFY(
        from->itemIcon(gmail).pixmap(16).toImage() != from->itemIcon(outlook).pixmap(16).toImage());

    // The list as a user sees it, open.
    from->setCurrentIndex(gmail);
    QApplication::setEffectEnabled(Qt::UI_AnimateCombo, false); // whole at once, not unrolling
    from->showPopup();
    QTRY_VERIFY(from->view()->isVisible());
    // On the screen, drawn: the picture below is read back from the display.
    QVERIFY(QTest::qWaitForWindowExposed(from->view()->window()));
    from->view()->window()->repaint();
    const QString dir = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        const QRect area = window->frameGeometry().united(
            QRect(from->view()->mapToGlobal(QPoint(0, 0)), from->view()->size()));
        const QPixmap shot
            = window->screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
        QVERIFY(shot.save(dir + u"/direct-mode.png"_s));
    }
    from->hidePopup();
}

void TestDirectModeGui::addsAMailboxDirectlyThroughTheAccountsDialog()
{
    AccountsDialog *dialog = accounts->openAccounts();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *address = child<QLineEdit>(dialog, "directAddress");
    auto *addGmail = child<QPushButton>(dialog, "directGmail");
    QVERIFY(!addGmail->isEnabled()); // nothing to add yet
    QTest::keyClicks(address, u"not an address"_s);
    QTest::mouseClick(addGmail, Qt::LeftButton);
    auto *status = child<QLabel>(dialog, "statusLabel");
    QVERIFY2(status->text().contains(u"is not an email address"_s), qPrintable(status->text()));
    QVERIFY(direct->list().isEmpty());

    address->clear();
    QTest::keyClicks(address, gmailAddress.toString());
    QTest::mouseClick(addGmail, Qt::LeftButton);
    QVERIFY2(status->text().contains(u"browser"_s), qPrintable(status->text()));
    QVERIFY(child<QPushButton>(dialog, "directCancel")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"connected directly"_s), 15000);
    QCOMPARE(direct->list().size(), 1);
    // Listed under "Direct", and selected in From.
    auto *tree = child<QTreeWidget>(dialog, "accountTree");
    QTRY_VERIFY([&] {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *top = tree->topLevelItem(i);
            if (top->text(0).startsWith(u"Direct"_s) && top->childCount() == 1
                && top->child(0)->text(0) == gmailAddress.toString()
                && !top->child(0)->icon(0).isNull())
                return true;
        }
        return false;
    }());
    // The account the provider said the grant opens is shown beside it.
    QTRY_VERIFY([&] {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *top = tree->topLevelItem(i);
            if (top->text(0).startsWith(u"Direct"_s) && top->childCount() == 1)
                return top->child(0)->text(1).contains(
                    u"signed in as "_s + gmailAddress.toString());
        }
        return false;
    }());
    auto *from = child<QComboBox>(window, "fromCombo");
    QTRY_COMPARE(from->currentData(Qt::ToolTipRole).toString(), gmailAddress.toString());
    if (const QString dir = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + u"/accounts-direct.png"_s));
    // No keychain here: said plainly, and the list keeps nothing for the next run.
    QVERIFY(status->text().contains(u"this session only"_s));
    DirectMailboxes nextRun(network.get(), signIn.get(), rig.configPath(u"direct.ini"_s));
    nextRun.load();
    QVERIFY(nextRun.list().isEmpty());

    // Removing it takes it out of From.
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(u"Direct"_s))
            tree->setCurrentItem(tree->topLevelItem(i)->child(0));
    }
    QVERIFY(child<QPushButton>(dialog, "directRemove")->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, "directRemove"), Qt::LeftButton);
    QTRY_VERIFY(direct->list().isEmpty());
    QTRY_COMPARE(rowOf(from, gmailAddress.toString()), -1);
}

void TestDirectModeGui::anotherAccountSignedInIsShownAndItsAddressRefusedNextToFrom()
{
    // The user picks another account on Google's page than the one typed.
    const QString other = u"someone.else@gmail.example"_s;
    QCOMPARE(
        http->post(u"/_sandbox/sign-in-as"_s, {{u"provider"_s, u"google"_s}, {u"account"_s, other}})
            .status,
        200);
    AccountsDialog *dialog = accounts->openAccounts();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(child<QLineEdit>(dialog, "directAddress"), gmailAddress.toString());
    QTest::mouseClick(child<QPushButton>(dialog, "directGmail"), Qt::LeftButton);
    auto *status = child<QLabel>(dialog, "statusLabel");
    const QString said = u"Signed in to Google as %1, not %2"_s.arg(other, gmailAddress.toString());
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(said), qPrintable(status->text()), 15000);
    // Listed, and offered in From, as the account really signed in.
    QCOMPARE(direct->list().size(), 1);
    QCOMPARE(direct->list().first().address, other);
    auto *from = child<QComboBox>(window, "fromCombo");
    QTRY_VERIFY(rowOf(from, other) >= 0);
    QCOMPARE(rowOf(from, gmailAddress.toString()), -1);
    dialog->close();

    // A mailbox kept with a grant of another account (the demo account's): the send is refused
    // next to From with the signed-in account named, and nothing reaches Gmail's upload.
    const QString listed = u"listed.elsewhere@gmail.example"_s;
    direct->addTransient({Provider::Gmail, listed, {}, sandbox->gmailBaseUrl()},
        sandbox->demoProviderToken(Provider::Gmail));
    QTRY_VERIFY(rowOf(from, listed) >= 0);
    from->setCurrentIndex(rowOf(from, listed));
    QTest::keyClicks(
        child<RecipientEdit>(window, "toEdit")->lineEdit(), u"jamie.lee@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(window, "subjectEdit"), u"Whose mailbox?"_s);
    QTest::keyClicks(child<QTextEdit>(window, "bodyEdit"), u"Not mine to send."_s);
    QSignalSpy failed(controller.get(), &ComposeController::sendFailed);
    QTest::mouseClick(child<QPushButton>(window, "sendButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    auto *fromError = window->findChild<QLabel *>(u"fromError"_s);
    QVERIFY(fromError);
    QTRY_COMPARE(fromError->text(),
        u"Signed in to Google as %1, not %2: connect %2 or choose %1."_s.arg(
            gmailAddress.toString(), listed));
    QVERIFY(fromError->isVisible());
    QVERIFY(http->recorded(u"/gmail-api/upload/*"_s).isEmpty());
}

void TestDirectModeGui::sendsFromADirectMailboxInTheSameComposeWindow()
{
    addDemoMailboxes();
    auto *from = child<QComboBox>(window, "fromCombo");
    QTRY_VERIFY(rowOf(from, gmailAddress.toString()) >= 0);
    from->setCurrentIndex(rowOf(from, gmailAddress.toString()));
    auto *to = child<RecipientEdit>(window, "toEdit");
    QTest::keyClicks(to->lineEdit(), u"jamie.lee@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(window, "subjectEdit"), u"Straight through Gmail"_s);
    QTest::keyClicks(child<QTextEdit>(window, "bodyEdit"), u"No platform in between."_s);
    // File ▸ Save as .eml… writes what is about to go out; nothing is sent by it.
    auto *menuFile = window->findChild<QMenu *>(u"menuFile"_s);
    QVERIFY(menuFile);
    QVERIFY(std::any_of(menuFile->actions().cbegin(), menuFile->actions().cend(),
        [](const QAction *a) { return a->objectName() == u"actionSaveEml"_s; }));
    const QString eml = rig.configPath(u"compose.eml"_s);
    QCOMPARE(window->saveEmlTo(eml), QString());
    QFile saved(eml);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QVERIFY(bytes.contains("From: Dana Demo <dana.direct@gmail.example>\r\n"));
    QVERIFY(bytes.contains("\r\nSubject: Straight through Gmail\r\n"));
    QVERIFY(bytes.contains("No platform in between."));
    QVERIFY(http->recorded(u"/gmail-api/upload/*"_s).isEmpty());

    QSignalSpy sent(controller.get(), &ComposeController::sent);
    QTest::mouseClick(child<QPushButton>(window, "sendButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), 20000);
    const Receipt receipt = sent.first().first().value<Receipt>();
    QVERIFY(!receipt.threadId.isEmpty());
    const QJsonArray uploads
        = http->recorded(u"/gmail-api/upload/gmail/v1/users/me/messages/send*"_s);
    QCOMPARE(uploads.size(), 1);
    QVERIFY(uploads.first().toObject().value(u"body"_s).toString().contains(
        u"Subject: Straight through Gmail"_s));
    // The platform never saw it.
    QVERIFY(http->recorded(u"/api/email/send*"_s).isEmpty());
}

void TestDirectModeGui::threadPickerListsTheProvidersThreadsAndTheReplyJoins()
{
    addDemoMailboxes();
    auto *from = child<QComboBox>(window, "fromCombo");
    QTRY_VERIFY(rowOf(from, outlookAddress.toString()) >= 0);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClicks(
        child<RecipientEdit>(window, "toEdit")->lineEdit(), u"Jamie Lee <jamie.lee@example.com>"_s);
    QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier);
    auto *picker = window->findChild<ThreadPicker *>();
    QVERIFY(picker);
    QVERIFY(QTest::qWaitForWindowExposed(picker));
    const auto shown = [picker] {
        QStringList subjects;
        const QAbstractItemModel *rows = picker->list()->model();
        for (int i = 0; i < rows->rowCount(); ++i)
            subjects += rows->index(i, 0).data().toString();
        return subjects;
    };
    // Gmail's threads (threads.list) and Outlook's conversations beside the platform's.
    QTRY_VERIFY_WITH_TIMEOUT(shown().contains(u"Project kickoff"_s), 10000);
    QTRY_VERIFY(shown().contains(u"Design review"_s));
    QTRY_VERIFY2(
        shown().filter(u"Quarterly planning"_s).size() == 1, qPrintable(shown().join(u" | "_s)));
    QVERIFY(!shown().contains(u"Invoice question"_s)); // Priya's, not Jamie's
    QTest::keyClicks(picker->filterEdit(), u"kickoff"_s);
    QTRY_COMPARE(picker->list()->currentIndex().data().toString(), u"Project kickoff"_s);
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
    QTRY_VERIFY(!picker->isVisible());
    QCOMPARE(child<QLineEdit>(window, "subjectEdit")->text(), u"Re: Project kickoff"_s);
    QTRY_COMPARE(from->currentData(Qt::ToolTipRole).toString(), gmailAddress.toString());
    // Gmail's own thread: the platform has no conversation of it to show, and the greyed
    // Conversation button says why.
    auto *conversation = child<QToolButton>(window, "showConversationButton");
    QVERIFY(!conversation->isEnabled());
    QCOMPARE(conversation->toolTip(),
        u"This thread is in dana.direct@gmail.example, a mailbox Outpost sends through Gmail "
        "itself: its messages are not on the platform. Read them in Gmail."_s);

    QTest::keyClicks(child<QTextEdit>(window, "bodyEdit"), u"Count me in."_s);
    QSignalSpy sent(controller.get(), &ComposeController::sent);
    QTest::mouseClick(child<QPushButton>(window, "sendButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), 20000);
    // Gmail put it in the thread: threadId, In-Reply-To/References and the same subject.
    QCOMPARE(sent.first().first().value<Receipt>().threadId,
        Sandbox::ProviderSeed::kickoffThreadId.toString());
    const QString body = http->recorded(u"/gmail-api/upload/gmail/v1/users/me/messages/send*"_s)
                             .first()
                             .toObject()
                             .value(u"body"_s)
                             .toString();
    QVERIFY(
        body.contains(u"In-Reply-To: "_s + Sandbox::ProviderSeed::kickoffLatestRfcId.toString()));
}

QTEST_MAIN(TestDirectModeGui)
#include "tst_directmode_gui.moc"

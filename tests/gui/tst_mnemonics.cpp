// SPDX-License-Identifier: GPL-3.0-or-later
// No two Alt+letter mnemonics clash, and every one can be typed, in every window, dialog and
// menu of Outpost, in English, each shipped translation and the pseudo-locale: the compose
// window and its menus (with Cc, Bcc, the rich-text offer and the Account menu), Settings
// (each tab), Accounts, sign-in, Send Later, Drafts, Outbox, the conversation window's own
// widgets, and the message boxes with buttons of their own (keep or discard, no subject, no
// attachment, mail due while closed, delete, discard, quit with mail queued). The windows are
// Outpost's real ones, wired as the app wires them (MailWindows, AccountActions), against a
// sandbox on loopback. Then the command line's help fits 80 columns in every language.
#include "accounts/DirectMailboxes.h"
#include "accounts/SessionRegistry.h"
#include "auth/InstanceList.h"
#include "auth/ProviderSignIn.h"
#include "auth/TokenStore.h"
#include "compose/ComposeController.h"
#include "conversation/ConversationLoader.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxServer.h"
#include "settings/Settings.h"
#include "settings/UiLanguage.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/ManualClock.h"
#include "tests/support/Mnemonics.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/MailWindows.h"
#include "ui/accounts/AccountActions.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/accounts/SignInDialog.h"
#include "ui/compose/BodyEditor.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/compose/DraftsWindow.h"
#include "ui/compose/RecipientEdit.h"
#include "ui/compose/SendLaterDialog.h"
#include "ui/conversation/ConversationWindow.h"
#include "ui/outbox/OutboxWindow.h"
#include "ui/settings/SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

using namespace Outpost;
using namespace Qt::StringLiterals;
using Outpost::Testing::ManualClock;
using Outpost::Testing::MnemonicCheck;

namespace {
template<typename T> T *child(QObject *w, const char *name)
{
    T *found = w->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

QMessageBox *messageBox(const QString &name)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w);
            box && box->isVisible() && box->objectName() == name)
            return box;
    }
    return nullptr;
}

// The box's button with this role (its text depends on the language).
QAbstractButton *withRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == role)
            return b;
    }
    qFatal("no button with role %d", int(role));
}
} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void everyWindowAndMenu_data();
    void everyWindowAndMenu();
    void commandLineHelpFitsEightyColumns_data();
    void commandLineHelpFitsEightyColumns();

private:
    bool start();
    ComposeWindow *openWindow();
    bool checkBox(MnemonicCheck &check, const QString &name, const QString &where);

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<PlatformSubmission> submission;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<LocalStore> store;
    Outpost::Settings preferences; // the process's one, as main() makes it
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<TokenStore> tokens;
    std::unique_ptr<InstanceList> instances;
    std::unique_ptr<SessionRegistry> sessions;
    std::unique_ptr<ProviderSignIn> providerSignIn;
    std::unique_ptr<DirectMailboxes> direct;
    std::unique_ptr<MailWindows> windows;
};

const QStringList languages {u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"en_XA"_s};

void TestMnemonics::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox *>(w) || qobject_cast<QDialog *>(w))
            delete w;
    }
    windows.reset();
    direct.reset();
    providerSignIn.reset();
    sessions.reset();
    instances.reset();
    tokens.reset();
    outbox.reset();
    store.reset();
    submission.reset();
    client.reset();
    network.reset();
    sandbox.reset();
    dir.reset();
    UiLanguage::install(*qApp, u"en"_s);
}

bool TestMnemonics::start()
{
    dir = std::make_unique<QTemporaryDir>();
    sandbox = Sandbox::Testing::startSandbox();
    if (!sandbox)
        return false;
    network = std::make_unique<QNetworkAccessManager>();
    client = std::make_unique<PlatformClient>(
        network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    submission = std::make_unique<PlatformSubmission>(client.get());
    clock = std::make_unique<ManualClock>();
    store = std::make_unique<LocalStore>();
    store->open(dir->filePath(u"outpost.sqlite"_s));
    outbox = std::make_unique<Outbox>(store.get(), submission.get(), clock.get());
    tokens = std::make_unique<TokenStore>();
    instances = std::make_unique<InstanceList>(dir->filePath(u"instances.ini"_s));
    sessions = std::make_unique<SessionRegistry>(network.get(), tokens.get(), instances.get());
    providerSignIn = std::make_unique<ProviderSignIn>(
        network.get(), tokens.get(), [](const QUrl &) { return true; });
    direct = std::make_unique<DirectMailboxes>(
        network.get(), providerSignIn.get(), dir->filePath(u"direct.ini"_s));
    sessions->setDirect(direct.get()); // the Accounts dialog shows its direct-mode box
    windows = std::make_unique<MailWindows>(client.get(), outbox.get(), preferences);
    return true;
}

ComposeWindow *TestMnemonics::openWindow()
{
    ComposeWindow *w = windows->openNew();
    w->show();
    MailWindows::controllerOf(w)->loadMailboxes();
    if (!QTest::qWaitFor([w] { return child<QComboBox>(w, "fromCombo")->count() >= 3; }))
        return nullptr;
    w->selectFrom(u"dana@acme.example"_s);
    return w;
}

bool TestMnemonics::checkBox(MnemonicCheck &check, const QString &name, const QString &where)
{
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor([&] { return (box = messageBox(name)) != nullptr; }))
        return false;
    check.checkWindow(box, where);
    return true;
}

void TestMnemonics::everyWindowAndMenu_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestMnemonics::everyWindowAndMenu()
{
    QFETCH(QString, language);
    QCOMPARE(UiLanguage::install(*qApp, language), language);
    QVERIFY(start());
    MnemonicCheck check {language, {}};

    // Mail that fell due while Outpost was closed: asked about at the start.
    OutboxEntry due;
    due.id = u"due-entry"_s;
    due.idempotencyKey = u"due-key"_s;
    due.enqueuedAt = clock->now().addDays(-1);
    due.scheduledAt = clock->now().addSecs(-3600);
    due.draft.id = u"due-draft"_s;
    due.draft.draft.from = u"dana@acme.example"_s;
    due.draft.draft.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    due.draft.draft.subject = u"Monday briefing"_s;
    due.draft.draft.body = u"Scheduled while Outpost was closed."_s;
    store->enqueue(due);
    ComposeWindow *compose = openWindow();
    QVERIFY(compose);
    QSignalSpy restored(windows.get(), &MailWindows::restored);
    windows->start();
    QVERIFY(restored.wait());
    QVERIFY(checkBox(check, u"dueWhileClosedQuestion"_s, u"Mail due while closed"_s));
    withRole(messageBox(u"dueWhileClosedQuestion"_s), QMessageBox::RejectRole)->click(); // review
    OutboxWindow *outboxWindow = windows->showOutbox();
    QTRY_VERIFY(outboxWindow->findChild<QPushButton *>(u"deleteButton"_s)->isEnabled());
    check.checkWindow(outboxWindow, u"Outbox"_s);
    child<QPushButton>(outboxWindow, "deleteButton")->click();
    QVERIFY(checkBox(check, u"deleteQuestion"_s, u"Outbox ▸ Delete"_s));
    messageBox(u"deleteQuestion"_s)->reject();

    // The compose window as the app builds it, every row and bar it can show.
    new AccountActions(sessions.get(), tokens.get(), MailWindows::controllerOf(compose), compose);
    child<QAction>(compose, "actionShowCc")->setChecked(true);
    child<QAction>(compose, "actionShowBcc")->setChecked(true);
    auto *body = child<BodyEditor>(compose, "bodyEdit");
    QVERIFY(!body->isHtml());
    body->setFocus();
    QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier); // plain text: offers rich text
    QTRY_VERIFY(compose->findChild<QWidget *>(u"richTextOffer"_s));
    check.checkWindow(compose, u"Compose"_s);

    // Its dialogs.
    child<QAction>(compose, "actionSettings")->trigger();
    SettingsDialog *settings = nullptr;
    QTRY_VERIFY((settings = compose->findChild<SettingsDialog *>()));
    check.checkWindow(settings, u"Settings"_s);
    settings->reject();
    child<QAction>(compose, "accountsAction")->trigger();
    AccountsDialog *accounts = nullptr;
    QTRY_VERIFY((accounts = compose->findChild<AccountsDialog *>()));
    check.checkWindow(accounts, u"Accounts"_s);
    accounts->reject();
    child<QAction>(compose, "signInAction")->trigger();
    SignInDialog *signIn = nullptr;
    QTRY_VERIFY((signIn = compose->findChild<SignInDialog *>()));
    check.checkWindow(signIn, u"Sign in"_s);
    signIn->reject();
    {
        SendLaterDialog later(compose);
        check.checkWindow(&later, u"Send Later"_s);
    }

    // The questions before a send: no subject, then no attachment.
    QTest::keyClicks(child<RecipientEdit>(compose, "toEdit")->lineEdit(),
        u"Jamie Lee <jamie.lee@example.com>"_s);
    QTest::keyClicks(body, u"The report is attached."_s);
    child<QPushButton>(compose, "sendButton")->click();
    QVERIFY(checkBox(check, u"emptySubjectQuestion"_s, u"No Subject"_s));
    withRole(messageBox(u"emptySubjectQuestion"_s), QMessageBox::AcceptRole)->click(); // send
    QVERIFY(checkBox(check, u"attachmentQuestion"_s, u"No Attachment"_s));
    messageBox(u"attachmentQuestion"_s)->reject();

    // Closing with something written: keep or discard. Kept, it is in Drafts.
    QTest::keyClicks(child<QLineEdit>(compose, "subjectEdit"), u"Report"_s);
    ComposeWindow *second = openWindow(); // closing the last window would quit
    QVERIFY(second);
    QTimer::singleShot(0, compose, &QWidget::close);
    QVERIFY(checkBox(check, u"keepOrDiscardQuestion"_s, u"Close Message"_s));
    QPointer<ComposeWindow> closing = compose;
    withRole(messageBox(u"keepOrDiscardQuestion"_s), QMessageBox::AcceptRole)->click(); // keep
    QTRY_VERIFY(closing.isNull());
    DraftsWindow *drafts = windows->showDrafts();
    QTRY_VERIFY(child<QPushButton>(drafts, "discardButton")->isEnabled());
    check.checkWindow(drafts, u"Drafts"_s);
    child<QPushButton>(drafts, "discardButton")->click();
    QVERIFY(checkBox(check, u"discardQuestion"_s, u"Drafts ▸ Discard"_s));
    messageBox(u"discardQuestion"_s)->reject();

    // The conversation window's own widgets (the page is the web view's: issue 19, item 1).
    ThreadSummary thread;
    thread.subject = u"Q3 planning"_s;
    ConversationWindow conversation(new ConversationLoader(client.get(), thread), {});
    check.checkWindow(&conversation, u"Conversation"_s);

    // Quitting with mail still queued (the due one): asked in a modal box.
    bool asked = false;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        if (QMessageBox *box = messageBox(u"quitWithQueuedMail"_s)) {
            answer.stop();
            asked = true;
            check.checkWindow(box, u"Quit"_s);
            withRole(box, QMessageBox::RejectRole)->click(); // keep Outpost open
        }
    });
    answer.start(20);
    windows->quit();
    QVERIFY(asked);

    for (const QString &problem : std::as_const(check.problems))
        qInfo().noquote() << problem;
    QVERIFY2(check.problems.isEmpty(),
        qPrintable(u"%1 mnemonic problems (listed above)"_s.arg(check.problems.size())));
}

void TestMnemonics::commandLineHelpFitsEightyColumns_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("arguments");
    for (const QString &language : languages) {
        if (language == u"en_XA")
            continue; // stretched on purpose
        for (const QString &command :
            {u""_s, u"send"_s, u"login"_s, u"logout"_s, u"sandbox"_s, u"compose"_s}) {
            QStringList arguments;
            if (!command.isEmpty())
                arguments += command;
            arguments += u"--help"_s;
            QTest::newRow(qPrintable(language + u' ' + arguments.join(u' ')))
                << language << arguments;
        }
    }
}

void TestMnemonics::commandLineHelpFitsEightyColumns()
{
    QFETCH(QString, language);
    QFETCH(QStringList, arguments);
    QProcess outpost;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString locale
        = language == u"en" ? u"C.UTF-8"_s : language + u"_" + language.toUpper() + u".UTF-8";
    env.insert(u"LANG"_s, locale);
    env.insert(u"LANGUAGE"_s, language);
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    outpost.setProcessEnvironment(env);
    outpost.start(qEnvironmentVariable("OUTPOST_BINARY"), arguments);
    QVERIFY(outpost.waitForFinished(20000));
    const QString out = QString::fromUtf8(outpost.readAllStandardOutput());
    QVERIFY2(out.count(u'\n') > 3, qPrintable(out));
    QStringList wide;
    for (const QString &line : out.split(u'\n')) {
        if (line.size() > 80)
            wide += u"%1 columns: %2"_s.arg(line.size()).arg(line);
    }
    QVERIFY2(wide.isEmpty(), qPrintable(wide.join(u'\n')));
}

int main(int argc, char **argv)
{
    QTemporaryDir config; // the application's settings: no UI language chosen
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    TestMnemonics test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mnemonics.moc"

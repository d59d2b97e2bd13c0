// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings dialog as a user drives it from the compose window's Tools menu: each setting
// is changed there, then checked where Outpost uses it (the outbox's undo delay, the From of
// the next compose window, its signature and spelling, the conversation page's images, the
// sign-in endpoints of direct sending, the language of the windows), against a real sandbox
// and the application's own settings file in a throwaway config directory.
#include "auth/OAuthProfile.h"
#include "compose/ComposeController.h"
#include "compose/SignatureStore.h"
#include "conversation/ConversationLoader.h"
#include "display/Roles.h"
#include "mail/SystemClock.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxServer.h"
#include "settings/Settings.h"
#include "settings/UiLanguage.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/ComposeRig.h"
#include "ui/FieldMessage.h"
#include "ui/MailWindows.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/conversation/ConversationWindow.h"
#include "ui/settings/SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everySettingTakesEffectWhereItIsUsed();
    void insecureEndpointIsRefusedNextToItsGroup();
    void trustedSendersAreListedAndRemoved();

private:
    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }
    SettingsDialog *openFromMenu();
    static void choose(QComboBox *combo, const QVariant &data);
    std::unique_ptr<ComposeWindow> newWindow();

    Testing::ComposeRig rig; // its window is this test's own: one of several
    std::unique_ptr<Sandbox::SandboxServer> &sandbox = rig.sandbox;
    std::unique_ptr<PlatformClient> &client = rig.client;
    std::unique_ptr<LocalStore> &store = rig.store;
    std::unique_ptr<Outbox> &outbox = rig.outbox;
    std::unique_ptr<ComposeController> &controller = rig.controller;
    std::unique_ptr<ComposeWindow> window;
};

void TestSettingsDialog::init()
{
    QSettings().clear();
    // A sandbox without faults, and the outbox as Outpost runs it.
    Testing::ComposeRig::Options options;
    options.sandbox = {};
    options.outbox = {};
    QVERIFY(rig.start(options));
    controller = std::make_unique<ComposeController>(client.get(), outbox.get(), rig.preferences);
    window = newWindow();
    QVERIFY(window);
}

void TestSettingsDialog::cleanup()
{
    window.reset();
    rig.stop();
    QSettings().clear();
}

std::unique_ptr<ComposeWindow> TestSettingsDialog::newWindow()
{
    auto w = std::make_unique<ComposeWindow>(controller.get());
    w->show();
    controller->loadMailboxes();
    if (!QTest::qWaitFor([&w] { return child<QComboBox>(w.get(), "fromCombo")->count() >= 3; }))
        return nullptr;
    return w;
}

SettingsDialog *TestSettingsDialog::openFromMenu()
{
    auto *tools = child<QMenu>(window.get(), "menuTools");
    auto *action = child<QAction>(window.get(), "actionSettings");
    if (!tools->actions().contains(action)
        || action->shortcut() != QKeySequence(QKeySequence::Preferences))
        return nullptr;
    action->trigger();
    auto *dialog = window->findChild<SettingsDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestSettingsDialog::choose(QComboBox *combo, const QVariant &data)
{
    const int row = combo->findData(data);
    QVERIFY2(row >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(row);
}

void TestSettingsDialog::everySettingTakesEffectWhereItIsUsed()
{
    // What Outpost does before anything is set.
    QCOMPARE(outbox->settings().undoDelay, std::chrono::milliseconds(5000));
    const QString first
        = child<QComboBox>(window.get(), "fromCombo")->itemData(0, Roles::Address).toString();
    QCOMPARE(
        child<QComboBox>(window.get(), "fromCombo")->currentData(Roles::Address).toString(), first);
    ConversationWindow conversation(new ConversationLoader(client.get(), ThreadSummary {}), {});
    conversation.setSettings(&controller->settings()); // as MailWindows does
    QVERIFY(!conversation.options().allImages);
    QVERIFY(OAuthProfile::google().clientId.isEmpty());

    SettingsDialog *dialog = openFromMenu();
    QVERIFY(dialog);
    auto *mailboxes = child<QComboBox>(dialog, "defaultMailboxCombo");
    QCOMPARE(mailboxes->count(), 1 + child<QComboBox>(window.get(), "fromCombo")->count());
    const QString third = mailboxes->itemData(3).toString();
    QVERIFY(!third.isEmpty() && third != first);
    choose(mailboxes, third);
    child<QSpinBox>(dialog, "undoSpin")->setValue(12);
    choose(child<QComboBox>(dialog, "remoteImagesCombo"), int(Settings::RemoteImages::Load));
    choose(child<QComboBox>(dialog, "uiLanguageCombo"), u"fr"_s);
    if (const QString dir = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + u"/settings.png"_s)); // for the README

    // Signature and spelling of one mailbox; another mailbox shown in between keeps its own.
    child<QTabWidget>(dialog, "tabs")->setCurrentWidget(child<QWidget>(dialog, "mailboxesTab"));
    auto *mailbox = child<QComboBox>(dialog, "mailboxCombo");
    choose(mailbox, third);
    auto *signature = child<QPlainTextEdit>(dialog, "signatureEdit");
    signature->setFocus();
    QTest::keyClicks(signature, u"Best wishes,"_s);
    QTest::keyClick(signature, Qt::Key_Return);
    QTest::keyClicks(signature, u"Dana"_s);
    QCOMPARE(signature->toPlainText(), u"Best wishes,\nDana"_s);
    choose(child<QComboBox>(dialog, "spellingCombo"), u"en_US"_s);
    choose(mailbox, first);
    QCOMPARE(signature->toPlainText(), QString());
    choose(mailbox, third);
    QCOMPARE(signature->toPlainText(), u"Best wishes,\nDana"_s);

    child<QTabWidget>(dialog, "tabs")->setCurrentWidget(child<QWidget>(dialog, "directTab"));
    QTest::keyClicks(child<QLineEdit>(dialog, "googleClientIdEdit"), u"1234-test.apps.example"_s);
    QTest::keyClicks(
        child<QLineEdit>(dialog, "googleTokenUrlEdit"), u"https://oauth.test.example/token"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, "microsoftClientIdEdit"), u"5678-ms"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, "microsoftAuthUrlEdit"),
        u"https://login.test.example/authorize"_s);
    QPointer<SettingsDialog> guard(dialog);
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(guard.isNull()); // closed and deleted

    // The outbox holds the next send 12 s, now and from the next start.
    QCOMPARE(outbox->settings().undoDelay, std::chrono::milliseconds(12000));
    QCOMPARE(MailWindows::savedUndoDelay(controller->settings()), std::chrono::milliseconds(12000));
    // A new compose window starts from the default mailbox, with its signature and spelling.
    window = newWindow();
    QVERIFY(window);
    QTRY_COMPARE(
        child<QComboBox>(window.get(), "fromCombo")->currentData(Roles::Address).toString(), third);
    QTRY_VERIFY(child<QTextEdit>(window.get(), "bodyEdit")
                    ->toPlainText()
                    .contains(u"Best wishes,\nDana"_s));
    QCOMPARE(controller->spellingLanguage(third), u"en_US"_s);
    // Conversations load remote images without asking.
    QVERIFY(conversation.options().allImages);
    // Direct sending signs in with the client ids and endpoints given.
    QCOMPARE(OAuthProfile::google().clientId, u"1234-test.apps.example"_s);
    QCOMPARE(OAuthProfile::google().tokenUrl, QUrl(u"https://oauth.test.example/token"_s));
    QCOMPARE(OAuthProfile::google().authorizationUrl,
        QUrl(u"https://accounts.google.com/o/oauth2/v2/auth"_s)); // left empty: the default
    QCOMPARE(OAuthProfile::microsoft().clientId, u"5678-ms"_s);
    QCOMPARE(OAuthProfile::microsoft().authorizationUrl,
        QUrl(u"https://login.test.example/authorize"_s));
    // The next start is in French.
    QCOMPARE(UiLanguage::installFromSettings(*qApp, Settings()), u"fr"_s);
    QCOMPARE(ComposeWindow(controller.get()).windowTitle(), u"Nouveau message"_s);
    QCOMPARE(UiLanguage::install(*qApp, {}), u"en"_s); // LANG=C
    QCOMPARE(ComposeWindow(controller.get()).windowTitle(), u"New Message"_s);

    // No secret ever reaches the settings file.
    QSettings().sync();
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("1234-test.apps.example"));
    QVERIFY(!text.contains(sandbox->demoToken().toUtf8()));
}

void TestSettingsDialog::insecureEndpointIsRefusedNextToItsGroup()
{
    SettingsDialog *dialog = openFromMenu();
    QVERIFY(dialog);
    QTest::keyClicks(
        child<QLineEdit>(dialog, "microsoftTokenUrlEdit"), u"http://login.example/token"_s);
    child<QSpinBox>(dialog, "undoSpin")->setValue(0);
    auto *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    ok->click();
    QVERIFY(dialog->isVisible());
    QCOMPARE(
        child<QTabWidget>(dialog, "tabs")->currentWidget(), child<QWidget>(dialog, "directTab"));
    auto *error = child<FieldMessage>(dialog, "microsoftEndpointError");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"http://login.example/token"_s));
    QVERIFY(!child<FieldMessage>(dialog, "googleEndpointError")->hasProblem());
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "microsoftTokenUrlEdit"));
    QCOMPARE(outbox->settings().undoDelay, std::chrono::milliseconds(5000)); // nothing kept
    // Loopback http is fine (the sandbox stands in for Microsoft that way).
    auto *edit = child<QLineEdit>(dialog, "microsoftTokenUrlEdit");
    edit->clear();
    QTest::keyClicks(edit, u"http://127.0.0.1:8080/token"_s);
    QPointer<SettingsDialog> guard(dialog);
    ok->click();
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(outbox->settings().undoDelay, std::chrono::milliseconds(0));
    QCOMPARE(OAuthProfile::microsoft().tokenUrl, QUrl(u"http://127.0.0.1:8080/token"_s));
}

void TestSettingsDialog::trustedSendersAreListedAndRemoved()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store->trustSender({u"jamie.lee@example.com"_s, u"dana@acme.example"_s, now});
    store->trustSender({u"priya@example.org"_s, u"ops@acme.example"_s, now});
    QVERIFY(store->flush());
    // A conversation in Dana's mailbox trusts Jamie (and only there).
    ThreadSummary thread;
    thread.mailbox = u"dana@acme.example"_s;
    ConversationWindow conversation(new ConversationLoader(client.get(), thread), {});
    conversation.setTrustStore(store.get());
    QTRY_COMPARE(
        conversation.options().imagesFromSenders, QSet<QString> {u"jamie.lee@example.com"_s});

    SettingsDialog *dialog = openFromMenu();
    QVERIFY(dialog);
    auto *list = child<QListWidget>(dialog, "trustedSendersList");
    QTRY_COMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), u"jamie.lee@example.com — in dana@acme.example"_s);
    auto *remove = child<QPushButton>(dialog, "removeTrustedSenderButton");
    QVERIFY(!remove->isEnabled());
    list->setCurrentRow(0);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    dialog->accept();

    // Gone from the store, and the open conversation follows at once.
    QTRY_VERIFY(conversation.options().imagesFromSenders.isEmpty());
    std::optional<QList<TrustedSender>> left;
    QObject context;
    store->loadTrustedSenders(
        {}, &context, [&](const StoreResult<QList<TrustedSender>> &r) { left = r.value; });
    QTRY_VERIFY(left.has_value());
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->first().sender, u"priya@example.org"_s);
}

int main(int argc, char **argv)
{
    // The application's own settings file, in a directory nobody else uses.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    TestSettingsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingsdialog.moc"

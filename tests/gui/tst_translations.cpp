// SPDX-License-Identifier: GPL-3.0-or-later
// Outpost speaks the user's language: run under LANG=de_DE.UTF-8 (see CMakeLists), the compose
// window, its menus, the Settings dialog, Qt's own buttons and the command line are German.
// Then the pseudo-locale en_XA (every string accented and 40 % longer) is loaded and the
// compose window, the thread picker and the dialogs are checked for text that does not fit:
// a label or button narrower than its text is clipped. With OUTPOST_SCREENSHOT_DIR set, each
// is also saved as a picture (to look at).
#include "accounts/InstanceSignIn.h"
#include "accounts/SessionRegistry.h"
#include "auth/InstanceList.h"
#include "auth/TokenStore.h"
#include "compose/ComposeController.h"
#include "mail/SystemClock.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxServer.h"
#include "settings/Settings.h"
#include "settings/UiLanguage.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/ComposeRig.h"
#include "tests/support/LayoutCheck.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/accounts/SignInDialog.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/compose/RecipientEdit.h"
#include "ui/compose/SendLaterDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/threads/ThreadPicker.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { rig.stop(); }
    void germanFromTheSystemLocale();
    void commandLineIsGermanToo();
    void pseudoLocaleFitsEverywhere();

private:
    template<typename T> T *child(QWidget *parent, const char *name) const
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }
    // The labels and buttons of `top` whose text is wider than they are.
    static void screenshot(QWidget *w, const QString &name);
    bool openComposeWindow();

    Testing::ComposeRig rig;
    std::unique_ptr<QNetworkAccessManager> &network = rig.network;
    QPointer<ComposeWindow> &window = rig.window;
};

void TestTranslations::init()
{
    // The outbox as Outpost runs it.
    Testing::ComposeRig::Options options;
    options.outbox = {};
    QVERIFY(rig.start(options));
}

bool TestTranslations::openComposeWindow()
{
    return rig.openWindow([](ComposeWindow *w) { w->resize(760, 620); });
}

void TestTranslations::germanFromTheSystemLocale()
{
    QCOMPARE(qgetenv("LANG"), QByteArray("de_DE.UTF-8"));
    QCOMPARE(UiLanguage::installFromSettings(*qApp, Settings()), u"de"_s);
    QVERIFY(openComposeWindow());
    QCOMPARE(window->windowTitle(), u"Neue Nachricht"_s);
    screenshot(window.get(), u"compose-de"_s);
    QCOMPARE(child<QMenu>(window.get(), "menuFile")->title(), u"&Datei"_s);
    QCOMPARE(child<QMenu>(window.get(), "menuTools")->title(), u"E&xtras"_s);
    QCOMPARE(child<QAction>(window.get(), "actionSettings")->text(), u"&Einstellungen …"_s);
    child<QAction>(window.get(), "actionSettings")->trigger();
    auto *settings = window->findChild<SettingsDialog *>();
    QVERIFY(settings);
    QCOMPARE(settings->windowTitle(), u"Einstellungen"_s);
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    screenshot(settings, u"settings-de"_s);
    QCOMPARE(child<QTabWidget>(settings, "tabs")->tabText(0), u"Allgemein"_s);
    // Qt's own strings come in German too (qt6-translations-l10n).
    QCOMPARE(child<QDialogButtonBox>(settings, "buttonBox")
                 ->button(QDialogButtonBox::Cancel)
                 ->text()
                 .remove(u'&'),
        u"Abbrechen"_s);
    settings->reject();
}

void TestTranslations::commandLineIsGermanToo()
{
    // The real executable, started under the same LANG.
    QProcess outpost;
    outpost.start(qEnvironmentVariable("OUTPOST_BINARY"), {u"send"_s, u"--help"_s});
    QVERIFY(outpost.waitForFinished(20000));
    const QString out = QString::fromUtf8(outpost.readAllStandardOutput());
    QVERIFY2(out.contains(u"Das sendende Postfach."_s), qPrintable(out)); // Outpost's
    QVERIFY2(out.contains(u"Aufruf:"_s), qPrintable(out)); // Qt's QCommandLineParser
    QVERIFY2(!out.contains(u"Usage:"_s), qPrintable(out));
}

void TestTranslations::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(QDir(dir).filePath(name + u".png"_s)));
}

void TestTranslations::pseudoLocaleFitsEverywhere()
{
    QCOMPARE(UiLanguage::install(*qApp, u"en_XA"_s), u"en_XA"_s);
    QVERIFY(openComposeWindow());
    QVERIFY2(window->windowTitle().startsWith(u"[Ñéŵ"_s), qPrintable(window->windowTitle()));
    Outpost::Testing::settleLayouts(); // the From list filled: its size hint changed
    screenshot(window.get(), u"pseudo-compose"_s);
    QStringList problems = Outpost::Testing::clippedText(window.get());

    // The picker with Jamie's threads listed (counts, ages, mailboxes in every row).
    QTest::keyClicks(child<RecipientEdit>(window.get(), "toEdit")->lineEdit(),
        u"Jamie Lee <jamie.lee@example.com>"_s);
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
    auto *picker = window->findChild<ThreadPicker *>();
    QVERIFY(picker);
    QVERIFY(QTest::qWaitForWindowExposed(picker));
    QTRY_VERIFY(picker->list()->model()->rowCount() >= 4);
    screenshot(picker, u"pseudo-thread-picker"_s);
    problems += Outpost::Testing::clippedText(picker);
    picker->close();

    child<QAction>(window.get(), "actionSettings")->trigger();
    auto *settings = window->findChild<SettingsDialog *>();
    QVERIFY(settings);
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    auto *tabs = child<QTabWidget>(settings, "tabs");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        Outpost::Testing::settleLayouts(); // the page just shown
        screenshot(settings, u"pseudo-settings-%1"_s.arg(i + 1));
        problems += Outpost::Testing::clippedText(settings);
    }
    settings->reject();

    SendLaterDialog later(window.get());
    later.show();
    QVERIFY(QTest::qWaitForWindowExposed(&later));
    screenshot(&later, u"pseudo-send-later"_s);
    problems += Outpost::Testing::clippedText(&later);
    later.close();

    QTemporaryDir dir;
    TokenStore tokens;
    InstanceList instances(dir.filePath(u"instances.ini"_s));
    SessionRegistry sessions(network.get(), &tokens, &instances);
    InstanceSignIn signIn(&sessions);
    SignInDialog signInDialog(&signIn, &tokens, window.get());
    signInDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&signInDialog));
    screenshot(&signInDialog, u"pseudo-sign-in"_s);
    problems += Outpost::Testing::clippedText(&signInDialog);
    signInDialog.close();

    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(UiLanguage::install(*qApp, u"en"_s), u"en"_s);
}

int main(int argc, char **argv)
{
    QTemporaryDir config; // the application's settings: no UI language chosen
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"

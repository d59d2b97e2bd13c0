// SPDX-License-Identifier: GPL-3.0-or-later
// Usable at 200 % and with a large font: run with QT_SCALE_FACTOR=2 on a 2560x1440 screen
// (1280x720 logical, a common HiDPI laptop) and the application font half as large again (see
// CMakeLists). The compose window, the thread picker and the dialogs must fit on that screen
// with no label or button cut off, and a message must still go out by keyboard alone. With
// OUTPOST_SCREENSHOT_DIR set, each is also saved as a picture (to look at).
#include "compose/ComposeController.h"
#include "mail/SystemClock.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxServer.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/ComposeRig.h"
#include "tests/support/LayoutCheck.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/compose/RecipientEdit.h"
#include "ui/compose/SendLaterDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/threads/ThreadPicker.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestScaling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void composeWindowFitsAndSendsByKeyboard();
    void pickerAndDialogsFit();

private:
    template<typename T> T *child(QObject *parent, const char *name) const
    {
        T *w = parent->findChild<T *>(QLatin1String(name));
        Q_ASSERT(w);
        return w;
    }
    // Why `w` is not usable on this screen: larger than it, or text cut off.
    QStringList problemsOf(QWidget *w, const QString &name) const;
    static void screenshot(QWidget *w, const QString &name);

    Outpost::Testing::ComposeRig rig;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> &http = rig.http;
    QPointer<ComposeWindow> &window = rig.window;
};

void TestScaling::initTestCase()
{
    // The conditions themselves, or the test proves nothing.
    QCOMPARE(qApp->devicePixelRatio(), 2.0);
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    QVERIFY2(screen.width() <= 1280 && screen.height() <= 720,
        qPrintable(u"logical screen %1x%2"_s.arg(screen.width()).arg(screen.height())));
    QVERIFY(QApplication::font().pointSizeF() >= 13);
}

void TestScaling::init()
{
    Outpost::Testing::ComposeRig::Options options;
    options.outbox.retry = {}; // the application's retries
    QVERIFY(rig.start(options));
    QVERIFY(rig.openWindow()); // at the size it opens with in the application
    Outpost::Testing::settleLayouts(); // the From list filled: its size hint changed
}

void TestScaling::cleanup()
{
    rig.stop();
}

QStringList TestScaling::problemsOf(QWidget *w, const QString &name) const
{
    QStringList problems;
    const QSize screen = w->screen()->availableGeometry().size();
    const QSize needed = w->minimumSizeHint().expandedTo(w->minimumSize());
    if (needed.width() > screen.width() || needed.height() > screen.height())
        problems += u"%1 needs %2x%3 on a %4x%5 screen"_s.arg(name)
                        .arg(needed.width())
                        .arg(needed.height())
                        .arg(screen.width())
                        .arg(screen.height());
    if (w->width() > screen.width() || w->height() > screen.height())
        problems += u"%1 opens at %2x%3 on a %4x%5 screen"_s.arg(name)
                        .arg(w->width())
                        .arg(w->height())
                        .arg(screen.width())
                        .arg(screen.height());
    for (const QString &clipped : Testing::clippedText(w))
        problems += name + u": "_s + clipped;
    return problems;
}

void TestScaling::screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(QDir(dir).filePath(name + u".png"_s)));
}

void TestScaling::composeWindowFitsAndSendsByKeyboard()
{
    screenshot(window.get(), u"compose-200"_s);
    const QStringList problems = problemsOf(window.get(), u"compose window"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // Keyboard only, from the first field: To, Subject, the message, Ctrl+Return.
    child<QComboBox>(window.get(), "fromCombo")->setFocus();
    auto *to = child<RecipientEdit>(window.get(), "toEdit");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    if (child<QComboBox>(window.get(), "providerCombo")->isVisible()) // From is connected twice
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), to->lineEdit());
    QTest::keyClicks(QApplication::focusWidget(), u"jamie.lee@example.com"_s);
    // Cc and Bcc stay hidden; the thread row's Choose… comes before Subject.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"chooseThreadButton"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY2(QApplication::focusWidget() == child<QLineEdit>(window.get(), "subjectEdit"),
        qPrintable(QApplication::focusWidget()->objectName() + u" in "_s
            + QApplication::focusWidget()->parentWidget()->objectName()));
    QTest::keyClicks(QApplication::focusWidget(), u"Large print"_s);
    child<QTextEdit>(window.get(), "bodyEdit")->setFocus();
    QTest::keyClicks(QApplication::focusWidget(), u"Readable at twice the size."_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QJsonObject stored;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QJsonValue &v : http->allMessages()) {
                if (v.toObject().value(u"body"_s).toString().contains(u"twice the size"_s))
                    stored = v.toObject();
            }
            return !stored.isEmpty();
        }(),
        10000);
    QCOMPARE(stored.value(u"emailMetadata"_s).toObject().value(u"subject"_s).toString(),
        u"Large print"_s);
}

void TestScaling::pickerAndDialogsFit()
{
    QStringList problems;
    QTest::keyClicks(child<RecipientEdit>(window.get(), "toEdit")->lineEdit(),
        u"Jamie Lee <jamie.lee@example.com>"_s);
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
    auto *picker = window->findChild<ThreadPicker *>();
    QVERIFY(picker);
    QVERIFY(QTest::qWaitForWindowExposed(picker));
    QTRY_VERIFY(picker->list()->model()->rowCount() >= 4);
    screenshot(picker, u"thread-picker-200"_s);
    problems += problemsOf(picker, u"thread picker"_s);
    picker->close();

    child<QAction>(window.get(), "actionSettings")->trigger();
    auto *settings = window->findChild<SettingsDialog *>();
    QVERIFY(settings);
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    auto *tabs = child<QTabWidget>(settings, "tabs");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        Outpost::Testing::settleLayouts(); // the page just shown
        screenshot(settings, u"settings-200-%1"_s.arg(i + 1));
        problems += problemsOf(settings, u"settings, tab %1"_s.arg(i + 1));
    }
    settings->reject();

    SendLaterDialog later(window.get());
    later.show();
    QVERIFY(QTest::qWaitForWindowExposed(&later));
    screenshot(&later, u"send-later-200"_s);
    problems += problemsOf(&later, u"send later"_s);
    later.close();

    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

int main(int argc, char **argv)
{
    QTemporaryDir config; // the application's settings: nothing chosen yet
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QFont large = QApplication::font();
    large.setPointSizeF(large.pointSizeF() * 1.5);
    QApplication::setFont(large);
    TestScaling test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_scaling.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// What went out, as a user meets it through Outpost's real windows and wiring (MailWindows)
// against a sandbox over loopback HTTP (issue 15, item 5): the Sent window and the
// conversation it opens, and the notification of a send that ended after the last window.
#include "models/ComposeController.h"
#include "models/ConversationLoader.h"
#include "models/DraftAutosave.h"
#include "models/SentListModel.h"
#include "models/TimeText.h"
#include "platform/PlatformClient.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/ManualClock.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/ComposeWindow.h"
#include "ui/ConversationWindow.h"
#include "ui/DesktopLook.h"
#include "ui/DraftsWindow.h"
#include "ui/FieldMessage.h"
#include "ui/MailStatusLinks.h"
#include "ui/MailWindows.h"
#include "ui/OutboxWindow.h"
#include "ui/RecipientEdit.h"
#include "ui/SendLaterButton.h"
#include "ui/SendLaterDialog.h"
#include "ui/SendNotifier.h"
#include "ui/SentWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>

using namespace Outpost;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Outpost::Testing::ManualClock;

namespace {
template<typename T> T *child(QWidget *w, const char *name)
{
    T *found = w->findChild<T *>(QLatin1String(name));
    Q_ASSERT(found);
    return found;
}

} // namespace

class TestSentWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The look the launcher sets (ui/DesktopLook), so that the windows are seen as users see them.
    void initTestCase() { DesktopLook::apply(*qApp); }
    void init();
    void cleanup();
    void sentListShowsWhatWentOut();
    void mailSentAfterTheLastWindowIsNotified();
    void dialogButtonsCarryNoStrayIcons();

private:
    ComposeWindow *startApp();
    void fill(ComposeWindow *w, const QString &subject, const QString &body);
    int storedCount(const QString &subject);
    void screenshot(QWidget *w, const QString &name);

    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<SandboxTestClient> http;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<PlatformSubmission> submission;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<MailWindows> windows;
};

void TestSentWindow::init()
{
    sandbox = startSandbox();
    QVERIFY(sandbox);
    http = std::make_unique<SandboxTestClient>(sandbox->url(), sandbox->demoToken());
    dir = std::make_unique<QTemporaryDir>();
    network = std::make_unique<QNetworkAccessManager>();
    client = std::make_unique<PlatformClient>(
        network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    submission = std::make_unique<PlatformSubmission>(client.get());
    clock = std::make_unique<ManualClock>();
    store = std::make_unique<LocalStore>();
    store->open(dir->filePath(u"outpost.sqlite"_s));
    OutboxSettings settings;
    settings.retry = RetryPolicy {1s, 60s, 3};
    outbox = std::make_unique<Outbox>(store.get(), submission.get(), clock.get(), settings);
    windows = std::make_unique<MailWindows>(client.get(), outbox.get());
    windows->setCloseDelayAfterSend(50);
}

void TestSentWindow::cleanup()
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

ComposeWindow *TestSentWindow::startApp()
{
    // As Outpost starts: a window at once, then the outbox and whatever a crash left open.
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
        w->selectFrom(u"dana@acme.example"_s);
    }
    return first;
}

void TestSentWindow::fill(ComposeWindow *w, const QString &subject, const QString &body)
{
    QTest::keyClicks(
        child<RecipientEdit>(w, "toEdit")->lineEdit(), u"Jamie Lee <jamie.lee@example.com>"_s);
    QTest::keyClicks(child<QLineEdit>(w, "subjectEdit"), subject);
    QTest::keyClicks(child<QTextEdit>(w, "bodyEdit"), body);
}

int TestSentWindow::storedCount(const QString &subject)
{
    int count = 0;
    for (const QJsonValue &v : http->allMessages()) {
        count += v.toObject().value(u"emailMetadata").toObject().value(u"subject").toString()
            == subject;
    }
    return count;
}

void TestSentWindow::screenshot(QWidget *w, const QString &name)
{
    const QString into = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR");
    if (into.isEmpty())
        return;
    // What a user would see: the layouts a text change asked for are done first.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(w->grab().save(into + u'/' + name + u".png"_s));
}

// Issue 15, item 5: the Sent window lists what went out (to whom, the subject, when, the
// status), newest first, and offers its conversation.
void TestSentWindow::sentListShowsWhatWentOut()
{
    ComposeWindow *w = startApp();
    QVERIFY(w);
    SentWindow *sent = windows->showSent(); // from View ▸ Sent; keeps Outpost open
    QVERIFY(QTest::qWaitForWindowExposed(sent));
    QTRY_VERIFY(windows->sentModel()->isLoaded());
    QCOMPARE(windows->sentModel()->rowCount(), 0);
    QVERIFY(child<QLabel>(sent, "sentEmpty")->isVisible());
    bool inMenu = false; // View ▸ Sent
    for (const QAction *a : child<QMenu>(w, "menuView")->actions())
        inMenu = inMenu || a->objectName() == u"actionShowSent";
    QVERIFY(inMenu);
    for (const QString &subject : {u"First out"_s, u"Went out"_s}) {
        ComposeWindow *c = subject == u"First out"_s ? w : windows->openNew();
        c->show();
        MailWindows::controllerOf(c)->loadMailboxes();
        QTRY_VERIFY(child<QComboBox>(c, "fromCombo")->count() >= 3);
        c->selectFrom(u"dana@acme.example"_s);
        c->activateWindow(); // Ctrl+Return is the active window's shortcut
        QVERIFY(QTest::qWaitForWindowActive(c));
        fill(c, subject, u"Listed in Sent."_s);
        QTest::keyClick(child<QTextEdit>(c, "bodyEdit"), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(child<QPushButton>(c, "undoButton")->isVisible());
        clock->advance(5s);
        QTRY_COMPARE(storedCount(subject), 1);
        clock->advance(1min); // the second is newer
    }
    SentListModel *model = windows->sentModel();
    QTRY_COMPARE(model->rowCount(), 2);
    const auto cell = [model](int column, int role = Qt::DisplayRole) {
        return model->index(0, column).data(role);
    };
    QCOMPARE(cell(SentListModel::SubjectColumn).toString(), u"Went out"_s);
    QCOMPARE(model->index(1, SentListModel::SubjectColumn).data().toString(), u"First out"_s);
    QCOMPARE(cell(SentListModel::ToColumn).toString(), u"Jamie Lee"_s);
    QVERIFY(cell(SentListModel::ToColumn, Qt::ToolTipRole)
                .toString()
                .contains(u"jamie.lee@example.com"_s));
    QVERIFY(cell(SentListModel::StatusColumn).toString().startsWith(u"Sent"_s));
    // When, as every list says it (issue 15, item 6): sent a moment ago, so the time of day
    // in local time without seconds; the full date and time on hover.
    const QDateTime sentAt = model->entryAt(0)->sentAt.toLocalTime();
    QVERIFY(sentAt.isValid());
    QCOMPARE(cell(SentListModel::SentColumn).toString(), TimeText::timeOfDay(sentAt.time()));
    QCOMPARE(cell(SentListModel::SentColumn, Qt::ToolTipRole).toString(), TimeText::full(sentAt));
    QVERIFY(cell(SentListModel::SentColumn, Qt::ToolTipRole)
                .toString()
                .contains(QString::number(sentAt.date().year())));
    QVERIFY(!child<QLabel>(sent, "sentEmpty")->isVisible());
    sent->view()->setCurrentIndex(model->index(0, 0));
    QVERIFY(!sent->currentEntry()->receipt.threadId.isEmpty());
    auto *open = child<QPushButton>(sent, "openConversationButton");
    QVERIFY(open->isEnabled());
    QSignalSpy requested(sent, &SentWindow::conversationRequested);
    open->click();
    QCOMPARE(requested.size(), 1);
    const OutboxEntry entry = requested.at(0).at(0).value<OutboxEntry>();
    QCOMPARE(entry.draft.draft.subject, u"Went out"_s);
    // Its conversation opens in a window of its own, on the thread the receipt names.
    ConversationWindow *conversation = nullptr;
    QTRY_VERIFY([&] {
        for (QWidget *t : QApplication::topLevelWidgets()) {
            if (auto *c = qobject_cast<ConversationWindow *>(t); c && c->isVisible())
                conversation = c;
        }
        return conversation != nullptr;
    }());
    QCOMPARE(conversation->loader()->thread().threadId, entry.receipt.threadId);
    QCOMPARE(conversation->loader()->thread().conversationId, entry.receipt.conversationId);
    conversation->close();
    screenshot(sent, u"sent"_s);
    sent->activateWindow(); // Esc is the active window's shortcut
    QVERIFY(QTest::qWaitForWindowActive(sent));
    QTest::keyClick(sent, Qt::Key_Escape);
    QTRY_VERIFY(!sent->isVisible());
}

// Issue 15, item 5: the last window closed during the undo countdown; when the mail has gone,
// a desktop notification says so (no window is there to).
void TestSentWindow::mailSentAfterTheLastWindowIsNotified()
{
    ComposeWindow *w = startApp();
    QVERIFY(w);
    QSignalSpy notified(windows->notifier(), &SendNotifier::notified);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    fill(w, u"After the window"_s, u"Goes on its own."_s);
    QTest::keyClick(child<QTextEdit>(w, "bodyEdit"), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(child<QPushButton>(w, "undoButton")->isVisible());
    QPointer<ComposeWindow> closing = w;
    w->close();
    QTRY_VERIFY(closing.isNull());
    QVERIFY(!SendNotifier::anyWindowShown());
    QCOMPARE(notified.size(), 0);
    clock->advance(5s);
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), SendNotifier::tr("Sent"));
    const QString text = notified.at(0).at(1).toString();
    QVERIFY2(
        text.contains(u"After the window"_s) && text.contains(u"Jamie Lee"_s), qPrintable(text));
    QCOMPARE(storedCount(u"After the window"_s), 1);
}

// Issue 15, item 6: a question's buttons carry the desktop's icons only where the desktop
// wants them and has them; on this bare X session (Qt's generic theme asks for icons, no icon
// theme has them) Qt would draw its own bundled pictures.
void TestSentWindow::dialogButtonsCarryNoStrayIcons()
{
    DesktopLook::apply(*qApp);
    const bool themed = QIcon::hasThemeIcon(u"dialog-ok"_s) && !QIcon::themeName().isEmpty();
    if (!themed)
        QVERIFY(!DesktopLook::dialogButtonsHaveIcons());
    QMessageBox box(QMessageBox::Question, u"Quit?"_s, u"Quit?"_s,
        QMessageBox::Ok | QMessageBox::Cancel | QMessageBox::Save);
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    for (QAbstractButton *b : box.buttons() + buttons.buttons()) {
        if (!themed)
            QVERIFY2(b->icon().isNull(), qPrintable(b->text()));
    }
    screenshot(&box, u"question-buttons"_s);
}

QTEST_MAIN(TestSentWindow)
#include "tst_sentwindow.moc"

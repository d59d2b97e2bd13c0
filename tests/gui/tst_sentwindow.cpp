// SPDX-License-Identifier: GPL-3.0-or-later
// What went out, as a user meets it through Outpost's real windows and wiring (MailWindows)
// against a sandbox over loopback HTTP (issue 15, item 5): the Sent window and the
// conversation it opens (QtWebEngine started in the background while it shows one to open), and
// the notification of a send that ended after the last window.
#include "compose/ComposeController.h"
#include "compose/DraftAutosave.h"
#include "conversation/ConversationLoader.h"
#include "display/TimeText.h"
#include "outbox/SentListModel.h"
#include "platform/PlatformClient.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/MailWindowsRig.h"
#include "tests/support/SandboxTestClient.h"
#include "tests/support/WebEngineProcesses.h"
#include "ui/DesktopLook.h"
#include "ui/FieldMessage.h"
#include "ui/MailWindows.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/compose/DraftsWindow.h"
#include "ui/compose/RecipientEdit.h"
#include "ui/compose/SendLaterButton.h"
#include "ui/compose/SendLaterDialog.h"
#include "ui/conversation/ConversationProcess.h"
#include "ui/conversation/ConversationWindow.h"
#include "ui/outbox/MailStatusLinks.h"
#include "ui/outbox/OutboxWindow.h"
#include "ui/outbox/SendNotifier.h"
#include "ui/outbox/SentWindow.h"

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
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

using namespace Outpost;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Outpost::Testing; // MailWindowsRig, child, messageBox

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
    void aChosenMailsConversationIsReadBeforeItOpens();
    void aClosedConversationOpensAgainWithoutReadingIt();

private:
    void screenshot(QWidget *w, const QString &name);
    // Sends `subject` from `c` as dana@acme.example (Ctrl+Return), past its undo window.
    void send(ComposeWindow *c, const QString &subject);
    // The conversation window on screen, if there is one (a window of its own).
    static ConversationWindow *shownConversation();
    // Sends `subject` from a new compose window, opens Sent and waits until the sent mail's
    // conversation is read ahead there; null when a step failed (the test has failed then).
    SentWindow *sendAndReadAheadInSent(const QString &subject);
    static bool lists(const ConversationLoader *loader, const QString &subject);

    MailWindowsRig rig;
};

void TestSentWindow::init()
{
    QVERIFY(rig.start());
}

void TestSentWindow::cleanup()
{
    rig.stop();
}

void TestSentWindow::screenshot(QWidget *w, const QString &name)
{
    QVERIFY(MailWindowsRig::screenshot(w, name));
}

ConversationWindow *TestSentWindow::shownConversation()
{
    for (QWidget *t : QApplication::topLevelWidgets()) {
        if (auto *c = qobject_cast<ConversationWindow *>(t); c && c->isVisible())
            return c;
    }
    return nullptr;
}

SentWindow *TestSentWindow::sendAndReadAheadInSent(const QString &subject)
{
    ComposeWindow *w = rig.startApp();
    if (!w) {
        QTest::qFail("no compose window", __FILE__, __LINE__);
        return nullptr;
    }
    send(w, subject);
    if (QTest::currentTestFailed())
        return nullptr;
    SentWindow *sent = rig.windows->showSent();
    [&] {
        QVERIFY(QTest::qWaitForWindowExposed(sent));
        QTRY_COMPARE(rig.windows->sentModel()->rowCount(), 1);
        QVERIFY(!sent->currentEntry()->receipt.conversationId.isEmpty()); // chosen when shown
        QTRY_VERIFY_WITH_TIMEOUT(
            rig.windows->sentReadAhead() && rig.windows->sentReadAhead()->hasLoaded(), 10000);
        QVERIFY(lists(rig.windows->sentReadAhead(), subject));
    }();
    return QTest::currentTestFailed() ? nullptr : sent;
}

bool TestSentWindow::lists(const ConversationLoader *loader, const QString &subject)
{
    const QList<ConversationMessage> &messages = loader->messages();
    return std::any_of(messages.cbegin(), messages.cend(),
        [&](const ConversationMessage &m) { return m.subject == subject; });
}

void TestSentWindow::send(ComposeWindow *c, const QString &subject)
{
    c->show();
    MailWindows::controllerOf(c)->loadMailboxes();
    QTRY_VERIFY(child<QComboBox>(c, "fromCombo")->count() >= 3);
    c->selectFrom(u"dana@acme.example"_s);
    c->activateWindow(); // Ctrl+Return is the active window's shortcut
    QVERIFY(QTest::qWaitForWindowActive(c));
    MailWindowsRig::fill(c, subject, u"Listed in Sent."_s);
    QTest::keyClick(child<QTextEdit>(c, "bodyEdit"), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(child<QPushButton>(c, "undoButton")->isVisible());
    rig.clock->advance(5s);
    QTRY_COMPARE(rig.storedCount(subject), 1);
}

// Issue 15, item 5: the Sent window lists what went out (to whom, the subject, when, the
// status), newest first, and offers its conversation.
void TestSentWindow::sentListShowsWhatWentOut()
{
    ComposeWindow *w = rig.startApp();
    QVERIFY(w);
    SentWindow *sent = rig.windows->showSent(); // from View ▸ Sent; keeps Outpost open
    QVERIFY(QTest::qWaitForWindowExposed(sent));
    QTRY_VERIFY(rig.windows->sentModel()->isLoaded());
    QCOMPARE(rig.windows->sentModel()->rowCount(), 0);
    QVERIFY(child<QLabel>(sent, "sentEmpty")->isVisible());
    bool inMenu = false; // View ▸ Sent
    for (const QAction *a : child<QMenu>(w, "menuView")->actions())
        inMenu = inMenu || a->objectName() == u"actionShowSent";
    QVERIFY(inMenu);
    for (const QString &subject : {u"First out"_s, u"Went out"_s}) {
        send(subject == u"First out"_s ? w : rig.windows->openNew(), subject);
        if (QTest::currentTestFailed())
            return;
        rig.clock->advance(1min); // the second is newer
    }
    SentListModel *model = rig.windows->sentModel();
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
    QTRY_VERIFY((conversation = shownConversation()));
    QCOMPARE(conversation->loader()->thread().threadId, entry.receipt.threadId);
    QCOMPARE(conversation->loader()->thread().conversationId, entry.receipt.conversationId);
    conversation->close();
    screenshot(sent, u"sent"_s);
    sent->activateWindow(); // Esc is the active window's shortcut
    QVERIFY(QTest::qWaitForWindowActive(sent));
    QTest::keyClick(sent, Qt::Key_Escape);
    QTRY_VERIFY(!sent->isVisible());

    // Shown again, with a conversation to open: QtWebEngine starts in the background, so that
    // the conversation opens warm. Closed without opening one, nothing of it stays running.
    QVERIFY(renderers() == 0 && hiddenWebViews().isEmpty());
    rig.windows->showSent();
    QTRY_COMPARE_WITH_TIMEOUT(hiddenWebViews().size(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(renderers() > 0, 20000);
    QVERIFY(QTest::qWaitForWindowActive(sent));
    QTest::keyClick(sent, Qt::Key_Escape);
    QTRY_VERIFY(!sent->isVisible());
    QVERIFY(hiddenWebViews().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(renderers(), 0, 15000);
}

// Issue 15, item 5: the last window closed during the undo countdown; when the mail has gone,
// a desktop notification says so (no window is there to).
void TestSentWindow::mailSentAfterTheLastWindowIsNotified()
{
    ComposeWindow *w = rig.startApp();
    QVERIFY(w);
    QSignalSpy notified(rig.windows->notifier(), &SendNotifier::notified);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    MailWindowsRig::fill(w, u"After the window"_s, u"Goes on its own."_s);
    QTest::keyClick(child<QTextEdit>(w, "bodyEdit"), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(child<QPushButton>(w, "undoButton")->isVisible());
    QPointer<ComposeWindow> closing = w;
    w->close();
    QTRY_VERIFY(closing.isNull());
    QVERIFY(!SendNotifier::anyWindowShown());
    QCOMPARE(notified.size(), 0);
    rig.clock->advance(5s);
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.at(0).at(0).toString(), SendNotifier::tr("Sent"));
    const QString text = notified.at(0).at(1).toString();
    QVERIFY2(
        text.contains(u"After the window"_s) && text.contains(u"Jamie Lee"_s), qPrintable(text));
    QCOMPARE(rig.storedCount(u"After the window"_s), 1);
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

// Issue 18: the mail chosen in Sent has its conversation read while the user decides, as a
// thread chosen in the picker has: Open Conversation shows it without waiting for the platform.
void TestSentWindow::aChosenMailsConversationIsReadBeforeItOpens()
{
    SentWindow *sent = sendAndReadAheadInSent(u"Read ahead"_s);
    if (!sent)
        return;
    QPointer<ConversationLoader> ahead = rig.windows->sentReadAhead();
    // The platform is out of reach by the time the user opens it (a train goes into a
    // tunnel): what was read when the mail was chosen is what the window shows.
    rig.sandbox.reset();
    child<QPushButton>(sent, "openConversationButton")->click();
    ConversationWindow *conversation = nullptr;
    QTRY_VERIFY((conversation = shownConversation()));
    QVERIFY(ahead); // not dropped: the window took it...
    QCOMPARE(conversation->loader(), ahead.data());
    QVERIFY(!rig.windows->sentReadAhead()); // ...and no longer reads ahead
    QSignalSpy shown(conversation, &ConversationWindow::pageShown);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
    QCOMPARE(shown.first().value(0).toBool(), true);
    conversation->close();
}

// Issue 18: closing a conversation ends its process (QtWebEngine's memory goes back), but what
// it read is kept a while: opened again soon, it shows without the platform being read again.
// The windows run where Outpost runs them, in the conversation process.
void TestSentWindow::aClosedConversationOpensAgainWithoutReadingIt()
{
    ConversationProcess::setProgram(qEnvironmentVariable("OUTPOST_BINARY"));
    const auto inProcessAgain = qScopeGuard([] { ConversationProcess::setProgram({}); });
    SentWindow *sent = sendAndReadAheadInSent(u"Opened twice"_s);
    if (!sent)
        return;
    // The window Open Conversation opens (its handle Outpost's while it is open).
    const auto openAndWaitForPage = [&]() -> ConversationHandle * {
        const auto before
            = rig.windows->findChildren<ConversationHandle *>(Qt::FindDirectChildrenOnly);
        child<QPushButton>(sent, "openConversationButton")->click();
        auto handles = rig.windows->findChildren<ConversationHandle *>(Qt::FindDirectChildrenOnly);
        for (ConversationHandle *h : before)
            handles.removeAll(h);
        if (handles.size() != 1) {
            qWarning() << handles.size() << "new conversation windows";
            return nullptr;
        }
        QSignalSpy shown(handles.first(), &ConversationHandle::pageShown);
        if (!shown.wait(60000) || !shown.first().value(0).toBool()) {
            qWarning() << "page shown:" << shown;
            return nullptr;
        }
        return handles.first();
    };
    ConversationHandle *first = openAndWaitForPage();
    QVERIFY2(first, "the conversation's page did not show");
    QVERIFY(ConversationProcess::instance()->isRunning());
    QSignalSpy closed(first, &ConversationHandle::closed);
    first->close();
    QVERIFY(closed.wait(10000));
    // Its process ends: the memory goes back...
    QTRY_VERIFY_WITH_TIMEOUT(!ConversationProcess::instance()->isRunning(), 10000);
    // ...and its messages are kept.
    QPointer<ConversationLoader> kept = rig.windows->sentReadAhead();
    QVERIFY(kept);
    QVERIFY(lists(kept, u"Opened twice"_s));
    // Opened again with the platform out of reach: the page shows what was read.
    rig.sandbox.reset();
    ConversationHandle *again = openAndWaitForPage();
    QVERIFY2(again, "the conversation opened again did not show its page");
    QVERIFY(kept); // taken by the window, not dropped
    QCOMPARE(again->loader(), kept.data());
    QVERIFY(!rig.windows->sentReadAhead());
    again->close();
    QTRY_VERIFY_WITH_TIMEOUT(!ConversationProcess::instance()->isRunning(), 10000);
}

QTEST_MAIN(TestSentWindow)
#include "tst_sentwindow.moc"

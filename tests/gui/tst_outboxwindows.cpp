// SPDX-License-Identifier: GPL-3.0-or-later
// Drafts and the outbox as a user meets them, through Outpost's real windows and wiring
// (MailWindows) against a sandbox over loopback HTTP: autosave, keep or discard on close,
// drafts reopened after a crash, Undo, send later, the Outbox window's retry, edit and delete,
// and the questions at start (mail due while closed) and at quit (mail still queued).
#include "compose/ComposeController.h"
#include "compose/DraftAutosave.h"
#include "mail/AddressList.h"
#include "platform/PlatformClient.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/ComposeForm.h"
#include "tests/support/MailWindowsRig.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/FieldMessage.h"
#include "ui/MailWindows.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/compose/DraftsWindow.h"
#include "ui/compose/RecipientEdit.h"
#include "ui/compose/SendLaterButton.h"
#include "ui/compose/SendLaterDialog.h"
#include "ui/outbox/MailStatusLinks.h"
#include "ui/outbox/OutboxWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
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
using namespace Outpost::Testing; // MailWindowsRig, child, messageBox

namespace {
const QString sendPath = u"/api/email/messages/send"_s;

QAbstractButton *buttonWithText(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons()) {
        if (b->text().remove(u'&') == text)
            return b;
    }
    return nullptr;
}
} // namespace

class TestOutboxWindows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typingIsSavedWithinTwoSecondsAndAtOnceOnFocusLoss();
    void closingAsksKeepOrDiscard();
    void draftsOpenAtACrashAreReopened();
    void draftsOpenWhenOutpostClosedAreReopenedAsLeft();
    void aLinkIsSavedOnceTheUserChangesIt();
    void undoBringsTheMailBackToItsWindow();
    void sendLaterHoldsTheMailUntilItsTime();
    void outboxWindowRetriesEditsAndDeletes();
    void refusedMailComesBackInAWindow();
    void mailDueWhileClosedAsksFirst();
    void quittingWithQueuedMailSaysSo();
    void quittingWithFailedMailSaysItWaitsForTheUser();

private:
    std::optional<DraftRecord> stored(const QString &draftId);
    QString failEntry(const QString &subject); // a mail the outbox gave up on, no window open
    void screenshot(QWidget *w, const QString &name);

    MailWindowsRig rig;
};

void TestOutboxWindows::init()
{
    QVERIFY(rig.start());
}

void TestOutboxWindows::cleanup()
{
    rig.stop();
    rig.afterACrash = false;
}

std::optional<DraftRecord> TestOutboxWindows::stored(const QString &draftId)
{
    std::optional<std::optional<DraftRecord>> result;
    rig.store->loadDraft(
        draftId, this, [&](const StoreResult<std::optional<DraftRecord>> &r) { result = r.value; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }))
        return std::nullopt;
    return *result;
}

QString TestOutboxWindows::failEntry(const QString &subject)
{
    ComposeWindow *w = rig.windows->openNew();
    w->show();
    MailWindows::controllerOf(w)->loadMailboxes();
    if (!QTest::qWaitFor([w] { return child<QComboBox>(w, "fromCombo")->count() >= 3; }))
        return {};
    w->selectFrom(u"dana@acme.example"_s);
    MailWindowsRig::fill(w, subject, u"Retry me."_s);
    QSignalSpy queued(rig.outbox.get(), &Outbox::queued);
    QTest::mouseClick(child<QPushButton>(w, "sendButton"), Qt::LeftButton);
    if (!queued.wait())
        return {};
    const QString id = queued.first().first().toString();
    w->close(); // in the undo window: the window may go, the mail goes on
    QSignalSpy waiting(rig.outbox.get(), &Outbox::waiting);
    QSignalSpy failed(rig.outbox.get(), &Outbox::failed);
    rig.clock->advance(5s);
    while (failed.isEmpty()) {
        if (!QTest::qWaitFor([&] { return !waiting.isEmpty() || !failed.isEmpty(); }))
            return {};
        if (!waiting.isEmpty())
            rig.clock->advance(std::chrono::milliseconds(waiting.takeFirst().at(2).toLongLong()));
    }
    return id;
}

void TestOutboxWindows::screenshot(QWidget *w, const QString &name)
{
    QVERIFY(MailWindowsRig::screenshot(w, name));
}

void TestOutboxWindows::typingIsSavedWithinTwoSecondsAndAtOnceOnFocusLoss()
{
    ComposeWindow *w = rig.startApp();
    QVERIFY(w);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    const QString id = MailWindows::controllerOf(w)->draftId();
    QVERIFY2(!stored(id), "an untouched window leaves nothing behind");
    QTest::keyClicks(child<QTextEdit>(w, "bodyEdit"), u"Hello"_s);
    QTRY_VERIFY_WITH_TIMEOUT(stored(id) && stored(id)->draft.body == u"Hello"_s, 2000);
    QVERIFY(stored(id)->openInWindow);
    // Leaving the window saves at once: well before typing would count as paused.
    QTest::keyClicks(child<QTextEdit>(w, "bodyEdit"), u" world"_s);
    DraftsWindow *drafts = rig.windows->showDrafts();
    QVERIFY(QTest::qWaitForWindowActive(drafts));
    QTRY_VERIFY_WITH_TIMEOUT(
        stored(id)->draft.body == u"Hello world"_s, int(DraftAutosave::idleDelay.count()) - 100);
}

void TestOutboxWindows::closingAsksKeepOrDiscard()
{
    ComposeWindow *w = rig.startApp();
    QVERIFY(w);
    DraftsWindow *drafts
        = rig.windows->showDrafts(); // keeps Outpost open when compose windows close
    QPointer<ComposeWindow> keep = w;
    const QString keptId = MailWindows::controllerOf(w)->draftId();
    MailWindowsRig::fill(w, u"Keep me"_s, u"Half a thought"_s);
    w->close();
    QVERIFY(!keep.isNull()); // it asks first
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = messageBox(u"keepOrDiscardQuestion"_s)));
    screenshot(question, u"close-question"_s);
    buttonWithText(question, u"Keep as Draft"_s)->click();
    QTRY_VERIFY(keep.isNull());
    QTRY_VERIFY(stored(keptId) && !stored(keptId)->openInWindow);
    QCOMPARE(stored(keptId)->draft.body, u"Half a thought"_s);
    auto *view = child<QTreeView>(drafts, "view");
    QTRY_COMPARE(view->model()->rowCount(), 1);
    screenshot(drafts, u"drafts"_s);

    // Discard.
    QPointer<ComposeWindow> gone = rig.windows->openNew();
    gone->show();
    const QString goneId = MailWindows::controllerOf(gone)->draftId();
    QTest::keyClicks(child<QTextEdit>(gone, "bodyEdit"), u"Never mind"_s);
    MailWindows::controllerOf(gone)->autosave()->saveNow();
    QTRY_VERIFY(stored(goneId));
    gone->close();
    QTRY_VERIFY((question = messageBox(u"keepOrDiscardQuestion"_s)));
    buttonWithText(question, u"Discard"_s)->click();
    QTRY_VERIFY(gone.isNull());
    QTRY_VERIFY(!stored(goneId));

    // Cancel keeps the window; an empty window closes without a question.
    QPointer<ComposeWindow> stay = rig.windows->openNew();
    stay->show();
    QTest::keyClicks(child<QLineEdit>(stay, "subjectEdit"), u"Still here"_s);
    stay->close();
    QTRY_VERIFY((question = messageBox(u"keepOrDiscardQuestion"_s)));
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!messageBox(u"keepOrDiscardQuestion"_s));
    QVERIFY(!stay.isNull() && stay->isVisible());
    QPointer<ComposeWindow> empty = rig.windows->openNew();
    empty->show();
    empty->close();
    QTRY_VERIFY(empty.isNull());

    // Opening the kept draft continues it.
    drafts->selectDraft(keptId);
    QTest::mouseClick(child<QPushButton>(drafts, "openButton"), Qt::LeftButton);
    ComposeWindow *reopened = rig.windows->windowFor(keptId);
    QVERIFY(reopened);
    QCOMPARE(reopened->input().body, u"Half a thought"_s);
    QCOMPARE(reopened->input().subject, u"Keep me"_s);
}

void TestOutboxWindows::draftsOpenAtACrashAreReopened()
{
    // What the last run left: two drafts open in windows when it died, one kept on purpose.
    rig.afterACrash = true;
    QVERIFY(rig.start());
    const QDateTime t = rig.clock->now().addSecs(-600);
    auto record = [&](const QString &id, const QString &subject, bool open, int minutes) {
        DraftRecord r;
        r.id = id;
        r.draft.from = u"dana@acme.example"_s;
        r.toText = u"Jamie Lee <jamie.lee@example.com>, priya@"_s; // not finished typing
        r.draft.subject = subject;
        r.draft.body = u"Written before the crash: "_s + subject;
        r.openInWindow = open;
        r.createdAt = t;
        r.updatedAt = t.addSecs(60 * minutes);
        rig.store->saveDraft(r);
    };
    record(u"crash-1"_s, u"Budget for Q3"_s, true, 1);
    record(u"crash-2"_s, u"Offsite agenda"_s, true, 2);
    record(u"kept"_s, u"Kept for later"_s, false, 3);
    ComposeWindow *first = rig.startApp();
    QVERIFY(first);
    QCOMPARE(rig.windows->composeWindows().size(), 2);
    QVERIFY2(MailWindows::controllerOf(first)->draftId() == u"crash-1"_s,
        "the untouched first window took the oldest draft");
    ComposeWindow *second = rig.windows->windowFor(u"crash-2"_s);
    QVERIFY(second);
    QCOMPARE(second->input().to, u"Jamie Lee <jamie.lee@example.com>, priya@"_s);
    QCOMPARE(second->input().body, u"Written before the crash: Offsite agenda"_s);
    QVERIFY(!rig.windows->windowFor(u"kept"_s));
    // Killed: the last two seconds' typing may be missing, and the window says so.
    QVERIFY2(child<QLabel>(second, "banner")->text().contains(u"Nothing you typed more than two"_s),
        qPrintable(child<QLabel>(second, "banner")->text()));
    screenshot(second, u"compose-restored"_s);
    DraftsWindow *drafts = rig.windows->showDrafts();
    auto *view = child<QTreeView>(drafts, "view");
    QTRY_COMPARE(view->model()->rowCount(), 3);
    drafts->selectDraft(u"crash-2"_s);
    QVERIFY2(!child<QPushButton>(drafts, "discardButton")->isEnabled(),
        "an open draft is discarded from its window");
    drafts->selectDraft(u"kept"_s);
    QVERIFY(child<QPushButton>(drafts, "discardButton")->isEnabled());
}

// Outpost ended with a window open (a logout, SIGTERM: the draft saved as it went): the window
// comes back as it was, and says so without talking of a crash or of anything missing.
void TestOutboxWindows::draftsOpenWhenOutpostClosedAreReopenedAsLeft()
{
    DraftRecord r;
    r.id = u"left-open"_s;
    r.draft.from = u"dana@acme.example"_s;
    r.draft.subject = u"Left open"_s;
    r.draft.body = u"All of it, thsi time."_s;
    r.openInWindow = true;
    r.createdAt = r.updatedAt = rig.clock->now().addSecs(-60);
    rig.store->saveDraft(r);
    QVERIFY(rig.startApp());
    ComposeWindow *w = rig.windows->windowFor(u"left-open"_s);
    QVERIFY(w);
    const QString said = child<QLabel>(w, "banner")->text();
    QVERIFY2(said.contains(u"still open when Outpost closed"_s), qPrintable(said));
    QVERIFY2(!said.contains(u"stopped"_s), qPrintable(said));
    // What the user wrote is checked for spelling at once, not from the next key.
    QTRY_COMPARE(ComposeForm::misspelled(w), QStringList {u"thsi"_s});
}

// A mailto: link (or `outpost compose --to …`) fills a window: nothing of the user's is in it
// yet, and the link can be clicked again, so nothing is written until the user changes it.
// Then the whole of it is kept, the link's address and subject with what was typed.
void TestOutboxWindows::aLinkIsSavedOnceTheUserChangesIt()
{
    ComposeWindow *first = rig.startApp();
    QVERIFY(first);
    Draft link;
    link.to = AddressList::parse(u"Robin Hale <robin.hale@newcomer.org>"_s).addresses;
    link.subject = u"Tickets for Friday"_s;
    ComposeWindow *w = rig.windows->openNew(link);
    w->show();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    const QString id = MailWindows::controllerOf(w)->draftId();
    // Longer than a change waits before it is written (DraftAutosave::maxDelay), and the window
    // left (which writes a change at once).
    QTest::qWait(int(DraftAutosave::maxDelay.count()) + 500);
    first->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(first));
    QVERIFY2(!stored(id), "a window only filled by a link was written");
    QCOMPARE(w->input().subject, u"Tickets for Friday"_s);

    // Not pristine either: a draft reopened after a crash does not take its place.
    QVERIFY(!MailWindows::controllerOf(w)->autosave()->isPristine());

    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTest::keyClicks(child<QTextEdit>(w, "bodyEdit"), u"Two, please."_s);
    QTRY_VERIFY_WITH_TIMEOUT(stored(id), 2000);
    const DraftRecord r = *stored(id);
    QCOMPARE(r.draft.subject, u"Tickets for Friday"_s);
    QCOMPARE(r.toText, u"Robin Hale <robin.hale@newcomer.org>"_s);
    QCOMPARE(r.draft.body, u"Two, please."_s);
    QVERIFY(r.openInWindow);

    // Closed untouched, it asks, and Keep as Draft keeps what the link gave.
    link.subject = u"Seats for Saturday"_s;
    QPointer<ComposeWindow> kept = rig.windows->openNew(link);
    kept->show();
    const QString keptId = MailWindows::controllerOf(kept)->draftId();
    kept->close();
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = messageBox(u"keepOrDiscardQuestion"_s)));
    buttonWithText(question, u"Keep as Draft"_s)->click();
    QTRY_VERIFY(kept.isNull());
    QTRY_VERIFY(stored(keptId));
    QCOMPARE(stored(keptId)->draft.subject, u"Seats for Saturday"_s);
}

void TestOutboxWindows::undoBringsTheMailBackToItsWindow()
{
    ComposeWindow *w = rig.startApp();
    QVERIFY(w);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    MailWindowsRig::fill(w, u"Second thoughts"_s, u"Maybe not."_s);
    QTest::keyClick(child<QTextEdit>(w, "bodyEdit"), Qt::Key_Return, Qt::ControlModifier);
    auto *undo = child<QPushButton>(w, "undoButton");
    QTRY_VERIFY(undo->isVisible());
    QVERIFY(child<QLabel>(w, "undoLabel")->text().contains(u"5"_s));
    auto *links = child<MailStatusLinks>(w, "mailStatusLinks");
    QVERIFY2(links->text().contains(u"Outbox (1)"_s), qPrintable(links->text()));
    screenshot(w, u"compose-undo"_s);
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_VERIFY(child<QPushButton>(w, "sendButton")->isEnabled());
    QVERIFY(!undo->isVisible());
    QCOMPARE(w->input().body, u"Maybe not."_s);
    QVERIFY(!links->text().contains(u"(1)"_s));
    rig.clock->advance(1min);
    QCOMPARE(rig.http->recorded(sendPath).size(), 0);
    // Sent after all: the window says so and closes.
    QPointer<ComposeWindow> closing = w;
    QTest::keyClick(child<QTextEdit>(w, "bodyEdit"), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(undo->isVisible());
    rig.clock->advance(5s);
    QTRY_VERIFY(closing.isNull());
    QCOMPARE(rig.storedCount(u"Second thoughts"_s), 1);
}

void TestOutboxWindows::sendLaterHoldsTheMailUntilItsTime()
{
    ComposeWindow *w = rig.startApp();
    QVERIFY(w);
    OutboxWindow *outboxWindow = rig.windows->showOutbox(); // keeps Outpost open
    MailWindowsRig::fill(w, u"For tomorrow"_s, u"Good morning!"_s);
    auto *later = child<SendLaterButton>(w, "sendLaterButton");
    // The date-and-time dialog refuses a time that has passed.
    Q_EMIT later->menu()->aboutToShow();
    const QList<QAction *> actions = later->menu()->actions();
    QVERIFY(actions.size() >= 3);
    later->menu()->findChild<QAction *>(u"pickDateTimeAction"_s)->trigger();
    SendLaterDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<SendLaterDialog *>()));
    auto *edit = child<QDateTimeEdit>(dialog, "sendAtEdit");
    edit->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
    QVERIFY(child<FieldMessage>(dialog, "sendAtError")->hasProblem());
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    edit->setDateTime(QDateTime::currentDateTime().addDays(1));
    QVERIFY(ok->isEnabled());
    screenshot(dialog, u"send-later"_s);
    dialog->reject();
    // "In an Hour" from the menu.
    QPointer<ComposeWindow> closing = w;
    QSignalSpy queued(rig.outbox.get(), &Outbox::queued);
    actions.first()->trigger();
    QVERIFY(queued.wait());
    const QString entry = queued.first().first().toString();
    QCOMPARE(rig.outbox->status(entry), Outbox::Status::Scheduled);
    QVERIFY(child<QLabel>(w, "banner")->text().contains(u"Scheduled"_s));
    QTRY_VERIFY(closing.isNull()); // it waits in the Outbox; the window may go
    outboxWindow->selectEntry(entry);
    QTRY_VERIFY(child<QLabel>(outboxWindow, "detail")->text().contains(u"Scheduled"_s));
    screenshot(outboxWindow, u"outbox-scheduled"_s);
    rig.clock->advance(59min);
    QCOMPARE(rig.http->recorded(sendPath).size(), 0);
    QSignalSpy sent(rig.outbox.get(), &Outbox::sent);
    rig.clock->advance(2min);
    QVERIFY(sent.wait());
    QCOMPARE(rig.storedCount(u"For tomorrow"_s), 1);
    QTRY_VERIFY(child<QLabel>(outboxWindow, "emptyLabel")->isVisible());
}

void TestOutboxWindows::outboxWindowRetriesEditsAndDeletes()
{
    QVERIFY(rig.startApp());
    OutboxWindow *outboxWindow = rig.windows->showOutbox();
    QVERIFY(rig.http->addFault({{u"path"_s, sendPath}, {u"status"_s, 503}, {u"times"_s, -1}}));
    const QString retried = failEntry(u"Retry me"_s);
    const QString edited = failEntry(u"Edit me"_s);
    const QString deleted = failEntry(u"Delete me"_s);
    QVERIFY(!retried.isEmpty() && !edited.isEmpty() && !deleted.isEmpty());
    auto *view = child<QTreeView>(outboxWindow, "view");
    QTRY_COMPARE(view->model()->rowCount(), 3);
    outboxWindow->selectEntry(retried);
    QVERIFY2(child<QLabel>(outboxWindow, "detail")->text().contains(u"Stopped after 3 attempts"_s),
        qPrintable(child<QLabel>(outboxWindow, "detail")->text()));
    outboxWindow->resize(860, 380);
    screenshot(outboxWindow, u"outbox"_s);

    // Retry, once the server is back.
    QVERIFY(rig.http->del(u"/_sandbox/faults"_s).status == 200);
    QSignalSpy sent(rig.outbox.get(), &Outbox::sent);
    QTest::mouseClick(child<QPushButton>(outboxWindow, "sendNowButton"), Qt::LeftButton);
    QVERIFY(sent.wait());
    QCOMPARE(rig.storedCount(u"Retry me"_s), 1);
    QTRY_COMPARE(view->model()->rowCount(), 2);

    // Edit: out of the outbox, into a compose window.
    outboxWindow->selectEntry(edited);
    QTest::mouseClick(child<QPushButton>(outboxWindow, "editButton"), Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    auto withSubject = [this](const QString &subject) -> ComposeWindow * {
        for (ComposeWindow *c : rig.windows->composeWindows()) {
            if (c->input().subject == subject)
                return c;
        }
        return nullptr;
    };
    ComposeWindow *editing = nullptr;
    QTRY_VERIFY((editing = withSubject(u"Edit me"_s)));
    QCOMPARE(editing->input().body, u"Retry me."_s);
    QVERIFY(child<QPushButton>(editing, "sendButton")->isEnabled());
    // Sent again unchanged, it keeps its key: the failed attempts may have reached the server.
    QTRY_VERIFY(child<QComboBox>(editing, "fromCombo")->count() >= 3);
    QCOMPARE(editing->input().from, u"dana@acme.example"_s);
    QTest::mouseClick(child<QPushButton>(editing, "sendButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QPushButton>(editing, "undoButton")->isVisible());
    rig.clock->advance(5s);
    QVERIFY(sent.wait());
    QCOMPARE(rig.storedCount(u"Edit me"_s), 1);
    QStringList editKeys;
    for (const QJsonValue &v : rig.http->recorded(sendPath)) {
        const QJsonObject r = v.toObject();
        if (r.value(u"body"_s).toString().contains(u"Edit me"_s))
            editKeys += r.value(u"headers"_s).toObject().value(u"idempotency-key"_s).toString();
    }
    QVERIFY(editKeys.size() >= 4); // three failed attempts and the one that went
    QCOMPARE(editKeys.count(editKeys.first()), editKeys.size());

    // Delete, after saying yes.
    outboxWindow->selectEntry(deleted);
    const QString deletedDraft = rig.outbox->entry(deleted)->draft.id;
    QTest::mouseClick(child<QPushButton>(outboxWindow, "deleteButton"), Qt::LeftButton);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = messageBox(u"deleteQuestion"_s)));
    buttonWithText(question, u"Delete"_s)->click();
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QTRY_VERIFY(!stored(deletedDraft));
    QCOMPARE(rig.storedCount(u"Delete me"_s), 0);
}

void TestOutboxWindows::refusedMailComesBackInAWindow()
{
    ComposeWindow *w = rig.startApp();
    QVERIFY(w);
    rig.windows->showOutbox(); // keeps Outpost open
    MailWindowsRig::fill(w, u"Refused later"_s, u"This one the server will refuse."_s);
    auto *later = child<SendLaterButton>(w, "sendLaterButton");
    Q_EMIT later->menu()->aboutToShow();
    QSignalSpy queued(rig.outbox.get(), &Outbox::queued);
    later->menu()->actions().first()->trigger();
    QVERIFY(queued.wait());
    QPointer<ComposeWindow> closing = w;
    QTRY_VERIFY(closing.isNull());
    const QJsonObject error {{u"code"_s, u"forbidden"_s}, {u"message"_s, u"Mailbox revoked"_s}};
    QVERIFY(rig.http->addFault({{u"path"_s, sendPath}, {u"status"_s, 403},
        {u"body"_s, QJsonObject {{u"error"_s, error}}}}));
    rig.clock->advance(2h);
    ComposeWindow *back = nullptr;
    QTRY_VERIFY((back = rig.windows->composeWindows().value(0)));
    QTRY_COMPARE(back->input().subject, u"Refused later"_s);
    QCOMPARE(back->input().body, u"This one the server will refuse."_s);
    QTRY_VERIFY(child<FieldMessage>(back, "fromError")->text().contains(u"Mailbox revoked"_s));
    QVERIFY(child<QPushButton>(back, "sendButton")->isEnabled());
    QCOMPARE(rig.outbox->count(), 0);
    QCOMPARE(rig.storedCount(u"Refused later"_s), 0);
}

void TestOutboxWindows::mailDueWhileClosedAsksFirst()
{
    OutboxEntry e;
    e.id = u"due-entry"_s;
    e.idempotencyKey = u"due-key"_s;
    e.enqueuedAt = rig.clock->now().addDays(-1);
    e.scheduledAt = rig.clock->now().addSecs(-3600);
    e.draft.id = u"due-draft"_s;
    e.draft.draft.from = u"dana@acme.example"_s;
    e.draft.draft.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    e.draft.draft.subject = u"Monday briefing"_s;
    e.draft.draft.body = u"Scheduled while Outpost was closed."_s;
    rig.store->enqueue(e);
    QVERIFY(rig.startApp());
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = messageBox(u"dueWhileClosedQuestion"_s)));
    QVERIFY(question->informativeText().contains(u"Monday briefing"_s));
    QCOMPARE(rig.http->recorded(sendPath).size(), 0);
    screenshot(question, u"due-question"_s);
    QSignalSpy sent(rig.outbox.get(), &Outbox::sent);
    buttonWithText(question, u"Send Now"_s)->click();
    QVERIFY(sent.wait());
    QCOMPARE(rig.storedCount(u"Monday briefing"_s), 1);
}

void TestOutboxWindows::quittingWithQueuedMailSaysSo()
{
    ComposeWindow *w = rig.startApp();
    QVERIFY(w);
    OutboxWindow *outboxWindow = rig.windows->showOutbox();
    MailWindowsRig::fill(w, u"Waits for tomorrow"_s, u"See you."_s);
    auto *later = child<SendLaterButton>(w, "sendLaterButton");
    Q_EMIT later->menu()->aboutToShow();
    QSignalSpy queued(rig.outbox.get(), &Outbox::queued);
    later->menu()->actions().at(1)->trigger();
    QVERIFY(queued.wait());
    QPointer<ComposeWindow> closing = w;
    QTRY_VERIFY(closing.isNull());
    // Qt tells about the last window only inside exec(): run one, answer from a timer.
    QStringList said;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        QMessageBox *box = messageBox(u"quitWithQueuedMail"_s);
        if (!box)
            return;
        said += box->text() + u' ' + box->informativeText();
        if (said.size() == 1) {
            screenshot(box, u"quit-question"_s);
            buttonWithText(box, u"Keep Outpost Open"_s)->click();
            // Kept open: the Outbox shows; closing it asks again, and Quit quits.
            QTimer::singleShot(50, this, [this, &said] {
                QVERIFY2(said.size() == 1, "asked again before the Outbox was closed");
                rig.windows->showOutbox()->close();
            });
        } else {
            buttonWithText(box, u"Quit"_s)->click();
            answer.stop();
        }
    });
    answer.start(20);
    QTimer::singleShot(0, outboxWindow, &QWidget::close);
    QTimer::singleShot(30000, qApp, [] { QCoreApplication::exit(1); }); // never hang
    QCOMPARE(QApplication::exec(), 0);
    QCOMPARE(said.size(), 2);
    QVERIFY2(said.first().contains(u"1 message"_s), qPrintable(said.first()));
    // Scheduled: it goes at its time, tomorrow morning, if Outpost is open then, else Outpost
    // asks about it at the next start; keeping Outpost open does not send it now.
    QVERIFY2(said.first().contains(u"08:00: it goes out then if Outpost is open; if not, Outpost "
                                   "asks you about it when you next start it"_s),
        qPrintable(said.first()));
    QVERIFY2(!said.first().contains(u"now"_s), qPrintable(said.first()));
    // Kept for the next start.
    QCOMPARE(rig.outbox->count(), 1);
    rig.windows.reset(); // the windows watch the outbox: they go first, as in main()
    rig.outbox.reset();
    QVERIFY(rig.store->flush());
    std::optional<QList<OutboxEntry>> left;
    rig.store->loadOutbox(
        {}, this, [&](const StoreResult<QList<OutboxEntry>> &r) { left = r.value; });
    QTRY_VERIFY(left.has_value());
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->first().draft.draft.subject, u"Waits for tomorrow"_s);
}

void TestOutboxWindows::quittingWithFailedMailSaysItWaitsForTheUser()
{
    // Mail the outbox gave up on goes out neither at the next start nor by staying open: the
    // question says it waits for the user.
    QVERIFY(rig.startApp());
    QVERIFY(rig.http->addFault({{u"path"_s, sendPath}, {u"status"_s, 503}, {u"times"_s, -1}}));
    QVERIFY(!failEntry(u"Gave up"_s).isEmpty());
    QString said;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        if (QMessageBox *box = messageBox(u"quitWithQueuedMail"_s)) {
            said = box->text() + u' ' + box->informativeText();
            answer.stop();
            buttonWithText(box, u"Quit"_s)->click();
        }
    });
    answer.start(20);
    QTimer::singleShot(0, qApp, &QApplication::closeAllWindows);
    QTimer::singleShot(30000, qApp, [] { QCoreApplication::exit(1); }); // never hang
    QCOMPARE(QApplication::exec(), 0);
    QVERIFY2(said.startsWith(u"1 message"_s), qPrintable(said));
    QVERIFY2(said.endsWith(u"Mail that was not sent, or may have been, waits in the Outbox until "
                           "you decide about it."_s),
        qPrintable(said));
    QCOMPARE(rig.outbox->count(), 1);
}

QTEST_MAIN(TestOutboxWindows)
#include "tst_outboxwindows.moc"

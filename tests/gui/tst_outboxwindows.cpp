// SPDX-License-Identifier: GPL-3.0-or-later
// Drafts and the outbox as a user meets them, through Outpost's real windows and wiring
// (MailWindows) against a sandbox over loopback HTTP: autosave, keep or discard on close,
// drafts reopened after a crash, Undo, send later, the Outbox window's retry, edit and delete,
// and the questions at start (mail due while closed) and at quit (mail still queued).
#include "models/ComposeController.h"
#include "models/DraftAutosave.h"
#include "platform/PlatformClient.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/ManualClock.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/ComposeWindow.h"
#include "ui/DraftsWindow.h"
#include "ui/FieldMessage.h"
#include "ui/MailStatusLinks.h"
#include "ui/MailWindows.h"
#include "ui/OutboxWindow.h"
#include "ui/RecipientEdit.h"
#include "ui/SendLaterButton.h"
#include "ui/SendLaterDialog.h"

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
using Outpost::Testing::ManualClock;

namespace {
const QString sendPath = u"/api/email/messages/send"_s;

template<typename T> T *child(QWidget *w, const char *name)
{
    T *found = w->findChild<T *>(QLatin1String(name));
    Q_ASSERT(found);
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
    void undoBringsTheMailBackToItsWindow();
    void sendLaterHoldsTheMailUntilItsTime();
    void outboxWindowRetriesEditsAndDeletes();
    void refusedMailComesBackInAWindow();
    void mailDueWhileClosedAsksFirst();
    void quittingWithQueuedMailSaysSo();

private:
    ComposeWindow *startApp();
    void fill(ComposeWindow *w, const QString &subject, const QString &body);
    std::optional<DraftRecord> stored(const QString &draftId);
    int storedCount(const QString &subject);
    QString failEntry(const QString &subject); // a mail the outbox gave up on, no window open
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

void TestOutboxWindows::init()
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

void TestOutboxWindows::cleanup()
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

ComposeWindow *TestOutboxWindows::startApp()
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

void TestOutboxWindows::fill(ComposeWindow *w, const QString &subject, const QString &body)
{
    QTest::keyClicks(
        child<RecipientEdit>(w, "toEdit")->lineEdit(), u"Jamie Lee <jamie.lee@example.com>"_s);
    QTest::keyClicks(child<QLineEdit>(w, "subjectEdit"), subject);
    QTest::keyClicks(child<QTextEdit>(w, "bodyEdit"), body);
}

std::optional<DraftRecord> TestOutboxWindows::stored(const QString &draftId)
{
    std::optional<std::optional<DraftRecord>> result;
    store->loadDraft(
        draftId, this, [&](const StoreResult<std::optional<DraftRecord>> &r) { result = r.value; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }))
        return std::nullopt;
    return *result;
}

int TestOutboxWindows::storedCount(const QString &subject)
{
    int count = 0;
    for (const QJsonValue &v : http->allMessages()) {
        count += v.toObject().value(u"emailMetadata").toObject().value(u"subject").toString()
            == subject;
    }
    return count;
}

QString TestOutboxWindows::failEntry(const QString &subject)
{
    ComposeWindow *w = windows->openNew();
    w->show();
    MailWindows::controllerOf(w)->loadMailboxes();
    if (!QTest::qWaitFor([w] { return child<QComboBox>(w, "fromCombo")->count() >= 3; }))
        return {};
    w->selectFrom(u"dana@acme.example"_s);
    fill(w, subject, u"Retry me."_s);
    QSignalSpy queued(outbox.get(), &Outbox::queued);
    QTest::mouseClick(child<QPushButton>(w, "sendButton"), Qt::LeftButton);
    if (!queued.wait())
        return {};
    const QString id = queued.first().first().toString();
    w->close(); // in the undo window: the window may go, the mail goes on
    QSignalSpy waiting(outbox.get(), &Outbox::waiting);
    QSignalSpy failed(outbox.get(), &Outbox::failed);
    clock->advance(5s);
    while (failed.isEmpty()) {
        if (!QTest::qWaitFor([&] { return !waiting.isEmpty() || !failed.isEmpty(); }))
            return {};
        if (!waiting.isEmpty())
            clock->advance(std::chrono::milliseconds(waiting.takeFirst().at(2).toLongLong()));
    }
    return id;
}

void TestOutboxWindows::screenshot(QWidget *w, const QString &name)
{
    const QString into = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR");
    if (into.isEmpty())
        return;
    // What a user would see: the layouts a text change asked for are done first.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(w->grab().save(into + u'/' + name + u".png"_s));
}

void TestOutboxWindows::typingIsSavedWithinTwoSecondsAndAtOnceOnFocusLoss()
{
    ComposeWindow *w = startApp();
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
    DraftsWindow *drafts = windows->showDrafts();
    QVERIFY(QTest::qWaitForWindowActive(drafts));
    QTRY_VERIFY_WITH_TIMEOUT(
        stored(id)->draft.body == u"Hello world"_s, int(DraftAutosave::idleDelay.count()) - 100);
}

void TestOutboxWindows::closingAsksKeepOrDiscard()
{
    ComposeWindow *w = startApp();
    QVERIFY(w);
    DraftsWindow *drafts = windows->showDrafts(); // keeps Outpost open when compose windows close
    QPointer<ComposeWindow> keep = w;
    const QString keptId = MailWindows::controllerOf(w)->draftId();
    fill(w, u"Keep me"_s, u"Half a thought"_s);
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
    QPointer<ComposeWindow> gone = windows->openNew();
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
    QPointer<ComposeWindow> stay = windows->openNew();
    stay->show();
    QTest::keyClicks(child<QLineEdit>(stay, "subjectEdit"), u"Still here"_s);
    stay->close();
    QTRY_VERIFY((question = messageBox(u"keepOrDiscardQuestion"_s)));
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!messageBox(u"keepOrDiscardQuestion"_s));
    QVERIFY(!stay.isNull() && stay->isVisible());
    QPointer<ComposeWindow> empty = windows->openNew();
    empty->show();
    empty->close();
    QTRY_VERIFY(empty.isNull());

    // Opening the kept draft continues it.
    drafts->selectDraft(keptId);
    QTest::mouseClick(child<QPushButton>(drafts, "openButton"), Qt::LeftButton);
    ComposeWindow *reopened = windows->windowFor(keptId);
    QVERIFY(reopened);
    QCOMPARE(reopened->input().body, u"Half a thought"_s);
    QCOMPARE(reopened->input().subject, u"Keep me"_s);
}

void TestOutboxWindows::draftsOpenAtACrashAreReopened()
{
    // What the last run left: two drafts open in windows when it died, one kept on purpose.
    const QDateTime t = clock->now().addSecs(-600);
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
        store->saveDraft(r);
    };
    record(u"crash-1"_s, u"Budget for Q3"_s, true, 1);
    record(u"crash-2"_s, u"Offsite agenda"_s, true, 2);
    record(u"kept"_s, u"Kept for later"_s, false, 3);
    ComposeWindow *first = startApp();
    QVERIFY(first);
    QCOMPARE(windows->composeWindows().size(), 2);
    QVERIFY2(MailWindows::controllerOf(first)->draftId() == u"crash-1"_s,
        "the untouched first window took the oldest draft");
    ComposeWindow *second = windows->windowFor(u"crash-2"_s);
    QVERIFY(second);
    QCOMPARE(second->input().to, u"Jamie Lee <jamie.lee@example.com>, priya@"_s);
    QCOMPARE(second->input().body, u"Written before the crash: Offsite agenda"_s);
    QVERIFY(!windows->windowFor(u"kept"_s));
    QVERIFY(child<QLabel>(second, "banner")->text().contains(u"Reopened"_s));
    screenshot(second, u"compose-restored"_s);
    DraftsWindow *drafts = windows->showDrafts();
    auto *view = child<QTreeView>(drafts, "view");
    QTRY_COMPARE(view->model()->rowCount(), 3);
    drafts->selectDraft(u"crash-2"_s);
    QVERIFY2(!child<QPushButton>(drafts, "discardButton")->isEnabled(),
        "an open draft is discarded from its window");
    drafts->selectDraft(u"kept"_s);
    QVERIFY(child<QPushButton>(drafts, "discardButton")->isEnabled());
}

void TestOutboxWindows::undoBringsTheMailBackToItsWindow()
{
    ComposeWindow *w = startApp();
    QVERIFY(w);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    fill(w, u"Second thoughts"_s, u"Maybe not."_s);
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
    clock->advance(1min);
    QCOMPARE(http->recorded(sendPath).size(), 0);
    // Sent after all: the window says so and closes.
    QPointer<ComposeWindow> closing = w;
    QTest::keyClick(child<QTextEdit>(w, "bodyEdit"), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(undo->isVisible());
    clock->advance(5s);
    QTRY_VERIFY(closing.isNull());
    QCOMPARE(storedCount(u"Second thoughts"_s), 1);
}

void TestOutboxWindows::sendLaterHoldsTheMailUntilItsTime()
{
    ComposeWindow *w = startApp();
    QVERIFY(w);
    OutboxWindow *outboxWindow = windows->showOutbox(); // keeps Outpost open
    fill(w, u"For tomorrow"_s, u"Good morning!"_s);
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
    QSignalSpy queued(outbox.get(), &Outbox::queued);
    actions.first()->trigger();
    QVERIFY(queued.wait());
    const QString entry = queued.first().first().toString();
    QCOMPARE(outbox->status(entry), Outbox::Status::Scheduled);
    QVERIFY(child<QLabel>(w, "banner")->text().contains(u"Scheduled"_s));
    QTRY_VERIFY(closing.isNull()); // it waits in the Outbox; the window may go
    outboxWindow->selectEntry(entry);
    QTRY_VERIFY(child<QLabel>(outboxWindow, "detail")->text().contains(u"Scheduled"_s));
    screenshot(outboxWindow, u"outbox-scheduled"_s);
    clock->advance(59min);
    QCOMPARE(http->recorded(sendPath).size(), 0);
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    clock->advance(2min);
    QVERIFY(sent.wait());
    QCOMPARE(storedCount(u"For tomorrow"_s), 1);
    QTRY_VERIFY(child<QLabel>(outboxWindow, "emptyLabel")->isVisible());
}

void TestOutboxWindows::outboxWindowRetriesEditsAndDeletes()
{
    QVERIFY(startApp());
    OutboxWindow *outboxWindow = windows->showOutbox();
    QVERIFY(http->addFault({{u"path"_s, sendPath}, {u"status"_s, 503}, {u"times"_s, -1}}));
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
    QVERIFY(http->del(u"/_sandbox/faults"_s).status == 200);
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    QTest::mouseClick(child<QPushButton>(outboxWindow, "sendNowButton"), Qt::LeftButton);
    QVERIFY(sent.wait());
    QCOMPARE(storedCount(u"Retry me"_s), 1);
    QTRY_COMPARE(view->model()->rowCount(), 2);

    // Edit: out of the outbox, into a compose window.
    outboxWindow->selectEntry(edited);
    QTest::mouseClick(child<QPushButton>(outboxWindow, "editButton"), Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    auto withSubject = [this](const QString &subject) -> ComposeWindow * {
        for (ComposeWindow *c : windows->composeWindows()) {
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
    clock->advance(5s);
    QVERIFY(sent.wait());
    QCOMPARE(storedCount(u"Edit me"_s), 1);
    QStringList editKeys;
    for (const QJsonValue &v : http->recorded(sendPath)) {
        const QJsonObject r = v.toObject();
        if (r.value(u"body"_s).toString().contains(u"Edit me"_s))
            editKeys += r.value(u"headers"_s).toObject().value(u"idempotency-key"_s).toString();
    }
    QVERIFY(editKeys.size() >= 4); // three failed attempts and the one that went
    QCOMPARE(editKeys.count(editKeys.first()), editKeys.size());

    // Delete, after saying yes.
    outboxWindow->selectEntry(deleted);
    const QString deletedDraft = outbox->entry(deleted)->draft.id;
    QTest::mouseClick(child<QPushButton>(outboxWindow, "deleteButton"), Qt::LeftButton);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = messageBox(u"deleteQuestion"_s)));
    buttonWithText(question, u"Delete"_s)->click();
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QTRY_VERIFY(!stored(deletedDraft));
    QCOMPARE(storedCount(u"Delete me"_s), 0);
}

void TestOutboxWindows::refusedMailComesBackInAWindow()
{
    ComposeWindow *w = startApp();
    QVERIFY(w);
    windows->showOutbox(); // keeps Outpost open
    fill(w, u"Refused later"_s, u"This one the server will refuse."_s);
    auto *later = child<SendLaterButton>(w, "sendLaterButton");
    Q_EMIT later->menu()->aboutToShow();
    QSignalSpy queued(outbox.get(), &Outbox::queued);
    later->menu()->actions().first()->trigger();
    QVERIFY(queued.wait());
    QPointer<ComposeWindow> closing = w;
    QTRY_VERIFY(closing.isNull());
    const QJsonObject error {{u"code"_s, u"forbidden"_s}, {u"message"_s, u"Mailbox revoked"_s}};
    QVERIFY(http->addFault({{u"path"_s, sendPath}, {u"status"_s, 403},
        {u"body"_s, QJsonObject {{u"error"_s, error}}}}));
    clock->advance(2h);
    ComposeWindow *back = nullptr;
    QTRY_VERIFY((back = windows->composeWindows().value(0)));
    QTRY_COMPARE(back->input().subject, u"Refused later"_s);
    QCOMPARE(back->input().body, u"This one the server will refuse."_s);
    QTRY_VERIFY(child<FieldMessage>(back, "fromError")->text().contains(u"Mailbox revoked"_s));
    QVERIFY(child<QPushButton>(back, "sendButton")->isEnabled());
    QCOMPARE(outbox->count(), 0);
    QCOMPARE(storedCount(u"Refused later"_s), 0);
}

void TestOutboxWindows::mailDueWhileClosedAsksFirst()
{
    OutboxEntry e;
    e.id = u"due-entry"_s;
    e.idempotencyKey = u"due-key"_s;
    e.enqueuedAt = clock->now().addDays(-1);
    e.scheduledAt = clock->now().addSecs(-3600);
    e.draft.id = u"due-draft"_s;
    e.draft.draft.from = u"dana@acme.example"_s;
    e.draft.draft.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    e.draft.draft.subject = u"Monday briefing"_s;
    e.draft.draft.body = u"Scheduled while Outpost was closed."_s;
    store->enqueue(e);
    QVERIFY(startApp());
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = messageBox(u"dueWhileClosedQuestion"_s)));
    QVERIFY(question->informativeText().contains(u"Monday briefing"_s));
    QCOMPARE(http->recorded(sendPath).size(), 0);
    screenshot(question, u"due-question"_s);
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    buttonWithText(question, u"Send now"_s)->click();
    QVERIFY(sent.wait());
    QCOMPARE(storedCount(u"Monday briefing"_s), 1);
}

void TestOutboxWindows::quittingWithQueuedMailSaysSo()
{
    ComposeWindow *w = startApp();
    QVERIFY(w);
    OutboxWindow *outboxWindow = windows->showOutbox();
    fill(w, u"Waits for tomorrow"_s, u"See you."_s);
    auto *later = child<SendLaterButton>(w, "sendLaterButton");
    Q_EMIT later->menu()->aboutToShow();
    QSignalSpy queued(outbox.get(), &Outbox::queued);
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
                windows->showOutbox()->close();
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
    QVERIFY(said.first().contains(u"next time you start Outpost"_s));
    // Kept for the next start.
    QCOMPARE(outbox->count(), 1);
    windows.reset(); // the windows watch the outbox: they go first, as in main()
    outbox.reset();
    QVERIFY(store->flush());
    std::optional<QList<OutboxEntry>> left;
    store->loadOutbox({}, this, [&](const StoreResult<QList<OutboxEntry>> &r) { left = r.value; });
    QTRY_VERIFY(left.has_value());
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->first().draft.draft.subject, u"Waits for tomorrow"_s);
}

QTEST_MAIN(TestOutboxWindows)
#include "tst_outboxwindows.moc"

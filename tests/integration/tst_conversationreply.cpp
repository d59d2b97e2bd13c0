// SPDX-License-Identifier: GPL-3.0-or-later
// Replying from the conversation view, end to end on a real sandbox: pick the thread, open
// the conversation, click Reply on the latest message, send from the compose window that
// opens; the sandbox stores the reply in the same conversation with the right In-Reply-To
// and References, and the view shows it at once, then as the server lists it. QtWebEngine,
// started in the background for the Conversation button, waits for a pause in the typing, and a
// thread chosen and never read keeps no renderer process once its compose window has closed.
// Choosing the thread also reads its conversation ahead: the click shows what was read.
#include "compose/ComposeController.h"
#include "compose/DraftAutosave.h"
#include "conversation/ConversationLoader.h"
#include "mail/SystemClock.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "settings/Settings.h"
#include "store/DraftRecord.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/ComposeRig.h"
#include "tests/support/SandboxTestClient.h"
#include "tests/support/WebEngineProcesses.h"
#include "threads/ThreadChoice.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/compose/RecipientEdit.h"
#include "ui/conversation/ConversationViewLoader.h"
#include "ui/conversation/ConversationWindow.h"
#include "ui/threads/ThreadPicker.h"
#include "ui/threads/ThreadPickerRow.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <optional>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestConversationReply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void replyFromTheViewContinuesTheThread();
    void forwardFromTheViewStartsANewThread();
    void aReplyOpensItsConversationAfterARestart();
    void replyAllKeyAnswersTheLatestMailOnceRead();
    void aThreadChosenAndNeverReadKeepsNoRenderer();
    void theEngineStartsInAPauseNotMidWord();
    void aChosenThreadIsReadBeforeItsConversationOpens();

private:
    ComposeWindow *newWindow();
    // A compose window to Jamie, its thread chosen in the picker by `filter`.
    ComposeWindow *chooseThread(const QString &filter);
    ConversationWindow *openConversation(const QString &filter);
    QVariant js(QWebEngineView *view, const QString &script);
    void click(QWebEngineView *view, const QString &selector);
    QJsonObject storedWithBody(const QString &text);
    std::optional<DraftRecord> savedDraft(const QString &id);

    Testing::ComposeRig rig; // its windows are this test's own: one a reply
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> &http = rig.http;
    std::unique_ptr<PlatformClient> &client = rig.client;
    std::unique_ptr<Outbox> &outbox = rig.outbox;
    Settings &preferences = rig.preferences;
    QList<QPointer<ComposeWindow>> windows;
};

void TestConversationReply::init()
{
    // A store on disk, sends without an undo window.
    Testing::ComposeRig::Options options;
    options.storeOnDisk = true;
    options.outbox = {};
    options.outbox.undoDelay = {};
    QVERIFY(rig.start(options));
}

void TestConversationReply::cleanup()
{
    for (const QPointer<ComposeWindow> &w : std::as_const(windows))
        delete w.data();
    windows.clear();
    rig.stop();
}

// A compose window with its controller, wired as the application does: a reply requested
// from a conversation opens in a compose window of its own.
ComposeWindow *TestConversationReply::newWindow()
{
    auto *controller = new ComposeController(client.get(), outbox.get(), preferences);
    auto *window = new ComposeWindow(controller);
    controller->setParent(window);
    window->setCloseDelayAfterSend(60000);
    windows += window;
    connect(controller, &ComposeController::composeRequested, this, [this](const Draft &draft) {
        ComposeWindow *reply = newWindow();
        ThreadChoice::open(reply->findChild<ComposeController *>(), draft);
        reply->show();
    });
    controller->loadMailboxes();
    return window;
}

ComposeWindow *TestConversationReply::chooseThread(const QString &filter)
{
    ComposeWindow *window = newWindow();
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window)) {
        qWarning("the compose window did not become active");
        return nullptr;
    }
    QTest::keyClicks(
        window->findChild<RecipientEdit *>(u"toEdit"_s)->lineEdit(), u"jamie.lee@example.com"_s);
    QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier);
    auto *picker = window->findChild<ThreadPicker *>();
    if (!picker || !QTest::qWaitFor([&] { return picker->list()->model()->rowCount() == 4; })) {
        qWarning("the picker did not list Jamie's threads");
        return nullptr;
    }
    QTest::keyClicks(picker->filterEdit(), filter);
    QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
    return window;
}

ConversationWindow *TestConversationReply::openConversation(const QString &filter)
{
    ComposeWindow *window = chooseThread(filter);
    if (!window)
        return nullptr;
    auto *show = window->findChild<QToolButton *>(u"showConversationButton"_s);
    if (!QTest::qWaitFor([&] { return show->isEnabled(); })) {
        qWarning("no thread was chosen");
        return nullptr;
    }
    show->click();
    auto *conversation = window->findChild<ConversationWindow *>();
    if (!conversation) {
        qWarning("no conversation window");
        return nullptr;
    }
    QSignalSpy shown(conversation, &ConversationWindow::pageShown);
    if (!QTest::qWaitFor([&] { return !shown.isEmpty(); }, 30000)) {
        qWarning("the conversation was not shown");
        return nullptr;
    }
    return conversation;
}

QVariant TestConversationReply::js(QWebEngineView *view, const QString &script)
{
    struct Answer
    {
        QVariant value;
        bool done = false;
    };
    auto answer = std::make_shared<Answer>();
    view->page()->runJavaScript(
        script, QWebEngineScript::ApplicationWorld, [answer](const QVariant &v) {
            answer->value = v;
            answer->done = true;
        });
    if (!QTest::qWaitFor([&] { return answer->done; }, 10000))
        qWarning() << "no answer to" << script;
    return answer->value;
}

void TestConversationReply::click(QWebEngineView *view, const QString &selector)
{
    const QString find = u"document.querySelector(\"%1\")"_s.arg(selector);
    QVERIFY2(js(view, find + u" !== null"_s).toBool(), qPrintable(selector));
    js(view, find + u".scrollIntoView({block: 'center'})"_s);
    const QVariantList r = js(view,
        u"(function(){ const b = %1.getBoundingClientRect(); "
        u"return [b.left + b.width / 2, b.top + b.height / 2]; })()"_s.arg(find))
                               .toList();
    QCOMPARE(r.size(), 2);
    QTest::mouseClick(view->focusProxy() ? view->focusProxy() : view, Qt::LeftButton, {},
        QPoint(r.at(0).toInt(), r.at(1).toInt()));
}

QJsonObject TestConversationReply::storedWithBody(const QString &text)
{
    for (const QJsonValue &v : http->allMessages()) {
        if (v.toObject().value(u"body").toString().contains(text))
            return v.toObject();
    }
    return {};
}

std::optional<DraftRecord> TestConversationReply::savedDraft(const QString &id)
{
    std::optional<DraftRecord> saved;
    bool done = false;
    rig.store->loadDraft(id, this, [&](const StoreResult<std::optional<DraftRecord>> &r) {
        if (r.value)
            saved = *r.value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("the store did not answer");
    return saved;
}

void TestConversationReply::replyFromTheViewContinuesTheThread()
{
    // What the server holds of the message being answered.
    const QJsonArray before
        = http->get(u"/api/conversation/%1/messages"_s.arg(
                        Sandbox::Seed::contractRenewalConversationId.toString()))
              .json()
              .value(u"messages"_s)
              .toArray();
    QCOMPARE(before.size(), 2);
    const QJsonObject answered = before.last().toObject().value(u"emailMetadata"_s).toObject();

    ConversationWindow *conversation = openConversation(u"contract"_s);
    QVERIFY(conversation);
    auto *view = conversation->findChild<QWebEngineView *>(u"conversationView"_s);
    QVERIFY(view);
    bool shownPending = false;
    connect(conversation->loader(), &ConversationLoader::changed, this, [&] {
        for (const ConversationMessage &m : conversation->loader()->messages())
            shownPending = shownPending || m.pending;
    });

    click(view, u"article.message:last-of-type nav.actions button"_s); // Reply
    QTRY_COMPARE(windows.size(), 2);
    ComposeWindow *reply = windows.last();
    reply->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(reply)); // for Ctrl+Return
    QCOMPARE(reply->findChild<QLineEdit *>(u"subjectEdit"_s)->text(), u"Re: Contract renewal"_s);
    QCOMPARE(reply->findChild<RecipientEdit *>(u"toEdit"_s)->text(),
        u"Jamie Lee <jamie.lee@example.com>"_s);
    QTRY_VERIFY(reply->findChild<QComboBox *>(u"fromCombo"_s)
                    ->currentText()
                    .contains(u"dana@acme.example"_s));
    auto *body = reply->findChild<QTextEdit *>(u"bodyEdit"_s);
    QVERIFY(body->toPlainText().contains(u"Jamie Lee wrote:"_s));
    body->moveCursor(QTextCursor::Start);
    QTest::keyClicks(body, u"Thanks Jamie, signing today."_s);
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);

    QJsonObject stored;
    QTRY_VERIFY_WITH_TIMEOUT(!(stored = storedWithBody(u"signing today"_s)).isEmpty(), 20000);
    QCOMPARE(stored.value(u"conversationId"_s).toString(),
        Sandbox::Seed::contractRenewalConversationId.toString());
    const QJsonObject meta = stored.value(u"emailMetadata"_s).toObject();
    QCOMPARE(
        meta.value(u"threadId"_s).toString(), Sandbox::Seed::contractRenewalThreadId.toString());
    QCOMPARE(meta.value(u"inReplyTo"_s).toString(), answered.value(u"messageId"_s).toString());
    QCOMPARE(meta.value(u"references"_s).toString(),
        answered.value(u"references"_s).toString() + u' '
            + answered.value(u"messageId"_s).toString());
    QCOMPARE(meta.value(u"subject"_s).toString(), u"Re: Contract renewal"_s);
    // The original was HTML: so is the reply, quoting it.
    QVERIFY(meta.value(u"isHtml"_s).toBool());
    QVERIFY(stored.value(u"body"_s).toString().contains(u"<blockquote"_s));

    // The view showed it at once, then as the server lists it.
    QTRY_VERIFY(shownPending);
    QTRY_COMPARE_WITH_TIMEOUT(
        js(view, u"document.querySelectorAll('article.message').length"_s).toInt(), 3, 20000);
    QTRY_COMPARE(
        js(view, u"document.querySelectorAll('article.message.pending').length"_s).toInt(), 0);
    QCOMPARE(js(view, u"document.querySelector('article.message:last-of-type').id"_s).toString(),
        u"m-"_s + stored.value(u"_id"_s).toString());
}

void TestConversationReply::aReplyOpensItsConversationAfterARestart()
{
    ConversationWindow *conversation = openConversation(u"contract"_s);
    QVERIFY(conversation);
    auto *view = conversation->findChild<QWebEngineView *>(u"conversationView"_s);
    QVERIFY(view);
    click(view, u"article.message:last-of-type nav.actions button"_s); // Reply
    QTRY_COMPARE(windows.size(), 2);
    ComposeWindow *reply = windows.last();
    // The reply can show the conversation it answers, like a thread chosen in the picker.
    auto *show = reply->findChild<QToolButton *>(u"showConversationButton"_s);
    QTRY_VERIFY(show->isEnabled());
    // Still open beside it, that conversation comes up: not a second window of it.
    reply->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(reply));
    show->click();
    QTRY_VERIFY(conversation->isActiveWindow());
    QVERIFY(!reply->findChild<ConversationWindow *>());
    auto *body = reply->findChild<QTextEdit *>(u"bodyEdit"_s);
    body->moveCursor(QTextCursor::Start);
    QTest::keyClicks(body, u"Half a reply, finished tomorrow."_s);
    auto *controller = reply->findChild<ComposeController *>();
    const QString draftId = controller->draftId();
    QVERIFY(!draftId.isEmpty());
    controller->autosave()->saveNow();

    // Outpost ends; the draft is all that is left of the reply, in the file.
    std::optional<DraftRecord> saved;
    QTRY_VERIFY_WITH_TIMEOUT(
        (saved = savedDraft(draftId)) && saved->draft.body.contains(u"Half a reply"_s), 10000);
    // Saved before the reply's From list was read, it keeps the mailbox the reply is from.
    QCOMPARE(saved->draft.from, u"dana@acme.example"_s);
    QCOMPARE(saved->draft.conversationId, Sandbox::Seed::contractRenewalConversationId.toString());
    for (const QPointer<ComposeWindow> &w : std::as_const(windows))
        delete w.data();
    windows.clear();

    // Started again, the draft opens in a window of its own; its conversation opens from it.
    ComposeWindow *restored = newWindow();
    restored->findChild<ComposeController *>()->adoptDraft(*saved);
    restored->show();
    QCOMPARE(restored->findChild<QLineEdit *>(u"subjectEdit"_s)->text(), u"Re: Contract renewal"_s);
    show = restored->findChild<QToolButton *>(u"showConversationButton"_s);
    QTRY_VERIFY(show->isEnabled());
    QTRY_VERIFY(restored->findChild<QComboBox *>(u"fromCombo"_s)
                    ->currentText()
                    .contains(u"dana@acme.example"_s));
    // Nothing of it is read at start; the pointer on Conversation reads it, before the click.
    auto *row = restored->findChild<ThreadPickerRow *>();
    QVERIFY(row);
    QVERIFY(!row->readAhead());
    QTest::mouseMove(show);
    QTRY_VERIFY_WITH_TIMEOUT(row->readAhead() && row->readAhead()->hasLoaded(), 10000);
    QCOMPARE(row->readAhead()->messages().size(), 2);
    show->click();
    conversation = restored->findChild<ConversationWindow *>();
    QVERIFY(conversation);
    QVERIFY(!row->readAhead()); // the window took what was read
    QSignalSpy shown(conversation, &ConversationWindow::pageShown);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
    QCOMPARE(conversation->loader()->thread().conversationId,
        Sandbox::Seed::contractRenewalConversationId.toString());
    view = conversation->findChild<QWebEngineView *>(u"conversationView"_s);
    QTRY_COMPARE(js(view, u"document.querySelectorAll('article.message').length"_s).toInt(), 2);
}

void TestConversationReply::forwardFromTheViewStartsANewThread()
{
    ConversationWindow *conversation = openConversation(u"contract"_s);
    QVERIFY(conversation);
    auto *view = conversation->findChild<QWebEngineView *>(u"conversationView"_s);
    QVERIFY(view);
    // Forward the first message: it carries the signed PDF.
    js(view, u"document.querySelector('article.message > details').open = true; true"_s);
    click(view, u"article.message:first-of-type nav.actions form:last-child button"_s);
    QTRY_COMPARE(windows.size(), 2);
    ComposeWindow *forward = windows.last();
    forward->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(forward));
    QCOMPARE(forward->findChild<QLineEdit *>(u"subjectEdit"_s)->text(), u"Fwd: Contract renewal"_s);
    // A new thread: it has no conversation yet.
    QVERIFY(!forward->findChild<QToolButton *>(u"showConversationButton"_s)->isEnabled());
    QVERIFY(forward->findChild<RecipientEdit *>(u"toEdit"_s)->text().isEmpty());
    QTest::keyClicks(
        forward->findChild<RecipientEdit *>(u"toEdit"_s)->lineEdit(), u"priya.raman@example.org"_s);
    auto *body = forward->findChild<QTextEdit *>(u"bodyEdit"_s);
    body->moveCursor(QTextCursor::Start);
    QTest::keyClicks(body, u"Priya, for your records."_s);
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    QJsonObject stored;
    QTRY_VERIFY_WITH_TIMEOUT(!(stored = storedWithBody(u"for your records"_s)).isEmpty()
            || !forward->findChild<QLabel *>(u"banner"_s)->text().isEmpty(),
        20000);
    QVERIFY2(!stored.isEmpty(), qPrintable(forward->findChild<QLabel *>(u"banner"_s)->text()));
    QVERIFY(stored.value(u"conversationId"_s).toString()
        != Sandbox::Seed::contractRenewalConversationId.toString());
    const QJsonArray attachments = stored.value(u"attachments"_s).toArray();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments.first().toObject().value(u"filename"_s).toString(),
        u"renewal-2025-signed.pdf"_s);
    QVERIFY(stored.value(u"body"_s).toString().contains(u"---------- Forwarded message"_s));
}

void TestConversationReply::replyAllKeyAnswersTheLatestMailOnceRead()
{
    // Priya's invoice thread: four people. Its messages take 3 s to read, and Ctrl+Shift+R is
    // pressed before they are in.
    const QString id = Sandbox::Seed::invoiceConversationId.toString();
    const QJsonArray messages = http->get(u"/api/conversation/%1/messages"_s.arg(id))
                                    .json()
                                    .value(u"messages"_s)
                                    .toArray();
    QCOMPARE(messages.size(), 3);
    const QJsonObject latest = messages.last().toObject().value(u"emailMetadata"_s).toObject();
    QVERIFY(http->addFault({{u"path"_s, u"/api/conversation/%1/messages"_s.arg(id)},
                {u"delayMs"_s, 3000}, {u"times"_s, -1}})
        > 0);
    ThreadSummary thread;
    thread.conversationId = id;
    thread.threadId = Sandbox::Seed::invoiceThreadId.toString();
    thread.subject = u"Invoice INV-2026-0415"_s;
    thread.mailbox = u"ops@acme.example"_s;
    thread.provider = Provider::Outlook;
    const QList<Mailbox> ours {{Sandbox::Seed::opsOutlookMailboxId.toString(), Provider::Outlook,
        u"ops@acme.example"_s, u"Acme Operations"_s, true, {}}};
    auto conversation
        = std::make_unique<ConversationWindow>(new ConversationLoader(client.get(), thread), ours);
    QSignalSpy asked(conversation.get(), &ConversationWindow::composeRequested);
    conversation->show();
    conversation->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(conversation.get()));
    QVERIFY(!conversation->loader()->hasLoaded());
    QTest::keyClick(conversation.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(asked.size(), 0); // nothing read yet
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 15000);
    const Draft reply = asked.first().first().value<Draft>();
    // To the sender, and the others in copy; never the user's own mailbox.
    QCOMPARE(reply.to.size(), 1);
    QCOMPARE(reply.to.first().address, u"priya.raman@example.org"_s);
    QStringList cc;
    for (const MailAddress &a : reply.cc)
        cc += a.address;
    QCOMPARE(cc, (QStringList {u"sean.obrien@example.net"_s, u"jose.perez@example.es"_s}));
    QCOMPARE(reply.from, u"ops@acme.example"_s);
    QCOMPARE(reply.threadId, thread.threadId);
    QCOMPARE(reply.inReplyTo, latest.value(u"messageId"_s).toString());
    QCOMPARE(reply.subject, u"Re: Invoice INV-2026-0415"_s);
    QVERIFY(reply.body.contains(u"Sean, please mark it as scheduled"_s));
}

void TestConversationReply::aThreadChosenAndNeverReadKeepsNoRenderer()
{
    // Choosing the thread starts QtWebEngine in the background, for the Conversation button.
    QPointer<ComposeWindow> window = chooseThread(u"contract"_s);
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(Testing::hiddenWebViews().size(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(Testing::renderers() > 0, 20000);
    // The user wrote the reply without reading the conversation, and the window went (sent,
    // or kept as a draft): nothing is left running for a conversation nobody opened.
    delete window.data();
    QVERIFY(Testing::hiddenWebViews().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(Testing::renderers(), 0, 15000);
}

void TestConversationReply::theEngineStartsInAPauseNotMidWord()
{
    // The thread chosen, the user goes on writing at once, a key every 80 ms.
    QPointer<ComposeWindow> window = chooseThread(u"contract"_s);
    QVERIFY(window);
    auto *body = window->findChild<QTextEdit *>(u"bodyEdit"_s);
    QVERIFY(body);
    const QString words = u"Thanks Jamie, the signed copy follows today."_s;
    QElapsedTimer clock;
    clock.start();
    qint64 lastKey = -1;
    qint64 longestGap = 0; // between two keys: a slow machine may make a pause of its own
    std::optional<qint64> startedAfterGap; // QtWebEngine started while the user typed
    for (const QChar c : words) {
        const qint64 now = clock.elapsed();
        if (lastKey >= 0)
            longestGap = std::max(longestGap, now - lastKey);
        lastKey = now;
        QTest::keyClick(body, c.toLatin1());
        while (clock.elapsed() - lastKey < 80) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (!startedAfterGap && !Testing::hiddenWebViews().isEmpty())
                startedAfterGap = longestGap;
        }
    }
    QCOMPARE(body->toPlainText(), words);
    QVERIFY2(!startedAfterGap || *startedAfterGap >= ConversationViewLoader::warmUpPauseMs,
        qPrintable(u"QtWebEngine started while the user typed (longest pause %1 ms)"_s.arg(
            startedAfterGap.value_or(0))));
    // In the pause after the last word, it starts, for the Conversation button.
    QTRY_COMPARE_WITH_TIMEOUT(Testing::hiddenWebViews().size(), 1, 20000);
}

void TestConversationReply::aChosenThreadIsReadBeforeItsConversationOpens()
{
    QPointer<ComposeWindow> window = chooseThread(u"contract"_s);
    QVERIFY(window);
    auto *row = window->findChild<ThreadPickerRow *>();
    QVERIFY(row);
    QTRY_VERIFY_WITH_TIMEOUT(row->readAhead() && row->readAhead()->hasLoaded(), 10000);
    const QList<ConversationMessage> read = row->readAhead()->messages();
    QCOMPARE(read.size(), 2);
    // The platform is out of reach by the time the user clicks Conversation (a train goes into
    // a tunnel): what was read when the thread was chosen is what the window shows.
    rig.sandbox.reset();
    window->findChild<QToolButton *>(u"showConversationButton"_s)->click();
    auto *conversation = window->findChild<ConversationWindow *>();
    QVERIFY(conversation);
    QVERIFY(!row->readAhead()); // the window took it
    QSignalSpy shown(conversation, &ConversationWindow::pageShown);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
    QCOMPARE(shown.first().value(0).toBool(), true);
    auto *view = conversation->findChild<QWebEngineView *>(u"conversationView"_s);
    QVERIFY(view);
    const QString text = js(view, u"document.body.innerText"_s).toString();
    QVERIFY2(text.contains(read.last().senderName()), qPrintable(text));
    QCOMPARE(js(view, u"document.querySelectorAll('article.message').length"_s).toInt(), 2);
}

QTEST_MAIN(TestConversationReply)
#include "tst_conversationreply.moc"

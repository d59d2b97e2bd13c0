// SPDX-License-Identifier: GPL-3.0-or-later
// The compose window as a user drives it: typing, Ctrl+Return, errors next to fields,
// against a real sandbox over loopback HTTP.
#include "mail/MailtoUrl.h"
#include "models/ComposeController.h"
#include "models/MailboxListModel.h"
#include "models/RecipientCompleter.h"
#include "models/RecipientMailboxes.h"
#include "models/Roles.h"
#include "models/SignatureStore.h"
#include "models/SpellChecker.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxServer.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "submit/SystemClock.h"
#include "tests/support/ComposeForm.h"
#include "tests/support/ComposeRig.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/BodyEditor.h"
#include "ui/ComposeWindow.h"
#include "ui/FieldMessage.h"
#include "ui/RecipientChip.h"
#include "ui/RecipientEdit.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolBar>

using namespace Outpost;
using namespace Outpost::Testing;
using namespace Qt::StringLiterals;

class TestComposeWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typesAndSendsWithCtrlReturn();
    void invalidAddressIsMarkedAndNothingIsSent();
    void ambiguousAddressOffersProviderChoice();
    void serverRefusalStandsNextToFieldAndKeepsDraft();
    void droppedAnswerIsLookedForAndSentOnce();
    void pastedListBecomesChipsAndBackspaceEditsTheLast();
    void duplicatesAcrossFieldsAreSentOnce();
    void ccAndBccAppearWhenAsked();
    void completesFromContactsByKeyboard();
    void completionRanksRecentFirstAndAbortsSupersededSearches();
    void htmlToggleSendsCleanHtml();
    void spellingSuggestsAndLearns();
    void signatureFollowsFrom();
    void forgottenAttachmentAsksFirst();
    void emptySubjectAsksFirst();
    void lastMailboxUsedWithRecipientIsOfferedNotSwitched();
    void mailtoPrefillsTheWindow();
    void menusAndAccessibleNames();
    void darkPaletteScreenshot();

private:
    template<typename T> T *child(const char *name) const
    {
        T *w = window->findChild<T *>(QLatin1String(name));
        Q_ASSERT(w);
        return w;
    }
    QJsonArray storedMessages();
    QJsonObject storedWithSubject(const QString &subject);
    void fill(const QString &to, const QString &subject, const QString &body);
    void chooseFrom(const QString &address);
    // With OUTPOST_SCREENSHOT_DIR set, keeps a picture of the window (for the README).
    void screenshot(const QString &name);
    // Answers the question box `name` with the button whose text contains `button`.
    void answer(const char *name, QMessageBox::ButtonRole role);
    // Opens the body's context menu at `position` and returns its entries (then closes it,
    // or triggers the entry `choose`).
    QStringList contextMenuAt(int position, const QString &choose = {});
    QAction *action(const char *name) const { return child<QAction>(name); }
    BodyEditor *body() const { return ComposeForm::body(window); }
    RecipientEdit *recipients(const char *name = "toEdit") const
    {
        return ComposeForm::recipients(window, name);
    }

    ComposeRig rig;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> &http = rig.http;
    std::unique_ptr<PlatformClient> &client = rig.client;
    std::unique_ptr<Outbox> &outbox = rig.outbox;
    std::unique_ptr<ComposeController> &controller = rig.controller;
    QPointer<ComposeWindow> &window = rig.window;
};

void TestComposeWindow::init()
{
    QSettings().clear(); // signatures, spelling and preselected mailboxes start empty
    RecipientMailboxes::beside(QSettings()).clear();
    QFile::remove(SpellChecker::defaultPersonalWordsPath());
    ComposeRig::Options options;
    options.sandbox = {};
    options.sandbox.faults = true;
    QVERIFY(rig.start(options));
    QVERIFY(rig.openWindow([](ComposeWindow *w) { w->setCloseDelayAfterSend(200); }));
}

void TestComposeWindow::cleanup()
{
    rig.stop();
}

QJsonArray TestComposeWindow::storedMessages()
{
    return http->allMessages();
}

QJsonObject TestComposeWindow::storedWithSubject(const QString &subject)
{
    QJsonObject found;
    int count = 0;
    for (const QJsonValue &v : storedMessages()) {
        const QJsonObject m = v.toObject();
        if (m.value(u"emailMetadata").toObject().value(u"subject").toString() == subject) {
            found = m;
            ++count;
        }
    }
    return count == 1 ? found : QJsonObject();
}

void TestComposeWindow::fill(const QString &to, const QString &subject, const QString &body)
{
    ComposeForm::typeRecipients(window, to);
    QTest::keyClicks(child<QLineEdit>("subjectEdit"), subject);
    // keyClicks() takes no line breaks: Return is a key of its own.
    const QStringList lines = body.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(this->body(), Qt::Key_Return);
        QTest::keyClicks(this->body(), lines.at(i));
    }
}

void TestComposeWindow::chooseFrom(const QString &address)
{
    auto *from = child<QComboBox>("fromCombo");
    for (int i = 0; i < from->count(); ++i) {
        if (from->itemText(i).contains(address)) {
            from->setCurrentIndex(i);
            return;
        }
    }
    QFAIL(qPrintable(u"no From entry for "_s + address));
}

void TestComposeWindow::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(window->grab().save(dir + u'/' + name + u".png"_s));
}

void TestComposeWindow::typesAndSendsWithCtrlReturn()
{
    chooseFrom(u"dana@acme.example"_s);
    fill(u"\"Lee, Jamie\" <jamie.lee@example.com>, priya@example.org"_s, u"Quarterly plan"_s,
        u"Hi Jamie, hi Priya,\n\nthe plan for next quarter: ship the composer, then threads.\nComments by Friday, please.\n\nDana\n"_s);
    QCOMPARE(window->windowTitle(), u"Quarterly plan"_s);
    screenshot(u"compose"_s);
    // The window closes itself a moment after saying "Sent": what it said is read while it is
    // there (on a loaded machine the look-ups below can outlast a short delay).
    window->setCloseDelayAfterSend(2000);
    QTest::keyClick(body(), Qt::Key_Return, Qt::ControlModifier);

    QString said;
    QTRY_VERIFY(window && (said = child<QLabel>("banner")->text()).contains(u"Sent"_s));
    const QJsonObject stored = storedWithSubject(u"Quarterly plan"_s);
    QVERIFY2(!stored.isEmpty(), "the sandbox holds the message exactly once");
    QCOMPARE(stored.value(u"body").toString(),
        u"Hi Jamie, hi Priya,\n\nthe plan for next quarter: ship the composer, then threads.\nComments by Friday, please.\n\nDana\n"_s);
    const QJsonObject meta = stored.value(u"emailMetadata").toObject();
    QVERIFY(meta.value(u"from").toString().contains(u"dana@acme.example"_s));
    QCOMPARE(meta.value(u"to").toArray().size(), 2);
    QVERIFY(meta.value(u"to").toArray().at(0).toString().contains(u"jamie.lee@example.com"_s));
    QVERIFY(said.contains(meta.value(u"threadId").toString()));
    QTRY_VERIFY(window.isNull()); // closes itself after saying so
}

void TestComposeWindow::invalidAddressIsMarkedAndNothingIsSent()
{
    const qsizetype before = storedMessages().size();
    fill(u"jamie@, priya@example.org"_s, u"Oops"_s, u"Body stays."_s);
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    auto *toError = child<FieldMessage>("toError");
    QTRY_VERIFY(toError->isVisible());
    QVERIFY2(toError->text().contains(u"jamie@"_s), qPrintable(toError->text()));
    QVERIFY(toError->text().contains(u"after the @"_s));
    screenshot(u"compose-error"_s);
    QVERIFY(recipients()->lineEdit()->hasFocus());
    // The entry that is not an address is a chip of its own, the reason in its tooltip, and
    // Send says why it will not send.
    QCOMPARE(recipients()->invalidChipCount(), 1);
    const auto chips = recipients()->findChildren<RecipientChip *>();
    const auto bad = std::find_if(
        chips.cbegin(), chips.cend(), [](const RecipientChip *c) { return !c->isValid(); });
    QVERIFY(bad != chips.cend());
    QVERIFY2((*bad)->toolTip().contains(u"after the @"_s), qPrintable((*bad)->toolTip()));
    QVERIFY(child<QPushButton>("sendButton")->toolTip().contains(u"not valid"_s));
    // Nothing lost, nothing sent.
    QCOMPARE(recipients()->text(), u"jamie@, priya@example.org"_s);
    QCOMPARE(body()->toPlainText(), u"Body stays."_s);
    QCOMPARE(storedMessages().size(), before);
    // Fixing the field clears the message.
    QTest::keyClicks(recipients()->lineEdit(), u"x"_s);
    QVERIFY(!toError->isVisible());
}

void TestComposeWindow::ambiguousAddressOffersProviderChoice()
{
    auto *provider = child<QComboBox>("providerCombo");
    chooseFrom(u"dana@acme.example"_s);
    QVERIFY(!provider->isVisible());
    chooseFrom(u"ops@acme.example"_s);
    QTRY_VERIFY(provider->isVisible());
    QCOMPARE(provider->count(), 2);
    provider->setCurrentIndex(provider->findData(u"gmail"_s));
    fill(u"jamie.lee@example.com"_s, u"Via Gmail"_s, u"Sent through the older connection."_s);
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(child<QLabel>("banner")->text().contains(u"Sent"_s));
    const QJsonObject stored = storedWithSubject(u"Via Gmail"_s);
    QVERIFY(!stored.isEmpty());
    const auto conversation
        = http->get(u"/api/conversation/"_s + stored.value(u"conversationId").toString());
    QCOMPARE(conversation.status, 200);
    QJsonObject c = conversation.json();
    if (c.contains(u"conversation"))
        c = c.value(u"conversation").toObject();
    QCOMPARE(c.value(u"provider").toString(), u"gmail"_s);
}

void TestComposeWindow::serverRefusalStandsNextToFieldAndKeepsDraft()
{
    const QJsonObject error {{u"code"_s, u"forbidden"_s}, {u"message"_s, u"Mailbox revoked"_s}};
    QVERIFY(http->addFault({{u"path"_s, u"/api/email/messages/send"_s}, {u"status"_s, 403},
        {u"body"_s, QJsonObject {{u"error"_s, error}}}}));
    chooseFrom(u"dana@acme.example"_s);
    fill(u"jamie.lee@example.com"_s, u"Refused"_s, u"Keep me."_s);
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    auto *fromError = child<FieldMessage>("fromError");
    QTRY_VERIFY(fromError->isVisible());
    QVERIFY2(fromError->text().contains(u"Mailbox revoked"_s), qPrintable(fromError->text()));
    QVERIFY(child<QPushButton>("sendButton")->isEnabled());
    QCOMPARE(child<QLineEdit>("subjectEdit")->text(), u"Refused"_s);
    QCOMPARE(body()->toPlainText(), u"Keep me."_s);
    QVERIFY(storedWithSubject(u"Refused"_s).isEmpty());
    QVERIFY(!window.isNull());
}

void TestComposeWindow::droppedAnswerIsLookedForAndSentOnce()
{
    // Processed, then the connection drops before the answer: before any repeat the outbox
    // looks for the mail in the recipient's conversation, finds it, and it is sent, once.
    QVERIFY(http->addFault({{u"path"_s, u"/api/email/messages/send"_s}, {u"drop"_s, u"after"_s}}));
    chooseFrom(u"dana@acme.example"_s);
    fill(u"jamie.lee@example.com"_s, u"Dropped once"_s, u"Exactly once, please."_s);
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("banner")->text().contains(u"Sent"_s), 10000);
    QVERIFY2(!storedWithSubject(u"Dropped once"_s).isEmpty(), "stored exactly once");
    // Found, so never sent again; the one attempt carried a key.
    const QStringList keys = http->idempotencyKeys(u"/api/email/messages/send"_s);
    QCOMPARE(keys.size(), 1);
    QVERIFY(!keys.first().isEmpty());
}

void TestComposeWindow::answer(const char *name, QMessageBox::ButtonRole role)
{
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QLatin1String(name))) && box->isVisible());
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == role) {
            b->click();
            QTRY_VERIFY(!window->findChild<QMessageBox *>(QLatin1String(name)));
            return;
        }
    }
    QFAIL("no such button");
}

QStringList TestComposeWindow::contextMenuAt(int position, const QString &choose)
{
    QTextCursor at(body()->document());
    at.setPosition(position);
    const QPoint pos = body()->cursorRect(at).center() + QPoint(1, 0);
    QStringList entries;
    // The menu runs its own loop: read it once it is up.
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [&entries, poll, choose] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        poll->stop();
        QAction *chosen = nullptr;
        for (QAction *a : menu->actions()) {
            entries += a->text();
            if (!choose.isEmpty() && a->text() == choose)
                chosen = a;
        }
        menu->close();
        if (chosen)
            chosen->trigger();
    });
    poll->start(20);
    QContextMenuEvent event(
        QContextMenuEvent::Mouse, pos, body()->viewport()->mapToGlobal(pos), Qt::NoModifier);
    QApplication::sendEvent(body()->viewport(), &event);
    delete poll;
    return entries;
}

void TestComposeWindow::pastedListBecomesChipsAndBackspaceEditsTheLast()
{
    RecipientEdit *to = recipients();
    to->lineEdit()->setFocus();
    QApplication::clipboard()->setText(
        u"\"Lee, Jamie\" <jamie.lee@example.com>; priya@example.org, mei@example.net"_s);
    QTest::keySequence(to->lineEdit(), QKeySequence::Paste);
    QCOMPARE(to->chipCount(), 3);
    QCOMPARE(to->addresses().at(0).name, u"Lee, Jamie"_s);
    QCOMPARE(to->addresses().at(0).address, u"jamie.lee@example.com"_s);
    QCOMPARE(to->addresses().at(2).address, u"mei@example.net"_s);
    QVERIFY(to->lineEdit()->text().isEmpty());
    // Backspace in the empty entry takes the last chip back for editing.
    QTest::keyClick(to->lineEdit(), Qt::Key_Backspace);
    QCOMPARE(to->chipCount(), 2);
    QCOMPARE(to->lineEdit()->text(), u"mei@example.net"_s);
    // A comma typed inside a quoted name does not split it.
    to->lineEdit()->clear();
    QTest::keyClicks(to->lineEdit(), u"\"Raman, Priya\" <priya.raman@example.org>,"_s);
    QCOMPARE(to->chipCount(), 3);
    QCOMPARE(to->addresses().at(2).name, u"Raman, Priya"_s);
    // Typed after a comma: the same address again is not a second chip.
    QTest::keyClicks(to->lineEdit(), u"PRIYA@example.org;"_s);
    QCOMPARE(to->chipCount(), 3);
}

void TestComposeWindow::duplicatesAcrossFieldsAreSentOnce()
{
    chooseFrom(u"dana@acme.example"_s);
    ComposeForm::typeRecipients(window, u"jamie.lee@example.com, priya@example.org"_s);
    QTest::keyClick(window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    ComposeForm::typeRecipients(window, u"JAMIE.LEE@example.com"_s, "ccEdit");
    QTest::keyClicks(child<QLineEdit>("subjectEdit"), u"Once each"_s);
    QTest::keyClicks(body(), u"Hello both."_s);
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(child<QLabel>("banner")->text().contains(u"Sent"_s));
    const QJsonObject meta = storedWithSubject(u"Once each"_s).value(u"emailMetadata").toObject();
    QCOMPARE(meta.value(u"to").toArray().size(), 2);
    QVERIFY(meta.value(u"cc").toArray().isEmpty());
}

void TestComposeWindow::ccAndBccAppearWhenAsked()
{
    QVERIFY(!recipients("ccEdit")->isVisible());
    QVERIFY(!recipients("bccEdit")->isVisible());
    QVERIFY(!child<QLabel>("ccLabel")->isVisible());
    QTest::keyClick(window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(recipients("ccEdit")->isVisible());
    QVERIFY(child<QLabel>("ccLabel")->isVisible());
    QTRY_VERIFY(recipients("ccEdit")->lineEdit()->hasFocus());
    QTest::keyClick(window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(recipients("bccEdit")->isVisible());
    // Hidden again while empty; kept while it holds an address.
    action("actionShowBcc")->trigger();
    QVERIFY(!recipients("bccEdit")->isVisible());
    ComposeForm::typeRecipients(window, u"mei@example.net"_s, "ccEdit");
    action("actionShowCc")->trigger();
    QVERIFY(recipients("ccEdit")->isVisible());
    QVERIFY(action("actionShowCc")->isChecked());
    // A prefilled Bcc shows itself.
    Draft d;
    d.bcc = {MailAddress {{}, u"pat@example.com"_s}};
    window->setDraft(d);
    QVERIFY(recipients("bccEdit")->isVisible());
}

void TestComposeWindow::completesFromContactsByKeyboard()
{
    RecipientEdit *to = recipients();
    // Addresses used before rank first; the platform's contacts follow.
    to->suggestions()->setKnown({{u"jamal.okafor@example.org"_s, u"Jamal Okafor"_s, 5, {}},
        {u"benjamin@example.com"_s, u"Benjamin Hart"_s, 2, {}}});
    to->lineEdit()->setFocus();
    QTest::keyClicks(to->lineEdit(), u"jam"_s);
    QAbstractItemView *popup = to->completionPopup();
    QVERIFY(popup);
    QTRY_VERIFY(popup->isVisible());
    // The window system gives the open list the keyboard (the list grabs it) before a person
    // can press a key in it. A key sent before that is overtaken by the late focus change,
    // which, the list closed meanwhile, puts the focus back into the entry.
    QTRY_COMPARE(QGuiApplication::focusWindow(), popup->window()->windowHandle());
    QTRY_COMPARE(popup->model()->rowCount(), 3);
    QVERIFY(popup->model()->index(0, 0).data().toString().contains(u"jamal.okafor"_s));
    QVERIFY(popup->model()->index(2, 0).data().toString().contains(u"jamie.lee@example.com"_s));
    // The sandbox was asked once, for what had been typed when the typing paused.
    const QJsonArray asked = http->recorded(u"/api/contacts"_s);
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.at(0).toObject().value(u"query"_s).toString().contains(u"search=jam"_s));
    const QString dir = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        // The popup is a window of its own: drawn onto the window's picture where it stands.
        QPixmap shot = window->grab();
        QPainter painter(&shot);
        const QPoint at
            = popup->window()->mapToGlobal(QPoint()) - window->mapToGlobal(QPoint()) + QPoint(0, 0);
        painter.drawPixmap(at, popup->window()->grab());
        painter.end();
        QVERIFY(shot.save(dir + u"/compose-completion.png"_s));
    }
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(to->chipCount(), 1);
    QCOMPARE(to->addresses().at(0).address, u"jamie.lee@example.com"_s);
    QVERIFY(!to->addresses().at(0).name.isEmpty());
    QCOMPARE(to->invalidChipCount(), 0);

    // Tab with the list open takes the highlighted suggestion and moves on to the next control
    // (the thread row's Choose…, above Subject), as Tab does after a typed address.
    QTest::keyClicks(to->lineEdit(), u"benj"_s);
    QTRY_VERIFY(popup->isVisible());
    QTRY_COMPARE(QGuiApplication::focusWindow(), popup->window()->windowHandle()); // as above
    QTRY_VERIFY(popup->model()->rowCount() >= 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"chooseThreadButton"_s);
    QVERIFY(!popup->isVisible());
    QCOMPARE(to->chipCount(), 2);
    QCOMPARE(to->addresses().at(1).address, u"benjamin@example.com"_s);
}

void TestComposeWindow::completionRanksRecentFirstAndAbortsSupersededSearches()
{
    RecipientCompleter completer;
    QAbstractItemModelTester tester(&completer);
    completer.setDebounceMs(20);
    completer.setClientSource([this] { return client.get(); });
    completer.setKnown({{u"jamie.old@example.com"_s, u"Jamie Old"_s, 2, {}},
        {u"pat@example.com"_s, u"Pat"_s, 9, {}},
        {u"jamie.often@example.com"_s, u"Jamie Often"_s, 7, {}}});
    QSignalSpy ready(&completer, &RecipientCompleter::suggestionsReady);
    // A slow answer for the first search: superseded, it never shows.
    QVERIFY(
        http->addFault({{u"path"_s, u"/api/contacts"_s}, {u"delayMs"_s, 600}, {u"times"_s, 1}}));
    completer.search(u"j"_s);
    completer.search(u"ja"_s); // within the debounce: one search only
    QTRY_COMPARE(ready.size(), 1); // from memory, at once
    QCOMPARE(ready.at(0).at(0).toString(), u"ja"_s);
    QCOMPARE(completer.rowCount(), 2);
    QCOMPARE(completer.index(0).data(RecipientCompleter::AddressRole).toString(),
        u"jamie.often@example.com"_s); // used most
    QCOMPARE(completer.index(1).data(RecipientCompleter::AddressRole).toString(),
        u"jamie.old@example.com"_s);
    QTRY_COMPARE(http->recorded(u"/api/contacts"_s).size(), 1);
    completer.search(u"jam"_s);
    QTRY_COMPARE(ready.size(), 3); // "jam" from memory, then with the contacts
    QCOMPARE(ready.at(1).at(0).toString(), u"jam"_s);
    QCOMPARE(ready.at(2).at(0).toString(), u"jam"_s);
    QCOMPARE(completer.index(0).data(RecipientCompleter::AddressRole).toString(),
        u"jamie.often@example.com"_s);
    QCOMPARE(completer.index(2).data(RecipientCompleter::AddressRole).toString(),
        u"jamie.lee@example.com"_s); // the platform's contact after the ones used before
    // An aborted answer reports nothing, so the proof is an answer that comes after it would
    // have: a later search whose own answer is held 650 ms, more than the superseded one's
    // 600 ms from an earlier start. When that one is shown, "ja" from the contacts never was.
    QVERIFY(
        http->addFault({{u"path"_s, u"/api/contacts"_s}, {u"delayMs"_s, 650}, {u"times"_s, 1}}));
    completer.search(u"jamie"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 5, 10000); // from memory, then with the contacts
    QCOMPARE(ready.at(4).at(0).toString(), u"jamie"_s);
    int shownForJa = 0;
    for (const QList<QVariant> &args : std::as_const(ready))
        shownForJa += args.at(0).toString() == u"ja"_s;
    QCOMPARE(shownForJa, 1); // from memory only
}

void TestComposeWindow::htmlToggleSendsCleanHtml()
{
    chooseFrom(u"dana@acme.example"_s);
    ComposeForm::typeRecipients(window, u"jamie.lee@example.com"_s);
    QTest::keyClicks(child<QLineEdit>("subjectEdit"), u"Formatted"_s);
    body()->setFocus();
    QVERIFY(!body()->action(u"bold"_s)->isEnabled());
    QTest::keyClick(window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(body()->isHtml());
    QVERIFY(action("actionHtml")->isChecked());
    QVERIFY(body()->action(u"bold"_s)->isEnabled());
    QTest::keyClicks(body(), u"The plan: "_s);
    QTest::keyClick(body(), Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(body(), u"ship it"_s);
    QTest::keyClick(body(), Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(body(), u" this week."_s);
    QTest::keyClick(body(), Qt::Key_Return);
    body()->action(u"bullets"_s)->trigger();
    QTest::keyClicks(body(), u"composer"_s);
    QTest::keyClick(body(), Qt::Key_Return);
    QTest::keyClicks(body(), u"threads"_s);
    QTest::keyClick(body(), Qt::Key_Return);
    QTest::keyClick(body(), Qt::Key_Return); // out of the list
    // Pasted HTML keeps its formatting, loses what could run or fetch.
    auto *mime = new QMimeData;
    mime->setHtml(u"<p onclick=\"steal()\">Pasted <i>nicely</i><script>alert(1)</script>"
                  "<img src=\"https://tracker.example/p.png\"></p>"_s);
    mime->setText(u"Pasted nicely"_s);
    QApplication::clipboard()->setMimeData(mime);
    QTest::keySequence(body(), QKeySequence::Paste);
    screenshot(u"compose-html"_s);
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(child<QLabel>("banner")->text().contains(u"Sent"_s));
    const QJsonObject stored = storedWithSubject(u"Formatted"_s);
    QVERIFY(stored.value(u"emailMetadata").toObject().value(u"isHtml").toBool());
    const QString html = stored.value(u"body").toString();
    QVERIFY2(html.contains(u"<b>ship it</b>"_s), qPrintable(html));
    QVERIFY2(html.contains(u"<ul>"_s) && html.contains(u"<li>composer</li>"_s)
            && html.contains(u"<li>threads</li>"_s),
        qPrintable(html));
    QVERIFY2(html.contains(u"<i>nicely</i>"_s), qPrintable(html));
    for (const QString &soup : {u"style="_s, u"<!DOCTYPE"_s, u"qrichtext"_s, u"-qt-"_s, u"script"_s,
             u"onclick"_s, u"tracker.example"_s}) {
        QVERIFY2(!html.contains(soup, Qt::CaseInsensitive), qPrintable(soup + u": "_s + html));
    }
}

void TestComposeWindow::spellingSuggestsAndLearns()
{
    // The languages are listed once the window is up, the one in use ticked; the dictionary
    // (6 MB) waits until the user writes.
    QTRY_VERIFY(window->spellChecker());
    QVERIFY2(window->spellChecker()->availableLanguages().contains(u"en_US"_s),
        "hunspell-en-us is installed by packaging/install-deps.sh");
    QVERIFY(child<QAction>("spelling_en_US")->isChecked());
    QVERIFY(child<QMenu>("menuSpelling")->isEnabled());
    QCoreApplication::processEvents();
    QVERIFY(!window->spellChecker()->isReady() && !window->spellChecker()->isLoading());
    QSignalSpy ready(window.data(), &ComposeWindow::spellingReady);
    body()->setFocus();
    QTest::keyClicks(body(), u"Thsi plan is Outpostish."_s);
    // No keystroke waited for the dictionary: it arrives after the typing, and then the body
    // is checked.
    QTRY_VERIFY(!ready.isEmpty());
    QCOMPARE(window->spellChecker()->language(), u"en_US"_s);
    auto underlined = [this] {
        QStringList words;
        const QTextBlock block = body()->document()->firstBlock();
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (r.format.underlineStyle() == QTextCharFormat::WaveUnderline
                || r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                words += block.text().mid(r.start, r.length);
        }
        return words;
    };
    QTRY_COMPARE(underlined(), (QStringList {u"Thsi"_s, u"Outpostish"_s}));
    const QStringList entries = contextMenuAt(2, u"This"_s);
    QVERIFY2(entries.contains(u"This"_s), qPrintable(entries.join(u'|')));
    QVERIFY(entries.contains(u"Add “Thsi” to Dictionary"_s));
    QTRY_COMPARE(body()->toPlainText(), u"This plan is Outpostish."_s);
    contextMenuAt(int(body()->toPlainText().indexOf(u"Outpostish"_s)) + 3,
        u"Add “Outpostish” to Dictionary"_s);
    QTRY_VERIFY(underlined().isEmpty());
    QVERIFY(window->spellChecker()->isCorrect(u"Outpostish"_s));
}

void TestComposeWindow::signatureFollowsFrom()
{
    controller->signatures()->setSignature(
        u"dana@acme.example"_s, Signature {u"Dana Whitfield\nAcme Inc."_s, {}});
    controller->signatures()->setSignature(
        u"ops@acme.example"_s, Signature {u"Acme Operations"_s, {}});
    chooseFrom(u"ops@acme.example"_s);
    QTRY_VERIFY(body()->toPlainText().contains(u"Acme Operations"_s));
    QVERIFY(body()->hasSignature());
    body()->setFocus();
    QTest::keyClicks(body(), u"Hello team,"_s);
    chooseFrom(u"dana@acme.example"_s);
    QTRY_VERIFY(body()->toPlainText().contains(u"Dana Whitfield"_s));
    QVERIFY(!body()->toPlainText().contains(u"Acme Operations"_s));
    QVERIFY2(body()->toPlainText().startsWith(u"Hello team,"_s), qPrintable(body()->toPlainText()));
    // A reply: the signature goes above the quoted text.
    ComposeInput reply = window->input();
    reply.body = u"\n\nOn Monday, Jamie Lee wrote:\n> Can we meet?\n"_s;
    reply.subject = u"Re: Meeting"_s;
    window->restoreInput(reply);
    const QString text = body()->toPlainText();
    QVERIFY2(text.indexOf(u"Dana Whitfield"_s) >= 0
            && text.indexOf(u"Dana Whitfield"_s) < text.indexOf(u"> Can we meet?"_s),
        qPrintable(text));
}

void TestComposeWindow::forgottenAttachmentAsksFirst()
{
    chooseFrom(u"dana@acme.example"_s);
    fill(u"jamie.lee@example.com"_s, u"The report"_s, u"Hi Jamie,\nthe report is attached."_s);
    const qsizetype before = storedMessages().size();
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    auto *box = window->findChild<QMessageBox *>(u"attachmentQuestion"_s);
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"attachmentQuestion"_s)));
    QVERIFY2(box->text().contains(u"attached"_s), qPrintable(box->text()));
    answer("attachmentQuestion", QMessageBox::RejectRole);
    QCOMPARE(storedMessages().size(), before);
    QCOMPARE(child<QLineEdit>("subjectEdit")->text(), u"The report"_s);
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    answer("attachmentQuestion", QMessageBox::AcceptRole);
    QTRY_VERIFY(child<QLabel>("banner")->text().contains(u"Sent"_s));
    QVERIFY(!storedWithSubject(u"The report"_s).isEmpty());
}

void TestComposeWindow::emptySubjectAsksFirst()
{
    chooseFrom(u"dana@acme.example"_s);
    fill(u"jamie.lee@example.com"_s, {}, u"Quick one without a subject."_s);
    const qsizetype before = storedMessages().size();
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    answer("emptySubjectQuestion", QMessageBox::RejectRole);
    QCOMPARE(storedMessages().size(), before);
    QTRY_VERIFY(child<QLineEdit>("subjectEdit")->hasFocus());
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    answer("emptySubjectQuestion", QMessageBox::AcceptRole);
    QTRY_VERIFY(child<QLabel>("banner")->text().contains(u"Sent"_s));
    QCOMPARE(storedMessages().size(), before + 1);
}

void TestComposeWindow::lastMailboxUsedWithRecipientIsOfferedNotSwitched()
{
    auto *from = child<QComboBox>("fromCombo");
    const QString first = from->itemData(0, Roles::Address).toString();
    // Another mailbox than the one preselected.
    const QString other = u"dana@acme.example"_s;
    QVERIFY(first != other);
    chooseFrom(other);
    fill(u"jamie.lee@example.com"_s, u"From the other one"_s, u"Hello Jamie."_s);
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY2(child<QLabel>("banner")->text().contains(u"Sent"_s),
        qPrintable(other + u": "_s + child<QLabel>("banner")->text()
            + child<FieldMessage>("fromError")->text() + child<FieldMessage>("toError")->text()));

    ComposeController second(client.get(), outbox.get());
    auto next = std::make_unique<ComposeWindow>(&second);
    next->show();
    second.loadMailboxes();
    auto *nextFrom = next->findChild<QComboBox *>(u"fromCombo"_s);
    QTRY_VERIFY(nextFrom->count() >= 3);
    QCOMPARE(nextFrom->currentData(Roles::Address).toString(), first);
    // Issue 15, item 4: typing the recipient never switches From behind the user's back; the
    // window says what it sends as, and offers the mailbox last used with them.
    auto *hint = next->findChild<QLabel *>(u"fromHint"_s);
    QVERIFY(hint && !hint->isVisible());
    ComposeForm::typeRecipients(next.get(), u"Jamie <JAMIE.LEE@example.com>"_s);
    QCOMPARE(nextFrom->currentData(Roles::Address).toString(), first);
    QTRY_VERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(u"Sending as "_s + first), qPrintable(hint->text()));
    QVERIFY2(hint->toolTip().contains(other), qPrintable(hint->toolTip()));
    Q_EMIT hint->linkActivated(u"outpost:change-from"_s); // "Change"
    QCOMPARE(nextFrom->currentData(Roles::Address).toString(), other);
    QVERIFY(!hint->isVisible());
    next->setAttribute(Qt::WA_DeleteOnClose, false);
}

void TestComposeWindow::mailtoPrefillsTheWindow()
{
    QList<AddressProblem> problems;
    const Draft d = MailtoUrl::parse(u"mailto:jamie.lee@example.com,priya@example.org"
                                     "?cc=mei@example.net&subject=Lunch%20on%20Friday%3F"
                                     "&body=Line%20one%0D%0ALine%20two"_s,
        &problems);
    QVERIFY(problems.isEmpty());
    window->setDraft(d);
    QCOMPARE(recipients()->chipCount(), 2);
    QVERIFY(recipients("ccEdit")->isVisible());
    QCOMPARE(recipients("ccEdit")->addresses().at(0).address, u"mei@example.net"_s);
    QCOMPARE(child<QLineEdit>("subjectEdit")->text(), u"Lunch on Friday?"_s);
    QCOMPARE(body()->toPlainText(), u"Line one\nLine two"_s);
    QCOMPARE(window->windowTitle(), u"Lunch on Friday?"_s);
}

void TestComposeWindow::menusAndAccessibleNames()
{
    for (const char *menu :
        {"menuFile", "menuEdit", "menuView", "menuFormat", "menuInsert", "menuTools"})
        QVERIFY2(window->findChild<QMenu *>(QLatin1String(menu)), menu);
    QCOMPARE(action("actionShowCc")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QCOMPARE(action("actionSend")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    // Every control the keyboard reaches says what it is.
    QStringList unnamed;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || !(w->focusPolicy() & Qt::TabFocus)
            || qobject_cast<QMenu *>(w))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(w);
        if (w->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
            unnamed += w->objectName() + u'(' + QString::fromLatin1(w->metaObject()->className())
                + u')';
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    // Tab walks the form top to bottom.
    child<QComboBox>("fromCombo")->setFocus();
    QStringList order;
    for (int i = 0; i < 8; ++i) {
        QWidget *focus = QApplication::focusWidget();
        order += focus->accessibleName();
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    const auto before = [&order](const QString &a, const QString &b) {
        return order.indexOf(a) >= 0 && order.indexOf(a) < order.indexOf(b);
    };
    QVERIFY2(before(u"From"_s, u"To"_s) && before(u"To"_s, u"Subject"_s)
            && before(u"Subject"_s, u"Message"_s),
        qPrintable(order.join(u" → "_s)));
}

void TestComposeWindow::darkPaletteScreenshot()
{
    const QPalette light = QApplication::palette();
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    const QString oldStyle = QApplication::style()->name();
    QApplication::setStyle(fusion);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
    QTRY_VERIFY(body()->palette().color(QPalette::Base).lightness() < 80);
    chooseFrom(u"dana@acme.example"_s);
    controller->signatures()->setSignature(
        u"ops@acme.example"_s, Signature {u"Dana Whitfield\nAcme Operations"_s, {}});
    fill(u"\"Lee, Jamie\" <jamie.lee@example.com>, priya@example.org"_s, u"Release notes"_s, {});
    chooseFrom(u"ops@acme.example"_s);
    body()->setFocus();
    QTest::keyClick(window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(body(), u"Hi both, the "_s);
    QTest::keyClick(body(), Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(body(), u"release notes"_s);
    QTest::keyClick(body(), Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(body(), u" are ready for review."_s);
    QVERIFY2(body()->palette().color(QPalette::Base).lightness() < 80,
        qPrintable(body()->palette().color(QPalette::Base).name() + u' '
            + QApplication::palette().color(QPalette::Base).name()));
    screenshot(u"compose-dark"_s);
    QApplication::setPalette(light);
    QApplication::setStyle(oldStyle);
}

QTEST_MAIN(TestComposeWindow)
#include "tst_composewindow.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The compose window's fields as a user types into them, against a real sandbox over loopback
// HTTP: recipient chips, Cc and Bcc, completion from contacts and recent recipients, the HTML
// toggle, spelling and signatures. Sending, its errors and questions: tst_composewindow.
#include "tests/gui/ComposeWindowFixture.h"

using namespace Outpost;
using namespace Outpost::Testing;
using namespace Qt::StringLiterals;

class TestComposeFields : public QObject, ComposeWindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { start(); }
    void cleanup() { rig.stop(); }
    void pastedListBecomesChipsAndBackspaceEditsTheLast();
    void ccAndBccAppearWhenAsked();
    void completesFromContactsByKeyboard();
    void completionRanksRecentFirstAndAbortsSupersededSearches();
    void htmlToggleSendsCleanHtml();
    void spellingSuggestsAndLearns();
    void namesOfThePeopleAreNotMistakes();
    void theKeyboardInTheMessageIsNotWritingYet();
    void aWordLearntInOneWindowIsKnownInTheOthers();
    void signatureFollowsFrom();
};

void TestComposeFields::pastedListBecomesChipsAndBackspaceEditsTheLast()
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

void TestComposeFields::ccAndBccAppearWhenAsked()
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

void TestComposeFields::completesFromContactsByKeyboard()
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

void TestComposeFields::completionRanksRecentFirstAndAbortsSupersededSearches()
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

void TestComposeFields::htmlToggleSendsCleanHtml()
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

void TestComposeFields::spellingSuggestsAndLearns()
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
    auto underlined = [this] { return ComposeForm::misspelled(window); };
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

void TestComposeFields::namesOfThePeopleAreNotMistakes()
{
    // "Hi Priya," to Priya Raman: her name is not a spelling mistake in this message, nor is
    // the part of an address before the @ ("ngozi" of ngozi@…). A real mistake still is; once
    // she is no longer a recipient, her name is marked again.
    QTRY_VERIFY(window->spellChecker());
    RecipientEdit *to = recipients();
    to->lineEdit()->setFocus();
    QTest::keyClicks(
        to->lineEdit(), u"Priya Raman <priya.raman@example.org>, ngozi@example.net,"_s);
    QCOMPARE(to->chipCount(), 2);
    QSignalSpy ready(window.data(), &ComposeWindow::spellingReady);
    body()->setFocus();
    QTest::keyClicks(body(), u"Hi Priya and Ngozi, thsi is for Raman."_s);
    QTRY_VERIFY(!ready.isEmpty());
    auto underlined = [this] { return ComposeForm::misspelled(window); };
    QTRY_COMPARE(underlined(), QStringList {u"thsi"_s});
    to->lineEdit()->setFocus();
    QTest::keyClick(to->lineEdit(), Qt::Key_Backspace); // ngozi@… back for editing
    QTest::keyClick(to->lineEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(to->lineEdit(), Qt::Key_Delete);
    QCOMPARE(to->chipCount(), 1);
    QTRY_COMPARE(underlined(), (QStringList {u"Ngozi"_s, u"thsi"_s}));
}

void TestComposeFields::theKeyboardInTheMessageIsNotWritingYet()
{
    // A link with a subject puts the keyboard in the message, yet nobody has written there: the
    // dictionary (7.7 MB) waits for the first key, which brings it before the word is over.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QList<AddressProblem> problems;
    window->setDraft(MailtoUrl::parse(u"mailto:jamie.lee@example.com?subject=Lunch"_s, &problems));
    QCOMPARE(QApplication::focusWidget(), body());
    QTRY_VERIFY(window->spellChecker());
    QCoreApplication::processEvents();
    QVERIFY(!window->spellChecker()->isReady() && !window->spellChecker()->isLoading());
    QSignalSpy ready(window.data(), &ComposeWindow::spellingReady);
    QTest::keyClicks(body(), u"Thsi is it"_s);
    QTRY_VERIFY(!ready.isEmpty());
    QTRY_COMPARE(ComposeForm::misspelled(window), QStringList {u"Thsi"_s});
}

void TestComposeFields::aWordLearntInOneWindowIsKnownInTheOthers()
{
    // Two compose windows: one dictionary between them, and a word added to it in one is no
    // longer marked in the other.
    body()->setFocus();
    QTest::keyClicks(body(), u"Outpostish plans"_s);
    QTRY_COMPARE(ComposeForm::misspelled(window), QStringList {u"Outpostish"_s});
    ComposeController second(client.get(), outbox.get(), controller->settings());
    auto other = std::make_unique<ComposeWindow>(&second);
    other->show();
    other->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(other.get()));
    QTRY_VERIFY(other->spellChecker());
    ComposeForm::body(other.get())->setFocus();
    QTest::keyClicks(ComposeForm::body(other.get()), u"More Outpostish"_s);
    // The dictionary is there already: the other window's first key found it, with no read.
    QCoreApplication::processEvents();
    QVERIFY(other->spellChecker()->isReady());
    QTRY_COMPARE(ComposeForm::misspelled(other.get()), QStringList {u"Outpostish"_s});
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    contextMenuAt(3, u"Add “Outpostish” to Dictionary"_s);
    QTRY_VERIFY(ComposeForm::misspelled(window).isEmpty());
    QTRY_VERIFY(ComposeForm::misspelled(other.get()).isEmpty());
}

void TestComposeFields::signatureFollowsFrom()
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

QTEST_MAIN(TestComposeFields)
#include "tst_composefields.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The compose window as a user drives it: typing, Ctrl+Return, errors next to fields, the
// questions before a send, mailto: and the menus, against a real sandbox over loopback HTTP.
// What the fields do while typing (chips, completion, HTML, spelling, signatures):
// tst_composefields.
#include "settings/Settings.h"
#include "tests/gui/ComposeWindowFixture.h"

#include <QToolBar>
#include <QToolButton>

#include <cmath>

using namespace Outpost;
using namespace Outpost::Testing;
using namespace Qt::StringLiterals;

namespace {
// WCAG 2.1's relative luminance and contrast ratio
// (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
double luminance(const QColor &c)
{
    auto channel
        = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// How well the ink of a widget stands out, as an eye reads it: the contrast between the
// picture's most common colour (its background) and the pixel that differs most from it.
double inkContrast(QWidget *widget)
{
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    const double back = luminance(QColor(background));
    double best = 1.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double l = luminance(QColor(it.key()));
        best = std::max(best, (std::max(l, back) + 0.05) / (std::min(l, back) + 0.05));
    }
    return best;
}
} // namespace

class TestComposeWindow : public QObject, ComposeWindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { start(); }
    void cleanup() { rig.stop(); }
    void typesAndSendsWithCtrlReturn();
    void invalidAddressIsMarkedAndNothingIsSent();
    void ambiguousAddressOffersProviderChoice();
    void serverRefusalStandsNextToFieldAndKeepsDraft();
    void droppedAnswerIsLookedForAndSentOnce();
    void duplicatesAcrossFieldsAreSentOnce();
    void forgottenAttachmentAsksFirst();
    void emptySubjectAsksFirst();
    void lastMailboxUsedWithRecipientIsOfferedNotSwitched();
    void mailtoPrefillsTheWindow();
    void aLinkWithOnlyAnAddressLeavesTheSubjectNext();
    void menusAndAccessibleNames();
    void darkPaletteScreenshot();
};

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

    ComposeController second(client.get(), outbox.get(), controller->settings());
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
    // To and the subject given, the keyboard is in the message, after what the link wrote.
    QCOMPARE(window->focusWidget(), body());
    QVERIFY(body()->textCursor().atEnd());
}

void TestComposeWindow::aLinkWithOnlyAnAddressLeavesTheSubjectNext()
{
    QList<AddressProblem> problems;
    window->setDraft(MailtoUrl::parse(u"mailto:jamie.lee@example.com"_s, &problems));
    QCOMPARE(window->focusWidget(), child<QLineEdit>("subjectEdit"));
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
    // Switched to dark while the window was open: the Cc/Bcc links and the formatting
    // buttons' pictures are drawn in the dark palette's colours, readable on it (WCAG's
    // 4.5:1 for text, 3:1 for pictures), not in the light palette's dark blue and grey.
    auto *links = child<QLabel>("ccBccLinks");
    QVERIFY(links->isVisible());
    QVERIFY2(inkContrast(links) >= 4.5, qPrintable(QString::number(inkContrast(links))));
    for (const char *name : {"bullets", "numbers", "link", "quote", "clear"}) {
        QWidget *button = window->findChild<QToolBar *>(u"formatBar"_s)
                              ->widgetForAction(body()->action(QString::fromLatin1(name)));
        QVERIFY(button);
        QVERIFY2(inkContrast(button) >= 3.0,
            qPrintable(QString::fromLatin1(name) + u' ' + QString::number(inkContrast(button))));
    }
    QVERIFY2(inkContrast(child<QToolButton>("attachButton")) >= 3.0,
        qPrintable(QString::number(inkContrast(child<QToolButton>("attachButton")))));
    screenshot(u"compose-dark"_s);
    QApplication::setPalette(light);
    QApplication::setStyle(oldStyle);
}

QTEST_MAIN(TestComposeWindow)
#include "tst_composewindow.moc"

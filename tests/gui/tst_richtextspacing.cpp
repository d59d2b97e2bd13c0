// SPDX-License-Identifier: GPL-3.0-or-later
// What you see is what is sent (issue 15, item 1): rich text is the default for new mail,
// three short lines typed in it arrive as three lines (the sent HTML rendered, line by line),
// switching to rich text keeps the caret, and Ctrl+B in plain text offers rich text.
#include "compose/SignatureStore.h"
#include "settings/Settings.h"
#include "tests/gui/ComposeAppFixture.h"
#include "tests/support/ComposeForm.h"
#include "ui/compose/BodyEditor.h"
#include "ui/settings/SettingsDialog.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <cmath>

using namespace Outpost;
using namespace Outpost::Testing;
using namespace Qt::StringLiterals;

namespace {
// Where each line of text starts when `html` is laid out (as a reader lays it out), in
// multiples of one line's height from the first: 0, 1, 2… when nothing is between them.
QList<double> lineSlots(const QString &html, const QStringList &lines)
{
    QTextDocument doc;
    doc.setHtml(html);
    doc.setTextWidth(800);
    const double height = QFontMetricsF(doc.defaultFont()).lineSpacing();
    QList<double> tops; // whole lines
    double first = -1;
    for (const QString &line : lines) {
        const QTextCursor at = doc.find(line);
        if (at.isNull())
            return {};
        const QTextBlock block = at.block();
        const QRectF box = doc.documentLayout()->blockBoundingRect(block); // lays it out
        const QTextLine textLine
            = block.layout()->lineForTextPosition(at.selectionStart() - block.position());
        if (!textLine.isValid())
            return {};
        const double top = box.top() + textLine.rect().top();
        if (first < 0)
            first = top;
        tops += std::round((top - first) / height); // a <p>'s margins make 1.86 per line
    }
    return tops;
}

QString topsText(const QList<double> &tops)
{
    QStringList out;
    for (double s : tops)
        out += QString::number(s, 'f', 2);
    return out.join(u", "_s);
}
} // namespace

class TestRichTextSpacing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(app.start()); }
    void cleanup() { app.stop(); }
    void threeLinesArriveAsThreeLines();
    void switchingToRichTextKeepsTheCaret();
    void ctrlBInPlainTextOffersRichText();
    void plainTextForNewMailIsASetting();

private:
    ComposeApp app;
};

void TestRichTextSpacing::threeLinesArriveAsThreeLines()
{
    ComposeWindow *w = app.open();
    QVERIFY(w);
    MailWindows::controllerOf(w)->signatures()->setSignature(
        u"dana@acme.example"_s, Signature {u"Dana Whitfield\nAcme Inc."_s, {}});
    BodyEditor *body = ComposeForm::body(w);
    QTRY_VERIFY(body->hasSignature());
    QVERIFY2(body->isHtml(), "new mail starts in rich text");
    ComposeForm::typeRecipients(w, u"jamie.lee@example.com"_s);
    auto *subject = w->findChild<QLineEdit *>(u"subjectEdit"_s);
    subject->setFocus();
    QTest::keyClicks(subject, u"Three lines"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), body);
    QTest::keyClicks(body, u"One"_s);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, u"Two"_s);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, u"Three"_s);
    // The editor: three lines, one under the other; the signature's lines too.
    const QString shown = body->toHtml();
    QCOMPARE(lineSlots(shown, {u"One"_s, u"Two"_s, u"Three"_s}), (QList<double> {0, 1, 2}));
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!app.sent(u"Three lines"_s).isEmpty());
    const QJsonObject sent = app.sent(u"Three lines"_s);
    QVERIFY(sent.value(u"emailMetadata").toObject().value(u"isHtml").toBool());
    const QString html = sent.value(u"body").toString();
    // As a reader lays it out: no blank line between the lines, nor in the signature.
    const QList<double> lines = lineSlots(html, {u"One"_s, u"Two"_s, u"Three"_s});
    QVERIFY2(lines == (QList<double> {0, 1, 2}), qPrintable(topsText(lines) + u"\n"_s + html));
    const QList<double> signature = lineSlots(html, {u"Dana Whitfield"_s, u"Acme Inc."_s});
    QVERIFY2(signature == (QList<double> {0, 1}), qPrintable(topsText(signature) + u"\n"_s + html));
    // And as a browser does: a <p> has a margin of 1em above and below, a <div> none.
    QVERIFY2(!html.contains(u"<p>"_s), qPrintable(html));
}

void TestRichTextSpacing::switchingToRichTextKeepsTheCaret()
{
    Settings().setRichText(false);
    ComposeWindow *w = app.open();
    QVERIFY(w);
    BodyEditor *body = ComposeForm::body(w);
    QVERIFY2(!body->isHtml(), "plain text, as the settings say");
    body->setFocus();
    QTest::keyClicks(body, u"Hello world"_s);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(body, Qt::Key_Left);
    QCOMPARE(body->textCursor().position(), 6);
    QTest::keyClick(body, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(body->isHtml());
    QCOMPARE(body->textCursor().position(), 6);
    QTest::keyClicks(body, u"big "_s);
    QCOMPARE(body->toPlainText(), u"Hello big world"_s);
    // And back.
    QTest::keyClick(body, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!body->isHtml());
    QCOMPARE(body->textCursor().position(), 10);
}

void TestRichTextSpacing::ctrlBInPlainTextOffersRichText()
{
    Settings().setRichText(false);
    ComposeWindow *w = app.open();
    QVERIFY(w);
    BodyEditor *body = ComposeForm::body(w);
    body->setFocus();
    QTest::keyClicks(body, u"Hello "_s);
    QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
    auto *offer = w->findChild<QWidget *>(u"richTextOffer"_s);
    QVERIFY2(offer && offer->isVisible(), "Ctrl+B in plain text offers rich text");
    QVERIFY(!body->isHtml()); // nothing changed behind the user's back
    QVERIFY(body->hasFocus()); // typing goes on
    QVERIFY(offer->findChild<QLabel *>()->text().contains(u"Bold"_s));
    if (const QString dir = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(w->grab().save(dir + u"/rich-text-offer.png"_s));
    // The same key again: rich text, and bold from here.
    QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(body->isHtml());
    QVERIFY(!offer->isVisible());
    QTest::keyClicks(body, u"world"_s);
    QVERIFY2(body->bodyText().contains(u"Hello <b>world</b>"_s), qPrintable(body->bodyText()));
    // Declined, it goes away and the text stays plain.
    QTest::keyClick(body, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(body, Qt::Key_I, Qt::ControlModifier);
    QVERIFY(offer->isVisible());
    QVERIFY(offer->findChild<QLabel *>()->text().contains(u"Italic"_s));
    QTest::mouseClick(offer->findChild<QPushButton *>(u"richTextOfferDismiss"_s), Qt::LeftButton);
    QVERIFY(!offer->isVisible());
    QVERIFY(!body->isHtml());
}

void TestRichTextSpacing::plainTextForNewMailIsASetting()
{
    ComposeWindow *w = app.open();
    QVERIFY(w);
    QVERIFY(ComposeForm::body(w)->isHtml());
    // Tools ▸ Settings…: new mail in plain text.
    w->findChild<QAction *>(u"actionSettings"_s)->trigger();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<SettingsDialog *>()) && dialog->isVisible());
    auto *format = dialog->findChild<QComboBox *>(u"richTextCombo"_s);
    QVERIFY(format);
    QCOMPARE(format->currentText(), u"Rich text"_s);
    format->setFocus();
    QTest::keyClick(format, Qt::Key_Down);
    QCOMPARE(format->currentText(), u"Plain text"_s);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(!Settings().richText());
    // The next new message: plain text.
    QTest::keyClick(ComposeForm::body(w), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(app.windows->composeWindows().size(), 2);
    QVERIFY(!ComposeForm::body(app.windows->composeWindows().last())->isHtml());
}

QTEST_MAIN(TestRichTextSpacing)
#include "tst_richtextspacing.moc"

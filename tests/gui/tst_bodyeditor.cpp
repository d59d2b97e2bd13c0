// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML body as a user writes it: shortcuts, lists, the plain/HTML toggle, pasting.
#include "ui/compose/BodyEditor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestBodyEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { editor.reset(); }
    void shortcutsMakeCleanHtml();
    void listsAndQuotes();
    void toggleKeepsTheText();
    void pastedHtmlIsSanitised();
    void droppedFilesAreAttachedNotInserted();
    void formattingNeedsHtmlMode();
    void signatureIsSwappedNotStacked();
    void signatureGoesAboveTheQuote();

private:
    void type(const QString &text)
    {
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(editor.get(), Qt::Key_Return);
            QTest::keyClicks(editor.get(), lines.at(i));
        }
    }
    std::unique_ptr<BodyEditor> editor;
};

void TestBodyEditor::init()
{
    editor = std::make_unique<BodyEditor>();
    editor->resize(500, 300);
    editor->show();
    editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(editor.get()));
    editor->setFocus();
}

void TestBodyEditor::shortcutsMakeCleanHtml()
{
    editor->setHtml(true);
    type(u"Hello "_s);
    QTest::keyClick(editor.get(), Qt::Key_B, Qt::ControlModifier);
    type(u"world"_s);
    QTest::keyClick(editor.get(), Qt::Key_B, Qt::ControlModifier);
    type(u" and "_s);
    QTest::keyClick(editor.get(), Qt::Key_I, Qt::ControlModifier);
    type(u"you"_s);
    const QString html = editor->bodyText();
    QCOMPARE(html, u"<div>Hello <b>world</b> and <i>you</i></div>\n"_s);
    QVERIFY(!html.contains(u"style"_s));
    QCOMPARE(editor->plainRendering(), u"Hello world and you"_s);
}

void TestBodyEditor::listsAndQuotes()
{
    editor->setHtml(true);
    type(u"Agenda:\n"_s);
    editor->action(u"bullets"_s)->trigger();
    type(u"budget\nhiring\n"_s);
    editor->action(u"bullets"_s)->trigger(); // out of the list
    editor->action(u"quote"_s)->trigger();
    type(u"Quoted <words> & more"_s);
    QCOMPARE(editor->bodyText(),
        u"<div>Agenda:</div>\n<ul>\n<li>budget</li>\n<li>hiring</li>\n</ul>\n"
        u"<blockquote>\n<div>Quoted &lt;words&gt; &amp; more</div>\n</blockquote>\n"_s);
    QCOMPARE(editor->plainRendering(), u"Agenda:\n- budget\n- hiring\n> Quoted <words> & more"_s);
}

void TestBodyEditor::toggleKeepsTheText()
{
    type(u"line one\nline two"_s);
    QSignalSpy toggled(editor.get(), &BodyEditor::htmlChanged);
    editor->setHtml(true);
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(editor->bodyText(), u"<div>line one</div>\n<div>line two</div>\n"_s);
    editor->setHtml(false);
    QCOMPARE(editor->bodyText(), u"line one\nline two"_s);
}

void TestBodyEditor::pastedHtmlIsSanitised()
{
    editor->setHtml(true);
    auto *data = new QMimeData;
    data->setHtml(u"<p onclick=\"steal()\" style=\"color:red\">Hi <b>there</b>"
                  u"<script>alert(1)</script><img src=\"https://tracker.example/p.gif\">"
                  u"<a href=\"javascript:evil()\">x</a></p>"_s);
    QApplication::clipboard()->setMimeData(data);
    QTest::keyClick(editor.get(), Qt::Key_V, Qt::ControlModifier);
    const QString html = editor->bodyText();
    QVERIFY2(html.contains(u"Hi <b>there</b>"_s), qPrintable(html));
    for (const QString &bad :
        {u"script"_s, u"alert"_s, u"onclick"_s, u"tracker"_s, u"javascript"_s, u"color:red"_s})
        QVERIFY2(!html.contains(bad), qPrintable(bad));
}

void TestBodyEditor::droppedFilesAreAttachedNotInserted()
{
    QSignalSpy dropped(editor.get(), &BodyEditor::filesDropped);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(u"/tmp/report.pdf"_s)});
    // As a file manager drops it: enter, move, drop on the text area.
    const QPoint at(50, 50);
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor->viewport(), &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor->viewport(), &drop);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.first().first().value<QList<QUrl>>(),
        QList<QUrl> {QUrl::fromLocalFile(u"/tmp/report.pdf"_s)});
    QCOMPARE(editor->toPlainText(), QString());
}

void TestBodyEditor::formattingNeedsHtmlMode()
{
    QVERIFY(!editor->action(u"bold"_s)->isEnabled());
    type(u"plain"_s);
    QTest::keyClick(editor.get(), Qt::Key_B, Qt::ControlModifier);
    type(u" text"_s);
    QCOMPARE(editor->bodyText(), u"plain text"_s);
    editor->setHtml(true);
    QVERIFY(editor->action(u"bold"_s)->isEnabled());
}

void TestBodyEditor::signatureIsSwappedNotStacked()
{
    type(u"Hi Jamie,\nsee you."_s);
    editor->setSignature({u"Dana\nAcme Ops"_s, {}});
    QVERIFY(editor->hasSignature());
    QCOMPARE(editor->bodyText().trimmed(), u"Hi Jamie,\nsee you.\n-- \nDana\nAcme Ops"_s);
    editor->setSignature({u"Support team"_s, {}}); // From changed
    QCOMPARE(editor->bodyText().trimmed(), u"Hi Jamie,\nsee you.\n-- \nSupport team"_s);
    QCOMPARE(editor->bodyText().count(u"-- "_s), 1);
    editor->setSignature({}); // a mailbox without one
    QVERIFY(!editor->hasSignature());
    QCOMPARE(editor->bodyText().trimmed(), u"Hi Jamie,\nsee you."_s);
}

void TestBodyEditor::signatureGoesAboveTheQuote()
{
    editor->setBody(
        u"Thanks!\n\nOn 18 May 2026, Jamie Lee wrote:\n> Here is the report.\n"_s, false);
    editor->setSignature({u"Dana"_s, {}});
    const QString text = editor->bodyText();
    QVERIFY2(text.indexOf(u"-- \nDana"_s) < text.indexOf(u"On 18 May 2026"_s), qPrintable(text));
    QVERIFY(text.startsWith(u"Thanks!"_s));
    QVERIFY(text.contains(u"> Here is the report."_s));
}

QTEST_MAIN(TestBodyEditor)
#include "tst_bodyeditor.moc"

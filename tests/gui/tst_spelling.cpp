// SPDX-License-Identifier: GPL-3.0-or-later
// Wavy underlines, suggestions and "Add to Dictionary" in a text editor, with en_US.
#include "compose/SpellChecker.h"
#include "ui/compose/SpellHighlighter.h"

#include <QMenu>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestSpelling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void misspelledWordsAreUnderlined();
    void suggestionsReplaceTheWord();
    void addToDictionaryClearsTheUnderline();

private:
    static QStringList underlined(QPlainTextEdit &edit)
    {
        QStringList words;
        for (QTextBlock b = edit.document()->begin(); b.isValid(); b = b.next()) {
            for (const QTextLayout::FormatRange &r : b.layout()->formats()) {
                if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                    words += b.text().mid(r.start, r.length);
            }
        }
        return words;
    }
    QTemporaryDir dir;
};

void TestSpelling::misspelledWordsAreUnderlined()
{
    SpellChecker checker(SpellChecker::systemDictionaryDirs(), dir.filePath(u"a.txt"_s));
    QPlainTextEdit edit;
    SpellHighlighter highlighter(edit.document(), &checker);
    edit.setPlainText(u"Here is the reciept for jamie@example.com, see https://acme.exmple/x\n"
                      u"> quoted mistakke\nInvoice INV2026 and ACME are fine; teh end."_s);
    QVERIFY(underlined(edit).isEmpty()); // no dictionary loaded yet
    QVERIFY(checker.setLanguage(u"en_US"_s));
    QCOMPARE(underlined(edit), (QStringList {u"reciept"_s, u"teh"_s}));
}

void TestSpelling::suggestionsReplaceTheWord()
{
    SpellChecker checker(SpellChecker::systemDictionaryDirs(), dir.filePath(u"b.txt"_s));
    QVERIFY(checker.setLanguage(u"en_US"_s));
    QPlainTextEdit edit;
    SpellHighlighter highlighter(edit.document(), &checker);
    edit.setPlainText(u"Thanks for the reciept."_s);
    QTextCursor cursor(edit.document());
    cursor.setPosition(17); // inside "reciept"
    QMenu menu;
    menu.addAction(u"Copy"_s);
    QVERIFY(highlighter.addSuggestions(&menu, cursor));
    QAction *receipt = nullptr;
    for (QAction *a : menu.actions()) {
        if (a->text() == u"receipt"_s)
            receipt = a;
    }
    QVERIFY(receipt);
    QVERIFY(receipt->font().bold());
    receipt->trigger();
    QCOMPARE(edit.toPlainText(), u"Thanks for the receipt."_s);
    QVERIFY(underlined(edit).isEmpty());
}

void TestSpelling::addToDictionaryClearsTheUnderline()
{
    SpellChecker checker(SpellChecker::systemDictionaryDirs(), dir.filePath(u"c.txt"_s));
    QVERIFY(checker.setLanguage(u"en_US"_s));
    QPlainTextEdit edit;
    SpellHighlighter highlighter(edit.document(), &checker);
    edit.setPlainText(u"Ask Zorbly about it."_s);
    QCOMPARE(underlined(edit), QStringList {u"Zorbly"_s});
    QTextCursor cursor(edit.document());
    cursor.setPosition(6);
    QMenu menu;
    QVERIFY(highlighter.addSuggestions(&menu, cursor));
    QAction *learn = nullptr;
    for (QAction *a : menu.actions()) {
        if (a->text() == u"Add “Zorbly” to Dictionary"_s)
            learn = a;
    }
    QVERIFY(learn);
    learn->trigger();
    QVERIFY(underlined(edit).isEmpty());
    QVERIFY(!highlighter.addSuggestions(&menu, cursor));
}

QTEST_MAIN(TestSpelling)
#include "tst_spelling.moc"

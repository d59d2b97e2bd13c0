// SPDX-License-Identifier: GPL-3.0-or-later
// Recipient chips as a user makes them: typing, separators, pasting a list, Backspace.
#include "ui/compose/RecipientChip.h"
#include "ui/compose/RecipientEdit.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QTest>

using namespace Outpost;
using namespace Qt::StringLiterals;

class TestRecipientEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { edit.reset(); }
    void typedAddressBecomesChipAtSeparator();
    void pastedListSplitsLikeGMime();
    void invalidEntryStaysRedWithReason();
    void backspaceEditsLastChip();
    void duplicatesAreMerged();
    void textIsTheWholeList();

private:
    QList<RecipientChip *> chips() const { return edit->findChildren<RecipientChip *>(); }
    std::unique_ptr<RecipientEdit> edit;
};

void TestRecipientEdit::init()
{
    edit = std::make_unique<RecipientEdit>();
    edit->resize(500, 40);
    edit->show();
    edit->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(edit.get()));
    edit->setFocus();
}

void TestRecipientEdit::typedAddressBecomesChipAtSeparator()
{
    QTest::keyClicks(edit->lineEdit(), u"jamie.lee@example.com,"_s);
    QCOMPARE(edit->chipCount(), 1);
    QCOMPARE(edit->lineEdit()->text(), QString());
    QTest::keyClicks(edit->lineEdit(), u"Priya <priya@example.org>"_s);
    QCOMPARE(edit->chipCount(), 1); // still being typed
    QTest::keyClick(edit->lineEdit(), Qt::Key_Return);
    QCOMPARE(edit->chipCount(), 2);
    QCOMPARE(chips().size(), 2);
    QVERIFY(edit->lineEdit()->hasFocus());
}

void TestRecipientEdit::pastedListSplitsLikeGMime()
{
    QApplication::clipboard()->setText(u"\"Lee, Jamie\" <jamie@x.com>; b@y.org, c@z.net"_s);
    QTest::keyClick(edit->lineEdit(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(edit->chipCount(), 3);
    QCOMPARE(edit->addresses().at(0), (MailAddress {u"Lee, Jamie"_s, u"jamie@x.com"_s}));
    QCOMPARE(edit->addresses().at(2).address, u"c@z.net"_s);
    QVERIFY(edit->problems().isEmpty());
    QTest::keyClicks(edit->lineEdit(), u"oops@,"_s);
    QCOMPARE(edit->problems().size(), 1);
    if (const QString dir = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(edit->grab().save(dir + u"/recipients.png"_s));
}

void TestRecipientEdit::invalidEntryStaysRedWithReason()
{
    QTest::keyClicks(edit->lineEdit(), u"jamie@;"_s);
    QCOMPARE(edit->chipCount(), 1);
    RecipientChip *chip = chips().first();
    QVERIFY(!chip->isValid());
    QVERIFY2(
        chip->toolTip().contains(u"nothing stands after the @"_s), qPrintable(chip->toolTip()));
    QCOMPARE(edit->problems().size(), 1);
    QCOMPARE(edit->problems().first().input, u"jamie@"_s);
}

void TestRecipientEdit::backspaceEditsLastChip()
{
    edit->setText(u"a@x.com, Bea <b@y.org>"_s);
    QCOMPARE(edit->chipCount(), 2);
    QTest::keyClick(edit->lineEdit(), Qt::Key_Backspace);
    QCOMPARE(edit->chipCount(), 1);
    QCOMPARE(edit->lineEdit()->text(), u"Bea <b@y.org>"_s);
    QTest::keyClick(edit->lineEdit(), Qt::Key_Backspace); // now an ordinary Backspace
    QCOMPARE(edit->lineEdit()->text(), u"Bea <b@y.org"_s);
    QCOMPARE(edit->chipCount(), 1);
}

void TestRecipientEdit::duplicatesAreMerged()
{
    edit->setText(u"a@x.com"_s);
    QTest::keyClicks(edit->lineEdit(), u"A@X.com, c@z.net,"_s);
    QCOMPARE(edit->chipCount(), 2);
}

void TestRecipientEdit::textIsTheWholeList()
{
    edit->setText(u"\"Lee, Jamie\" <jamie@x.com>"_s);
    QTest::keyClicks(edit->lineEdit(), u"b@y.org"_s);
    QCOMPARE(edit->text(), u"\"Lee, Jamie\" <jamie@x.com>, b@y.org"_s);
    edit->clear();
    QCOMPARE(edit->text(), QString());
    QCOMPARE(edit->chipCount(), 0);
}

QTEST_MAIN(TestRecipientEdit)
#include "tst_recipientedit.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Templates in the compose window and the Templates window, by keyboard only, through Outpost's
// real windows and wiring (MailWindows) against a sandbox on loopback (issue 17, item 2): `;;`
// and a few letters offer the instance's templates, Enter puts one in filled for Jamie Lee's
// contact, the field no contact can fill stays highlighted and stops Send with a sentence naming
// it; edited away, the mail goes and arrives as Jamie reads it. A template written in the
// Templates window is offered in the compose window's Templates menu.
#include "compose/ComposeController.h"
#include "compose/TemplateLibrary.h"
#include "tests/support/MailWindowsRig.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/FieldMessage.h"
#include "ui/MailWindows.h"
#include "ui/compose/BodyEditor.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/compose/RecipientEdit.h"
#include "ui/compose/TemplatesWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Outpost;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Outpost::Testing;

class TestTemplatesGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();
    void aMissingFieldBlocksSendUntilEdited();
    void aTemplateWrittenInTheWindowIsOffered();

private:
    // Tab until `target` has the focus (at most 20 presses); false when it never does.
    static bool tabTo(QWidget *target);
    QString storedBody(const QString &subject) const;

    MailWindowsRig rig;
};

// Each test twice: with the windows given the instance's client, and wired as the app wires
// them, where the windows and controllers have no client of their own and find the instance's
// in the signed-in sessions (the app once showed none of the team's templates that way).
void TestTemplatesGui::initTestCase_data()
{
    QTest::addColumn<MailWindowsRig::Wiring>("wiring");
    QTest::addRow("own client") << MailWindowsRig::Wiring::OwnClient;
    QTest::addRow("shared sessions") << MailWindowsRig::Wiring::SharedSessions;
}

void TestTemplatesGui::init()
{
    QFETCH_GLOBAL(MailWindowsRig::Wiring, wiring);
    QVERIFY(rig.start(wiring));
}

void TestTemplatesGui::cleanup()
{
    rig.stop();
}

bool TestTemplatesGui::tabTo(QWidget *target)
{
    for (int i = 0; i < 20 && QApplication::focusWidget() != target; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    return QApplication::focusWidget() == target;
}

QString TestTemplatesGui::storedBody(const QString &subject) const
{
    for (const QJsonValue &v : rig.http->allMessages()) {
        const QJsonObject m = v.toObject();
        if (m.value(u"emailMetadata").toObject().value(u"subject").toString() == subject)
            return m.value(u"body").toString();
    }
    return {};
}

void TestTemplatesGui::aMissingFieldBlocksSendUntilEdited()
{
    ComposeWindow *w = rig.startApp();
    QVERIFY(w);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    TemplateLibrary *library = rig.windows->templates();
    QTRY_COMPARE(library->instance().size(), 3);
    auto *to = child<RecipientEdit>(w, "toEdit");
    auto *subject = child<QLineEdit>(w, "subjectEdit");
    auto *body = child<BodyEditor>(w, "bodyEdit");
    auto *bodyError = child<FieldMessage>(w, "bodyError");

    to->lineEdit()->setFocus();
    QTest::keyClicks(to->lineEdit(), u"Jamie Lee <jamie.lee@example.com>"_s);
    QVERIFY(tabTo(subject));
    QTest::keyClicks(subject, u"Notes from today"_s);
    QVERIFY(tabTo(body));
    QTest::keyClick(body, Qt::Key_End, Qt::ControlModifier);

    // `;;` and letters of the name: the completer offers it; Enter puts it in.
    QTest::keyClicks(body, u";;meet"_s);
    QAbstractItemView *popup = w->findChild<QAbstractItemView *>(u"templateCompleter"_s);
    if (!popup) {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->objectName() == u"templateCompleter"_s)
                popup = qobject_cast<QAbstractItemView *>(top);
        }
    }
    QVERIFY(popup);
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->currentIndex().data().toString(), u"Meeting follow-up"_s);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(body->toPlainText().contains(u"Hi Jamie,"_s));
    const QString text = body->toPlainText();
    QVERIFY2(!text.contains(u";;"_s), qPrintable(text));
    QVERIFY2(text.contains(u"team at {{companyName}}."_s), qPrintable(text));
    QVERIFY2(text.contains(u"Dana Demo"_s), qPrintable(text)); // {{senderName}}: the mailbox's
    // The field left is highlighted, and said under the body with why.
    QCOMPARE(body->extraSelections().size(), 1);
    QCOMPARE(body->extraSelections().first().cursor.selectedText(), u"{{companyName}}"_s);
    QVERIFY2(bodyError->isVisible(), qPrintable(bodyError->text() + u" | "_s + text));
    QVERIFY2(bodyError->text().contains(u"{{companyName}} could not be filled"_s),
        qPrintable(bodyError->text()));

    // Send is refused, naming the field; nothing leaves.
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(bodyError->isVisible());
    QVERIFY2(bodyError->text().contains(u"{{companyName}} could not be filled: Outpost knows no "
                                        "field of that name"_s),
        qPrintable(bodyError->text()));
    QCOMPARE(MailWindows::controllerOf(w)->phase(), ComposeController::Phase::Editing);
    QCOMPARE(rig.storedCount(u"Notes from today"_s), 0);

    // Edited away by keyboard: the highlight goes, and the mail goes.
    const qsizetype at = body->toPlainText().indexOf(u"{{companyName}}"_s);
    QTest::keyClick(body, Qt::Key_Home, Qt::ControlModifier);
    for (qsizetype i = 0; i < at; ++i)
        QTest::keyClick(body, Qt::Key_Right);
    for (int i = 0; i < 15; ++i)
        QTest::keyClick(body, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(body->textCursor().selectedText(), u"{{companyName}}"_s);
    QTest::keyClicks(body, u"Example Corp"_s);
    QVERIFY(body->extraSelections().isEmpty());
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(child<QPushButton>(w, "undoButton")->isVisible());
    rig.clock->advance(5s);
    QTRY_COMPARE_WITH_TIMEOUT(rig.storedCount(u"Notes from today"_s), 1, 10000);
    const QString sent = storedBody(u"Notes from today"_s);
    QVERIFY2(sent.contains(u"Hi Jamie,"_s) && sent.contains(u"team at Example Corp."_s)
            && !sent.contains(u"{{"_s),
        qPrintable(sent));
}

void TestTemplatesGui::aTemplateWrittenInTheWindowIsOffered()
{
    ComposeWindow *w = rig.startApp();
    QVERIFY(w);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTest::keyClick(
        QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    TemplatesWindow *window = nullptr;
    QTRY_VERIFY((window = w->findChild<TemplatesWindow *>()) || (window = [] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *t = qobject_cast<TemplatesWindow *>(top); t && t->isVisible())
                return t;
        }
        return static_cast<TemplatesWindow *>(nullptr);
    }()));
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    auto *name = child<QLineEdit>(window, "templateName");
    QTRY_COMPARE(QApplication::focusWidget(), name);
    QTest::keyClicks(name, u"Thanks & bye"_s);
    QTest::keyClick(name, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"Thanks, {{firstName}}"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *text = child<QPlainTextEdit>(window, "templateText");
    QCOMPARE(QApplication::focusWidget(), text);
    QTest::keyClicks(text, u"Thank you, {{firstName}}. Bye!"_s);
    QTest::keyClick(text, Qt::Key_S, Qt::ControlModifier);
    TemplateLibrary *library = rig.windows->templates();
    QTRY_COMPARE(library->own().size(), 1);
    QCOMPARE(library->own().first().subject, u"Thanks, {{firstName}}"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!window->isVisible());

    // In the compose window's Templates menu, its "&" shown as written.
    auto *button = child<QToolButton>(w, "templatesButton");
    QStringList texts;
    for (QAction *a : button->menu()->actions())
        texts += a->text();
    QVERIFY2(texts.contains(u"Thanks && bye"_s), qPrintable(texts.join(u" | "_s)));
    QVERIFY(texts.contains(u"Renewal reminder"_s));
    QVERIFY(texts.contains(u"Manage Templates…"_s));
    // Chosen there for Jamie: the subject filled too.
    QTest::keyClicks(child<RecipientEdit>(w, "toEdit")->lineEdit(), u"jamie.lee@example.com"_s);
    for (QAction *a : button->menu()->actions()) {
        if (a->text() == u"Thanks && bye"_s)
            a->trigger();
    }
    auto *body = child<BodyEditor>(w, "bodyEdit");
    QTRY_VERIFY(body->toPlainText().contains(u"Thank you, Jamie. Bye!"_s));
    QCOMPARE(child<QLineEdit>(w, "subjectEdit")->text(), u"Thanks, Jamie"_s);
}

QTEST_MAIN(TestTemplatesGui)
#include "tst_templatesgui.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// "May have been sent", as a user meets it in Outpost's real windows (MailWindows) against a
// sandbox that ignores Idempotency-Key: the answer to a send is lost after the server stored
// the mail, and the lookup cannot be made. The compose window says so (never "Not sent", never
// a Send that could make a second copy), the mail stays in the Outbox, whose window offers
// "Check Again" (a lookup) instead of "Send Now" and warns before Edit; once the lookup can be
// made, the mail is found and reported sent, stored once.
#include "compose/ComposeController.h"
#include "platform/PlatformClient.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/MailWindowsRig.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/MailWindows.h"
#include "ui/compose/ComposeWindow.h"
#include "ui/compose/RecipientEdit.h"
#include "ui/outbox/OutboxWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

using namespace Outpost;
using namespace Outpost::Sandbox::Testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Outpost::Testing; // MailWindowsRig, child, messageBox

namespace {
const QString sendPath = u"/api/email/messages/send"_s;

QString plain(QString text)
{
    return text.remove(u'&');
}
} // namespace

class TestMayHaveBeenSent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void theWindowsTellTheTruthAndNeverOfferABlindSend();

private:
    MailWindowsRig rig;
};

void TestMayHaveBeenSent::init()
{
    QVERIFY(rig.start());
}

void TestMayHaveBeenSent::cleanup()
{
    rig.stop();
}

void TestMayHaveBeenSent::theWindowsTellTheTruthAndNeverOfferABlindSend()
{
    ComposeWindow *w = rig.windows->openNew();
    w->show();
    MailWindows::controllerOf(w)->loadMailboxes();
    QSignalSpy restored(rig.windows.get(), &MailWindows::restored);
    rig.windows->start();
    QVERIFY(restored.wait());
    QTRY_VERIFY(child<QComboBox>(w, "fromCombo")->count() >= 3);
    w->selectFrom(u"dana@acme.example"_s);
    const QString subject = u"Lost answer"_s;
    MailWindowsRig::fill(w, subject, u"Did it arrive?"_s);

    // The server ignores the key, stores the mail and the answer is lost; the lookup is refused.
    QCOMPARE(
        rig.http->post(u"/_sandbox/faults"_s, {{u"ignoreIdempotencyKey"_s, true}}).status, 200);
    QVERIFY(rig.http->addFault({{u"path"_s, sendPath}, {u"drop"_s, u"after"_s}}));
    QVERIFY(rig.http->addFault(
        {{u"path"_s, u"/api/contacts"_s}, {u"status"_s, 403}, {u"times"_s, -1}}));
    QSignalSpy queued(rig.outbox.get(), &Outbox::queued);
    QSignalSpy checking(rig.outbox.get(), &Outbox::checking);
    QSignalSpy unknown(rig.outbox.get(), &Outbox::outcomeUnknown);
    QTest::mouseClick(child<QPushButton>(w, "sendButton"), Qt::LeftButton);
    QVERIFY(queued.wait());
    const QString id = queued.first().first().toString();
    rig.clock->advance(5s); // the undo window
    QVERIFY(checking.wait());
    rig.clock->advance(1s);
    QVERIFY(unknown.wait());
    QCOMPARE(rig.storedCount(subject), 1);

    // The compose window: the truth, the mail kept in the Outbox, no Send.
    auto *banner = child<QLabel>(w, "banner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"May have been sent"_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"Check the conversation"_s), qPrintable(banner->text()));
    QVERIFY(!banner->text().contains(u"Not sent"_s));
    QCOMPARE(w->statusBar()->currentMessage(), u"May have been sent: check the conversation"_s);
    auto *send = child<QPushButton>(w, "sendButton");
    QVERIFY(!send->isEnabled());
    QCOMPARE(plain(send->text()), u"May have been sent"_s);
    QCOMPARE(rig.outbox->count(), 1);
    QCOMPARE(rig.outbox->status(id), Outbox::Status::MayHaveBeenSent);

    // The Outbox window: said, looked for again rather than sent, and Edit warns first.
    OutboxWindow *outboxWindow = rig.windows->showOutbox();
    outboxWindow->selectEntry(id);
    auto *view = child<QTreeView>(outboxWindow, "view");
    QVERIFY(view->currentIndex().siblingAtColumn(0).isValid());
    QVERIFY2(child<QLabel>(outboxWindow, "detail")->text().startsWith(u"May have been sent"_s),
        qPrintable(child<QLabel>(outboxWindow, "detail")->text()));
    auto *again = child<QPushButton>(outboxWindow, "sendNowButton");
    QCOMPARE(plain(again->text()), u"Check Again"_s);
    QVERIFY(again->isEnabled());
    QTest::mouseClick(child<QPushButton>(outboxWindow, "editButton"), Qt::LeftButton);
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = messageBox(u"editMayHaveBeenSentQuestion"_s)));
    QVERIFY(question->text().contains(u"may have been sent"_s));
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!messageBox(u"editMayHaveBeenSentQuestion"_s));
    QCOMPARE(rig.outbox->count(), 1);

    // Check again, once the lookup can be made: found, reported sent, never sent twice.
    QVERIFY(rig.http->del(u"/_sandbox/faults"_s).status == 200);
    const qsizetype sendsBefore = rig.http->recorded(sendPath).size();
    QSignalSpy sent(rig.outbox.get(), &Outbox::sent);
    QTest::mouseClick(again, Qt::LeftButton);
    QVERIFY(sent.wait());
    QCOMPARE(rig.http->recorded(sendPath).size(), sendsBefore);
    QCOMPARE(rig.storedCount(subject), 1);
    QTRY_COMPARE(view->model()->rowCount(), 0);
}

QTEST_MAIN(TestMayHaveBeenSent)
#include "tst_mayhavebeensent.moc"

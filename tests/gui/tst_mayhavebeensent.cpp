// SPDX-License-Identifier: GPL-3.0-or-later
// "May have been sent", as a user meets it in Outpost's real windows (MailWindows) against a
// sandbox that ignores Idempotency-Key: the answer to a send is lost after the server stored
// the mail, and the lookup cannot be made. The compose window says so (never "Not sent", never
// a Send that could make a second copy), the mail stays in the Outbox, whose window offers
// "Check Again" (a lookup) instead of "Send now" and warns before Edit; once the lookup can be
// made, the mail is found and reported sent, stored once.
#include "models/ComposeController.h"
#include "platform/PlatformClient.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/ManualClock.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/ComposeWindow.h"
#include "ui/MailWindows.h"
#include "ui/OutboxWindow.h"
#include "ui/RecipientEdit.h"

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
using Outpost::Testing::ManualClock;

namespace {
const QString sendPath = u"/api/email/messages/send"_s;

template<typename T> T *child(QWidget *w, const char *name)
{
    T *found = w->findChild<T *>(QLatin1String(name));
    Q_ASSERT(found);
    return found;
}

QMessageBox *messageBox(const QString &name)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w);
            box && box->isVisible() && box->objectName() == name)
            return box;
    }
    return nullptr;
}

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
    int storedCount(const QString &subject);

    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<SandboxTestClient> http;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<PlatformSubmission> submission;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<MailWindows> windows;
};

void TestMayHaveBeenSent::init()
{
    sandbox = startSandbox();
    QVERIFY(sandbox);
    http = std::make_unique<SandboxTestClient>(sandbox->url(), sandbox->demoToken());
    dir = std::make_unique<QTemporaryDir>();
    network = std::make_unique<QNetworkAccessManager>();
    client = std::make_unique<PlatformClient>(
        network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    submission = std::make_unique<PlatformSubmission>(client.get());
    clock = std::make_unique<ManualClock>();
    store = std::make_unique<LocalStore>();
    store->open(dir->filePath(u"outpost.sqlite"_s));
    OutboxSettings settings;
    settings.retry = RetryPolicy {1s, 60s, 3};
    outbox = std::make_unique<Outbox>(store.get(), submission.get(), clock.get(), settings);
    windows = std::make_unique<MailWindows>(client.get(), outbox.get());
    windows->setCloseDelayAfterSend(50);
}

void TestMayHaveBeenSent::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox *>(w) || qobject_cast<QDialog *>(w))
            delete w;
    }
    windows.reset();
    outbox.reset();
    store.reset();
    submission.reset();
    client.reset();
    network.reset();
    http.reset();
    sandbox.reset();
}

int TestMayHaveBeenSent::storedCount(const QString &subject)
{
    int count = 0;
    for (const QJsonValue &v : http->allMessages()) {
        count += v.toObject().value(u"emailMetadata").toObject().value(u"subject").toString()
            == subject;
    }
    return count;
}

void TestMayHaveBeenSent::theWindowsTellTheTruthAndNeverOfferABlindSend()
{
    ComposeWindow *w = windows->openNew();
    w->show();
    MailWindows::controllerOf(w)->loadMailboxes();
    QSignalSpy restored(windows.get(), &MailWindows::restored);
    windows->start();
    QVERIFY(restored.wait());
    QTRY_VERIFY(child<QComboBox>(w, "fromCombo")->count() >= 3);
    w->selectFrom(u"dana@acme.example"_s);
    const QString subject = u"Lost answer"_s;
    QTest::keyClicks(
        child<RecipientEdit>(w, "toEdit")->lineEdit(), u"Jamie Lee <jamie.lee@example.com>"_s);
    QTest::keyClicks(child<QLineEdit>(w, "subjectEdit"), subject);
    QTest::keyClicks(child<QTextEdit>(w, "bodyEdit"), u"Did it arrive?"_s);

    // The server ignores the key, stores the mail and the answer is lost; the lookup is refused.
    QCOMPARE(http->post(u"/_sandbox/faults"_s, {{u"ignoreIdempotencyKey"_s, true}}).status, 200);
    QVERIFY(http->addFault({{u"path"_s, sendPath}, {u"drop"_s, u"after"_s}}));
    QVERIFY(
        http->addFault({{u"path"_s, u"/api/contacts"_s}, {u"status"_s, 403}, {u"times"_s, -1}}));
    QSignalSpy queued(outbox.get(), &Outbox::queued);
    QSignalSpy checking(outbox.get(), &Outbox::checking);
    QSignalSpy unknown(outbox.get(), &Outbox::outcomeUnknown);
    QTest::mouseClick(child<QPushButton>(w, "sendButton"), Qt::LeftButton);
    QVERIFY(queued.wait());
    const QString id = queued.first().first().toString();
    clock->advance(5s); // the undo window
    QVERIFY(checking.wait());
    clock->advance(1s);
    QVERIFY(unknown.wait());
    QCOMPARE(storedCount(subject), 1);

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
    QCOMPARE(outbox->count(), 1);
    QCOMPARE(outbox->status(id), Outbox::Status::MayHaveBeenSent);

    // The Outbox window: said, looked for again rather than sent, and Edit warns first.
    OutboxWindow *outboxWindow = windows->showOutbox();
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
    QCOMPARE(outbox->count(), 1);

    // Check again, once the lookup can be made: found, reported sent, never sent twice.
    QVERIFY(http->del(u"/_sandbox/faults"_s).status == 200);
    const qsizetype sendsBefore = http->recorded(sendPath).size();
    QSignalSpy sent(outbox.get(), &Outbox::sent);
    QTest::mouseClick(again, Qt::LeftButton);
    QVERIFY(sent.wait());
    QCOMPARE(http->recorded(sendPath).size(), sendsBefore);
    QCOMPARE(storedCount(subject), 1);
    QTRY_COMPARE(view->model()->rowCount(), 0);
}

QTEST_MAIN(TestMayHaveBeenSent)
#include "tst_mayhavebeensent.moc"

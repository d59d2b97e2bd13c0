// SPDX-License-Identifier: GPL-3.0-or-later
// Attachments in the compose window, against a real sandbox: files dropped onto the body,
// an image pasted into it, Insert > Attach File…, Send waiting for uploads and saying so, a
// failed upload stopping the send with its name, and the storage keys on the sent message.
#include "accounts/MailboxListModel.h"
#include "compose/AttachmentListModel.h"
#include "compose/ComposeController.h"
#include "compose/DraftAutosave.h"
#include "conversation/ConversationReply.h"
#include "mail/SystemClock.h"
#include "platform/PlatformClient.h"
#include "sandbox/SandboxServer.h"
#include "store/LocalStore.h"
#include "submit/Outbox.h"
#include "submit/PlatformSubmission.h"
#include "tests/support/ComposeForm.h"
#include "tests/support/ComposeRig.h"
#include "tests/support/LayoutCheck.h"
#include "tests/support/SandboxTestClient.h"
#include "threads/ThreadChoice.h"
#include "ui/compose/AttachmentList.h"
#include "ui/compose/BodyEditor.h"
#include "ui/compose/ComposeWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDropEvent>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Outpost;
using namespace Outpost::Testing;
using namespace Qt::StringLiterals;
using State = AttachmentListModel::State;

class TestComposeAttachments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void filesDroppedOnTheBodyAreSentByStorageKey();
    void sendWaitsForUploadsAndSaysSo();
    void failedUploadStopsTheSendNamingTheFile();
    void pastedImageInTheBodyIsAttached();
    void attachFileIsInTheInsertMenu();
    void forwardKeepsTheAttachmentsByStorageKey();
    void theDraftKeepsItsAttachments();
    void screenshotWithAttachmentsInEveryState();
    void frozenDuringTheUndoCountdown();

private:
    QString makeFile(const QString &name, const QByteArray &data);
    void fill(const QString &subject);
    void dropOnBody(const QList<QUrl> &urls);
    QJsonObject storedWithSubject(const QString &subject);
    AttachmentListModel *attachments() const { return controller->attachments(); }
    AttachmentList *list() const
    {
        return window->findChild<AttachmentList *>(u"attachmentList"_s);
    }

    std::unique_ptr<QTemporaryDir> dir;
    ComposeRig rig;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> &http = rig.http;
    std::unique_ptr<LocalStore> &store = rig.store;
    std::unique_ptr<Outbox> &outbox = rig.outbox;
    std::unique_ptr<ComposeController> &controller = rig.controller;
    QPointer<ComposeWindow> &window = rig.window;
};

void TestComposeAttachments::init()
{
    QSettings().clear();
    dir = std::make_unique<QTemporaryDir>();
    QVERIFY(dir->isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir->filePath(u"data"_s)));
    ComposeRig::Options options;
    options.sandbox.maxUploadBytes = 8 * 1024 * 1024;
    QVERIFY(rig.start(options));
    QVERIFY(rig.openWindow([](ComposeWindow *w) {
        w->setCloseDelayAfterSend(60'000);
        w->resize(760, 640);
    }));
    QVERIFY(list());
}

void TestComposeAttachments::cleanup()
{
    rig.stop();
    dir.reset();
}

QString TestComposeAttachments::makeFile(const QString &name, const QByteArray &data)
{
    const QString path = dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qWarning("could not write %s", qPrintable(path));
    return path;
}

void TestComposeAttachments::fill(const QString &subject)
{
    auto *from = window->findChild<QComboBox *>(u"fromCombo"_s);
    for (int i = 0; i < from->count(); ++i) {
        if (from->itemText(i).contains(u"dana@acme.example"))
            from->setCurrentIndex(i);
    }
    ComposeForm::typeRecipients(window, u"jamie.lee@example.com"_s);
    QTest::keyClicks(window->findChild<QLineEdit *>(u"subjectEdit"_s), subject);
    QTest::keyClicks(ComposeForm::body(window), u"The files are attached."_s);
}

void TestComposeAttachments::dropOnBody(const QList<QUrl> &urls)
{
    QWidget *target = ComposeForm::body(window)->viewport();
    QMimeData data;
    data.setUrls(urls);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

QJsonObject TestComposeAttachments::storedWithSubject(const QString &subject)
{
    QJsonObject found;
    for (const QJsonValue &v : http->allMessages()) {
        if (v.toObject().value(u"emailMetadata").toObject().value(u"subject").toString() == subject)
            found = v.toObject();
    }
    return found;
}

void TestComposeAttachments::filesDroppedOnTheBodyAreSentByStorageKey()
{
    fill(u"Dropped files"_s);
    const QString bodyBefore = ComposeForm::body(window)->toPlainText();
    const QString a = makeFile(u"agenda.txt"_s, "1. Budget\n2. Hiring\n"_ba);
    const QString b = makeFile(u"Übersicht “Q3”.pdf"_s, QByteArray(150 * 1024, 'x'));
    QSignalSpy settled(attachments(), &AttachmentListModel::settled);
    dropOnBody({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
    QCOMPARE(attachments()->rowCount(), 2);
    QCOMPARE(ComposeForm::body(window)->toPlainText(), bodyBefore); // attached, not inserted
    QVERIFY(list()->isVisible());
    QVERIFY(settled.wait(10000));

    QTest::keyClick(ComposeForm::body(window), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!storedWithSubject(u"Dropped files"_s).isEmpty(), 10000);
    const QJsonArray sent = storedWithSubject(u"Dropped files"_s).value(u"attachments"_s).toArray();
    QCOMPARE(sent.size(), 2);
    QStringList keys;
    for (const QJsonValue &v :
        http->get(u"/_sandbox/uploads"_s).json().value(u"uploads"_s).toArray())
        keys += v.toObject().value(u"key"_s).toString();
    for (const QJsonValue &v : sent) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(u"storageKey"_s).toString(o.value(u"key"_s).toString());
        QVERIFY2(keys.contains(key), qPrintable(key));
    }
}

void TestComposeAttachments::sendWaitsForUploadsAndSaysSo()
{
    fill(u"Waits for uploads"_s);
    QVERIFY(http->addFault({{u"path"_s, u"/api/upload"_s}, {u"delayMs"_s, 1500}}) > 0);
    attachments()->addFiles({makeFile(u"slow.csv"_s, "a,b\n"_ba)});
    QTRY_COMPARE(attachments()->index(0).data(AttachmentListModel::StateRole).toInt(),
        int(State::Uploading));
    QTest::keyClick(ComposeForm::body(window), Qt::Key_Return, Qt::ControlModifier);
    auto *banner = window->findChild<QLabel *>(u"banner"_s);
    QVERIFY2(
        banner->isVisible() && banner->text().contains(u"uploading"), qPrintable(banner->text()));
    QVERIFY(storedWithSubject(u"Waits for uploads"_s).isEmpty()); // nothing sent yet
    QTRY_VERIFY_WITH_TIMEOUT(!storedWithSubject(u"Waits for uploads"_s).isEmpty(), 10000);
    const QJsonArray sent
        = storedWithSubject(u"Waits for uploads"_s).value(u"attachments"_s).toArray();
    QCOMPARE(sent.size(), 1);
    QTRY_VERIFY(banner->text().contains(u"Sent"));
}

void TestComposeAttachments::failedUploadStopsTheSendNamingTheFile()
{
    fill(u"Failed upload"_s);
    QVERIFY(http->addFault({{u"path"_s, u"/api/upload"_s}, {u"status"_s, 413}}) > 0);
    QSignalSpy settled(attachments(), &AttachmentListModel::settled);
    attachments()->addFiles({makeFile(u"poster.tiff"_s, QByteArray(3000, 't'))});
    QVERIFY(settled.wait(10000));
    QCOMPARE(
        attachments()->index(0).data(AttachmentListModel::StateRole).toInt(), int(State::Failed));
    QTest::keyClick(ComposeForm::body(window), Qt::Key_Return, Qt::ControlModifier);
    QLabel *problem = list()->messageLabel();
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(
        problem->text().contains(u"“poster.tiff” was not uploaded"), qPrintable(problem->text()));
    // Refused before it reached the outbox: nothing is queued that could go later.
    QCOMPARE(controller->phase(), ComposeController::Phase::Editing);
    QCOMPARE(outbox->count(), 0);
    QVERIFY(storedWithSubject(u"Failed upload"_s).isEmpty());
}

void TestComposeAttachments::pastedImageInTheBodyIsAttached()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QGuiApplication::clipboard()->setImage(image);
    ComposeForm::body(window)->setFocus();
    QTest::keySequence(ComposeForm::body(window), QKeySequence::Paste);
    QCOMPARE(attachments()->rowCount(), 1);
    QCOMPARE(attachments()->attachments().first().contentType, u"image/png"_s);
}

void TestComposeAttachments::attachFileIsInTheInsertMenu()
{
    auto *attach = window->findChild<QAction *>(u"actionAttachFile"_s);
    QVERIFY(attach);
    QCOMPARE(attach->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    auto *insert = window->findChild<QMenu *>(u"menuInsert"_s);
    QVERIFY(insert && insert->actions().contains(attach));
}

void TestComposeAttachments::forwardKeepsTheAttachmentsByStorageKey()
{
    // A message in a conversation carrying a file uploaded earlier (its key and a signed URL).
    const auto uploaded
        = http->upload({{u"contract.pdf"_s, "application/pdf", QByteArray(5000, 'c')}});
    QCOMPARE(uploaded.status, 200);
    const QJsonObject file = uploaded.json().value(u"files"_s).toArray().first().toObject();
    const QString key = file.value(u"key"_s).toString();
    ConversationMessage original;
    original.from = u"Jamie Lee <jamie.lee@example.com>"_s;
    original.to = {u"dana@acme.example"_s};
    original.subject = u"Contract"_s;
    original.body = u"Signed copy attached."_s;
    original.createdAt = QDateTime::currentDateTimeUtc();
    original.attachments = {{u"contract.pdf"_s, u"application/pdf"_s, key,
        file.value(u"signedUrl"_s).toString(), {}, 5000}};
    ThreadSummary thread;
    thread.subject = u"Contract"_s;
    thread.mailbox = u"dana@acme.example"_s;
    Draft forward = ConversationReply::draft(ReplyKind::Forward, original, thread,
        controller->mailboxes()->mailboxes(), QLocale::c(), QTimeZone::utc());
    forward.to = {{u"Jamie Lee"_s, u"jamie.lee@example.com"_s}};
    ThreadChoice::open(controller.get(), forward);
    QCOMPARE(attachments()->rowCount(), 1);
    QCOMPARE(
        attachments()->index(0).data(AttachmentListModel::StateRole).toInt(), int(State::Uploaded));
    QTest::keyClick(ComposeForm::body(window), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!storedWithSubject(u"Fwd: Contract"_s).isEmpty(), 10000);
    const QJsonArray sent = storedWithSubject(u"Fwd: Contract"_s).value(u"attachments"_s).toArray();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].toObject().value(u"storageKey"_s).toString(), key);
    // Nothing was downloaded or uploaded again.
    QCOMPARE(http->recorded(u"/api/upload"_s).size(), 1);
}

void TestComposeAttachments::theDraftKeepsItsAttachments()
{
    fill(u"Kept in the draft"_s);
    const QString path = makeFile(u"plan.odt"_s, QByteArray(7000, 'o'));
    QSignalSpy settled(attachments(), &AttachmentListModel::settled);
    attachments()->addFiles({path});
    QVERIFY(settled.wait(10000));
    controller->autosave()->saveNow();
    // The draft as the store gives it back (each read waits for the store's answer).
    std::optional<DraftRecord> stored;
    const auto read = [&] {
        auto answer = std::make_shared<std::optional<StoreResult<std::optional<DraftRecord>>>>();
        store->loadDraft(controller->draftId(), this,
            [answer](const StoreResult<std::optional<DraftRecord>> &r) { *answer = r; });
        if (!QTest::qWaitFor([&] { return answer->has_value(); }, 5000))
            return qsizetype(-1); // no answer
        stored = (*answer)->value;
        return stored ? stored->draft.attachments.size() : qsizetype(-1);
    };
    QTRY_COMPARE_WITH_TIMEOUT(read(), qsizetype(1), 5000);
    const Attachment kept = stored->draft.attachments.first();
    QCOMPARE(kept.localPath, path);
    QCOMPARE(kept.size, 7000);
    QCOMPARE(kept.storageKey, attachments()->attachments().first().storageKey);
    QVERIFY(!kept.storageKey.isEmpty());
    QCOMPARE(kept.modified, QFileInfo(path).lastModified());
}

void TestComposeAttachments::screenshotWithAttachmentsInEveryState()
{
    fill(u"Q3 planning pack"_s);
    QSignalSpy settled(attachments(), &AttachmentListModel::settled);
    attachments()->addFiles(
        {makeFile(u"Q3 plan.pdf"_s, QByteArray(2'340'000, 'p')), makeFile(u"notes.txt"_s, {})});
    QVERIFY(settled.wait(10000));
    attachments()->addUrls({QUrl(u"https://files.acme.example/shared/roadmap-2027.key"_s)});
    // More than this sandbox's 8 MB per file: its own 413 names the file and the limit.
    attachments()->addFiles({makeFile(u"budget.xlsx"_s, QByteArray(9'400'000, 'b'))});
    QVERIFY(settled.wait(10000));
    QVERIFY(http->del(u"/_sandbox/faults"_s).status == 200);
    QVERIFY(http->addFault({{u"path"_s, u"/api/upload"_s}, {u"delayMs"_s, 20000}}) > 0);
    attachments()->addFiles({makeFile(u"minutes.docx"_s, QByteArray(48'000, 'm'))});
    QTRY_COMPARE(attachments()->index(4).data(AttachmentListModel::StateRole).toInt(),
        int(State::Uploading));
    QCOMPARE(attachments()->rowCount(), 5);
    list()->showMessage(u"“Holiday photos” is a folder: attach the files in it instead."_s);
    QVERIFY(list()->messageLabel()->isVisible());
    Outpost::Testing::settleLayouts(); // the message takes its room before the picture
    const QString out = qEnvironmentVariable("OUTPOST_SCREENSHOT_DIR");
    if (!out.isEmpty())
        QVERIFY(window->grab().save(out + u"/attachments.png"_s));
    QCOMPARE(
        attachments()->index(3).data(AttachmentListModel::StateRole).toInt(), int(State::Failed));
}

// Issue 15, item 4: while the message waits for the undo countdown nothing changes what goes:
// no Remove, Delete, drop or Attach File; Ctrl+Z takes it back, and a removal then counts.
void TestComposeAttachments::frozenDuringTheUndoCountdown()
{
    outbox->setUndoDelay(std::chrono::seconds(30));
    fill(u"Frozen"_s);
    QSignalSpy settled(attachments(), &AttachmentListModel::settled);
    dropOnBody({QUrl::fromLocalFile(makeFile(u"remove-me.txt"_s, "a"_ba)),
        QUrl::fromLocalFile(makeFile(u"keep-me.txt"_s, "b"_ba))});
    QVERIFY(settled.wait(10000));
    QTest::keyClick(ComposeForm::body(window), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(controller->phase(), ComposeController::Phase::Held);

    QVERIFY(list()->isReadOnly());
    QVERIFY(!list()->removeButtonRect(0).isValid());
    QVERIFY(!window->findChild<QAction *>(u"actionAttachFile"_s)->isEnabled());
    QVERIFY(window->findChild<QLineEdit *>(u"subjectEdit"_s)->isReadOnly());
    list()->view()->setFocus();
    list()->view()->setCurrentIndex(attachments()->index(0, 0));
    QTest::keyClick(list()->view(), Qt::Key_Delete);
    dropOnBody({QUrl::fromLocalFile(makeFile(u"late.txt"_s, "c"_ba))});
    QCOMPARE(attachments()->rowCount(), 2);

    QTest::keyClick(list()->view(), Qt::Key_Z, Qt::ControlModifier); // Undo
    QCOMPARE(controller->phase(), ComposeController::Phase::Editing);
    QVERIFY(!list()->isReadOnly());
    QVERIFY(list()->removeButtonRect(0).isValid());
    QTest::keyClick(list()->view(), Qt::Key_Delete);
    QCOMPARE(attachments()->rowCount(), 1);

    outbox->setUndoDelay({});
    QTest::keyClick(list()->view(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!storedWithSubject(u"Frozen"_s).isEmpty(), 10000);
    const QJsonArray sent = storedWithSubject(u"Frozen"_s).value(u"attachments"_s).toArray();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().toObject().value(u"filename"_s).toString(), u"keep-me.txt"_s);
}

QTEST_MAIN(TestComposeAttachments)
#include "tst_composeattachments.moc"

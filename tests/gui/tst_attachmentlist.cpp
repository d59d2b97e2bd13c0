// SPDX-License-Identifier: GPL-3.0-or-later
// The attachment list as a user meets it: files and links dropped on it, an image pasted,
// an upload cancelled and retried with its buttons, a row removed, a double-click opening the
// file. Uploads go to a real sandbox on 127.0.0.1.
#include "compose/AttachmentListModel.h"
#include "platform/PlatformClient.h"
#include "platform/UploadClient.h"
#include "settings/Settings.h"
#include "tests/support/SandboxTestClient.h"
#include "ui/compose/AttachmentList.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Outpost;
using namespace Qt::StringLiterals;
using State = AttachmentListModel::State;

// Receives what QDesktopServices would hand to the default application.
class OpenedUrls : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls += url; }
};

class TestAttachmentList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void droppedFilesAreListedAndUploaded();
    void droppedLinksOnlyHttps();
    void pastedImageIsAttachedAsPng();
    void cancelAndRetryWithTheRowsButtons();
    void removeButtonAndDoubleClick();
    void attachOpensWhereFilesLastCameFrom();

private:
    QString makeFile(const QString &name, const QByteArray &data);
    void drop(QWidget *target, QMimeData *data);
    int state(int row) const
    {
        return model->index(row).data(AttachmentListModel::StateRole).toInt();
    }

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> platform;
    std::unique_ptr<UploadClient> uploads;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
    std::unique_ptr<AttachmentListModel> model;
    std::unique_ptr<AttachmentList> list;
};

void TestAttachmentList::init()
{
    dir = std::make_unique<QTemporaryDir>();
    QVERIFY(dir->isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir->filePath(u"data"_s)));
    Sandbox::SandboxOptions options = Sandbox::Testing::testOptions();
    options.maxUploadBytes = 8 * 1024 * 1024;
    sandbox = Sandbox::Testing::startSandbox(options);
    QVERIFY(sandbox);
    network = std::make_unique<QNetworkAccessManager>();
    platform = std::make_unique<PlatformClient>(
        network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    uploads = std::make_unique<UploadClient>(platform.get(), network.get());
    http = std::make_unique<Sandbox::Testing::SandboxTestClient>(
        sandbox->url(), sandbox->demoToken());
    model = std::make_unique<AttachmentListModel>();
    model->setUploadClient(uploads.get());
    list = std::make_unique<AttachmentList>();
    list->setModel(model.get());
    list->resize(560, 260);
    list->show();
    QVERIFY(QTest::qWaitForWindowExposed(list.get()));
}

void TestAttachmentList::cleanup()
{
    list.reset();
    model.reset();
    uploads.reset();
    platform.reset();
    network.reset();
    http.reset();
    sandbox.reset();
    dir.reset();
}

QString TestAttachmentList::makeFile(const QString &name, const QByteArray &data)
{
    const QString path = dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qWarning("could not write %s", qPrintable(path));
    return path;
}

void TestAttachmentList::drop(QWidget *target, QMimeData *data)
{
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(
        at, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QVERIFY(move.isAccepted());
    QDropEvent dropped(at, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
    QVERIFY(dropped.isAccepted());
}

void TestAttachmentList::droppedFilesAreListedAndUploaded()
{
    const QString a = makeFile(u"minutes.txt"_s, "The minutes.\n"_ba);
    const QString b = makeFile(u"Ångström “plan”.pdf"_s, QByteArray(20000, 'p'));
    QVERIFY(QDir(dir->path()).mkdir(u"Photos"_s));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b),
        QUrl::fromLocalFile(dir->filePath(u"Photos"_s))});
    QSignalSpy settled(model.get(), &AttachmentListModel::settled);
    // The list is hidden while empty: a drop lands on the widget itself the first time.
    list->view()->show();
    drop(list->view()->viewport(), &data);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0).data().toString(), u"minutes.txt"_s);
    QCOMPARE(model->index(1).data().toString(), u"Ångström “plan”.pdf"_s);
    QCOMPARE(model->index(1).data(AttachmentListModel::SizeTextRole).toString(),
        AttachmentListModel::sizeText(20000));
    // The folder is refused next to the list, by name.
    QVERIFY(list->messageLabel()->isVisible());
    QVERIFY2(list->messageLabel()->text().contains(u"“Photos” is a folder"),
        qPrintable(list->messageLabel()->text()));
    QVERIFY(settled.wait(10000));
    QCOMPARE(state(0), int(State::Uploaded));
    QCOMPARE(state(1), int(State::Uploaded));
    QCOMPARE(model->index(1).data(AttachmentListModel::StateTextRole).toString(), u"Uploaded"_s);
    const QJsonArray stored
        = http->get(u"/_sandbox/uploads"_s).json().value(u"uploads"_s).toArray();
    QCOMPARE(stored.size(), 2);

    // Rows reorder (what a drag within the list does), and the draft follows.
    QVERIFY(model->moveRow({}, 1, {}, 0));
    QCOMPARE(model->attachments().first().filename, u"Ångström “plan”.pdf"_s);
}

void TestAttachmentList::droppedLinksOnlyHttps()
{
    QMimeData data;
    data.setUrls({QUrl(u"https://files.example/q3/report.pdf"_s),
        QUrl(u"http://files.example/plain.pdf"_s)});
    list->view()->show();
    drop(list->view()->viewport(), &data);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(state(0), int(State::Link));
    QCOMPARE(model->attachments().first().url, u"https://files.example/q3/report.pdf"_s);
    QVERIFY2(list->messageLabel()->text().contains(u"only https"),
        qPrintable(list->messageLabel()->text()));

    // A link dragged from a browser as text is a link too.
    QMimeData text;
    text.setText(u"https://files.example/deck.key"_s);
    QVERIFY(AttachmentList::canAttach(&text));
    drop(list->view()->viewport(), &text);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1).data().toString(), u"deck.key"_s);
}

void TestAttachmentList::pastedImageIsAttachedAsPng()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(0x33, 0x66, 0x99));
    QGuiApplication::clipboard()->setImage(image);
    QSignalSpy settled(model.get(), &AttachmentListModel::settled);
    list->view()->show();
    list->view()->setFocus();
    QTest::keySequence(list->view(), QKeySequence::Paste);
    QCOMPARE(model->rowCount(), 1);
    const Attachment a = model->attachments().first();
    QVERIFY2(a.filename.startsWith(u"Pasted image") && a.filename.endsWith(u".png"),
        qPrintable(a.filename));
    QCOMPARE(a.contentType, u"image/png"_s);
    QImageReader reader(a.localPath);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.read().size(), QSize(64, 48));
    QVERIFY(settled.wait(10000));
    QCOMPARE(state(0), int(State::Uploaded));
}

void TestAttachmentList::cancelAndRetryWithTheRowsButtons()
{
    // The server holds its answer: the row stays in Uploading long enough to be cancelled.
    QVERIFY(http->addFault({{u"path"_s, u"/api/upload"_s}, {u"delayMs"_s, 3000}}) > 0);
    model->addFiles({makeFile(u"slow.bin"_s, QByteArray(4000, 's'))});
    QTRY_COMPARE(state(0), int(State::Uploading));
    QCoreApplication::processEvents();
    const QRect cancel = list->actionButtonRect(0);
    QVERIFY(cancel.isValid());
    QTest::mouseClick(list->view()->viewport(), Qt::LeftButton, {}, cancel.center());
    QCOMPARE(state(0), int(State::Cancelled));
    QCOMPARE(model->problems().size(), 1);
    const QRect retry = list->actionButtonRect(0);
    QVERIFY(retry.isValid());
    QSignalSpy settled(model.get(), &AttachmentListModel::settled);
    QTest::mouseClick(list->view()->viewport(), Qt::LeftButton, {}, retry.center());
    QVERIFY(settled.wait(10000));
    QCOMPARE(state(0), int(State::Uploaded));
    QVERIFY(model->problems().isEmpty());
}

void TestAttachmentList::removeButtonAndDoubleClick()
{
    const QString a = makeFile(u"keep.txt"_s, "keep"_ba);
    const QString b = makeFile(u"drop.txt"_s, "drop"_ba);
    QSignalSpy settled(model.get(), &AttachmentListModel::settled);
    model->addFiles({a, b});
    QVERIFY(settled.wait(10000));
    QCoreApplication::processEvents();
    OpenedUrls opened;
    QDesktopServices::setUrlHandler(u"file"_s, &opened, "open");
    const QRect first = list->view()->visualRect(model->index(0));
    QTest::mouseClick(list->view()->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseDClick(list->view()->viewport(), Qt::LeftButton, {}, first.center());
    QDesktopServices::unsetUrlHandler(u"file"_s);
    QCOMPARE(opened.urls, QList<QUrl>({QUrl::fromLocalFile(a)}));

    QTest::mouseClick(
        list->view()->viewport(), Qt::LeftButton, {}, list->removeButtonRect(1).center());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->attachments().first().filename, u"keep.txt"_s);
}

QTEST_MAIN(TestAttachmentList)
void TestAttachmentList::attachOpensWhereFilesLastCameFrom()
{
    // Several files attached from one project folder, one Attach at a time: each Attach after
    // the first opens in that folder, not in whatever folder Outpost was started from. Once
    // the folder is gone, Attach opens in Documents (the home folder when there is none).
    QSettings store(dir->filePath(u"outpost.ini"_s), QSettings::IniFormat);
    Settings settings(&store);
    list->setSettings(&settings);
    QVERIFY(QDir(dir->path()).mkpath(u"project"_s));
    const QString project = QDir(dir->filePath(u"project"_s)).absolutePath();
    const QString report = makeFile(u"project/report.txt"_s, "figures");
    const QString notes = makeFile(u"project/notes.txt"_s, "notes");
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString usual = QFileInfo(documents).isDir() ? documents : QDir::homePath();

    // Attach, and in its dialog the file `name` (none: Esc); returns where it opened. The
    // dialog lists folders in the background: Return is pressed until it takes the file.
    auto attachInDialog = [this](const QString &name) {
        QString openedIn;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&openedIn, name] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            if (openedIn.isEmpty()) {
                openedIn = dialog->directory().absolutePath();
                // The file's whole path typed in File name, where the dialog has the keyboard.
                if (!name.isEmpty())
                    QTest::keyClicks(QApplication::focusWidget(), name);
            }
            QTest::keyClick(
                QApplication::focusWidget(), name.isEmpty() ? Qt::Key_Escape : Qt::Key_Return);
        });
        poll.start(50);
        list->chooseFiles();
        return openedIn;
    };

    QCOMPARE(attachInDialog(report), QDir(usual).absolutePath());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(attachInDialog(notes), project);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1).data(Qt::DisplayRole).toString(), u"notes.txt"_s);
    QVERIFY(QDir(project).removeRecursively());
    QCOMPARE(attachInDialog({}), QDir(usual).absolutePath());
    QCOMPARE(model->rowCount(), 2);
}

#include "tst_attachmentlist.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Attachments over real HTTP against the sandbox: files streamed to POST /api/upload, the bytes
// stored compared by hash, limits checked before a byte goes, cancel, retry after a dropped
// connection, files changed on disk uploaded again, a restored draft re-uploading what changed.
#include "compose/AttachmentListModel.h"
#include "platform/PlatformClient.h"
#include "platform/PlatformJson.h"
#include "platform/UploadClient.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/SandboxTestClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Outpost;
using namespace Qt::StringLiterals;
using State = AttachmentListModel::State;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QByteArray pattern(qint64 size, char seed)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char((i * 31 + seed) & 0xff);
    return data;
}
} // namespace

class TestAttachments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void uploadsStoreTheFilesBytesAndGoOutOnTheSend();
    void atMostThreeUploadsAtOnce();
    void cancelMidUploadStoresNothing();
    void droppedConnectionIsRetriedAndStoredOnce();
    void limitsRefuseBeforeAnyByteIsSent();
    void badFilesAreRefusedWithTheirName();
    void linksOnlyHttps();
    void serverRefusal413NamesTheFile();
    void fileDeletedBeforeItsUploadFails();
    void changedFileIsUploadedAgain();
    void restoredDraftUploadsOnlyWhatChanged();
    void oneRequestCarriesAtMostTenFiles();

private:
    QString makeFile(const QString &name, const QByteArray &data);
    QJsonArray storedUploads()
    {
        return http->get(u"/_sandbox/uploads"_s).json().value(u"uploads"_s).toArray();
    }
    int uploadRequests() { return int(http->recorded(u"/api/upload"_s).size()); }
    static bool settled(const AttachmentListModel &m) { return m.isSettled(); }
    std::unique_ptr<AttachmentListModel> newModel();

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<PlatformClient> platform;
    std::unique_ptr<UploadClient> uploads;
    std::unique_ptr<Sandbox::Testing::SandboxTestClient> http;
};

void TestAttachments::init()
{
    dir = std::make_unique<QTemporaryDir>();
    QVERIFY(dir->isValid());
    Sandbox::SandboxOptions options = Sandbox::Testing::testOptions();
    // 64 KiB where the server's 413 is tested, 64 MB elsewhere.
    if (qstrcmp(QTest::currentTestFunction(), "serverRefusal413NamesTheFile") != 0)
        options.maxUploadBytes = 64 * 1024 * 1024;
    sandbox = Sandbox::Testing::startSandbox(options);
    QVERIFY(sandbox);
    network = std::make_unique<QNetworkAccessManager>();
    platform = std::make_unique<PlatformClient>(
        network.get(), Session {sandbox->url(), sandbox->demoToken(), {}, {}});
    uploads = std::make_unique<UploadClient>(platform.get(), network.get());
    http = std::make_unique<Sandbox::Testing::SandboxTestClient>(
        sandbox->url(), sandbox->demoToken());
}

void TestAttachments::cleanup()
{
    uploads.reset();
    platform.reset();
    network.reset();
    http.reset();
    sandbox.reset();
    dir.reset();
}

QString TestAttachments::makeFile(const QString &name, const QByteArray &data)
{
    const QString path = dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qWarning("could not write %s", qPrintable(path));
    return path;
}

std::unique_ptr<AttachmentListModel> TestAttachments::newModel()
{
    auto m = std::make_unique<AttachmentListModel>();
    RetryPolicy quick;
    quick.base = std::chrono::milliseconds(20);
    quick.cap = std::chrono::milliseconds(100);
    quick.maxAttempts = 4;
    m->setRetryPolicy(quick);
    return m;
}

void TestAttachments::uploadsStoreTheFilesBytesAndGoOutOnTheSend()
{
    const QString odd = u"Ünïcödé \"quoted\" back\\slash €.txt"_s;
    const QStringList paths {makeFile(u"report.pdf"_s, pattern(300 * 1024, 1)),
        makeFile(odd, "naïve text\n"_ba), makeFile(u"empty.txt"_s, {})};
    auto model = newModel();
    model->setUploadClient(uploads.get());
    QSignalSpy settledSpy(model.get(), &AttachmentListModel::settled);
    QVERIFY(model->addFiles(paths).isEmpty());
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(settledSpy.wait(10000));
    const QList<Attachment> list = model->attachments();
    QCOMPARE(list.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(
            model->index(i).data(AttachmentListModel::StateRole).toInt(), int(State::Uploaded));
    // The empty file went, with a word about it.
    QVERIFY(model->index(2).data(AttachmentListModel::WarningRole).toString().contains(u"empty"));

    // The server holds exactly the bytes on disk, under the names as they are on disk.
    const QJsonArray stored = storedUploads();
    QCOMPARE(stored.size(), 3);
    QHash<QString, QJsonObject> byKey;
    for (const QJsonValue &v : stored)
        byKey.insert(v.toObject().value(u"key"_s).toString(), v.toObject());
    for (int i = 0; i < 3; ++i) {
        const QJsonObject s = byKey.value(list[i].storageKey);
        QVERIFY2(!s.isEmpty(), qPrintable(list[i].storageKey));
        QCOMPARE(s.value(u"sha256"_s).toString().toLatin1(), fileHash(paths[i]));
        QCOMPARE(s.value(u"size"_s).toInteger(), QFileInfo(paths[i]).size());
    }
    QCOMPARE(list[0].filename, u"report.pdf"_s);
    QCOMPARE(list[0].contentType, u"application/pdf"_s);
    QCOMPARE(list[1].filename, odd);
    QCOMPARE(list[1].contentType, u"text/plain"_s);
    // The server keeps the name after its last slash or backslash; the send names it whole.
    QCOMPARE(byKey.value(list[1].storageKey).value(u"name"_s).toString(), u"slash €.txt"_s);

    // The send request carries storageKey + filename + contentType, and the server takes it.
    Draft d;
    d.from = u"dana@acme.example"_s;
    d.to = {{u"Jamie"_s, u"jamie.lee@example.com"_s}};
    d.subject = u"With attachments"_s;
    d.body = u"See attached."_s;
    d.attachments = list;
    const QJsonObject request = QJsonDocument::fromJson(PlatformJson::sendRequest(d)).object();
    const QJsonArray sent = request.value(u"attachments"_s).toArray();
    QCOMPARE(sent.size(), 3);
    QCOMPARE(Sandbox::Testing::keysOf(sent[1].toObject()),
        QStringList({u"contentType"_s, u"filename"_s, u"storageKey"_s}));
    QCOMPARE(sent[1].toObject().value(u"filename"_s).toString(), odd);
    std::optional<Result<Receipt>> receipt;
    platform->send(d, u"key-attachments-1"_s, this, [&](const Result<Receipt> &r) { receipt = r; });
    QTRY_VERIFY_WITH_TIMEOUT(receipt.has_value(), 10000);
    QVERIFY2(receipt->ok(), qPrintable(receipt->ok() ? QString() : receipt->error().message));
    const QJsonArray messages = http->allMessages();
    const QJsonObject last = messages.last().toObject();
    QCOMPARE(last.value(u"attachments"_s).toArray().size(), 3);
}

void TestAttachments::atMostThreeUploadsAtOnce()
{
    // Each upload answers after a pause: the queue's width is visible.
    QVERIFY(
        http->addFault({{u"path"_s, u"/api/upload"_s}, {u"delayMs"_s, 300}, {u"times"_s, 5}}) > 0);
    QStringList paths;
    for (int i = 0; i < 5; ++i)
        paths += makeFile(u"f%1.bin"_s.arg(i), pattern(1000 + i, char(i)));
    auto model = newModel();
    model->setUploadClient(uploads.get());
    int most = 0;
    auto count = [&] {
        int n = 0;
        for (int i = 0; i < model->rowCount(); ++i)
            n += model->index(i).data(AttachmentListModel::StateRole).toInt()
                == int(State::Uploading);
        most = std::max(most, n);
    };
    connect(model.get(), &QAbstractItemModel::dataChanged, this, count);
    QSignalSpy settledSpy(model.get(), &AttachmentListModel::settled);
    model->addFiles(paths);
    count();
    QVERIFY(settledSpy.wait(10000));
    QCOMPARE(most, 3);
    QCOMPARE(storedUploads().size(), 5);
}

void TestAttachments::cancelMidUploadStoresNothing()
{
    const QString path = makeFile(u"large.bin"_s, pattern(40 * 1024 * 1024, 3));
    auto model = newModel();
    SendLimits roomy = UploadClient::limits(); // 50 MB a file, and no message limit
    roomy.maxMessageBytes = -1;
    model->setLimits(roomy);
    model->setUploadClient(uploads.get());
    // How each request of the upload ended, as the network layer ends it.
    QList<QNetworkReply::NetworkError> endings;
    QObject watching;
    connect(network.get(), &QNetworkAccessManager::finished, &watching,
        [&](QNetworkReply *reply) { endings += reply->error(); });
    bool cancelledMidway = false;
    int reports = 0;
    connect(model.get(), &QAbstractItemModel::dataChanged, this, [&] {
        const int p = model->index(0).data(AttachmentListModel::ProgressRole).toInt();
        // The second report while uploading: bytes have gone, most have not (40 MB).
        if (!cancelledMidway && p >= 0 && p < 100 && ++reports == 2) {
            cancelledMidway = true;
            model->cancel(0);
        }
    });
    model->addFiles({path});
    QTRY_VERIFY_WITH_TIMEOUT(cancelledMidway, 10000);
    QCOMPARE(model->index(0).data(AttachmentListModel::StateRole).toInt(), int(State::Cancelled));
    QVERIFY(model->isSettled());
    // "Nothing stored" has no event of its own: the sandbox records nothing for a body cut
    // short. What does happen is the end of the upload's request: cancelled, the request is
    // aborted and its connection closed with most of the 40 MB unsent, so the sandbox can never
    // have the whole body. A cancel that did not stop the upload would end it only once the
    // whole file had gone and been answered, as a success: the wait below would see that
    // ending, and the first comparison fail.
    QTRY_COMPARE_WITH_TIMEOUT(endings.size(), 1, 10000);
    QCOMPARE(endings.first(), QNetworkReply::OperationCanceledError);
    QCOMPARE(storedUploads().size(), 0);
    // Cancelled stops a send until retried or removed; a retry then completes it.
    QCOMPARE(model->problems().size(), 1);
    QVERIFY(model->problems().first().message.contains(u"large.bin"));
    QSignalSpy settledSpy(model.get(), &AttachmentListModel::settled);
    model->retry(0);
    QVERIFY(settledSpy.wait(10000));
    QCOMPARE(model->index(0).data(AttachmentListModel::StateRole).toInt(), int(State::Uploaded));
    QCOMPARE(storedUploads().size(), 1);
    QCOMPARE(
        storedUploads()[0].toObject().value(u"sha256"_s).toString().toLatin1(), fileHash(path));
    // The sandbox received one whole upload request: the retry's. Whatever of the cancelled
    // one was still on its way was read before the 40 MB sent after it, and made no request.
    QCOMPARE(uploadRequests(), 1);
}

void TestAttachments::droppedConnectionIsRetriedAndStoredOnce()
{
    // The server stores the file, then the connection drops before the answer.
    QVERIFY(http->addFault({{u"path"_s, u"/api/upload"_s}, {u"drop"_s, u"after"_s}}) > 0);
    const QString path = makeFile(u"notes.txt"_s, pattern(50 * 1024, 7));
    auto model = newModel();
    model->setUploadClient(uploads.get());
    QSignalSpy settledSpy(model.get(), &AttachmentListModel::settled);
    model->addFiles({path});
    QVERIFY(settledSpy.wait(10000));
    QCOMPARE(model->index(0).data(AttachmentListModel::StateRole).toInt(), int(State::Uploaded));
    const QStringList keys = http->idempotencyKeys(u"/api/upload"_s);
    QVERIFY2(keys.size() >= 2, qPrintable(keys.join(u", ")));
    QVERIFY(!keys.first().isEmpty());
    QCOMPARE(keys.count(keys.first()), keys.size()); // every attempt under one key
    const QJsonArray stored = storedUploads();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].toObject().value(u"key"_s).toString(), model->attachments()[0].storageKey);
}

void TestAttachments::limitsRefuseBeforeAnyByteIsSent()
{
    auto model = newModel();
    model->setUploadClient(uploads.get());
    SendLimits limits;
    limits.maxFileBytes = 100 * 1024;
    limits.maxAttachmentBytes = 250 * 1024;
    limits.setBy = u"Gmail"_s;
    model->setLimits(limits);
    QSignalSpy refused(model.get(), &AttachmentListModel::refused);
    const QString big = makeFile(u"video.mp4"_s, pattern(100 * 1024 + 1, 1));
    QStringList why = model->addFiles({big});
    QCOMPARE(why.size(), 1);
    QVERIFY2(why[0].contains(u"“video.mp4”")
            && why[0].contains(AttachmentListModel::sizeText(100 * 1024)),
        qPrintable(why[0]));
    QCOMPARE(refused.size(), 1);

    // Three 90 KB files fit one by one, not together: the third names the total and Gmail.
    QStringList three;
    for (int i = 0; i < 3; ++i)
        three += makeFile(u"part%1.bin"_s.arg(i), pattern(90 * 1024, char(i)));
    why = model->addFiles(three);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(why.size(), 1);
    QVERIFY2(why[0].contains(u"“part2.bin”") && why[0].contains(u"Gmail")
            && why[0].contains(AttachmentListModel::sizeText(250 * 1024)),
        qPrintable(why[0]));
    QSignalSpy settledSpy(model.get(), &AttachmentListModel::settled);
    QVERIFY(settledSpy.wait(10000));
    // Nothing of the refused files went out.
    QCOMPARE(storedUploads().size(), 2);
    for (const QJsonValue &v : storedUploads())
        QVERIFY(v.toObject().value(u"name"_s).toString() != u"part2.bin"_s);

    // A smaller limit after the fact (another From) stops the send and says why.
    limits.maxAttachmentBytes = 100 * 1024;
    limits.setBy = u"Outlook"_s;
    model->setLimits(limits);
    QCOMPARE(model->problems().size(), 1);
    QVERIFY(model->problems()[0].message.contains(u"Outlook"));
    QCOMPARE(model->problems()[0].field, DraftField::Attachments);
}

void TestAttachments::badFilesAreRefusedWithTheirName()
{
    auto model = newModel();
    model->setUploadClient(uploads.get());
    QVERIFY(QDir(dir->path()).mkdir(u"holiday photos"_s));
    QStringList why = model->addFiles({dir->filePath(u"holiday photos"_s)});
    QCOMPARE(why.size(), 1);
    QVERIFY2(why[0].contains(u"“holiday photos” is a folder"), qPrintable(why[0]));

    why = model->addFiles({dir->filePath(u"gone.txt"_s)});
    QCOMPARE(why.size(), 1);
    QVERIFY2(
        why[0].contains(u"“gone.txt”") && why[0].contains(u"no such file"), qPrintable(why[0]));

    const QString fifo = dir->filePath(u"pipe"_s);
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    why = model->addFiles({fifo});
    QCOMPARE(why.size(), 1);
    QVERIFY2(
        why[0].contains(u"“pipe”") && why[0].contains(u"not a regular file"), qPrintable(why[0]));

    const QString once = makeFile(u"once.txt"_s, "x"_ba);
    QVERIFY(model->addFiles({once}).isEmpty());
    why = model->addFiles({once});
    QCOMPARE(why.size(), 1);
    QVERIFY(why[0].contains(u"“once.txt” is attached already"));
    QCOMPARE(model->rowCount(), 1);

    if (geteuid() != 0) {
        const QString secret = makeFile(u"secret.txt"_s, "s"_ba);
        QVERIFY(QFile::setPermissions(secret, QFileDevice::WriteOwner));
        why = model->addFiles({secret});
        QCOMPARE(why.size(), 1);
        QVERIFY2(
            why[0].contains(u"“secret.txt”") && why[0].contains(u"permission"), qPrintable(why[0]));
    }
}

void TestAttachments::linksOnlyHttps()
{
    auto model = newModel();
    QStringList why = model->addUrls({QUrl(u"https://files.example/q3/report%20final.pdf?sig=1"_s),
        QUrl(u"http://files.example/plain.pdf"_s), QUrl(u"ftp://files.example/x.zip"_s)});
    QCOMPARE(why.size(), 2);
    QVERIFY2(why[0].contains(u"http") && why[0].contains(u"https"), qPrintable(why[0]));
    QVERIFY2(why[1].contains(u"ftp"), qPrintable(why[1]));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0).data(AttachmentListModel::StateRole).toInt(), int(State::Link));
    const Attachment a = model->attachments().first();
    QCOMPARE(a.filename, u"report final.pdf"_s);
    QVERIFY(a.storageKey.isEmpty());
    Draft d;
    d.attachments = {a};
    const QJsonObject item = QJsonDocument::fromJson(PlatformJson::sendRequest(d))
                                 .object()
                                 .value(u"attachments"_s)
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(Sandbox::Testing::keysOf(item), QStringList({u"filename"_s, u"url"_s}));
    QCOMPARE(
        item.value(u"url"_s).toString(), u"https://files.example/q3/report%20final.pdf?sig=1"_s);
    QVERIFY(model->isSettled()); // a link has nothing to upload
}

void TestAttachments::serverRefusal413NamesTheFile()
{
    // The sandbox accepts 64 KiB here; this client believes files may be 50 MB.
    const QString path = makeFile(u"scan.tiff"_s, pattern(64 * 1024 + 1, 5));
    auto model = newModel();
    model->setUploadClient(uploads.get());
    QSignalSpy settledSpy(model.get(), &AttachmentListModel::settled);
    model->addFiles({path});
    QVERIFY(settledSpy.wait(10000));
    QCOMPARE(model->index(0).data(AttachmentListModel::StateRole).toInt(), int(State::Failed));
    const QString error = model->index(0).data(AttachmentListModel::ErrorRole).toString();
    // The server's own words: the file and the limit.
    QVERIFY2(error.contains(u"“scan.tiff”") && error.contains(u"too large", Qt::CaseInsensitive)
            && error.contains(u"limit of 65536 bytes"),
        qPrintable(error));
    QCOMPARE(uploadRequests(), 1); // a 413 is not retried
    QVERIFY(model->problems().first().message.contains(u"scan.tiff"));
}

void TestAttachments::fileDeletedBeforeItsUploadFails()
{
    const QString path = makeFile(u"draft.docx"_s, pattern(2000, 9));
    auto model = newModel();
    model->addFiles({path}); // no upload client yet: it waits
    QCOMPARE(model->pendingCount(), 1);
    QVERIFY(QFile::remove(path));
    QSignalSpy settledSpy(model.get(), &AttachmentListModel::settled);
    model->setUploadClient(uploads.get());
    QVERIFY(settledSpy.size() == 1 || settledSpy.wait(5000));
    QCOMPARE(model->index(0).data(AttachmentListModel::StateRole).toInt(), int(State::Failed));
    QVERIFY(model->index(0).data(AttachmentListModel::ErrorRole).toString().contains(u"deleted"));
    QVERIFY(model->problems().first().message.contains(u"“draft.docx”"));
    QCOMPARE(uploadRequests(), 0);
}

void TestAttachments::changedFileIsUploadedAgain()
{
    const QString path = makeFile(u"budget.csv"_s, "a,b\n1,2\n"_ba);
    auto model = newModel();
    model->setUploadClient(uploads.get());
    QSignalSpy settledSpy(model.get(), &AttachmentListModel::settled);
    model->addFiles({path});
    QVERIFY(settledSpy.wait(10000));
    const QString firstKey = model->attachments()[0].storageKey;
    QVERIFY(!firstKey.isEmpty());
    QVERIFY(!model->uploadChangedFiles()); // nothing changed yet

    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("3,4\n");
        QVERIFY(f.setFileTime(
            QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
        f.close();
    }
    QVERIFY(model->uploadChangedFiles());
    QCOMPARE(model->pendingCount(), 1);
    QVERIFY(settledSpy.wait(10000));
    const Attachment again = model->attachments()[0];
    QVERIFY(!again.storageKey.isEmpty());
    QVERIFY(again.storageKey != firstKey);
    QCOMPARE(again.size, 12);
    const QJsonArray stored = storedUploads();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[1].toObject().value(u"sha256"_s).toString().toLatin1(), fileHash(path));
}

void TestAttachments::restoredDraftUploadsOnlyWhatChanged()
{
    const QString same = makeFile(u"same.txt"_s, "unchanged"_ba);
    const QString edited = makeFile(u"edited.txt"_s, "first"_ba);
    QList<Attachment> kept;
    {
        auto model = newModel();
        model->setUploadClient(uploads.get());
        QSignalSpy settledSpy(model.get(), &AttachmentListModel::settled);
        model->addFiles({same, edited});
        QVERIFY(settledSpy.wait(10000));
        kept = model->attachments(); // what the draft stores
    }
    QCOMPARE(storedUploads().size(), 2);
    {
        QFile f(edited);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("second version");
        QVERIFY(f.setFileTime(
            QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
        f.close();
    }
    auto restored = newModel();
    QSignalSpy settledSpy(restored.get(), &AttachmentListModel::settled);
    restored->setAttachments(kept);
    restored->setUploadClient(uploads.get());
    QVERIFY(settledSpy.wait(10000));
    const QList<Attachment> now = restored->attachments();
    QCOMPARE(now[0].storageKey, kept[0].storageKey); // not uploaded again
    QVERIFY(now[1].storageKey != kept[1].storageKey);
    QCOMPARE(storedUploads().size(), 3);
    QCOMPARE(storedUploads()[2].toObject().value(u"name"_s).toString(), u"edited.txt"_s);
}

void TestAttachments::oneRequestCarriesAtMostTenFiles()
{
    QList<UploadSource> files;
    for (int i = 0; i < 11; ++i)
        files += {makeFile(u"n%1.txt"_s.arg(i), "x"_ba), u"n%1.txt"_s.arg(i), u"text/plain"_s};
    std::optional<Result<QList<Attachment>>> result;
    uploads->upload(files, {}, this, [&](const Result<QList<Attachment>> &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY2(result->error().message.contains(u"10"), qPrintable(result->error().message));
    QCOMPARE(uploadRequests(), 0);
    files.removeLast();
    result.reset();
    uploads->upload(files, {}, this, [&](const Result<QList<Attachment>> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(result->ok());
    QCOMPARE(result->value().size(), 10);
    QCOMPARE(storedUploads().size(), 10);
    // The exact name goes as RFC 8187 filename*, with a plain ASCII fallback.
    QCOMPARE(UploadClient::contentDisposition(u"a\"b/€.txt"_s),
        QByteArray("form-data; name=\"files\"; filename=\"a_b__.txt\"; "
                   "filename*=UTF-8''a%22b%2F%E2%82%AC.txt"));
}

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"

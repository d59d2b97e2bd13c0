// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/AttachmentListModel.h"

#include "mail/AttachmentFile.h"
#include "mail/SendRules.h"
#include "platform/UploadClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace Outpost {

namespace {
using namespace Qt::StringLiterals;

// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::AttachmentListModel)
};

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// "report.pdf" from https://files.example/a/report.pdf?sig=…; the host when the path is bare.
QString nameOfLink(const QUrl &url)
{
    const QString name = url.fileName(QUrl::FullyDecoded);
    return name.isEmpty() ? url.host() : name;
}
} // namespace

AttachmentListModel::AttachmentListModel(QObject *parent) : QAbstractListModel(parent)
{
    // An upload is retried a few times, soon: the user is waiting for it.
    m_retry.base = std::chrono::milliseconds(1000);
    m_retry.cap = std::chrono::seconds(30);
    m_retry.maxAttempts = 4;
}

AttachmentListModel::~AttachmentListModel()
{
    for (const Row &r : std::as_const(m_rows)) {
        if (r.call)
            r.call->abort();
    }
}

void AttachmentListModel::setUploadClient(UploadClient *client)
{
    m_client = client;
    schedule();
}

void AttachmentListModel::setLimits(const SendLimits &limits)
{
    m_limits = limits;
}

QString AttachmentListModel::sizeText(qint64 bytes)
{
    return SendRules::sizeText(bytes);
}

QString AttachmentListModel::refusalFor(const QString &path, qint64 extraBytes) const
{
    const QString unusable = AttachmentFile::unusable(path);
    if (!unusable.isEmpty())
        return unusable;
    const QFileInfo info(path);
    const QString name = info.fileName();
    for (const Row &r : m_rows) {
        if (!r.attachment.localPath.isEmpty()
            && QFileInfo(r.attachment.localPath).canonicalFilePath() == info.canonicalFilePath())
            return Tr::tr("“%1” is attached already.").arg(name);
    }
    return SendRules::fileRefusal(name, info.size(), totalSize() + extraBytes, m_limits);
}

QStringList AttachmentListModel::addUrls(const QList<QUrl> &urls)
{
    QStringList files;
    QStringList refusals;
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files += url.toLocalFile();
        else
            refusals += addLink(url);
    }
    refusals += addFiles(files);
    return refusals;
}

QStringList AttachmentListModel::addFiles(const QStringList &paths)
{
    QStringList refusals;
    qint64 adding = 0;
    QList<Row> rows;
    for (const QString &path : paths) {
        const QString why = refusalFor(path, adding);
        bool duplicate = false;
        for (const Row &r : std::as_const(rows))
            duplicate = duplicate || r.attachment.localPath == QFileInfo(path).absoluteFilePath();
        if (!why.isEmpty() || duplicate) {
            if (!why.isEmpty())
                refusals += why;
            continue;
        }
        Row row;
        row.attachment = AttachmentFile::of(path);
        if (row.attachment.size == 0)
            row.warning = Tr::tr("The file is empty (0 bytes).");
        adding += row.attachment.size;
        rows += row;
    }
    for (Row &r : rows)
        appendRow(std::move(r));
    for (const QString &r : std::as_const(refusals))
        Q_EMIT refused(r);
    schedule();
    return refusals;
}

QStringList AttachmentListModel::addLink(const QUrl &url)
{
    QString why;
    if (!url.isValid() || url.host().isEmpty())
        why = Tr::tr("“%1” is not a link that can be attached.").arg(url.toDisplayString());
    else if (url.scheme() != u"https")
        why = Tr::tr("“%1” cannot be attached: only https links can be (not %2).")
                  .arg(url.toDisplayString(), url.scheme());
    for (const Row &r : std::as_const(m_rows)) {
        if (why.isEmpty() && r.attachment.url == url.toString(QUrl::FullyEncoded))
            why = Tr::tr("“%1” is attached already.").arg(nameOfLink(url));
    }
    if (!why.isEmpty()) {
        Q_EMIT refused(why);
        return {why};
    }
    Row row;
    row.state = State::Link;
    row.attachment.url = url.toString(QUrl::FullyEncoded);
    row.attachment.filename = nameOfLink(url);
    appendRow(std::move(row));
    return {};
}

QStringList AttachmentListModel::addData(const QByteArray &data, const QString &filename)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString dir = QDir(base).filePath(u"pasted/"_s + newKey());
    QString why;
    if (!QDir().mkpath(dir)) {
        why = Tr::tr("“%1” cannot be attached: the folder %2 cannot be created.")
                  .arg(filename, QDir::toNativeSeparators(dir));
    } else {
        QSaveFile file(QDir(dir).filePath(filename));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            why = Tr::tr("“%1” cannot be attached: %2").arg(filename, file.errorString());
    }
    if (!why.isEmpty()) {
        Q_EMIT refused(why);
        return {why};
    }
    return addFiles({QDir(dir).filePath(filename)});
}

void AttachmentListModel::appendRow(Row row)
{
    row.id = m_nextId++;
    if (row.idempotencyKey.isEmpty())
        row.idempotencyKey = newKey();
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(std::move(row));
    endInsertRows();
    Q_EMIT attachmentsChanged();
}

void AttachmentListModel::setAttachments(const QList<Attachment> &attachments)
{
    for (const Row &r : std::as_const(m_rows)) {
        if (r.call)
            r.call->abort();
    }
    beginResetModel();
    m_rows.clear();
    for (const Attachment &a : attachments) {
        Row row;
        row.id = m_nextId++;
        row.idempotencyKey = newKey();
        row.attachment = a;
        if (!a.url.isEmpty()) {
            row.state = State::Link;
        } else if (!a.storageKey.isEmpty()) {
            row.state = State::Uploaded; // uploadChangedFiles() below looks at the disk
        } else if (!a.localPath.isEmpty()) {
            const QFileInfo info(a.localPath);
            row.attachment.size = info.exists() ? info.size() : a.size;
            row.attachment.modified = info.lastModified().toUTC();
            row.state = State::Waiting;
        } else {
            continue; // nothing to send it from
        }
        m_rows.append(row);
    }
    endResetModel();
    uploadChangedFiles();
    schedule();
    Q_EMIT attachmentsChanged();
}

QList<Attachment> AttachmentListModel::attachments() const
{
    QList<Attachment> list;
    for (const Row &r : m_rows)
        list += r.attachment;
    return list;
}

void AttachmentListModel::remove(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    if (m_rows[row].call)
        m_rows[row].call->abort(); // its answer finds no row and is dropped
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT attachmentsChanged();
    schedule();
}

void AttachmentListModel::cancel(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    if (r.state != State::Waiting && r.state != State::Uploading)
        return;
    r.state = State::Cancelled;
    r.error.clear();
    r.retryScheduled = false;
    if (r.call)
        r.call->abort();
    r.call = nullptr;
    changed(row);
    schedule();
}

void AttachmentListModel::retry(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    if (r.state != State::Failed && r.state != State::Cancelled)
        return;
    r.state = State::Waiting;
    r.error.clear();
    r.attempts = 0;
    r.sent = 0;
    changed(row);
    schedule();
}

bool AttachmentListModel::uploadChangedFiles()
{
    bool any = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (r.state != State::Uploaded || r.attachment.localPath.isEmpty())
            continue;
        const QFileInfo info(r.attachment.localPath);
        if (!info.exists())
            continue; // the server has the bytes the user attached
        const bool same = info.size() == r.attachment.size && r.attachment.modified.isValid()
            && info.lastModified() == r.attachment.modified;
        if (same)
            continue;
        r.state = State::Waiting;
        r.attachment.storageKey.clear();
        r.idempotencyKey = newKey(); // new bytes: not a retry of the old upload
        r.attempts = 0;
        r.sent = 0;
        any = true;
        changed(i);
    }
    if (any) {
        Q_EMIT attachmentsChanged();
        schedule();
    }
    return any;
}

int AttachmentListModel::pendingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const Row &r) { return r.state == State::Waiting || r.state == State::Uploading; }));
}

qint64 AttachmentListModel::totalSize() const
{
    qint64 total = 0;
    for (const Row &r : m_rows)
        total += std::max<qint64>(0, r.attachment.size);
    return total;
}

QList<DraftProblem> AttachmentListModel::problems() const
{
    QList<DraftProblem> list;
    for (const Row &r : m_rows) {
        if (r.state == State::Failed)
            list += {DraftField::Attachments,
                Tr::tr("“%1” was not uploaded: %2 Retry or remove it.")
                    .arg(r.attachment.filename, r.error)};
        else if (r.state == State::Cancelled)
            list += {DraftField::Attachments,
                Tr::tr("The upload of “%1” was cancelled: retry or remove it.")
                    .arg(r.attachment.filename)};
    }
    const QString total = SendRules::totalRefusal(totalSize(), m_limits);
    if (!total.isEmpty())
        list += {DraftField::Attachments, total};
    return list;
}

void AttachmentListModel::schedule()
{
    if (m_client) {
        int running = int(std::count_if(m_rows.cbegin(), m_rows.cend(),
            [](const Row &r) { return r.state == State::Uploading; }));
        for (int i = 0; i < m_rows.size() && running < maxParallelUploads; ++i) {
            if (m_rows[i].state == State::Waiting && !m_rows[i].retryScheduled) {
                startUpload(i);
                if (m_rows[i].state == State::Uploading)
                    ++running;
            }
        }
    }
    checkSettled();
}

void AttachmentListModel::checkSettled()
{
    const bool settledNow = isSettled();
    if (settledNow && !m_wasSettled) {
        m_wasSettled = true;
        Q_EMIT settled();
    }
    m_wasSettled = settledNow;
}

void AttachmentListModel::startUpload(int row)
{
    Row &r = m_rows[row];
    const QFileInfo info(r.attachment.localPath);
    // The file was fine when added; look again now that its bytes are about to go.
    QString why;
    if (!info.exists())
        why = Tr::tr("the file was deleted or moved before it could be uploaded.");
    else if (!info.isReadable())
        why = Tr::tr("the file can no longer be read.");
    else if (m_limits.maxFileBytes > 0 && info.size() > m_limits.maxFileBytes)
        why = Tr::tr("it is now %1; files can be at most %2 each.")
                  .arg(sizeText(info.size()), sizeText(m_limits.maxFileBytes));
    if (!why.isEmpty()) {
        r.state = State::Failed;
        r.error = why;
        changed(row);
        return;
    }
    if (info.size() != r.attachment.size || info.lastModified() != r.attachment.modified) {
        r.attachment.size = info.size();
        r.attachment.modified = info.lastModified().toUTC();
        r.warning = info.size() == 0 ? Tr::tr("The file is empty (0 bytes).") : QString();
    }
    r.state = State::Uploading;
    r.sent = 0;
    r.total = info.size();
    r.error.clear();
    ++r.attempts;
    const quint64 id = r.id;
    PlatformCall *call = m_client->upload(
        {{r.attachment.localPath, r.attachment.filename, r.attachment.contentType}},
        r.idempotencyKey, this, [this, id](const Result<QList<Attachment>> &result) {
            if (result.ok())
                finishUpload(id, nullptr, &result.value().first());
            else
                finishUpload(id, &result.error(), nullptr);
        });
    r.call = call;
    connect(call, &PlatformCall::uploadProgress, this, [this, id](qint64 sent, qint64 total) {
        const int i = rowOf(id);
        if (i < 0 || total <= 0)
            return;
        Row &item = m_rows[i];
        // The multipart framing adds a few hundred bytes: shown in proportion to the file.
        item.sent = qint64(double(sent) / double(total) * double(item.total));
        changed(i);
    });
    changed(row);
}

void AttachmentListModel::finishUpload(
    quint64 id, const ServiceError *error, const Attachment *stored)
{
    const int i = rowOf(id);
    if (i < 0)
        return; // removed meanwhile
    Row &r = m_rows[i];
    r.call = nullptr;
    if (r.state != State::Uploading)
        return; // cancelled meanwhile
    if (stored) {
        r.state = State::Uploaded;
        r.attachment.storageKey = stored->storageKey;
        if (!stored->contentType.isEmpty())
            r.attachment.contentType = stored->contentType;
        r.sent = r.total;
        changed(i);
        Q_EMIT attachmentsChanged();
    } else if (error->kind == ServiceError::Kind::Cancelled) {
        r.state = State::Cancelled;
        changed(i);
    } else {
        QRandomGenerator *random = QRandomGenerator::global();
        const auto delay = m_retry.delayBefore(r.attempts + 1, *error, *random);
        if (delay) {
            // Same bytes, same Idempotency-Key: stored once even if the first one arrived.
            r.state = State::Waiting;
            r.retryScheduled = true;
            r.error = error->message;
            changed(i);
            QTimer::singleShot(*delay, this, [this, id] {
                const int j = rowOf(id);
                if (j < 0)
                    return;
                m_rows[j].retryScheduled = false;
                schedule();
            });
        } else {
            r.state = State::Failed;
            r.error = error->message;
            changed(i);
        }
    }
    schedule();
}

int AttachmentListModel::rowOf(quint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

void AttachmentListModel::changed(int row)
{
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Attachment &a = r.attachment;
    switch (role) {
    case Qt::DisplayRole:
        return a.filename;
    case Qt::AccessibleTextRole: // the painted row in words: name, size, state (issue 19)
        return (QStringList {a.filename, sizeText(a.size), data(index, StateTextRole).toString()}
                    .filter(QRegularExpression(u"."_s)))
            .join(u", "_s); // a link has no size
    case Qt::AccessibleDescriptionRole:
    case Qt::ToolTipRole: {
        QString tip = a.url.isEmpty() ? QDir::toNativeSeparators(a.localPath) : a.url;
        if (!r.error.isEmpty())
            tip += u'\n' + r.error;
        if (!r.warning.isEmpty())
            tip += u'\n' + r.warning;
        return tip;
    }
    case IconNameRole: {
        if (r.state == State::Link)
            return u"text-html"_s;
        const QMimeType type = QMimeDatabase().mimeTypeForName(a.contentType);
        return type.isValid() ? type.iconName() : u"application-octet-stream"_s;
    }
    case GenericIconNameRole: {
        const QMimeType type = QMimeDatabase().mimeTypeForName(a.contentType);
        return type.isValid() ? type.genericIconName() : u"unknown"_s;
    }
    case SizeRole:
        return a.size;
    case SizeTextRole:
        return sizeText(a.size);
    case ProgressRole:
        if (r.state != State::Uploading)
            return -1;
        return r.total > 0 ? int(r.sent * 100 / r.total) : 0;
    case StateRole:
        return int(r.state);
    case StateTextRole:
        switch (r.state) {
        case State::Waiting:
            return r.retryScheduled ? Tr::tr("Waiting to try again: %1").arg(r.error)
                                    : Tr::tr("Waiting to upload");
        case State::Uploading:
            if (r.total > 0 && r.sent >= r.total)
                return Tr::tr("Finishing the upload…"); // every byte sent, the answer pending
            return r.total > 0 ? Tr::tr("Uploading %1%").arg(r.sent * 100 / r.total)
                               : Tr::tr("Uploading");
        case State::Uploaded:
            return r.warning.isEmpty() ? Tr::tr("Uploaded")
                                       : Tr::tr("Uploaded — %1").arg(r.warning);
        case State::Failed:
            return Tr::tr("Failed: %1").arg(r.error);
        case State::Cancelled:
            return Tr::tr("Cancelled");
        case State::Link:
            return Tr::tr("Link");
        }
        return {};
    case ErrorRole:
        return r.state == State::Failed ? r.error : QString();
    case WarningRole:
        return r.warning;
    case PathRole:
        return a.localPath;
    case UrlRole:
        return a.url.isEmpty() ? QUrl::fromLocalFile(a.localPath) : QUrl(a.url);
    case CanCancelRole:
        return r.state == State::Waiting || r.state == State::Uploading;
    case CanRetryRole:
        return r.state == State::Failed || r.state == State::Cancelled;
    default:
        return {};
    }
}

Qt::ItemFlags AttachmentListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

bool AttachmentListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
    const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= m_rows.size() || destinationChild < 0 || destinationChild > m_rows.size())
        return false;
    if (destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false; // already there
    if (!beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild))
        return false;
    m_rows.move(sourceRow, destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
    endMoveRows();
    Q_EMIT attachmentsChanged();
    return true;
}

QHash<int, QByteArray> AttachmentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IconNameRole, "iconName");
    names.insert(SizeRole, "size");
    names.insert(ProgressRole, "progress");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(ErrorRole, "error");
    return names;
}

} // namespace Outpost

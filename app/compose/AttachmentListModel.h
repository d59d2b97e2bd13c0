// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"
#include "mail/Mailbox.h"
#include "mail/SendLimits.h"
#include "submit/RetryPolicy.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace Outpost {

class PlatformCall;
class UploadClient;

// The attachments of one message, in order: files (uploaded through POST /api/upload as soon
// as they are added, at most three at once, retried when the network fails, uploaded again
// when the file changed on disk) and https links. Checks every limit before a byte is sent.
// The rows are what the attachment list shows; attachments() is what the draft keeps.
class AttachmentListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class State {
        Waiting, // queued for an upload slot
        Uploading,
        Uploaded, // has a storage key
        Failed, // `error` says why; retry() tries again
        Cancelled,
        Link, // a url attachment: nothing to upload
    };
    Q_ENUM(State)

    enum Role {
        IconNameRole = Qt::UserRole + 200, // QString: the freedesktop icon of its MIME type
        GenericIconNameRole, // QString: the fallback icon
        SizeRole, // qint64 (-1: unknown)
        SizeTextRole, // QString: "1.2 MB"
        ProgressRole, // int 0…100 while uploading, else -1
        StateRole, // int: State
        StateTextRole, // QString: "Uploading 45%", "Uploaded", "Failed: …"
        ErrorRole, // QString: why it failed (empty otherwise)
        WarningRole, // QString: allowed, but worth a word (an empty file)
        PathRole, // QString: the local file
        UrlRole, // QUrl: the link, or the local file as a file URL
        CanCancelRole, // bool
        CanRetryRole, // bool
    };

    static constexpr int maxParallelUploads = 3;

    explicit AttachmentListModel(QObject *parent = nullptr);
    ~AttachmentListModel() override;

    // Where uploads go; without one files wait (the compose window sets it once signed in).
    void setUploadClient(UploadClient *client);
    // The route's limits (SendLimits); until set, the loosest of any route.
    void setLimits(const SendLimits &limits);
    SendLimits limits() const { return m_limits; }
    // Waits after network failures (tests shorten them).
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }

    // Files and links (file URLs are files; https URLs become link attachments; anything
    // else is refused). Each refusal is one message naming the file and the reason, also
    // emitted as refused(). Returns the refusals (empty: all added).
    QStringList addUrls(const QList<QUrl> &urls);
    QStringList addFiles(const QStringList &paths);
    QStringList addLink(const QUrl &url);
    // Bytes with no file behind them (a pasted image): kept in Outpost's data folder, then
    // attached like a file.
    QStringList addData(const QByteArray &data, const QString &filename);

    // A restored draft: what is uploaded and unchanged on disk is kept, the rest uploads.
    void setAttachments(const QList<Attachment> &attachments);
    // What the draft and the send request carry, in order.
    QList<Attachment> attachments() const;

    void remove(int row);
    void cancel(int row);
    void retry(int row);
    // Files changed on disk since their upload go back to the queue. True when any did.
    bool uploadChangedFiles();

    int pendingCount() const; // waiting or uploading
    bool isSettled() const { return pendingCount() == 0; }
    qint64 totalSize() const;
    // What stops a send: failed or cancelled uploads, a total over the limit.
    QList<DraftProblem> problems() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
        const QModelIndex &destinationParent, int destinationChild) override;
    QHash<int, QByteArray> roleNames() const override;

    static QString sizeText(qint64 bytes);

Q_SIGNALS:
    void refused(const QString &message);
    // Nothing waits or uploads any more (sending can go on).
    void settled();
    // What attachments() returns changed (a row added, removed, moved, uploaded).
    void attachmentsChanged();

private:
    struct Row
    {
        quint64 id = 0;
        Attachment attachment; // filename, type, path, size and modified as uploaded (or now)
        State state = State::Waiting;
        qint64 sent = 0;
        qint64 total = 0;
        QString error;
        QString warning;
        QString idempotencyKey; // one per content: retries of the same bytes reuse it
        int attempts = 0;
        QPointer<PlatformCall> call;
        bool retryScheduled = false;
    };

    QString refusalFor(const QString &path, qint64 extraBytes) const;
    void appendRow(Row row);
    void schedule();
    void startUpload(int row);
    void finishUpload(quint64 id, const ServiceError *error, const Attachment *stored);
    int rowOf(quint64 id) const;
    void changed(int row);
    void checkSettled();

    QList<Row> m_rows;
    QPointer<UploadClient> m_client;
    SendLimits m_limits = SendLimits::of(SendRoute::Platform, std::nullopt);
    RetryPolicy m_retry;
    quint64 m_nextId = 1;
    bool m_wasSettled = true;
};

} // namespace Outpost

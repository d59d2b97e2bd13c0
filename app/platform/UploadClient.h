// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"
#include "mail/SendLimits.h"
#include "net/Result.h"
#include "platform/PlatformClient.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QHttpMultiPart;
class QNetworkAccessManager;

namespace Outpost {

// One file to upload: read from `path` as it is sent, named `filename` on the wire.
struct UploadSource
{
    QString path;
    QString filename;
    QString contentType;
};

// POST /api/upload (api/CONTRACT.md): multipart/form-data, one part named `files` per file,
// each streamed from disk through QHttpMultiPart over a QFile (never read whole). The
// platform's limits are checked before a byte is sent. The HTTP core (net/HttpClient.h) sends
// it with the PlatformClient's tokens: a 401 refreshes the session once and the very same
// upload goes again, with the same Idempotency-Key, so a retry stores nothing twice.
class UploadClient : public QObject
{
    Q_OBJECT
public:
    // The platform's row of SendLimits' table.
    static SendLimits limits() { return SendLimits::of(SendRoute::Platform, std::nullopt); }

    // `network`: null for one of its own.
    UploadClient(
        PlatformClient *platform, QNetworkAccessManager *network, QObject *parent = nullptr);
    PlatformClient *platform() const { return m_platform; }

    // The files as the server stored them, in order: storageKey, contentType and size from
    // the answer, filename as given here (the server may shorten it). Runs `done` at most
    // once, and never after `context` is gone.
    PlatformCall *upload(const QList<UploadSource> &files, const QString &idempotencyKey,
        QObject *context, std::function<void(const Result<QList<Attachment>> &)> done);

    // The largest file sent (default: the platform's 50 MB; a sandbox may accept more).
    void setMaxFileBytes(qint64 bytes) { m_maxFileBytes = bytes; }
    qint64 maxFileBytes() const { return m_maxFileBytes; }
    // Why the files cannot be sent as one request (count, size, unreadable), or empty.
    QString refusal(const QList<UploadSource> &files) const;
    // The Content-Disposition of a part: an ASCII `filename` fallback and the exact UTF-8
    // name as RFC 8187 `filename*`.
    static QByteArray contentDisposition(const QString &filename);

private:
    // The form of `files`, made anew for each attempt.
    static Result<QHttpMultiPart *> form(const QList<UploadSource> &files);
    // What the core's answer means for `files`.
    static Result<QList<Attachment>> read(
        const HttpClient::Answer &answer, const QList<UploadSource> &files);

    QPointer<PlatformClient> m_platform; // signing out deletes it
    QNetworkAccessManager *m_network;
    HttpClient *m_http;
    qint64 m_maxFileBytes = limits().maxFileBytes;
};

} // namespace Outpost

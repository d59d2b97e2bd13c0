// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/platform/UploadEndpoint.h"

#include "sandbox/MultipartParser.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QLocale>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QUuid>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

namespace {
HttpResponse invalid(const QString &message)
{
    return HttpResponse::apiError(400, u"invalid_request"_s, message, u"files"_s);
}

// "70.3 MB, more than the limit of 50.0 MB"; exact bytes when rounding makes both look equal.
QString tooLarge(qint64 size, qint64 limit)
{
    const QLocale c = QLocale::c();
    QString sizeText = c.formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat);
    QString limitText = c.formattedDataSize(limit, 1, QLocale::DataSizeTraditionalFormat);
    if (sizeText == limitText) {
        sizeText = QString::number(size) + u" bytes"_s;
        limitText = QString::number(limit) + u" bytes"_s;
    }
    return u"%1, more than the limit of %2"_s.arg(sizeText, limitText);
}

// A storage key keeps the name readable but never lets it add path segments.
QString keySafe(const QString &name)
{
    QString safe = name;
    for (QChar &c : safe) {
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control)
            c = u'_';
    }
    return safe;
}

QString typeOf(const MultipartPart &part)
{
    const QString declared = QString::fromLatin1(part.contentType).section(u';', 0, 0).trimmed();
    if (!declared.isEmpty())
        return declared.toLower();
    return QMimeDatabase().mimeTypeForFile(part.filename, QMimeDatabase::MatchExtension).name();
}
} // namespace

UploadEndpoint::UploadEndpoint(SandboxContext &context) : m_context(context) { }

void UploadEndpoint::addRoutes(SandboxRouter &router)
{
    router.add(
        "POST", u"/api/upload"_s, SandboxRouter::Access::Bearer,
        [this](const HttpRequest &r, const User &u) { return upload(r, u); },
        SandboxRouter::Idempotency::Honoured);
}

void UploadEndpoint::addControlRoutes(SandboxRouter &router)
{
    router.add("GET", u"/_sandbox/uploads"_s, SandboxRouter::Access::Public,
        [this](const HttpRequest &, const User &) { return storedUploads(); });
}

HttpResponse UploadEndpoint::storedUploads() const
{
    QJsonArray list;
    for (const Upload &u : m_stored) {
        QFile file(QDir(m_context.uploadsDir).filePath(u.file));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const bool read = file.open(QIODevice::ReadOnly) && hash.addData(&file);
        list.append(QJsonObject {{u"key"_s, u.key}, {u"name"_s, u.name}, {u"type"_s, u.type},
            {u"size"_s, u.size},
            {u"sha256"_s, read ? QString::fromLatin1(hash.result().toHex()) : QString()}});
    }
    return HttpResponse::json(200, QJsonObject {{u"uploads"_s, list}});
}

HttpResponse UploadEndpoint::upload(const HttpRequest &request, const User &user)
{
    QString error;
    const QByteArray boundary = MultipartParser::boundary(request.header("content-type"), &error);
    if (boundary.isEmpty())
        return invalid(error);
    const MultipartResult parsed = MultipartParser::parse(request.body, boundary);
    if (!parsed.ok())
        return invalid(u"The multipart body is malformed: "_s + parsed.error);
    for (const MultipartPart &part : parsed.parts) {
        if (part.name != u"files")
            return invalid(
                u"Unexpected part “%1”: send every file in a part named “files”"_s.arg(part.name));
        if (!part.hasFilename || part.filename.isEmpty())
            return invalid(u"A “files” part has no filename"_s);
    }
    if (parsed.parts.isEmpty())
        return invalid(u"No files: send each file in a part named “files”"_s);
    if (parsed.parts.size() > maxFiles)
        return invalid(u"At most %1 files per upload; this one has %2"_s.arg(maxFiles).arg(
            parsed.parts.size()));
    const qint64 limit = m_context.options.maxUploadBytes;
    for (const MultipartPart &part : parsed.parts) {
        if (part.body.size() > limit)
            return HttpResponse::apiError(413, u"payload_too_large"_s,
                u"“%1” is %2 per file"_s.arg(part.filename, tooLarge(part.body.size(), limit)),
                u"files"_s);
    }

    const QDateTime now = m_context.now();
    const QString day = now.date().toString(Qt::ISODate);
    QList<Upload> uploads;
    for (const MultipartPart &part : parsed.parts) {
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Upload u {u"orgs/%1/uploads/%2/%3-%4"_s.arg(user.orgId, day, uuid, keySafe(part.filename)),
            user.id, user.orgId, part.filename, typeOf(part), part.body.size(), uuid, now};
        QSaveFile file(QDir(m_context.uploadsDir).filePath(u.file));
        if (!file.open(QIODevice::WriteOnly) || file.write(part.body) != part.body.size()
            || !file.commit())
            return HttpResponse::apiError(
                500, u"server_error"_s, u"Could not store “%1”"_s.arg(part.filename));
        uploads += u;
    }
    SandboxStore &store = m_context.store;
    const bool ok = store.transaction([&] {
        return std::all_of(uploads.cbegin(), uploads.cend(),
            [&](const Upload &u) { return store.insertUpload(u); });
    });
    if (!ok) {
        for (const Upload &u : std::as_const(uploads))
            QFile::remove(QDir(m_context.uploadsDir).filePath(u.file));
        return HttpResponse::apiError(500, u"server_error"_s, u"Could not record the upload"_s);
    }
    m_stored += uploads;
    QJsonArray files;
    for (const Upload &u : std::as_const(uploads)) {
        qCDebug(lcSandbox) << "stored upload" << u.key << u.size << "bytes";
        files.append(QJsonObject {{u"key"_s, u.key}, {u"type"_s, u.type}, {u"name"_s, u.name},
            {u"size"_s, u.size},
            {u"signedUrl"_s, m_context.signedUrl(u.key).toString(QUrl::FullyEncoded)},
            {u"bucket"_s, u"outpost-sandbox"_s}});
    }
    return HttpResponse::json(200, QJsonObject {{u"files"_s, files}});
}

} // namespace Outpost::Sandbox

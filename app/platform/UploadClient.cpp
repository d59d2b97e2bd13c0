// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/UploadClient.h"

#include "mail/Clock.h"
#include "mail/SendRules.h"
#include "platform/PlatformClient.h"
#include "platform/PlatformJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QUrl>

namespace Outpost {

namespace {
using namespace Qt::StringLiterals;

// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::UploadClient)
};

// No bytes moving for this long: the upload is stalled.
constexpr int transferTimeoutMs = 60'000;

QString namesOf(const QList<UploadSource> &files)
{
    QStringList names;
    for (const UploadSource &f : files)
        names += u"“%1”"_s.arg(f.filename);
    return QLocale().createSeparatedList(names);
}
} // namespace

UploadClient::UploadClient(
    PlatformClient *platform, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_platform(platform)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_http(new HttpClient(
          m_network, platform ? platform->tokens() : nullptr,
          [](int status, const QByteArray &body, const QByteArray &retryAfter) {
              return PlatformJson::error(status, body, retryAfter, systemNow());
          },
          this))
{
    m_http->setTimeout(transferTimeoutMs);
}

QString UploadClient::refusal(const QList<UploadSource> &files) const
{
    if (files.isEmpty())
        return Tr::tr("There is no file to upload.");
    const int maxFiles = limits().maxFilesPerRequest;
    if (files.size() > maxFiles)
        return Tr::tr("At most %1 files can be uploaded at once; these are %2.")
            .arg(maxFiles)
            .arg(files.size());
    for (const UploadSource &f : files) {
        const QFileInfo info(f.path);
        if (!info.exists())
            return Tr::tr("“%1” is no longer there: it was moved or deleted.").arg(f.filename);
        if (info.isDir())
            return Tr::tr("“%1” is a folder: attach the files in it instead.").arg(f.filename);
        if (!info.isReadable())
            return Tr::tr("“%1” cannot be read: you do not have permission.").arg(f.filename);
        if (info.size() > m_maxFileBytes)
            return Tr::tr("“%1” is %2; the platform accepts at most %3 per file.")
                .arg(f.filename, SendRules::sizeText(info.size()),
                    SendRules::sizeText(m_maxFileBytes));
    }
    return {};
}

QByteArray UploadClient::contentDisposition(const QString &filename)
{
    // The plain parameter: printable ASCII only, without quotes, backslashes or slashes.
    QByteArray ascii;
    for (const QChar c : filename) {
        const char16_t u = c.unicode();
        const bool plain = u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\' && u != u'/';
        ascii += plain ? char(u) : '_';
    }
    QByteArray value = "form-data; name=\"files\"; filename=\"" + ascii + '"';
    const QByteArray utf8 = filename.toUtf8();
    if (ascii != utf8)
        value += "; filename*=UTF-8''" + QUrl::toPercentEncoding(filename);
    return value;
}

PlatformCall *UploadClient::upload(const QList<UploadSource> &files, const QString &idempotencyKey,
    QObject *context, std::function<void(const Result<QList<Attachment>> &)> done)
{
    auto *call = new PlatformCall(this);
    QPointer<QObject> guard(context);
    auto finish = [call, guard, done](const Result<QList<Attachment>> &result) {
        if (guard)
            done(result);
        call->deleteLater();
    };
    QString refused = refusal(files);
    if (refused.isEmpty() && !m_platform)
        refused = Tr::tr("Not signed in to the instance any more: sign in again to upload %1.")
                      .arg(namesOf(files));
    if (!refused.isEmpty()) {
        // Nothing was sent: answered on the next turn of the event loop, like any reply.
        ServiceError e = ServiceError::fromHttp(400, {}, {}, DraftField::Attachments, {});
        e.message = refused;
        QMetaObject::invokeMethod(
            call, [finish, e] { finish(e); }, Qt::QueuedConnection);
        return call;
    }
    HttpClient::Request request;
    request.method = "POST";
    request.url = m_platform->session().instance;
    request.url.setPath(request.url.path() + u"/api/upload"_s);
    request.headers = {{"Accept", "application/json"}};
    request.body = HttpClient::MultipartBody([files] { return form(files); });
    request.idempotencyKey = idempotencyKey;
    m_http->send(call, request, context,
        [files, done](const HttpClient::Answer &answer) { done(read(answer, files)); });
    return call;
}

Result<QHttpMultiPart *> UploadClient::form(const QList<UploadSource> &files)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const UploadSource &f : files) {
        auto *file = new QFile(f.path, multipart);
        if (!file->open(QIODevice::ReadOnly)) {
            ServiceError e = ServiceError::fromHttp(400, {}, {}, DraftField::Attachments, {});
            e.message = Tr::tr("“%1” cannot be read: %2").arg(f.filename, file->errorString());
            delete multipart;
            return e;
        }
        QHttpPart part;
        part.setRawHeader("Content-Disposition", contentDisposition(f.filename));
        part.setRawHeader("Content-Type",
            f.contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream")
                                    : f.contentType.toLatin1());
        part.setBodyDevice(file); // streamed: read in pieces as the socket takes them
        multipart->append(part);
    }
    return multipart;
}

Result<QList<Attachment>> UploadClient::read(
    const HttpClient::Answer &answer, const QList<UploadSource> &files)
{
    if (answer.error && answer.status == 0)
        return *answer.error; // no answer: network, TLS, timeout, cancelled, unreadable file
    if (!answer.error) {
        Result<QList<Attachment>> stored = PlatformJson::uploadedFiles(answer.body);
        if (!stored.ok())
            return stored;
        QList<Attachment> result = stored.value();
        if (result.size() != files.size()) {
            ServiceError e;
            e.kind = ServiceError::Kind::Protocol;
            e.httpStatus = answer.status;
            e.field = DraftField::Attachments;
            e.message = Tr::tr("The server stored %1 of the %2 files sent.")
                            .arg(result.size())
                            .arg(files.size());
            return e;
        }
        for (qsizetype i = 0; i < result.size(); ++i) {
            result[i].filename = files.at(i).filename;
            if (result[i].contentType.isEmpty())
                result[i].contentType = files.at(i).contentType;
            result[i].localPath = files.at(i).path;
        }
        return result;
    }
    ServiceError error = *answer.error;
    error.field = DraftField::Attachments;
    if (error.kind == ServiceError::Kind::TooLarge) {
        // The platform's own words name the file and the limit; otherwise we name it.
        const bool named = files.size() == 1 && error.serverMessage.contains(files[0].filename);
        error.message = named ? Tr::tr("Too large for the server: %1.").arg(error.serverMessage)
                              : Tr::tr("The server refused %1 as too large.").arg(namesOf(files));
        if (!named && !error.serverMessage.isEmpty())
            error.message += u' ' + error.serverMessage;
    }
    return error;
}

} // namespace Outpost

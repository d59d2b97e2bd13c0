// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/AttachmentFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace Outpost::AttachmentFile {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::AttachmentFile)
};
} // namespace

QString unusable(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists())
        return Tr::tr("“%1” cannot be attached: there is no such file.").arg(name);
    if (info.isDir())
        return Tr::tr("“%1” is a folder: attach the files in it instead.").arg(name);
    if (!info.isFile())
        return Tr::tr("“%1” cannot be attached: it is not a regular file.").arg(name);
    QFile probe(path);
    if (!info.isReadable() || !probe.open(QIODevice::ReadOnly))
        return Tr::tr("“%1” cannot be attached: you do not have permission to read it.").arg(name);
    return {};
}

Attachment of(const QString &path)
{
    const QFileInfo info(path);
    Attachment a;
    a.filename = info.fileName();
    a.contentType = QMimeDatabase().mimeTypeForFile(info.absoluteFilePath()).name();
    a.localPath = info.absoluteFilePath();
    a.size = info.size();
    a.modified = info.lastModified().toUTC();
    return a;
}

} // namespace Outpost::AttachmentFile

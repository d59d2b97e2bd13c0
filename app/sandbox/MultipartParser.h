// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Outpost::Sandbox {

// One part of a multipart/form-data body (RFC 7578).
struct MultipartPart
{
    QString name; // the form field name
    QString filename; // decoded (filename* preferred), without any path
    bool hasFilename = false;
    QByteArray contentType; // empty when the part has none
    QByteArray body;
};

struct MultipartResult
{
    QList<MultipartPart> parts;
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
};

namespace MultipartParser {

// The boundary of a `multipart/form-data; boundary=…` Content-Type (quoted or not); empty with
// a reason when the type is something else or the boundary is missing.
QByteArray boundary(const QByteArray &contentType, QString *error);

MultipartResult parse(const QByteArray &body, const QByteArray &boundary);

// `form-data; name="files"; filename*=UTF-8''%E2%82%AC.pdf` → parameter values, keys lower-cased.
QList<QPair<QByteArray, QByteArray>> headerParameters(
    const QByteArray &value, QByteArray *firstToken);

} // namespace MultipartParser
} // namespace Outpost::Sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/MultipartParser.h"

#include <QStringDecoder>
#include <QUrl>

namespace Outpost::Sandbox::MultipartParser {

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView crlf("\r\n");

// Raw header bytes are UTF-8 in practice (browsers send it); Latin-1 when they are not.
QString decodeText(const QByteArray &bytes, const QByteArray &charset = "utf-8")
{
    if (charset.compare("iso-8859-1", Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return decoder.hasError() ? QString::fromLatin1(bytes) : text;
}

// RFC 8187: charset'language'percent-encoded
QString decodeExtended(const QByteArray &value)
{
    const qsizetype first = value.indexOf('\'');
    const qsizetype second = first < 0 ? -1 : value.indexOf('\'', first + 1);
    if (second < 0)
        return decodeText(QByteArray::fromPercentEncoding(value));
    return decodeText(QByteArray::fromPercentEncoding(value.mid(second + 1)), value.first(first));
}

QString withoutPath(const QString &filename)
{
    const qsizetype slash = std::max(filename.lastIndexOf(u'/'), filename.lastIndexOf(u'\\'));
    return slash < 0 ? filename : filename.mid(slash + 1);
}

bool parsePart(const QByteArray &data, MultipartPart *part, QString *error)
{
    QByteArray head;
    if (data.startsWith(crlf)) {
        part->body = data.mid(2);
    } else {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0) {
            *error = u"a part has no blank line after its headers"_s;
            return false;
        }
        head = data.first(end);
        part->body = data.mid(end + 4);
    }
    // Unfold continuation lines, then read "Name: value" lines.
    head.replace("\r\n ", " ").replace("\r\n\t", " ");
    bool disposition = false;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype colon = trimmed.indexOf(':');
        if (colon <= 0) {
            *error = u"a part header is malformed"_s;
            return false;
        }
        const QByteArray name = trimmed.first(colon).trimmed().toLower();
        const QByteArray value = trimmed.mid(colon + 1).trimmed();
        if (name == "content-type") {
            part->contentType = value;
        } else if (name == "content-disposition") {
            QByteArray type;
            const auto params = headerParameters(value, &type);
            if (type.compare("form-data", Qt::CaseInsensitive) != 0) {
                *error = u"a part is not form-data"_s;
                return false;
            }
            disposition = true;
            QString plain;
            QString extended;
            bool hasPlain = false;
            for (const auto &[key, v] : params) {
                if (key == "name") {
                    part->name = decodeText(v);
                } else if (key == "filename") {
                    plain = decodeText(v);
                    hasPlain = true;
                } else if (key == "filename*") {
                    extended = decodeExtended(v);
                }
            }
            part->hasFilename = hasPlain || !extended.isEmpty();
            part->filename = withoutPath(extended.isEmpty() ? plain : extended);
        }
    }
    if (!disposition) {
        *error = u"a part has no Content-Disposition header"_s;
        return false;
    }
    return true;
}

// A delimiter counts only when followed by "--" or by optional whitespace and CRLF.
qsizetype delimiterEnd(const QByteArray &body, qsizetype afterBoundary, bool *closing)
{
    if (body.mid(afterBoundary, 2) == "--") {
        *closing = true;
        return afterBoundary + 2;
    }
    qsizetype i = afterBoundary;
    while (i < body.size() && (body.at(i) == ' ' || body.at(i) == '\t'))
        ++i;
    if (body.mid(i, 2) != crlf)
        return -1;
    *closing = false;
    return i + 2;
}

} // namespace

QList<QPair<QByteArray, QByteArray>> headerParameters(
    const QByteArray &value, QByteArray *firstToken)
{
    QList<QPair<QByteArray, QByteArray>> params;
    qsizetype i = value.indexOf(';');
    *firstToken = value.first(i < 0 ? value.size() : i).trimmed().toLower();
    while (i >= 0 && i < value.size()) {
        ++i; // past ';'
        while (i < value.size() && (value.at(i) == ' ' || value.at(i) == '\t'))
            ++i;
        const qsizetype eq = value.indexOf('=', i);
        if (eq < 0)
            break;
        const QByteArray key = value.mid(i, eq - i).trimmed().toLower();
        QByteArray v;
        i = eq + 1;
        while (i < value.size() && value.at(i) == ' ')
            ++i;
        if (i < value.size() && value.at(i) == '"') {
            for (++i; i < value.size() && value.at(i) != '"'; ++i) {
                if (value.at(i) == '\\' && i + 1 < value.size())
                    ++i;
                v += value.at(i);
            }
            i = value.indexOf(';', i);
        } else {
            const qsizetype end = value.indexOf(';', i);
            v = value.mid(i, end < 0 ? -1 : end - i).trimmed();
            i = end;
        }
        params.append({key, v});
    }
    return params;
}

QByteArray boundary(const QByteArray &contentType, QString *error)
{
    QByteArray type;
    const auto params = headerParameters(contentType, &type);
    if (type != "multipart/form-data") {
        *error = u"the body must be multipart/form-data"_s;
        return {};
    }
    for (const auto &[key, value] : params) {
        if (key == "boundary" && !value.isEmpty() && value.size() <= 70)
            return value;
    }
    *error = u"the multipart/form-data Content-Type has no valid boundary"_s;
    return {};
}

MultipartResult parse(const QByteArray &body, const QByteArray &boundaryValue)
{
    MultipartResult result;
    const QByteArray delimiter = "--" + boundaryValue;
    const QByteArray inner = "\r\n" + delimiter;
    qsizetype pos = body.startsWith(delimiter) ? 0 : body.indexOf(inner);
    if (pos < 0) {
        result.error = u"the body does not contain the boundary"_s;
        return result;
    }
    if (pos > 0)
        pos += 2; // skip the preamble's CRLF
    bool closing = false;
    qsizetype start = delimiterEnd(body, pos + delimiter.size(), &closing);
    while (start >= 0 && !closing) {
        // Find the next real delimiter: the boundary string may not be followed by junk.
        qsizetype next = body.indexOf(inner, start);
        qsizetype nextStart = -1;
        while (next >= 0) {
            nextStart = delimiterEnd(body, next + inner.size(), &closing);
            if (nextStart >= 0)
                break;
            next = body.indexOf(inner, next + 1);
        }
        if (next < 0) {
            result.error = u"the body ends before the closing boundary"_s;
            return result;
        }
        MultipartPart part;
        if (!parsePart(body.mid(start, next - start), &part, &result.error))
            return result;
        result.parts.append(part);
        start = nextStart;
    }
    if (start < 0)
        result.error = u"a boundary line is malformed"_s;
    return result;
}

} // namespace Outpost::Sandbox::MultipartParser

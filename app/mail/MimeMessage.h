// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"

#include <QDateTime>

#include <memory>
#include <variant>

namespace Outpost {

struct MimeOptions
{
    QDateTime date; // empty: now
    QString messageId; // with or without <>; empty: a fresh one on the sender's domain
    bool includeBcc = true; // Gmail removes Bcc itself before delivery
    QString plainAlternative; // for HTML mail; empty: derived from the HTML
    QString fromName; // the sender's display name, if any
};

class MimeMessagePrivate;

// An RFC 5322 message built by GMime from a Draft: text/plain, multipart/alternative for HTML,
// multipart/mixed with attachments (base64, RFC 2231 filenames). Attachment bytes are read
// from disk only while the message is written, so a large file is never held in memory.
class MimeMessage
{
public:
    // The message, or what makes it impossible (a header value with CR or LF, an attachment
    // that is not a readable local file, …), each problem with its field.
    static std::variant<MimeMessage, QList<DraftProblem>> build(
        const Draft &draft, const MimeOptions &options = {});

    MimeMessage(MimeMessage &&other) noexcept;
    MimeMessage &operator=(MimeMessage &&other) noexcept;
    ~MimeMessage();

    QString messageId() const; // with <>
    // The bytes on the wire: CRLF line ends. Small messages and tests only.
    QByteArray toBytes() const;
    // The size on the wire, found by encoding into nothing (no memory, no disk).
    qint64 encodedSize() const;
    // Streams the message into `path`; false with a reason.
    bool writeTo(const QString &path, QString *error = nullptr) const;

private:
    explicit MimeMessage(std::unique_ptr<MimeMessagePrivate> d);
    std::unique_ptr<MimeMessagePrivate> d;
};

// A plain-text rendering of an HTML body: paragraphs, line breaks, list bullets, links kept
// as "text <url>", entities decoded.
QString plainTextFromHtml(const QString &html);

} // namespace Outpost

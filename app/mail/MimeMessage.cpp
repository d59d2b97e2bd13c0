// SPDX-License-Identifier: GPL-3.0-or-later
// GMime-facing: GLib headers first, and no Qt keywords in this target (see NOTES-qt64.md).
#include <fcntl.h>
#include <gmime/gmime.h>

#include "mail/Clock.h"
#include "mail/EncodedWords.h"
#include "mail/GMimeInit.h"
#include "mail/MimeMessage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUuid>

namespace Outpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::MimeMessage)
};

using Internal::ensureGMime;

// Text for GMime, which takes C strings: a U+0000 would silently cut the rest off (found by
// fuzz_mime_roundtrip), and RFC 5322 allows no NUL anywhere in a message, so it is left out.
QByteArray cText(const QString &s)
{
    QByteArray utf8 = s.toUtf8();
    utf8.removeIf([](char c) { return c == '\0'; });
    return utf8;
}

bool hasLineBreak(const QString &s)
{
    return s.contains(u'\r') || s.contains(u'\n');
}

GMimeFormatOptions *wireFormat()
{
    static GMimeFormatOptions *options = [] {
        ensureGMime();
        GMimeFormatOptions *o = g_mime_format_options_new();
        g_mime_format_options_set_newline_format(o, GMIME_NEWLINE_FORMAT_DOS);
        g_mime_format_options_set_param_encoding_method(o, GMIME_PARAM_ENCODING_METHOD_RFC2231);
        return o;
    }();
    return options;
}

GMimeObject *textPart(const char *subtype, const QString &text)
{
    GMimeTextPart *part = g_mime_text_part_new_with_subtype(subtype);
    // The UTF-8 bytes as they are. g_mime_text_part_set_text() would convert text that fits
    // ISO-8859-1 (“café”, “Grüße”) to it, and the charset set afterwards labelled those bytes
    // utf-8: recipients read garbage. Found by fuzz_mime_roundtrip.
    // RFC 5322 §2.3: CR and LF only as a pair. A lone CR (a file written on an old Mac, a pasted
    // fragment) is read as the line break it meant; GMime would otherwise drop or keep it by
    // where it stands (found by fuzz_mime_roundtrip).
    QString lines = text;
    lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    const QByteArray utf8 = cText(lines);
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(utf8.constData(), size_t(utf8.size()));
    GMimeDataWrapper *content
        = g_mime_data_wrapper_new_with_stream(stream, GMIME_CONTENT_ENCODING_DEFAULT);
    g_mime_part_set_content(GMIME_PART(part), content);
    g_object_unref(content);
    g_object_unref(stream);
    g_mime_text_part_set_charset(part, "utf-8");
    const GMimeContentEncoding best
        = g_mime_part_get_best_content_encoding(GMIME_PART(part), GMIME_ENCODING_CONSTRAINT_7BIT);
    g_mime_part_set_content_encoding(GMIME_PART(part), best);
    return GMIME_OBJECT(part);
}

void checkHeader(
    QList<DraftProblem> &problems, DraftField field, const QString &value, const QString &what)
{
    if (hasLineBreak(value))
        problems += {field,
            Tr::tr("%1 contains a line break, which is not allowed in a mail "
                   "header.")
                .arg(what)};
}

void checkAddresses(
    QList<DraftProblem> &problems, DraftField field, const QList<MailAddress> &addresses)
{
    for (const MailAddress &a : addresses) {
        checkHeader(problems, field, a.name, Tr::tr("The name “%1”").arg(a.name.simplified()));
        checkHeader(
            problems, field, a.address, Tr::tr("The address “%1”").arg(a.address.simplified()));
    }
}

void addMailboxes(GMimeMessage *message, GMimeAddressType type, const QList<MailAddress> &addresses)
{
    for (const MailAddress &a : addresses) {
        const QByteArray name = Internal::headerText(a.name);
        g_mime_message_add_mailbox(message, type, name.isEmpty() ? nullptr : name.constData(),
            cText(a.address).constData());
    }
}

// RFC 2231 parameters in UTF-8 (GMime would pick the smallest charset, e.g. Latin-1).
// A known limit: GMime writes a short ASCII value as a quoted string whatever the method asked
// for, and readers (GMime, Thunderbird, Gmail) decode an RFC 2047 encoded word inside one, so a
// file literally named "=?utf-8?q?a?=.txt" arrives as "a.txt" (fuzz_mime_roundtrip).
void preferUtf8(GMimeParamList *params, const char *name)
{
    if (GMimeParam *param = params ? g_mime_param_list_get_parameter(params, name) : nullptr)
        g_mime_param_set_charset(param, "utf-8");
}

QString bracketed(const QString &id)
{
    const QString bare = id.trimmed();
    if (bare.startsWith(u'<') && bare.endsWith(u'>'))
        return bare;
    return u'<' + bare + u'>';
}
} // namespace

class MimeMessagePrivate
{
public:
    ~MimeMessagePrivate()
    {
        if (message)
            g_object_unref(message);
    }
    GMimeMessage *message = nullptr;
    QString messageId;
    bool includeBcc = true;

    GMimeFormatOptions *format() const
    {
        if (includeBcc)
            return wireFormat();
        static GMimeFormatOptions *withoutBcc = [] {
            GMimeFormatOptions *o = g_mime_format_options_clone(wireFormat());
            g_mime_format_options_add_hidden_header(o, "Bcc");
            return o;
        }();
        return withoutBcc;
    }
};

MimeMessage::MimeMessage(std::unique_ptr<MimeMessagePrivate> dd) : d(std::move(dd)) { }
MimeMessage::MimeMessage(MimeMessage &&other) noexcept = default;
MimeMessage &MimeMessage::operator=(MimeMessage &&other) noexcept = default;
MimeMessage::~MimeMessage() = default;

std::variant<MimeMessage, QList<DraftProblem>> MimeMessage::build(
    const Draft &draft, const MimeOptions &options)
{
    ensureGMime();
    QList<DraftProblem> problems;
    checkHeader(problems, DraftField::From, draft.from, Tr::tr("The sender"));
    checkHeader(problems, DraftField::From, options.fromName, Tr::tr("The sender's name"));
    checkAddresses(problems, DraftField::To, draft.to);
    checkAddresses(problems, DraftField::Cc, draft.cc);
    checkAddresses(problems, DraftField::Bcc, draft.bcc);
    checkHeader(problems, DraftField::Subject, draft.subject, Tr::tr("The subject"));
    checkHeader(problems, DraftField::Thread, draft.inReplyTo, Tr::tr("In-Reply-To"));
    checkHeader(problems, DraftField::Thread, draft.references, Tr::tr("References"));
    checkHeader(problems, DraftField::Thread, options.messageId, Tr::tr("The Message-ID"));
    const qsizetype at = draft.from.lastIndexOf(u'@');
    if (at <= 0)
        problems += {DraftField::From, Tr::tr("The sender is not an address.")};
    if (draft.to.isEmpty() && draft.cc.isEmpty() && draft.bcc.isEmpty())
        problems += {DraftField::To, Tr::tr("Add at least one recipient.")};
    for (const Attachment &a : draft.attachments) {
        checkHeader(problems, DraftField::Attachments, a.filename,
            Tr::tr("The file name “%1”").arg(a.filename.simplified()));
        checkHeader(problems, DraftField::Attachments, a.contentType, Tr::tr("A content type"));
        const QFileInfo file(a.localPath);
        if (a.localPath.isEmpty())
            problems += {DraftField::Attachments,
                Tr::tr("“%1” is stored on the platform only and cannot be sent "
                       "directly.")
                    .arg(a.filename)};
        else if (!file.isFile() || !file.isReadable())
            problems += {DraftField::Attachments,
                Tr::tr("“%1” cannot be read: %2 does not exist or is not readable.")
                    .arg(a.filename.isEmpty() ? file.fileName() : a.filename, a.localPath)};
    }
    if (!problems.isEmpty())
        return problems;

    auto d = std::make_unique<MimeMessagePrivate>();
    d->includeBcc = options.includeBcc;
    d->message = g_mime_message_new(TRUE);
    GMimeMessage *message = d->message;

    // Names and the subject as RFC 2047 encoded-words of our own (EncodedWords.h says why).
    const QByteArray fromName = Internal::headerText(options.fromName);
    g_mime_message_add_mailbox(message, GMIME_ADDRESS_TYPE_FROM,
        fromName.isEmpty() ? nullptr : fromName.constData(), cText(draft.from).constData());
    addMailboxes(message, GMIME_ADDRESS_TYPE_TO, draft.to);
    addMailboxes(message, GMIME_ADDRESS_TYPE_CC, draft.cc);
    addMailboxes(message, GMIME_ADDRESS_TYPE_BCC, draft.bcc);
    g_mime_message_set_subject(message, Internal::headerText(draft.subject).constData(), "utf-8");

    const QDateTime when = options.date.isValid() ? options.date : systemNow().toLocalTime();
    GTimeZone *zone = g_time_zone_new_offset(when.offsetFromUtc());
    GDateTime *utc = g_date_time_new_from_unix_utc(when.toSecsSinceEpoch());
    GDateTime *date = g_date_time_to_timezone(utc, zone);
    g_mime_message_set_date(message, date);
    g_date_time_unref(date);
    g_date_time_unref(utc);
    g_time_zone_unref(zone);

    d->messageId = options.messageId.isEmpty()
        ? u'<' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@'
            + draft.from.mid(at + 1).toLower() + u'>'
        : bracketed(options.messageId);
    const QByteArray bareId = d->messageId.mid(1, d->messageId.size() - 2).toUtf8();
    g_mime_message_set_message_id(message, bareId.constData());
    if (!draft.inReplyTo.isEmpty())
        g_mime_object_set_header(GMIME_OBJECT(message), "In-Reply-To",
            cText(bracketed(draft.inReplyTo)).constData(), nullptr);
    if (!draft.references.isEmpty())
        g_mime_object_set_header(GMIME_OBJECT(message), "References",
            cText(draft.references.simplified()).constData(), nullptr);

    // Boundaries follow from the Message-ID, so that the same message (the .eml export, then
    // the send with the same key and date) is the same bytes; unguessable all the same.
    const auto boundary = [&bareId](const char *role) {
        const QByteArray seed = bareId + '/' + QByteArray(role);
        const QByteArray hash
            = QCryptographicHash::hash(seed, QCryptographicHash::Sha256)
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        return QByteArray(QByteArray("=-") + hash.left(30));
    };
    GMimeObject *body = nullptr;
    if (draft.isHtml) {
        GMimeMultipart *alternative = g_mime_multipart_new_with_subtype("alternative");
        g_mime_multipart_set_boundary(alternative, boundary("alternative").constData());
        const QString plain = options.plainAlternative.isEmpty() ? plainTextFromHtml(draft.body)
                                                                 : options.plainAlternative;
        GMimeObject *plainPart = textPart("plain", plain);
        GMimeObject *htmlPart = textPart("html", draft.body);
        g_mime_multipart_add(alternative, plainPart);
        g_mime_multipart_add(alternative, htmlPart);
        g_object_unref(plainPart);
        g_object_unref(htmlPart);
        body = GMIME_OBJECT(alternative);
    } else {
        body = textPart("plain", draft.body);
    }

    if (!draft.attachments.isEmpty()) {
        GMimeMultipart *mixed = g_mime_multipart_new_with_subtype("mixed");
        g_mime_multipart_set_boundary(mixed, boundary("mixed").constData());
        g_mime_multipart_add(mixed, body);
        g_object_unref(body);
        static const QMimeDatabase mimeTypes;
        for (const Attachment &a : draft.attachments) {
            const QString type = a.contentType.isEmpty()
                ? mimeTypes.mimeTypeForFile(a.localPath).name()
                : a.contentType;
            const QByteArray major = type.section(u'/', 0, 0).toUtf8();
            const QByteArray minor = type.section(u'/', 1).toUtf8();
            GMimePart *part = g_mime_part_new_with_type(major.constData(), minor.constData());
            const QString name
                = a.filename.isEmpty() ? QFileInfo(a.localPath).fileName() : a.filename;
            g_mime_part_set_filename(part, cText(name).constData());
            preferUtf8(g_mime_content_disposition_get_parameters(
                           g_mime_object_get_content_disposition(GMIME_OBJECT(part))),
                "filename");
            preferUtf8(g_mime_content_type_get_parameters(
                           g_mime_object_get_content_type(GMIME_OBJECT(part))),
                "name");
            GError *error = nullptr;
            GMimeStream *file = g_mime_stream_fs_open(
                QFile::encodeName(a.localPath).constData(), O_RDONLY, 0, &error);
            if (!file) {
                const QString reason = QString::fromUtf8(error ? error->message : "");
                g_clear_error(&error);
                g_object_unref(part);
                g_object_unref(mixed);
                return QList<DraftProblem> {
                    {DraftField::Attachments, Tr::tr("“%1” cannot be read: %2").arg(name, reason)}};
            }
            GMimeDataWrapper *content
                = g_mime_data_wrapper_new_with_stream(file, GMIME_CONTENT_ENCODING_DEFAULT);
            g_mime_part_set_content(part, content);
            g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
            g_object_unref(content);
            g_object_unref(file);
            g_mime_multipart_add(mixed, GMIME_OBJECT(part));
            g_object_unref(part);
        }
        body = GMIME_OBJECT(mixed);
    }
    g_mime_message_set_mime_part(message, body);
    g_object_unref(body);
    return MimeMessage(std::move(d));
}

QString MimeMessage::messageId() const
{
    return d->messageId;
}

QByteArray MimeMessage::toBytes() const
{
    GMimeStream *stream = g_mime_stream_mem_new();
    g_mime_object_write_to_stream(GMIME_OBJECT(d->message), d->format(), stream);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    QByteArray result(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
    g_object_unref(stream);
    return result;
}

qint64 MimeMessage::encodedSize() const
{
    GMimeStream *null = g_mime_stream_null_new();
    const ssize_t result
        = g_mime_object_write_to_stream(GMIME_OBJECT(d->message), d->format(), null);
    // The stream counts what reached it, after the encoding filters.
    const qint64 written = result < 0 ? -1 : qint64(GMIME_STREAM_NULL(null)->written);
    g_object_unref(null);
    return written;
}

bool MimeMessage::writeTo(const QString &path, QString *error) const
{
    GError *gerror = nullptr;
    GMimeStream *file = g_mime_stream_fs_open(
        QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600, &gerror);
    if (!file) {
        if (error)
            *error = QString::fromUtf8(gerror ? gerror->message : "");
        g_clear_error(&gerror);
        return false;
    }
    // Buffered: GMime writes in small pieces.
    GMimeStream *buffered = g_mime_stream_buffer_new(file, GMIME_STREAM_BUFFER_BLOCK_WRITE);
    const ssize_t written
        = g_mime_object_write_to_stream(GMIME_OBJECT(d->message), d->format(), buffered);
    const bool ok = written >= 0 && g_mime_stream_flush(buffered) == 0;
    g_object_unref(buffered);
    g_object_unref(file);
    if (!ok && error)
        *error = Tr::tr("writing %1 failed").arg(path);
    return ok;
}

QString plainTextFromHtml(const QString &html)
{
    QString text = html;
    static const QRegularExpression dropped(
        QStringLiteral("<(script|style|head)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    text.remove(dropped);
    static const QRegularExpression links(
        QStringLiteral("<a\\b[^>]*href\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    // Angle brackets that the tag stripper below must not take for a tag.
    text.replace(links, QStringLiteral("\\2 \u0001\\1\u0002"));
    static const QRegularExpression breaks(
        QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    text.replace(breaks, QStringLiteral("\n"));
    static const QRegularExpression items(
        QStringLiteral("<li\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    text.replace(items, QStringLiteral("\n- "));
    static const QRegularExpression blocks(
        QStringLiteral("</?(p|div|h[1-6]|ul|ol|blockquote|pre|table|tr)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(blocks, QStringLiteral("\n\n"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    text.replace(u'\u0001', u'<').replace(u'\u0002', u'>');
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QString decoded;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        decoded += QStringView(text).mid(last, m.capturedStart() - last);
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        decoded
            += ok ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1) : m.captured(0);
        last = m.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    decoded.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&apos;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    // Whitespace as a reader expects it: no trailing blanks, at most one empty line.
    QStringList lines;
    for (const QString &line : decoded.split(u'\n'))
        lines += line.simplified();
    QString result = lines.join(u'\n');
    static const QRegularExpression manyBlank(QStringLiteral("\n{3,}"));
    result.replace(manyBlank, QStringLiteral("\n\n"));
    return result.trimmed() + u'\n';
}

} // namespace Outpost

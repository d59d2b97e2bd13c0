// SPDX-License-Identifier: GPL-3.0-or-later
// The MIME builder's round trip: a draft made from the input (recipients through AddressList,
// as the compose window makes them; subject, body, HTML or not, up to two attachments from
// disk) built by MimeMessage, written out, parsed back by GMime. Properties: the build refuses
// only what it must (a line break in a header, no recipient); otherwise every field comes back
// equal (sender and its name, To, Cc, Bcc, subject, body, attachment names and bytes), and
// encodedSize() is the size of the bytes written.
// GMime-facing: GLib headers first, no Qt keywords (see NOTES-qt64.md).
#include <gmime/gmime.h>

#include "FuzzSupport.h"

#include "mail/MimeMessage.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <fuzzer/FuzzedDataProvider.h>

using namespace Outpost;

namespace {

QString consumeText(FuzzedDataProvider &in, size_t maxBytes)
{
    const std::string s = in.ConsumeRandomLengthString(maxBytes);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// MimeMessage leaves U+0000 out (RFC 5322 allows no NUL in a message).
QString withoutNul(QString s)
{
    return s.remove(QChar(0));
}

// Names compared as RFC 5322 reads a phrase: runs of white space (and folds) are one space.
// GMime 3.2 keeps the fold (CRLF TAB) inside a parsed display name that holds an encoded word.
QList<MailAddress> phrased(QList<MailAddress> list)
{
    for (MailAddress &a : list)
        a.name = a.name.simplified();
    return list;
}

bool hasLineBreak(const QString &s)
{
    return s.contains(u'\r') || s.contains(u'\n');
}

QString describe(const QList<MailAddress> &list)
{
    QStringList out;
    for (const MailAddress &a : list)
        out += u'[' + a.name + u"] <" + a.address + u'>';
    return out.join(u", ");
}

QList<MailAddress> addressesOf(GMimeMessage *message, GMimeAddressType type)
{
    QList<MailAddress> out;
    InternetAddressList *list = g_mime_message_get_addresses(message, type);
    for (int i = 0; list && i < internet_address_list_length(list); ++i) {
        InternetAddress *a = internet_address_list_get_address(list, i);
        if (!INTERNET_ADDRESS_IS_MAILBOX(a)) {
            out += MailAddress {QStringLiteral("(group)"), QString()};
            continue;
        }
        out += MailAddress {QString::fromUtf8(internet_address_get_name(a)),
            QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a)))};
    }
    return out;
}

QByteArray contentOf(GMimePart *part)
{
    GMimeStream *out = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(g_mime_part_get_content(part), out);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out));
    QByteArray result(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
    g_object_unref(out);
    return result;
}

QString textOf(GMimeObject *object)
{
    if (!object || !GMIME_IS_TEXT_PART(object))
        return QStringLiteral("(not a text part)");
    char *text = g_mime_text_part_get_text(GMIME_TEXT_PART(object));
    QString result = QString::fromUtf8(text);
    g_free(text);
    return result.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir files;
    FuzzedDataProvider in(data, size);
    Draft draft;
    draft.from = QStringLiteral("dana@example.com");
    MimeOptions options;
    options.date = QDateTime::fromSecsSinceEpoch(1'780'000'000, QTimeZone::utc());
    options.messageId = QStringLiteral("fuzz@example.com");
    options.fromName = consumeText(in, 64);
    draft.to = AddressList::parse(consumeText(in, 200)).addresses;
    draft.cc = AddressList::parse(consumeText(in, 120)).addresses;
    draft.bcc = AddressList::parse(consumeText(in, 120)).addresses;
    draft.subject = consumeText(in, 200);
    draft.isHtml = in.ConsumeBool();
    const int attachments = in.ConsumeIntegralInRange(0, 2);
    QList<QByteArray> contents;
    for (int i = 0; i < attachments; ++i) {
        Attachment a;
        a.filename = consumeText(in, 60);
        static const char *const types[] {"", "text/plain", "application/pdf", "image/png"};
        a.contentType = QString::fromLatin1(in.PickValueInArray(types));
        a.localPath = files.filePath(QString::number(i));
        contents += QByteArray::fromStdString(in.ConsumeRandomLengthString(300));
        QFile file(a.localPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(contents.last()) < 0)
            return 0;
        draft.attachments += a;
    }
    draft.body = consumeText(in, 4096);

    auto built = MimeMessage::build(draft, options);
    bool mustRefuse = hasLineBreak(options.fromName) || hasLineBreak(draft.subject)
        || (draft.to.isEmpty() && draft.cc.isEmpty() && draft.bcc.isEmpty());
    for (const QList<MailAddress> *list : {&draft.to, &draft.cc, &draft.bcc}) {
        for (const MailAddress &a : *list)
            mustRefuse = mustRefuse || hasLineBreak(a.name) || hasLineBreak(a.address);
    }
    for (const Attachment &a : std::as_const(draft.attachments))
        mustRefuse = mustRefuse || hasLineBreak(a.filename);
    FUZZ_CHECK(mustRefuse == std::holds_alternative<QList<DraftProblem>>(built),
        QStringLiteral("refused: %1").arg(!mustRefuse));
    if (mustRefuse)
        return 0;

    const MimeMessage &message = std::get<MimeMessage>(built);
    const QByteArray wire = message.toBytes();
    FUZZ_CHECK(message.encodedSize() == wire.size(),
        QStringLiteral("%1 != %2").arg(message.encodedSize()).arg(wire.size()));

    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(wire.constData(), size_t(wire.size()));
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    GMimeMessage *parsed = g_mime_parser_construct_message(parser, nullptr);
    g_object_unref(parser);
    g_object_unref(stream);
    const QString wireText = QString::fromUtf8(wire);
    FUZZ_CHECK(parsed, wireText);

    const QList<MailAddress> from = phrased(addressesOf(parsed, GMIME_ADDRESS_TYPE_FROM));
    const QList<MailAddress> sender = phrased({{withoutNul(options.fromName), draft.from}});
    FUZZ_CHECK(from == sender, describe(from) + u" != " + describe(sender) + u'\n' + wireText);
    const QList<MailAddress> to = phrased(addressesOf(parsed, GMIME_ADDRESS_TYPE_TO));
    FUZZ_CHECK(
        to == phrased(draft.to), describe(to) + u" != " + describe(draft.to) + u'\n' + wireText);
    const QList<MailAddress> cc = phrased(addressesOf(parsed, GMIME_ADDRESS_TYPE_CC));
    FUZZ_CHECK(
        cc == phrased(draft.cc), describe(cc) + u" != " + describe(draft.cc) + u'\n' + wireText);
    const QList<MailAddress> bcc = phrased(addressesOf(parsed, GMIME_ADDRESS_TYPE_BCC));
    FUZZ_CHECK(bcc == phrased(draft.bcc),
        describe(bcc) + u" != " + describe(draft.bcc) + u'\n' + wireText);
    const QString subject = QString::fromUtf8(g_mime_message_get_subject(parsed));
    // GMime drops a subject's leading white space when reading it (the folding white space after
    // `Subject:`); what a reader sees is compared.
    FUZZ_CHECK(subject.trimmed() == withoutNul(draft.subject).trimmed(),
        u'[' + subject + u"] != [" + draft.subject + u"]\n" + wireText);

    GMimeObject *body = g_mime_message_get_mime_part(parsed);
    if (!draft.attachments.isEmpty()) {
        FUZZ_CHECK(GMIME_IS_MULTIPART(body), wireText);
        GMimeMultipart *mixed = GMIME_MULTIPART(body);
        FUZZ_CHECK(g_mime_multipart_get_count(mixed) == 1 + draft.attachments.size(), wireText);
        for (int i = 0; i < draft.attachments.size(); ++i) {
            GMimeObject *part = g_mime_multipart_get_part(mixed, i + 1);
            FUZZ_CHECK(GMIME_IS_PART(part), wireText);
            const QString name = QString::fromUtf8(g_mime_part_get_filename(GMIME_PART(part)));
            const Attachment &a = draft.attachments.at(i);
            const QString expected
                = a.filename.isEmpty() ? QString::number(i) : withoutNul(a.filename);
            // A short ASCII file name is written as a quoted string (GMime has no way to force
            // RFC 2231 for it), and readers, GMime included, decode an RFC 2047 encoded word
            // found inside one (Outlook and Thunderbird write names that way): a name that
            // literally holds "=?…?=" arrives decoded. A known limit, documented in
            // MimeMessage.cpp; any other difference fails.
            const auto asReadersDecode = [](const QString &text) {
                const QByteArray utf8 = text.toUtf8();
                char *decoded = g_mime_utils_header_decode_text(nullptr, utf8.constData());
                const QString result = QString::fromUtf8(decoded);
                g_free(decoded);
                return result;
            };
            FUZZ_CHECK(name == expected
                    || (expected.contains(QStringLiteral("=?"))
                        && name == asReadersDecode(expected)),
                u'[' + name + u"] != [" + expected + u"]\n" + wireText);
            FUZZ_CHECK(contentOf(GMIME_PART(part)) == contents.at(i), wireText);
        }
        body = g_mime_multipart_get_part(mixed, 0);
    }
    // Every line break as LF, a lone CR included (RFC 5322 §2.3; MimeMessage's textPart).
    const QString expectedBody = withoutNul(draft.body)
                                     .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                     .replace(u'\r', u'\n');
    // GMime's quoted-printable encoder ends its output with a line break: a body without one
    // may come back with one added (and nothing else changed).
    const auto sameBody = [&expectedBody](const QString &got) {
        return got == expectedBody
            || (!expectedBody.endsWith(u'\n') && got == expectedBody + u'\n');
    };
    if (draft.isHtml) {
        FUZZ_CHECK(
            GMIME_IS_MULTIPART(body) && g_mime_multipart_get_count(GMIME_MULTIPART(body)) == 2,
            wireText);
        const QString html = textOf(g_mime_multipart_get_part(GMIME_MULTIPART(body), 1));
        FUZZ_CHECK(sameBody(html), u'[' + html + u"] != [" + expectedBody + u"]\n" + wireText);
    } else {
        const QString text = textOf(body);
        FUZZ_CHECK(sameBody(text), u'[' + text + u"] != [" + expectedBody + u"]\n" + wireText);
    }
    g_object_unref(parsed);
    return 0;
}

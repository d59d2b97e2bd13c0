// SPDX-License-Identifier: GPL-3.0-or-later
// Messages built by MimeMessage, parsed back by GMime and checked field by field.
#include <gmime/gmime.h>

#include "mail/MimeMessage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Outpost;
using namespace Qt::StringLiterals;

namespace {
struct Parsed
{
    GMimeMessage *message = nullptr;
    ~Parsed()
    {
        if (message)
            g_object_unref(message);
    }
    QString header(const char *name) const
    {
        return QString::fromUtf8(g_mime_object_get_header(GMIME_OBJECT(message), name));
    }
    QString decodedHeader(const char *name) const
    {
        char *decoded = g_mime_utils_header_decode_text(
            nullptr, g_mime_object_get_header(GMIME_OBJECT(message), name));
        const QString s = QString::fromUtf8(decoded);
        g_free(decoded);
        return s;
    }
    QStringList addresses(GMimeAddressType type) const
    {
        QStringList out;
        InternetAddressList *list = g_mime_message_get_addresses(message, type);
        for (int i = 0; i < internet_address_list_length(list); ++i) {
            InternetAddress *a = internet_address_list_get_address(list, i);
            const QString name = QString::fromUtf8(internet_address_get_name(a));
            const QString addr
                = QString::fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a)));
            out += name.isEmpty() ? addr : name + u" <"_s + addr + u'>';
        }
        return out;
    }
};

std::unique_ptr<Parsed> parse(const QByteArray &bytes)
{
    GMimeStream *stream
        = g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size()));
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    auto parsed = std::make_unique<Parsed>();
    parsed->message = g_mime_parser_construct_message(parser, nullptr);
    g_object_unref(parser);
    g_object_unref(stream);
    return parsed;
}

QString textOf(GMimeObject *part)
{
    return QString::fromUtf8(g_mime_text_part_get_text(GMIME_TEXT_PART(part)));
}

QByteArray contentOf(GMimeObject *part)
{
    GMimeStream *out = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(g_mime_part_get_content(GMIME_PART(part)), out);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out));
    QByteArray result(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
    g_object_unref(out);
    return result;
}

QString typeOf(GMimeObject *object)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    return QString::fromLatin1(g_mime_content_type_get_mime_type(type));
}

Draft baseDraft()
{
    Draft d;
    d.from = u"dana@acme.example"_s;
    d.to = {{u"Lee, Jamie"_s, u"jamie.lee@example.com"_s}, {u"José Pérez"_s, u"jose@example.es"_s}};
    d.cc = {{{}, u"priya@example.org"_s}};
    d.bcc = {{{}, u"audit@acme.example"_s}};
    d.subject = u"Weekly report"_s;
    d.body = u"Hi Jamie,\nthe numbers are in.\n"_s;
    return d;
}

MimeMessage built(const Draft &d, const MimeOptions &o = {})
{
    auto result = MimeMessage::build(d, o);
    if (auto *problems = std::get_if<QList<DraftProblem>>(&result)) {
        qWarning() << problems->first().message;
        qFatal("the draft should build");
    }
    return std::move(std::get<MimeMessage>(result));
}
} // namespace

class TestMimeMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { g_mime_init(); }
    void plainMessageHeaders();
    void nonAsciiSubjectAndNames();
    void nulCharactersDoNotCutText();
    void loneCarriageReturnsAreLineBreaks();
    void longNamesAndSubjectsComeBackWhole();
    void latin1TextIsSentAsUtf8_data();
    void latin1TextIsSentAsUtf8();
    void htmlHasPlainAlternative();
    void attachmentsWithOddNames();
    void largeAttachmentStreamsFromDisk();
    void replyThreadingHeaders();
    void headerInjectionRefused_data();
    void headerInjectionRefused();
    void unusableAttachmentsExplained();
    void plainTextFromHtmlReadsWell();

private:
    QTemporaryDir dir;
};

void TestMimeMessage::plainMessageHeaders()
{
    const QDateTime date(QDate(2026, 11, 25), QTime(9, 30), QTimeZone(3600));
    const MimeMessage m = built(baseDraft(), {date, {}, true, {}, u"Dana Demo"_s});
    const QByteArray bytes = m.toBytes();
    QVERIFY(bytes.contains("\r\n"));
    QVERIFY(!bytes.contains("\n\n")); // every line ends in CRLF
    const auto p = parse(bytes);
    QVERIFY(p->message);
    QCOMPARE(
        p->addresses(GMIME_ADDRESS_TYPE_FROM), QStringList {u"Dana Demo <dana@acme.example>"_s});
    QCOMPARE(p->addresses(GMIME_ADDRESS_TYPE_TO),
        (QStringList {u"Lee, Jamie <jamie.lee@example.com>"_s, u"José Pérez <jose@example.es>"_s}));
    QCOMPARE(p->addresses(GMIME_ADDRESS_TYPE_CC), QStringList {u"priya@example.org"_s});
    QCOMPARE(p->addresses(GMIME_ADDRESS_TYPE_BCC), QStringList {u"audit@acme.example"_s});
    QCOMPARE(QString::fromUtf8(g_mime_message_get_subject(p->message)), u"Weekly report"_s);
    QCOMPARE(p->header("MIME-Version"), u"1.0"_s);
    QCOMPARE(p->header("Date"), u"Wed, 25 Nov 2026 09:30:00 +0100"_s);
    // Message-ID on the sender's domain, the same the object reports.
    QVERIFY(m.messageId().endsWith(u"@acme.example>"_s));
    QCOMPARE(
        u'<' + QString::fromUtf8(g_mime_message_get_message_id(p->message)) + u'>', m.messageId());
    GMimeObject *body = g_mime_message_get_mime_part(p->message);
    QCOMPARE(typeOf(body), u"text/plain"_s);
    QCOMPARE(
        QString::fromUtf8(g_mime_object_get_content_type_parameter(body, "charset")), u"utf-8"_s);
    QCOMPARE(textOf(body).replace(u"\r\n"_s, u"\n"_s), u"Hi Jamie,\nthe numbers are in.\n"_s);

    // Without Bcc (for providers that must not see it).
    MimeOptions noBcc;
    noBcc.includeBcc = false;
    const auto hidden = parse(built(baseDraft(), noBcc).toBytes());
    QVERIFY(hidden->addresses(GMIME_ADDRESS_TYPE_BCC).isEmpty());
}

void TestMimeMessage::nonAsciiSubjectAndNames()
{
    Draft d = baseDraft();
    d.subject = u"Größe – café ☕ 報告"_s;
    d.body = u"Prix: 12 € — merci.\n"_s;
    const QByteArray bytes = built(d).toBytes();
    QVERIFY2(bytes.contains("Subject: =?"), "RFC 2047 encoded");
    for (char c : bytes.left(bytes.indexOf("\r\n\r\n")))
        QVERIFY2(uchar(c) < 0x80, "headers are 7-bit");
    const auto p = parse(bytes);
    QCOMPARE(QString::fromUtf8(g_mime_message_get_subject(p->message)), d.subject);
    QCOMPARE(p->addresses(GMIME_ADDRESS_TYPE_TO).at(1), u"José Pérez <jose@example.es>"_s);
    GMimeObject *body = g_mime_message_get_mime_part(p->message);
    QCOMPARE(textOf(body).replace(u"\r\n"_s, u"\n"_s), d.body);
}

// Found by fuzz_mime_roundtrip (its input is now in the seed corpus): GMime 3.2.13 wrote a long
// sender name as adjacent base64 encoded-words, the first ending in padding, and its reader
// joins such words and stops at the padding: "Dana…" + " D…ürr" came back as "Dana…". The
// same cut a long CJK subject or recipient name. Read back by GMime (as Outpost, the sandbox and
// GMime-based clients read it) every character is there, and no encoded-word is longer than
// RFC 2047 §2 allows.
void TestMimeMessage::longNamesAndSubjectsComeBackWhole()
{
    const QString replacement(11, QChar::ReplacementCharacter);
    MimeOptions o;
    o.fromName = u"Dana"_s + replacement + u" D\ufffdi\u00fcrr"_s; // the fuzzer's input
    Draft d = baseDraft();
    d.to = {{u"王小明 "_s.repeated(12) + u"Chen"_s, u"wang@example.cn"_s}};
    d.subject = u"ab"_s + u"王小明"_s.repeated(20);
    const QByteArray bytes = built(d, o).toBytes();
    const QByteArray head = bytes.left(bytes.indexOf("\r\n\r\n"));
    for (char c : head)
        QVERIFY2(uchar(c) < 0x80, "headers are 7-bit");
    static const QRegularExpression encodedWord(u"=\\?[^?\\s]+\\?[bBqQ]\\?[^?\\s]*\\?="_s);
    for (const QRegularExpressionMatch &m : encodedWord.globalMatch(QString::fromLatin1(head)))
        QVERIFY2(m.capturedLength() <= 75, qPrintable(m.captured()));
    const auto p = parse(bytes);
    QCOMPARE(p->addresses(GMIME_ADDRESS_TYPE_FROM),
        QStringList {o.fromName + u" <dana@acme.example>"_s});
    QCOMPARE(p->addresses(GMIME_ADDRESS_TYPE_TO),
        QStringList {d.to.first().name + u" <wang@example.cn>"_s});
    QCOMPARE(QString::fromUtf8(g_mime_message_get_subject(p->message)), d.subject);
}

// Found by fuzz_mime_roundtrip: GMime takes C strings, so a U+0000 (a mailto: URL's `%00`)
// cut the subject, the body or the sender's name short, and the rest was never sent.
void TestMimeMessage::nulCharactersDoNotCutText()
{
    Draft d = baseDraft();
    d.subject = u"Weekly"_s + QChar(0) + u" report"_s;
    d.body = u"Hi Jamie,"_s + QChar(0) + u"\nthe numbers are in.\n"_s;
    MimeOptions o;
    o.fromName = u"Dana"_s + QChar(0) + u" Ross"_s;
    const QByteArray bytes = built(d, o).toBytes();
    QVERIFY(!bytes.contains('\0'));
    const auto p = parse(bytes);
    QCOMPARE(QString::fromUtf8(g_mime_message_get_subject(p->message)), u"Weekly report"_s);
    QCOMPARE(p->addresses(GMIME_ADDRESS_TYPE_FROM).first(), u"Dana Ross <dana@acme.example>"_s);
    GMimeObject *body = g_mime_message_get_mime_part(p->message);
    QCOMPARE(textOf(body).replace(u"\r\n"_s, u"\n"_s), u"Hi Jamie,\nthe numbers are in.\n"_s);
}

// Found by fuzz_mime_roundtrip: CRs without LF (a file from an old Mac) were dropped or kept
// by where they stood; each is the line break it meant, and none goes out alone.
void TestMimeMessage::loneCarriageReturnsAreLineBreaks()
{
    Draft d = baseDraft();
    d.body = u"one\rtwo\r\nthree\r\r"_s;
    const QByteArray bytes = built(d, {}).toBytes();
    QVERIFY(!bytes.contains("\r\r"));
    QVERIFY(!QByteArray(bytes).replace("\r\n", "").contains('\r'));
    const auto p = parse(bytes);
    GMimeObject *body = g_mime_message_get_mime_part(p->message);
    QCOMPARE(textOf(body).replace(u"\r\n"_s, u"\n"_s), u"one\ntwo\nthree\n\n"_s);
}

// Found by fuzz_mime_roundtrip: a body whose characters all fit ISO-8859-1 went out as
// ISO-8859-1 bytes labelled charset=utf-8 (GMime picked the charset, we relabelled it).
void TestMimeMessage::latin1TextIsSentAsUtf8_data()
{
    QTest::addColumn<bool>("html");
    QTest::newRow("plain") << false;
    QTest::newRow("html") << true;
}

void TestMimeMessage::latin1TextIsSentAsUtf8()
{
    QFETCH(bool, html);
    Draft d = baseDraft();
    d.isHtml = html;
    d.body = html ? u"<p>Grüße aus Köln, café à côté</p>"_s : u"Grüße aus Köln, café à côté\n"_s;
    const auto p = parse(built(d).toBytes());
    GMimeObject *body = g_mime_message_get_mime_part(p->message);
    GMimeObject *part = html ? g_mime_multipart_get_part(GMIME_MULTIPART(body), 1) : body;
    QCOMPARE(
        QString::fromUtf8(g_mime_object_get_content_type_parameter(part, "charset")), u"utf-8"_s);
    const QByteArray bytes = contentOf(part);
    QVERIFY(bytes.contains("Gr\xc3\xbc\xc3\x9f"
                           "e"));
    QCOMPARE(textOf(part).replace(u"\r\n"_s, u"\n"_s), d.body);
    if (html) // the plain alternative too
        QVERIFY(textOf(g_mime_multipart_get_part(GMIME_MULTIPART(body), 0)).contains(u"Grüße"_s));
}

void TestMimeMessage::htmlHasPlainAlternative()
{
    Draft d = baseDraft();
    d.isHtml = true;
    d.body = u"<p>Hi <b>Jamie</b>,</p><ul><li>one</li><li>two &amp; three</li></ul>"
             u"<p><a href=\"https://acme.example/r\">report</a></p>"_s;
    const auto p = parse(built(d).toBytes());
    GMimeObject *body = g_mime_message_get_mime_part(p->message);
    QCOMPARE(typeOf(body), u"multipart/alternative"_s);
    GMimeMultipart *alt = GMIME_MULTIPART(body);
    QCOMPARE(g_mime_multipart_get_count(alt), 2);
    QCOMPARE(typeOf(g_mime_multipart_get_part(alt, 0)), u"text/plain"_s);
    QCOMPARE(typeOf(g_mime_multipart_get_part(alt, 1)), u"text/html"_s);
    QCOMPARE(textOf(g_mime_multipart_get_part(alt, 0)).replace(u"\r\n"_s, u"\n"_s),
        u"Hi Jamie,\n\n- one\n- two & three\n\nreport <https://acme.example/r>\n"_s);
    QVERIFY(textOf(g_mime_multipart_get_part(alt, 1)).contains(u"<b>Jamie</b>"_s));
}

void TestMimeMessage::attachmentsWithOddNames()
{
    const QString empty = dir.filePath(u"empty.txt"_s);
    QFile(empty).open(QIODevice::WriteOnly);
    const QString pdf = dir.filePath(u"Résumé \"final\" ü.pdf"_s);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray pdfBytes = "%PDF-1.4\n" + QByteArray(3000, 'x') + "\n%%EOF\n";
    f.write(pdfBytes);
    f.close();
    Draft d = baseDraft();
    d.attachments = {{{}, {}, {}, {}, empty, 0},
        {u"Résumé \"final\" ü.pdf"_s, {}, {}, {}, pdf, pdfBytes.size()}};
    const QByteArray bytes = built(d).toBytes();
    QVERIFY2(bytes.contains("filename*=UTF-8''R%C3%A9sum%C3%A9"), "RFC 2231 filename");
    const auto p = parse(bytes);
    GMimeObject *mixed = g_mime_message_get_mime_part(p->message);
    QCOMPARE(typeOf(mixed), u"multipart/mixed"_s);
    QCOMPARE(g_mime_multipart_get_count(GMIME_MULTIPART(mixed)), 3);
    GMimeObject *first = g_mime_multipart_get_part(GMIME_MULTIPART(mixed), 1);
    GMimeObject *second = g_mime_multipart_get_part(GMIME_MULTIPART(mixed), 2);
    QCOMPARE(QString::fromUtf8(g_mime_part_get_filename(GMIME_PART(first))), u"empty.txt"_s);
    QCOMPARE(contentOf(first), QByteArray());
    QCOMPARE(QString::fromUtf8(g_mime_part_get_filename(GMIME_PART(second))),
        u"Résumé \"final\" ü.pdf"_s);
    QCOMPARE(typeOf(second), u"application/pdf"_s);
    QCOMPARE(g_mime_part_get_content_encoding(GMIME_PART(second)), GMIME_CONTENT_ENCODING_BASE64);
    QCOMPARE(contentOf(second), pdfBytes);
}

void TestMimeMessage::largeAttachmentStreamsFromDisk()
{
    const QString big = dir.filePath(u"big.bin"_s);
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1024 * 1024, '\0');
    for (int i = 0; i < 30; ++i) {
        for (qsizetype j = 0; j < block.size(); j += 4)
            *reinterpret_cast<quint32 *>(block.data() + j) = quint32(i * 7919 + j);
        f.write(block);
        hash.addData(block);
    }
    f.close();
    Draft d = baseDraft();
    d.attachments = {{u"big.bin"_s, u"application/octet-stream"_s, {}, {}, big, f.size()}};
    const MimeMessage m = built(d);
    const QString eml = dir.filePath(u"big.eml"_s);
    QString error;
    QVERIFY2(m.writeTo(eml, &error), qPrintable(error));
    QVERIFY(QFileInfo(eml).size() > 30 * 1024 * 1024 * 4 / 3);
    QCOMPARE(m.encodedSize(), QFileInfo(eml).size());
    QFile in(eml);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const auto p = parse(in.readAll());
    GMimeObject *part
        = g_mime_multipart_get_part(GMIME_MULTIPART(g_mime_message_get_mime_part(p->message)), 1);
    QCOMPARE(QCryptographicHash::hash(contentOf(part), QCryptographicHash::Sha256), hash.result());
}

void TestMimeMessage::replyThreadingHeaders()
{
    Draft d = baseDraft();
    d.subject = u"Re: Weekly report"_s;
    d.inReplyTo = u"m2@acme.example"_s; // brackets added
    d.references = u"<m1@acme.example>   <m2@acme.example>"_s;
    MimeOptions o;
    o.messageId = u"<fixed-1@acme.example>"_s;
    const auto p = parse(built(d, o).toBytes());
    QCOMPARE(p->header("In-Reply-To"), u"<m2@acme.example>"_s);
    QCOMPARE(p->header("References"), u"<m1@acme.example> <m2@acme.example>"_s);
    QCOMPARE(
        QString::fromUtf8(g_mime_message_get_message_id(p->message)), u"fixed-1@acme.example"_s);
    QCOMPARE(QString::fromUtf8(g_mime_message_get_subject(p->message)), u"Re: Weekly report"_s);
}

void TestMimeMessage::headerInjectionRefused_data()
{
    QTest::addColumn<Draft>("draft");
    QTest::addColumn<DraftField>("field");
    Draft d = baseDraft();
    d.subject = u"Hi\r\nBcc: evil@attacker.example"_s;
    QTest::newRow("subject") << d << DraftField::Subject;
    d = baseDraft();
    d.to.first().name = u"Jamie\nBcc: evil@attacker.example"_s;
    QTest::newRow("to name") << d << DraftField::To;
    d = baseDraft();
    d.cc.first().address = u"priya@example.org\r\nX-Evil: 1"_s;
    QTest::newRow("cc address") << d << DraftField::Cc;
    d = baseDraft();
    d.bcc.first().name = u"\rAudit"_s;
    QTest::newRow("bcc name") << d << DraftField::Bcc;
    d = baseDraft();
    d.from = u"dana@acme.example\nBcc: evil@attacker.example"_s;
    QTest::newRow("from") << d << DraftField::From;
    d = baseDraft();
    d.inReplyTo = u"<a@b>\r\nX-Evil: 1"_s;
    QTest::newRow("in-reply-to") << d << DraftField::Thread;
    d = baseDraft();
    d.references = u"<a@b>\n<c@d>"_s;
    QTest::newRow("references") << d << DraftField::Thread;
    d = baseDraft();
    d.attachments
        = {{u"a\r\nContent-Type: text/html.pdf"_s, {}, {}, {}, QStringLiteral(__FILE__), 1}};
    QTest::newRow("filename") << d << DraftField::Attachments;
    d = baseDraft();
    d.attachments
        = {{u"a.pdf"_s, u"text/plain\r\nX-Evil: 1"_s, {}, {}, QStringLiteral(__FILE__), 1}};
    QTest::newRow("content type") << d << DraftField::Attachments;
}

void TestMimeMessage::headerInjectionRefused()
{
    QFETCH(Draft, draft);
    QFETCH(DraftField, field);
    const auto result = MimeMessage::build(draft);
    const auto *problems = std::get_if<QList<DraftProblem>>(&result);
    QVERIFY2(problems, "a header with a line break never reaches the wire");
    QCOMPARE(problems->first().field, field);
    QVERIFY(problems->first().message.contains(u"line break"_s));
}

void TestMimeMessage::unusableAttachmentsExplained()
{
    Draft d = baseDraft();
    d.attachments = {{u"gone.pdf"_s, {}, {}, {}, dir.filePath(u"gone.pdf"_s), 10},
        {u"remote.pdf"_s, {}, u"orgs/1/remote.pdf"_s, {}, {}, 10}};
    const auto result = MimeMessage::build(d);
    const auto *problems = std::get_if<QList<DraftProblem>>(&result);
    QVERIFY(problems);
    QCOMPARE(problems->size(), 2);
    QVERIFY(problems->at(0).message.contains(u"gone.pdf"_s));
    QVERIFY(problems->at(1).message.contains(u"remote.pdf"_s));
}

void TestMimeMessage::plainTextFromHtmlReadsWell()
{
    QCOMPARE(plainTextFromHtml(
                 u"<div>A<br>B</div><script>x()</script><p>&lt;tag&gt; &#233;&#x263A;</p>"_s),
        u"A\nB\n\n<tag> é☺\n"_s);
}

QTEST_GUILESS_MAIN(TestMimeMessage)
#include "tst_mimemessage.moc"

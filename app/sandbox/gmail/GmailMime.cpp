// SPDX-License-Identifier: GPL-3.0-or-later
// GMime-facing: GLib headers before any Qt header (see NOTES-qt64.md).
#include <gmime/gmime.h>

#include "sandbox/gmail/GmailMime.h"

#include "mail/GMimeInit.h"

#include <QRegularExpression>

namespace Outpost::Sandbox::GmailMime {

using namespace Qt::StringLiterals;

namespace {

// Owns one GMime object for the length of a scope.
template<typename T> struct GObjectRef
{
    T *object = nullptr;
    explicit GObjectRef(T *o) : object(o) { }
    ~GObjectRef()
    {
        if (object)
            g_object_unref(object);
    }
    GObjectRef(const GObjectRef &) = delete;
    GObjectRef &operator=(const GObjectRef &) = delete;
};

GMimeMessage *parseMessage(const QByteArray &raw)
{
    Internal::ensureGMime();
    GObjectRef<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(raw.constData(), static_cast<size_t>(raw.size())));
    GObjectRef<GMimeParser> parser(g_mime_parser_new_with_stream(stream.object));
    return g_mime_parser_construct_message(parser.object, nullptr);
}

QString text(const char *utf8)
{
    return utf8 ? QString::fromUtf8(utf8) : QString();
}

bool plausibleAddress(const QString &address)
{
    static const QRegularExpression pattern(
        u"^[^@\\s<>()\",;]+@[^@\\s<>()\",;]+\\.[^@\\s<>()\",;.]+$"_s);
    return pattern.match(address).hasMatch();
}

void collect(InternetAddressList *list, AddressHeader *out)
{
    const int count = list ? internet_address_list_length(list) : 0;
    for (int i = 0; i < count; ++i) {
        InternetAddress *a = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(a)) {
            collect(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(a)), out);
            continue;
        }
        const QString address
            = text(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a)));
        if (!plausibleAddress(address))
            out->valid = false;
        out->addresses += Address {text(internet_address_get_name(a)), address};
    }
}

AddressHeader addressHeader(GMimeMessage *message, const char *name, GMimeAddressType type)
{
    AddressHeader header;
    const char *value = g_mime_object_get_header(GMIME_OBJECT(message), name);
    header.present = value != nullptr;
    if (!header.present)
        return header;
    collect(g_mime_message_get_addresses(message, type), &header);
    // A header that names nobody (or only unparseable text) is as wrong as a bad address.
    if (header.addresses.isEmpty() && !QString::fromUtf8(value).trimmed().isEmpty())
        header.valid = false;
    return header;
}

QString htmlToText(QString html)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    static const QRegularExpression styles(u"<(style|script)[^>]*>.*?</\\1>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    html.remove(styles);
    html.replace(tags, u" "_s);
    html.replace(u"&nbsp;"_s, u" "_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    html.replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
    return html;
}

QString bodyText(GMimeMessage *message)
{
    GMimeObject *body = g_mime_message_get_body(message);
    if (!body || !GMIME_IS_TEXT_PART(body))
        return {};
    char *content = g_mime_text_part_get_text(GMIME_TEXT_PART(body));
    const QString result = text(content);
    g_free(content);
    GMimeContentType *type = g_mime_object_get_content_type(body);
    return type && g_mime_content_type_is_type(type, "text", "html") ? htmlToText(result) : result;
}

qsizetype headerEnd(const QByteArray &raw)
{
    if (raw.startsWith("\r\n") || raw.startsWith('\n'))
        return 0;
    const qsizetype crlf = raw.indexOf("\r\n\r\n");
    const qsizetype lf = raw.indexOf("\n\n");
    if (crlf < 0 && lf < 0)
        return raw.size();
    if (crlf < 0)
        return lf + 1;
    if (lf < 0)
        return crlf + 2;
    return std::min(crlf + 2, lf + 1);
}

} // namespace

std::optional<Parsed> parse(const QByteArray &raw)
{
    GObjectRef<GMimeMessage> message(parseMessage(raw));
    if (!message.object)
        return std::nullopt;
    GMimeMessage *m = message.object;
    Parsed p;
    p.from = addressHeader(m, "From", GMIME_ADDRESS_TYPE_FROM);
    p.to = addressHeader(m, "To", GMIME_ADDRESS_TYPE_TO);
    p.cc = addressHeader(m, "Cc", GMIME_ADDRESS_TYPE_CC);
    p.bcc = addressHeader(m, "Bcc", GMIME_ADDRESS_TYPE_BCC);
    p.subject = text(g_mime_message_get_subject(m));
    const QString id = text(g_mime_message_get_message_id(m));
    if (!id.isEmpty())
        p.messageId = u'<' + id + u'>';
    p.inReplyTo = messageIds(text(g_mime_object_get_header(GMIME_OBJECT(m), "In-Reply-To")));
    p.references = messageIds(text(g_mime_object_get_header(GMIME_OBJECT(m), "References")));
    p.text = bodyText(m);
    return p;
}

QList<QPair<QString, QString>> headers(const QByteArray &raw)
{
    QList<QPair<QString, QString>> result;
    GObjectRef<GMimeMessage> message(parseMessage(raw));
    if (!message.object)
        return result;
    GMimeHeaderList *list = g_mime_object_get_header_list(GMIME_OBJECT(message.object));
    const int count = g_mime_header_list_get_count(list);
    for (int i = 0; i < count; ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(list, i);
        result.append(
            {text(g_mime_header_get_name(h)), text(g_mime_header_get_value(h)).trimmed()});
    }
    return result;
}

QByteArray withoutHeaders(const QByteArray &raw, const QList<QByteArray> &names)
{
    const qsizetype end = headerEnd(raw);
    QByteArray out;
    out.reserve(raw.size());
    bool skipping = false;
    qsizetype pos = 0;
    while (pos < end) {
        qsizetype next = raw.indexOf('\n', pos);
        next = next < 0 || next >= end ? end : next + 1;
        const QByteArrayView line(raw.constData() + pos, next - pos);
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (!continuation) {
            skipping = false;
            const qsizetype colon = line.indexOf(':');
            const QByteArrayView name = colon > 0 ? line.first(colon).trimmed() : QByteArrayView();
            for (const QByteArray &unwanted : names)
                skipping = skipping || name.compare(unwanted, Qt::CaseInsensitive) == 0;
        }
        if (!skipping)
            out += line;
        pos = next;
    }
    out += QByteArrayView(raw).sliced(end);
    return out;
}

QStringList messageIds(const QString &value)
{
    static const QRegularExpression id(u"<[^<>\\s]+>"_s);
    QStringList ids;
    for (auto it = id.globalMatch(value); it.hasNext();)
        ids += it.next().captured();
    return ids;
}

} // namespace Outpost::Sandbox::GmailMime

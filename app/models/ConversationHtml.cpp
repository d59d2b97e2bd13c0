// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ConversationHtml.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Outpost::ConversationHtml {

namespace {
using namespace Qt::StringLiterals;

enum class Policy {
    Keep, // the element, with its allowed attributes
    Unwrap, // the tag goes, its content stays (html, body, font-less wrappers, unknown tags)
    Drop, // the tag and everything inside it
};

const QSet<QString> &keptTags()
{
    static const QSet<QString> tags {u"a"_s, u"abbr"_s, u"acronym"_s, u"address"_s, u"article"_s,
        u"aside"_s, u"b"_s, u"bdi"_s, u"bdo"_s, u"big"_s, u"blockquote"_s, u"br"_s, u"caption"_s,
        u"center"_s, u"cite"_s, u"code"_s, u"col"_s, u"colgroup"_s, u"dd"_s, u"del"_s, u"details"_s,
        u"dfn"_s, u"div"_s, u"dl"_s, u"dt"_s, u"em"_s, u"fieldset"_s, u"figcaption"_s, u"figure"_s,
        u"font"_s, u"footer"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"header"_s,
        u"hr"_s, u"i"_s, u"img"_s, u"ins"_s, u"kbd"_s, u"label"_s, u"legend"_s, u"li"_s, u"main"_s,
        u"mark"_s, u"ol"_s, u"p"_s, u"pre"_s, u"q"_s, u"rp"_s, u"rt"_s, u"ruby"_s, u"s"_s,
        u"samp"_s, u"section"_s, u"small"_s, u"span"_s, u"strike"_s, u"strong"_s, u"sub"_s,
        u"summary"_s, u"sup"_s, u"table"_s, u"tbody"_s, u"td"_s, u"tfoot"_s, u"th"_s, u"thead"_s,
        u"time"_s, u"tr"_s, u"tt"_s, u"u"_s, u"ul"_s, u"var"_s, u"wbr"_s};
    return tags;
}

const QSet<QString> &droppedTags()
{
    static const QSet<QString> tags {u"script"_s, u"style"_s, u"iframe"_s, u"frame"_s,
        u"frameset"_s, u"object"_s, u"embed"_s, u"applet"_s, u"param"_s, u"noscript"_s,
        u"noembed"_s, u"noframes"_s, u"template"_s, u"title"_s, u"svg"_s, u"math"_s, u"form"_s,
        u"input"_s, u"button"_s, u"select"_s, u"option"_s, u"optgroup"_s, u"textarea"_s,
        u"datalist"_s, u"output"_s, u"keygen"_s, u"audio"_s, u"video"_s, u"source"_s, u"track"_s,
        u"canvas"_s, u"map"_s, u"area"_s, u"meta"_s, u"link"_s, u"base"_s, u"xml"_s, u"xmp"_s,
        u"plaintext"_s, u"dialog"_s, u"portal"_s, u"slot"_s};
    return tags;
}

// Their content is not markup: it runs to the matching end tag, whatever it holds.
bool isRawText(const QString &tag)
{
    static const QSet<QString> tags {u"script"_s, u"style"_s, u"textarea"_s, u"title"_s, u"xmp"_s,
        u"iframe"_s, u"noembed"_s, u"noframes"_s, u"noscript"_s, u"plaintext"_s};
    return tags.contains(tag);
}

bool isVoid(const QString &tag)
{
    static const QSet<QString> tags {u"area"_s, u"base"_s, u"br"_s, u"col"_s, u"embed"_s, u"hr"_s,
        u"img"_s, u"input"_s, u"keygen"_s, u"link"_s, u"meta"_s, u"param"_s, u"source"_s,
        u"track"_s, u"wbr"_s, u"frame"_s};
    return tags.contains(tag);
}

Policy policyOf(const QString &tag)
{
    if (droppedTags().contains(tag))
        return Policy::Drop;
    return keptTags().contains(tag) ? Policy::Keep : Policy::Unwrap;
}

// Presentation attributes only: no id, name or class (they could reach the page's own
// elements and style), no event handler, no URL but a link's href and an image's src.
bool isAllowedAttribute(const QString &name)
{
    static const QSet<QString> names {u"title"_s, u"dir"_s, u"lang"_s, u"align"_s, u"valign"_s,
        u"bgcolor"_s, u"color"_s, u"width"_s, u"height"_s, u"border"_s, u"cellpadding"_s,
        u"cellspacing"_s, u"colspan"_s, u"rowspan"_s, u"nowrap"_s, u"face"_s, u"size"_s, u"style"_s,
        u"start"_s, u"type"_s, u"reversed"_s, u"span"_s, u"scope"_s, u"headers"_s, u"abbr"_s,
        u"datetime"_s, u"summary"_s, u"hspace"_s, u"vspace"_s, u"alt"_s, u"open"_s};
    return names.contains(name);
}

QString escaped(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

// Character references, as far as a URL or a style needs them decoded to be judged.
QString decoded(QStringView value)
{
    static const QHash<QString, QString> named {{u"amp"_s, u"&"_s}, {u"lt"_s, u"<"_s},
        {u"gt"_s, u">"_s}, {u"quot"_s, u"\""_s}, {u"apos"_s, u"'"_s}, {u"nbsp"_s, u" "_s},
        {u"colon"_s, u":"_s}, {u"tab"_s, u"\t"_s}, {u"newline"_s, u"\n"_s}, {u"lpar"_s, u"("_s},
        {u"rpar"_s, u")"_s}, {u"sol"_s, u"/"_s}, {u"bsol"_s, u"\\"_s}, {u"period"_s, u"."_s},
        {u"semi"_s, u";"_s}};
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != u'&') {
            out += value.at(i);
            continue;
        }
        qsizetype end = i + 1;
        while (end < value.size() && end - i < 12 && value.at(end).isLetterOrNumber())
            ++end;
        if (end < value.size() && end - i < 12 && value.at(end) == u'#') {
            ++end;
            while (end < value.size() && end - i < 12 && (value.at(end).isLetterOrNumber()))
                ++end;
        }
        const QStringView ref = value.mid(i + 1, end - i - 1);
        const bool terminated = end < value.size() && value.at(end) == u';';
        if (ref.startsWith(u'#')) {
            bool ok = false;
            const bool hex = ref.size() > 1 && (ref.at(1) == u'x' || ref.at(1) == u'X');
            const uint code = ref.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t character = char32_t(code);
                out += QString::fromUcs4(&character, 1);
                i = terminated ? end : end - 1;
                continue;
            }
        } else if (const auto it = named.constFind(ref.toString().toLower()); it != named.cend()) {
            out += *it;
            i = terminated ? end : end - 1;
            continue;
        }
        out += u'&';
    }
    return out;
}

// Declarations that cannot load anything nor lay themselves over the page's own controls.
QString safeStyle(const QString &style)
{
    const QString value = decoded(style);
    QStringList kept;
    for (const QString &declaration : value.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString property = declaration.left(colon).trimmed().toLower();
        const QString v = declaration.mid(colon + 1).trimmed();
        const QString lower = v.toLower();
        static const QRegularExpression propertyName(u"^-?[a-z][a-z-]*$"_s);
        if (!propertyName.match(property).hasMatch())
            continue;
        if (lower.contains(u"url(") || lower.contains(u"expression") || lower.contains(u"image(")
            || lower.contains(u"image-set") || lower.contains(u"javascript:")
            || lower.contains(u'\\') || lower.contains(u'@') || lower.contains(u'<'))
            continue;
        if (property == u"position" || property == u"behavior" || property == u"-moz-binding"
            || property == u"z-index" || property == u"content")
            continue;
        kept += property + u": "_s + v;
    }
    return kept.join(u"; "_s);
}

// A size attribute: digits, or a percentage.
bool isSize(const QString &value)
{
    static const QRegularExpression size(u"^\\s*\\d{1,5}(\\.\\d+)?%?\\s*$"_s);
    return size.match(value).hasMatch();
}

struct Attribute
{
    QString name;
    QString value; // raw, as written (character references not decoded)
};

struct Tag
{
    QString name;
    QList<Attribute> attributes;
    bool end = false;
    bool selfClosing = false;
};

// The tag starting at `i` (just after `<`); `i` ends after its `>`.
std::optional<Tag> readTag(QStringView s, qsizetype &i)
{
    Tag tag;
    qsizetype p = i;
    if (p < s.size() && s.at(p) == u'/') {
        tag.end = true;
        ++p;
    }
    if (p >= s.size() || !s.at(p).isLetter())
        return std::nullopt;
    const qsizetype nameStart = p;
    while (p < s.size() && (s.at(p).isLetterOrNumber() || s.at(p) == u'-' || s.at(p) == u':'))
        ++p;
    tag.name = s.mid(nameStart, p - nameStart).toString().toLower();
    for (;;) {
        while (p < s.size() && (s.at(p).isSpace() || s.at(p) == u'/')) {
            if (s.at(p) == u'/' && p + 1 < s.size() && s.at(p + 1) == u'>')
                tag.selfClosing = true;
            ++p;
        }
        if (p >= s.size()) {
            i = p;
            return tag;
        }
        if (s.at(p) == u'>') {
            i = p + 1;
            return tag;
        }
        const qsizetype attrStart = p;
        while (p < s.size() && !s.at(p).isSpace() && s.at(p) != u'=' && s.at(p) != u'>'
            && s.at(p) != u'/')
            ++p;
        Attribute a {s.mid(attrStart, p - attrStart).toString().toLower(), {}};
        if (p == attrStart)
            ++p; // a lone character that starts no name: skipped
        while (p < s.size() && s.at(p).isSpace())
            ++p;
        if (p < s.size() && s.at(p) == u'=') {
            ++p;
            while (p < s.size() && s.at(p).isSpace())
                ++p;
            if (p < s.size() && (s.at(p) == u'"' || s.at(p) == u'\'')) {
                const QChar quote = s.at(p);
                const qsizetype close = s.indexOf(quote, p + 1);
                const qsizetype stop = close < 0 ? s.size() : close;
                a.value = s.mid(p + 1, stop - p - 1).toString();
                p = close < 0 ? s.size() : close + 1;
            } else {
                const qsizetype valueStart = p;
                while (p < s.size() && !s.at(p).isSpace() && s.at(p) != u'>')
                    ++p;
                a.value = s.mid(valueStart, p - valueStart).toString();
            }
        }
        if (!a.name.isEmpty())
            tag.attributes += a;
    }
}

QString attributeValue(const Tag &tag, QStringView name)
{
    for (const Attribute &a : tag.attributes) {
        if (a.name == name)
            return a.value;
    }
    return {};
}

// The beginning of a quoted original: a <blockquote>, or the quote wrappers of Gmail,
// Thunderbird, Yahoo and Apple Mail (recognised by their class before classes are dropped).
bool startsQuote(const Tag &tag)
{
    if (tag.name == u"blockquote")
        return true;
    if (tag.name != u"div")
        return false;
    const QString cls = attributeValue(tag, u"class");
    return cls.contains(u"gmail_quote") || cls.contains(u"moz-cite-prefix")
        || cls.contains(u"yahoo_quoted") || cls.contains(u"AppleOriginalContents");
}

class Sanitizer
{
public:
    Sanitizer(QStringView source, const Options &options) : m_s(source), m_options(options) { }

    Sanitized run()
    {
        qsizetype i = 0;
        while (i < m_s.size()) {
            const qsizetype lt = m_s.indexOf(u'<', i);
            if (lt < 0) {
                text(m_s.mid(i));
                break;
            }
            text(m_s.mid(i, lt - i));
            i = lt + 1;
            if (m_s.mid(i).startsWith(u"!--")) {
                const qsizetype close = m_s.indexOf(u"-->", i + 3);
                i = close < 0 ? m_s.size() : close + 3;
                continue;
            }
            if (i < m_s.size() && (m_s.at(i) == u'!' || m_s.at(i) == u'?')) {
                const qsizetype close = m_s.indexOf(u'>', i);
                i = close < 0 ? m_s.size() : close + 1;
                continue;
            }
            const std::optional<Tag> tag = readTag(m_s, i);
            if (!tag) {
                text(u"<");
                continue;
            }
            if (tag->end)
                endTag(tag->name);
            else
                startTag(*tag, i);
        }
        while (!m_open.isEmpty())
            closeTop();
        return m_result;
    }

private:
    void text(QStringView t)
    {
        if (m_skipping.isEmpty() && !t.isEmpty()) {
            // A stray `>` is harmless; `<` never reaches here. References stay as written.
            m_result.html += t;
        }
    }

    void startTag(const Tag &tag, qsizetype &i)
    {
        if (!m_skipping.isEmpty()) {
            if (tag.name == m_skipping)
                ++m_skipDepth;
            return;
        }
        const Policy policy = policyOf(tag.name);
        if (policy == Policy::Drop) {
            if (isRawText(tag.name)) {
                skipRawText(tag.name, i);
            } else if (!isVoid(tag.name) && !tag.selfClosing) {
                m_skipping = tag.name;
                m_skipDepth = 1;
            }
            return;
        }
        if (policy == Policy::Unwrap)
            return;
        if (tag.name == u"img") {
            image(tag);
            return;
        }
        const bool fold = m_options.foldQuotes && m_foldAt < 0 && startsQuote(tag);
        if (fold) {
            m_result.html += u"<details class=\"quoted\"><summary>"_s
                + escaped(m_options.quoteLabel) + u"</summary>"_s;
        }
        m_result.html += u'<' + tag.name + attributes(tag) + u'>';
        if (isVoid(tag.name))
            return;
        if (fold)
            m_foldAt = m_open.size();
        m_open += tag.name;
    }

    void endTag(const QString &name)
    {
        if (!m_skipping.isEmpty()) {
            if (name == m_skipping && --m_skipDepth == 0)
                m_skipping.clear();
            return;
        }
        const qsizetype at = m_open.lastIndexOf(name);
        if (at < 0)
            return; // closes nothing of this message: never the page's own elements
        while (m_open.size() > at)
            closeTop();
    }

    void closeTop()
    {
        m_result.html += u"</"_s + m_open.takeLast() + u'>';
        if (m_foldAt == m_open.size()) {
            m_result.html += u"</details>"_s;
            m_foldAt = -1;
        }
    }

    void skipRawText(const QString &name, qsizetype &i)
    {
        const QString close = u"</"_s + name;
        const qsizetype end = m_s.indexOf(close, i, Qt::CaseInsensitive);
        if (end < 0) {
            i = m_s.size();
            return;
        }
        const qsizetype gt = m_s.indexOf(u'>', end);
        i = gt < 0 ? m_s.size() : gt + 1;
    }

    QString attributes(const Tag &tag) const
    {
        QString out;
        for (const Attribute &a : tag.attributes) {
            if (tag.name == u"a" && a.name == u"href") {
                const QString url = decoded(a.value).trimmed();
                if (isSafeLink(url)) {
                    out += u" href=\""_s + escaped(QString::fromUtf8(QUrl(url).toEncoded())) + u'"';
                }
                continue;
            }
            if (!isAllowedAttribute(a.name))
                continue;
            QString value = a.value;
            if (a.name == u"style") {
                value = safeStyle(value).toHtmlEscaped();
                if (value.isEmpty())
                    continue;
            } else if ((a.name == u"width" || a.name == u"height") && !isSize(decoded(value))) {
                continue;
            } else {
                value.replace(u'"', u"&quot;"_s).replace(u'<', u"&lt;"_s);
            }
            out += u' ' + a.name + u"=\""_s + value + u'"';
        }
        if (tag.name == u"a")
            out += u" rel=\"noreferrer noopener\""_s;
        return out;
    }

    void image(const Tag &tag)
    {
        const QString src = decoded(attributeValue(tag, u"src")).trimmed();
        const QString scheme = QUrl(src).scheme().toLower();
        const bool remote = scheme == u"http" || scheme == u"https";
        static const QRegularExpression inlineImage(
            u"^data:image/(png|gif|jpe?g|webp|bmp);base64,[a-z0-9+/=\\s]+$"_s,
            QRegularExpression::CaseInsensitiveOption);
        if (remote)
            m_result.remoteImages += QString::fromUtf8(QUrl(src).toEncoded());
        if ((remote && m_options.allowRemoteImages) || inlineImage.match(src).hasMatch()) {
            const QString url = remote ? QString::fromUtf8(QUrl(src).toEncoded()) : src;
            m_result.html += u"<img src=\""_s + escaped(url) + u'"' + attributes(tag) + u'>';
            return;
        }
        if (remote)
            m_result.remoteBlocked = true;
        // What the image was: its alt text, in a box of its size (capped).
        const QString alt = decoded(attributeValue(tag, u"alt")).trimmed();
        m_result.html += u"<span class=\"blocked-image\" title=\""_s
            + escaped(m_options.blockedImageLabel) + u"\">"_s
            + escaped(alt.isEmpty() ? u"🖼"_s : alt) + u"</span>"_s;
    }

    QStringView m_s;
    const Options &m_options;
    Sanitized m_result;
    QStringList m_open; // elements of the message still open, innermost last
    QString m_skipping; // inside a dropped element
    int m_skipDepth = 0;
    qsizetype m_foldAt = -1; // depth of the folded quote
};

} // namespace

bool isSafeLink(const QString &url)
{
    const QUrl parsed(url, QUrl::TolerantMode);
    if (!parsed.isValid())
        return false;
    const QString scheme = parsed.scheme().toLower();
    if (scheme == u"mailto")
        return !parsed.path().isEmpty();
    return (scheme == u"http" || scheme == u"https") && !parsed.host().isEmpty();
}

Sanitized sanitize(QStringView html, const Options &options)
{
    return Sanitizer(html, options).run();
}

QString plainTextOf(QStringView html)
{
    QString out;
    out.reserve(std::min<qsizetype>(html.size(), 4096));
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c != u'<') {
            out += c;
            ++i;
            continue;
        }
        qsizetype p = i + 1;
        const std::optional<Tag> tag = readTag(html, p);
        if (tag && !tag->end
            && (tag->name == u"script" || tag->name == u"style" || tag->name == u"title"
                || tag->name == u"head")) {
            const qsizetype end
                = html.indexOf(QString(u"</"_s + tag->name), p, Qt::CaseInsensitive);
            const qsizetype gt = end < 0 ? -1 : html.indexOf(u'>', end);
            i = gt < 0 ? html.size() : gt + 1;
            continue;
        }
        if (html.mid(i).startsWith(u"<!--")) {
            const qsizetype close = html.indexOf(u"-->", i);
            i = close < 0 ? html.size() : close + 3;
            continue;
        }
        out += u' ';
        i = tag ? p : i + 1;
    }
    return decoded(out).simplified();
}

} // namespace Outpost::ConversationHtml

// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation/ConversationHtml.h"

#include "conversation/HtmlDocument.h"
#include "conversation/HtmlSanitizer.h"

#include <QUrl>

namespace Outpost::ConversationHtml {

namespace {
using namespace Qt::StringLiterals;

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// Tags after which the text goes on on a new line.
bool breaksLine(QStringView name)
{
    static const QStringView names[] {u"br", u"p", u"div", u"li", u"tr", u"h1", u"h2", u"h3", u"h4",
        u"h5", u"h6", u"blockquote", u"pre", u"table", u"ul", u"ol", u"dl", u"dt", u"dd", u"hr",
        u"section", u"article", u"header", u"footer", u"address", u"center"};
    for (const QStringView n : names) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The common character references; any other `&` stays as written.
void appendDecoded(QString &out, QStringView text)
{
    static const std::pair<QStringView, QChar> named[] {{u"amp;", u'&'}, {u"lt;", u'<'},
        {u"gt;", u'>'}, {u"quot;", u'"'}, {u"apos;", u'\''}, {u"nbsp;", QChar(0xa0)}};
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype amp = text.indexOf(u'&', i);
        if (amp < 0) {
            out += text.sliced(i);
            return;
        }
        out += text.sliced(i, amp - i);
        i = amp + 1;
        const QStringView rest = text.sliced(i);
        bool done = false;
        for (const auto &[name, c] : named) {
            if (rest.startsWith(name, Qt::CaseInsensitive)) {
                out += c;
                i += name.size();
                done = true;
                break;
            }
        }
        if (!done && rest.startsWith(u'#')) {
            const bool hex = rest.size() > 1 && (rest.at(1) == u'x' || rest.at(1) == u'X');
            qsizetype end = hex ? 2 : 1;
            while (end < rest.size() && end < 10 && isAsciiLetterOrDigit(rest.at(end)))
                ++end;
            bool ok = false;
            const uint code
                = rest.sliced(hex ? 2 : 1, end - (hex ? 2 : 1)).toUInt(&ok, hex ? 16 : 10);
            if (ok && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)) {
                const char32_t character = code;
                out += QString::fromUcs4(&character, 1);
                i += end + (end < rest.size() && rest.at(end) == u';' ? 1 : 0);
                done = true;
            }
        }
        if (!done)
            out += u'&';
    }
}

// Characters gumbo's input stream (utf8.c) reads as U+FFFD: C0 and C1 controls other than
// white space, DEL, and the noncharacters. The text fallback writes them as U+FFFD too, so that
// the page it writes, parsed again, gives back the same text (its output is its own sanitised
// form; found by fuzz_html_sanitizer: U+0013 came back as U+FFFD).
bool readAsReplacement(char32_t c)
{
    return (c >= 0x1 && c <= 0x8) || c == 0xb || (c >= 0xe && c <= 0x1f) || (c >= 0x7f && c <= 0x9f)
        || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
}

// The text of markup too costly to parse, to be shown as text (escaped, never as markup):
// tags and comments left out, scripts and styles too, block tags as line breaks.
QString textOfMarkup(QStringView s)
{
    QString text;
    text.reserve(s.size() / 2);
    qsizetype i = 0;
    while (i < s.size()) {
        const qsizetype lt = s.indexOf(u'<', i);
        appendDecoded(text, s.sliced(i, (lt < 0 ? s.size() : lt) - i));
        if (lt < 0)
            break;
        i = lt + 1;
        if (s.sliced(i).startsWith(u"!--")) {
            const qsizetype close = s.indexOf(u"-->", i + 1);
            i = close < 0 ? s.size() : close + 3;
            continue;
        }
        const bool end = i < s.size() && s.at(i) == u'/';
        const qsizetype nameStart = end ? i + 1 : i;
        if (nameStart >= s.size()
            || !(isAsciiLetterOrDigit(s.at(nameStart)) || s.at(nameStart) == u'!'
                || s.at(nameStart) == u'?')) {
            text += u'<';
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < s.size() && isAsciiLetterOrDigit(s.at(nameEnd)))
            ++nameEnd;
        const QStringView name = s.sliced(nameStart, nameEnd - nameStart);
        const qsizetype gt = s.indexOf(u'>', nameEnd);
        i = gt < 0 ? s.size() : gt + 1;
        if (!end
            && (name.compare(u"script", Qt::CaseInsensitive) == 0
                || name.compare(u"style", Qt::CaseInsensitive) == 0
                || name.compare(u"title", Qt::CaseInsensitive) == 0)) {
            const QString endTag = u"</"_s + name;
            const qsizetype close = s.indexOf(endTag, i, Qt::CaseInsensitive);
            const qsizetype closeGt = close < 0 ? -1 : s.indexOf(u'>', close);
            i = closeGt < 0 ? s.size() : closeGt + 1;
        } else if (breaksLine(name)) {
            text += u'\n';
        }
    }
    // White space as a browser would show it, in a box that keeps line breaks; nothing that
    // parsing the result would change (carriage returns, NULs, controls, noncharacters).
    QString out;
    out.reserve(text.size());
    bool space = false;
    bool newline = false;
    for (qsizetype at = 0; at < text.size();) {
        qsizetype length = 1;
        char32_t c = text.at(at).unicode();
        if (QChar::isHighSurrogate(c) && at + 1 < text.size() && text.at(at + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(at), text.at(at + 1));
            length = 2;
        }
        const QStringView character = QStringView(text).sliced(at, length);
        at += length;
        if (c == u'\n' || c == u'\r' || c == u' ' || c == u'\t' || c == u'\f' || c == 0) {
            space = true;
            newline = newline || c == u'\n' || c == u'\r';
            continue;
        }
        if (space && !out.isEmpty())
            out += newline ? u'\n' : u' ';
        space = newline = false;
        if (readAsReplacement(c))
            out += QChar(QChar::ReplacementCharacter);
        else
            out += character;
    }
    return out;
}

// A body whose markup is too costly to parse: its text, in a box that keeps line breaks.
// Written so that sanitising it gives it back unchanged.
Sanitized shownAsText(QByteArrayView utf8)
{
    Sanitized s;
    s.tooComplex = true;
    s.html = u"<div style=\"white-space: pre-wrap\">"_s;
    HtmlSanitizer::appendEscaped(s.html, textOfMarkup(QString::fromUtf8(utf8)));
    s.html += u"</div>"_s;
    return s;
}

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
    const QByteArray utf8 = html.toUtf8();
    {
        const HtmlDocument document(utf8);
        if (document.isParsed()) {
            Sanitized s = HtmlSanitizer(options).run(document.body());
            // Re-opened formatting elements can make the tree much larger than the input.
            if (s.html.size() <= 8 * html.size() + 65536)
                return s;
        }
    }
    return shownAsText(utf8);
}

QString textOf(QStringView html)
{
    return textOfMarkup(html);
}

QString plainTextOf(QStringView html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html.toString().simplified();
    const QByteArray utf8 = html.toUtf8();
    const HtmlDocument document(utf8);
    if (!document.isParsed())
        return textOfMarkup(QString::fromUtf8(utf8)).simplified();
    return HtmlSanitizer::textOf(document.body());
}

} // namespace Outpost::ConversationHtml

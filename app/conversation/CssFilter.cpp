// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation/CssFilter.h"

#include <QSet>

namespace Outpost::CssFilter {

namespace {
using namespace Qt::StringLiterals;

const QSet<QString> &allowedProperties()
{
    static const QSet<QString> names {u"color"_s, u"background-color"_s, u"background"_s, u"font"_s,
        u"font-family"_s, u"font-size"_s, u"font-style"_s, u"font-weight"_s, u"font-variant"_s,
        u"line-height"_s, u"letter-spacing"_s, u"word-spacing"_s, u"text-align"_s,
        u"text-decoration"_s, u"text-decoration-line"_s, u"text-decoration-color"_s,
        u"text-decoration-style"_s, u"text-indent"_s, u"text-transform"_s, u"text-overflow"_s,
        u"vertical-align"_s, u"white-space"_s, u"word-break"_s, u"word-wrap"_s, u"overflow-wrap"_s,
        u"direction"_s, u"margin"_s, u"margin-top"_s, u"margin-right"_s, u"margin-bottom"_s,
        u"margin-left"_s, u"padding"_s, u"padding-top"_s, u"padding-right"_s, u"padding-bottom"_s,
        u"padding-left"_s, u"border"_s, u"border-top"_s, u"border-right"_s, u"border-bottom"_s,
        u"border-left"_s, u"border-width"_s, u"border-style"_s, u"border-color"_s,
        u"border-top-width"_s, u"border-right-width"_s, u"border-bottom-width"_s,
        u"border-left-width"_s, u"border-top-style"_s, u"border-right-style"_s,
        u"border-bottom-style"_s, u"border-left-style"_s, u"border-top-color"_s,
        u"border-right-color"_s, u"border-bottom-color"_s, u"border-left-color"_s,
        u"border-radius"_s, u"border-collapse"_s, u"border-spacing"_s, u"width"_s, u"height"_s,
        u"min-width"_s, u"max-width"_s, u"min-height"_s, u"max-height"_s, u"display"_s,
        u"visibility"_s, u"float"_s, u"clear"_s, u"list-style"_s, u"list-style-type"_s,
        u"list-style-position"_s, u"table-layout"_s, u"caption-side"_s, u"empty-cells"_s,
        u"overflow"_s, u"overflow-x"_s, u"overflow-y"_s, u"box-sizing"_s};
    return names;
}

// Boxes a message may make of its elements (no run-in, no contents that would dissolve one).
const QSet<QString> &allowedDisplays()
{
    static const QSet<QString> values {u"none"_s, u"block"_s, u"inline"_s, u"inline-block"_s,
        u"list-item"_s, u"table"_s, u"inline-table"_s, u"table-row"_s, u"table-cell"_s,
        u"table-row-group"_s, u"table-header-group"_s, u"table-footer-group"_s, u"table-column"_s,
        u"table-column-group"_s, u"table-caption"_s, u"flex"_s, u"inline-flex"_s};
    return values;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isCssSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Colour functions only: every other function either loads something (url, image-set, src,
// image, cross-fade, element, paint) or computes what the filter could not judge (calc, var,
// attr, env, expression).
bool isAllowedFunction(QStringView name)
{
    return name.compare(u"rgb", Qt::CaseInsensitive) == 0
        || name.compare(u"rgba", Qt::CaseInsensitive) == 0
        || name.compare(u"hsl", Qt::CaseInsensitive) == 0
        || name.compare(u"hsla", Qt::CaseInsensitive) == 0;
}

// Plain tokens: words in any script, numbers, #colours, quoted names, commas, slashes and the
// colour functions. No backslash, @, *, <, >, {, }, !, : or ; and no unbalanced quote or
// parenthesis, so the browser's CSS parser reads exactly the declaration judged here.
bool isPlainValue(QStringView value)
{
    QChar quote;
    bool inFunction = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.unicode() < 0x20 || c == u'\\' || c.unicode() == 0x7f || c.isSurrogate())
            return false;
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'(') {
            qsizetype start = i;
            while (start > 0 && (isAsciiLetter(value.at(start - 1)) || value.at(start - 1) == u'-'))
                --start;
            if (inFunction || !isAllowedFunction(value.sliced(start, i - start)))
                return false;
            inFunction = true;
        } else if (c == u')') {
            if (!inFunction)
                return false;
            inFunction = false;
        } else if (c.unicode() < 0x80) {
            if (!isAsciiLetter(c) && !c.isDigit() && !QStringView(u" #%.,+-/_").contains(c))
                return false;
        } else if (!c.isLetterOrNumber()) {
            return false;
        }
    }
    return quote.isNull() && !inFunction;
}

bool hasNegativeNumber(QStringView value)
{
    for (qsizetype i = 0; i + 1 < value.size(); ++i) {
        if (value.at(i) == u'-' && (value.at(i + 1).isDigit() || value.at(i + 1) == u'.'))
            return true;
    }
    return false;
}

// What loads or runs in some browser, wherever it appears (even inside a quoted name), and a
// "!" left after the trailing !important is gone (only a quoted name could hold one; found by
// fuzz_html_sanitizer: `'y!'` was kept).
bool mentionsSomethingActive(QStringView value)
{
    static const QStringView words[] {u"url(", u"image-set", u"image(", u"src(", u"expression",
        u"javascript", u"vbscript", u"-moz-binding", u"behavior", u"@", u"\\", u"!"};
    for (const QStringView word : words) {
        if (value.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Runs of white space as one space, none at the ends.
QString simplified(QStringView value)
{
    QString out;
    out.reserve(value.size());
    bool space = false;
    for (const QChar c : value) {
        if (isCssSpace(c)) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

// The value without a trailing "!important": the page's own rules keep their say.
QString withoutImportant(QString value)
{
    const qsizetype bang = value.lastIndexOf(u'!');
    if (bang >= 0
        && value.sliced(bang + 1).trimmed().compare(u"important", Qt::CaseInsensitive) == 0)
        value = value.left(bang).trimmed();
    return value;
}

QString withoutComments(QStringView style)
{
    QString out;
    out.reserve(style.size());
    qsizetype i = 0;
    while (i < style.size()) {
        const qsizetype open = style.indexOf(u"/*", i);
        if (open < 0) {
            out += style.sliced(i);
            break;
        }
        out += style.sliced(i, open - i);
        out += u' ';
        const qsizetype close = style.indexOf(u"*/", open + 2);
        i = close < 0 ? style.size() : close + 2;
    }
    return out;
}

} // namespace

QString safeDeclarations(QStringView style)
{
    QString out;
    const QString text = withoutComments(style);
    for (const QStringView declaration : QStringView(text).tokenize(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString property = declaration.left(colon).trimmed().toString().toLower();
        if (!allowedProperties().contains(property))
            continue;
        const QString value = withoutImportant(simplified(declaration.sliced(colon + 1)));
        if (value.isEmpty() || !isPlainValue(value) || mentionsSomethingActive(value))
            continue;
        if ((property.startsWith(u"margin"_s) || property == u"text-indent"_s)
            && hasNegativeNumber(value))
            continue;
        if (property == u"display"_s && !allowedDisplays().contains(value.toLower()))
            continue;
        if (!out.isEmpty())
            out += u"; "_s;
        out += property + u": "_s + value;
    }
    return out;
}

} // namespace Outpost::CssFilter

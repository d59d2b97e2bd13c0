// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation/HtmlSanitizer.h"

#include "conversation/CssFilter.h"

#include <QSet>
#include <QUrl>

#include <gumbo.h>

#include <algorithm>
#include <array>

namespace Outpost {

namespace {
using namespace Qt::StringLiterals;

enum class Policy : quint8 {
    Unwrap, // the tag goes, its content stays (unknown and harmless elements)
    Keep, // the element, with its allowed attributes
    Drop, // the element and everything inside it
    Image, // an <img>: kept, or a placeholder until remote images are allowed
    AsList, // <dir>, <menu>: written as <ul>, which the parser treats alike
    AsPre, // <listing>, <xmp>, <plaintext>: written as <pre>
};

struct TagTraits
{
    Policy policy = Policy::Unwrap;
    bool special = false; // the tree builder's "special" category (of the elements kept)
    bool closesParagraph = false; // its start tag closes a <p> open in button scope
    bool phrasing = false; // text-level: no line break around it in a one-line text
};

const TagTraits &traitsOf(int tag)
{
    using Table = std::array<TagTraits, GUMBO_TAG_LAST + 1>;
    static const Table table = [] {
        Table t {};
        for (const GumboTag g :
            {GUMBO_TAG_A, GUMBO_TAG_ABBR, GUMBO_TAG_ACRONYM, GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE,
                GUMBO_TAG_ASIDE, GUMBO_TAG_B, GUMBO_TAG_BDI, GUMBO_TAG_BDO, GUMBO_TAG_BIG,
                GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BR, GUMBO_TAG_CAPTION, GUMBO_TAG_CENTER,
                GUMBO_TAG_CITE, GUMBO_TAG_CODE, GUMBO_TAG_COL, GUMBO_TAG_COLGROUP, GUMBO_TAG_DD,
                GUMBO_TAG_DEL, GUMBO_TAG_DETAILS, GUMBO_TAG_DFN, GUMBO_TAG_DIV, GUMBO_TAG_DL,
                GUMBO_TAG_DT, GUMBO_TAG_EM, GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION,
                GUMBO_TAG_FIGURE, GUMBO_TAG_FONT, GUMBO_TAG_FOOTER, GUMBO_TAG_H1, GUMBO_TAG_H2,
                GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_HEADER,
                GUMBO_TAG_HGROUP, GUMBO_TAG_HR, GUMBO_TAG_I, GUMBO_TAG_INS, GUMBO_TAG_KBD,
                GUMBO_TAG_LABEL, GUMBO_TAG_LEGEND, GUMBO_TAG_LI, GUMBO_TAG_MAIN, GUMBO_TAG_MARK,
                GUMBO_TAG_NAV, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PRE, GUMBO_TAG_Q, GUMBO_TAG_RP,
                GUMBO_TAG_RT, GUMBO_TAG_RUBY, GUMBO_TAG_S, GUMBO_TAG_SAMP, GUMBO_TAG_SECTION,
                GUMBO_TAG_SMALL, GUMBO_TAG_SPAN, GUMBO_TAG_STRIKE, GUMBO_TAG_STRONG, GUMBO_TAG_SUB,
                GUMBO_TAG_SUMMARY, GUMBO_TAG_SUP, GUMBO_TAG_TABLE, GUMBO_TAG_TBODY, GUMBO_TAG_TD,
                GUMBO_TAG_TFOOT, GUMBO_TAG_TH, GUMBO_TAG_THEAD, GUMBO_TAG_TIME, GUMBO_TAG_TR,
                GUMBO_TAG_TT, GUMBO_TAG_U, GUMBO_TAG_UL, GUMBO_TAG_VAR, GUMBO_TAG_WBR})
            t[g].policy = Policy::Keep;
        // Active, loading, interactive or foreign content, and the elements whose content is
        // not the message's text. Among them every element the parser treats specially that
        // is not kept: unwrapping one of those would change how its content parses.
        for (const GumboTag g : {GUMBO_TAG_HEAD, GUMBO_TAG_TITLE, GUMBO_TAG_BASE, GUMBO_TAG_LINK,
                 GUMBO_TAG_META, GUMBO_TAG_STYLE, GUMBO_TAG_SCRIPT, GUMBO_TAG_NOSCRIPT,
                 GUMBO_TAG_TEMPLATE, GUMBO_TAG_IFRAME, GUMBO_TAG_EMBED, GUMBO_TAG_OBJECT,
                 GUMBO_TAG_PARAM, GUMBO_TAG_VIDEO, GUMBO_TAG_AUDIO, GUMBO_TAG_SOURCE,
                 GUMBO_TAG_TRACK, GUMBO_TAG_CANVAS, GUMBO_TAG_MAP, GUMBO_TAG_AREA, GUMBO_TAG_MATH,
                 GUMBO_TAG_SVG, GUMBO_TAG_FORM, GUMBO_TAG_INPUT, GUMBO_TAG_BUTTON, GUMBO_TAG_SELECT,
                 GUMBO_TAG_DATALIST, GUMBO_TAG_OPTGROUP, GUMBO_TAG_OPTION, GUMBO_TAG_TEXTAREA,
                 GUMBO_TAG_KEYGEN, GUMBO_TAG_OUTPUT, GUMBO_TAG_MENUITEM, GUMBO_TAG_APPLET,
                 GUMBO_TAG_BGSOUND, GUMBO_TAG_FRAME, GUMBO_TAG_FRAMESET, GUMBO_TAG_NOFRAMES,
                 GUMBO_TAG_ISINDEX, GUMBO_TAG_NEXTID, GUMBO_TAG_NOEMBED, GUMBO_TAG_BASEFONT,
                 GUMBO_TAG_MARQUEE})
            t[g].policy = Policy::Drop;
        t[GUMBO_TAG_IMG].policy = t[GUMBO_TAG_IMAGE].policy = Policy::Image;
        t[GUMBO_TAG_DIR].policy = t[GUMBO_TAG_MENU].policy = Policy::AsList;
        for (const GumboTag g : {GUMBO_TAG_LISTING, GUMBO_TAG_XMP, GUMBO_TAG_PLAINTEXT})
            t[g].policy = Policy::AsPre;
        for (const GumboTag g :
            {GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BLOCKQUOTE,
                GUMBO_TAG_CENTER, GUMBO_TAG_DETAILS, GUMBO_TAG_DIV, GUMBO_TAG_DL,
                GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER,
                GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_MAIN, GUMBO_TAG_NAV, GUMBO_TAG_OL,
                GUMBO_TAG_P, GUMBO_TAG_SECTION, GUMBO_TAG_SUMMARY, GUMBO_TAG_UL, GUMBO_TAG_H1,
                GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_PRE,
                GUMBO_TAG_TABLE, GUMBO_TAG_HR, GUMBO_TAG_LI, GUMBO_TAG_DD, GUMBO_TAG_DT})
            t[g].closesParagraph = t[g].special = true;
        for (const GumboTag g : {GUMBO_TAG_BR, GUMBO_TAG_CAPTION, GUMBO_TAG_COL, GUMBO_TAG_COLGROUP,
                 GUMBO_TAG_IMG, GUMBO_TAG_TBODY, GUMBO_TAG_TD, GUMBO_TAG_TFOOT, GUMBO_TAG_TH,
                 GUMBO_TAG_THEAD, GUMBO_TAG_TR, GUMBO_TAG_WBR})
            t[g].special = true;
        for (const GumboTag g : {GUMBO_TAG_A, GUMBO_TAG_ABBR, GUMBO_TAG_ACRONYM, GUMBO_TAG_B,
                 GUMBO_TAG_BDI, GUMBO_TAG_BDO, GUMBO_TAG_BIG, GUMBO_TAG_CITE, GUMBO_TAG_CODE,
                 GUMBO_TAG_DEL, GUMBO_TAG_DFN, GUMBO_TAG_EM, GUMBO_TAG_FONT, GUMBO_TAG_I,
                 GUMBO_TAG_INS, GUMBO_TAG_KBD, GUMBO_TAG_LABEL, GUMBO_TAG_MARK, GUMBO_TAG_NOBR,
                 GUMBO_TAG_Q, GUMBO_TAG_S, GUMBO_TAG_SAMP, GUMBO_TAG_SMALL, GUMBO_TAG_SPAN,
                 GUMBO_TAG_STRIKE, GUMBO_TAG_STRONG, GUMBO_TAG_SUB, GUMBO_TAG_SUP, GUMBO_TAG_TIME,
                 GUMBO_TAG_TT, GUMBO_TAG_U, GUMBO_TAG_VAR, GUMBO_TAG_WBR, GUMBO_TAG_UNKNOWN})
            t[g].phrasing = true;
        return t;
    }();
    static const TagTraits none;
    return tag >= 0 && tag <= GUMBO_TAG_LAST ? table[size_t(tag)] : none;
}

Policy policyOf(GumboTag tag)
{
    return traitsOf(tag).policy;
}

bool isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_WBR
        || tag == GUMBO_TAG_COL;
}

bool isHeading(int tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

// Where a search for an element "in button scope" stops.
bool isScopeBoundary(int tag)
{
    return tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH
        || tag == GUMBO_TAG_CAPTION;
}

// A table's parts, and the element each must be directly in.
int tableParentOf(int tag)
{
    switch (tag) {
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
        return GUMBO_TAG_TABLE;
    case GUMBO_TAG_COL:
        return GUMBO_TAG_COLGROUP;
    case GUMBO_TAG_TR:
        return GUMBO_TAG_TBODY; // or THEAD, TFOOT
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        return GUMBO_TAG_TR;
    default:
        return -1;
    }
}

// Elements whose content is only table parts (and white space): anything else in them would
// be moved out of the table (foster-parented) when parsed.
bool holdsOnlyTableParts(int tag)
{
    return tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_THEAD
        || tag == GUMBO_TAG_TFOOT || tag == GUMBO_TAG_TR || tag == GUMBO_TAG_COLGROUP;
}

bool isWhiteSpace(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(),
        [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; });
}

// Presentation attributes only: no id, name or class (they could reach the page's own
// elements and style), no event handler, no URL but a link's href and an image's src.
bool isAllowedAttribute(QByteArrayView name)
{
    static const QSet<QByteArray> names {"title", "dir", "lang", "align", "valign", "bgcolor",
        "color", "width", "height", "border", "cellpadding", "cellspacing", "colspan", "rowspan",
        "nowrap", "face", "size", "style", "start", "type", "reversed", "span", "scope", "headers",
        "abbr", "datetime", "summary", "hspace", "vspace", "alt", "open"};
    return names.contains(QByteArray::fromRawData(name.data(), name.size()));
}

// The page's two classes a message's own markup carries once sanitised: kept so that
// sanitising the output again gives it back (a message may write them itself: all it gets is
// a folded quote or a placeholder's look).
constexpr char quotedClass[] = "quoted";
constexpr char blockedImageClass[] = "blocked-image";

const char *attributeValue(const GumboElement &element, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&element.attributes, name);
    return a ? a->value : "";
}

// A size attribute: digits, or a percentage.
bool isSize(QByteArrayView value)
{
    value = value.trimmed();
    if (value.endsWith('%'))
        value.chop(1);
    const qsizetype dot = value.indexOf('.');
    const QByteArrayView whole = dot < 0 ? value : value.first(dot);
    const QByteArrayView fraction = dot < 0 ? QByteArrayView() : value.sliced(dot + 1);
    const auto digits = [](QByteArrayView d) {
        return std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    return !whole.isEmpty() && whole.size() <= 5 && digits(whole)
        && (dot < 0 || (!fraction.isEmpty() && digits(fraction)));
}

// An http, https or mailto URL in the form QUrl writes it, provided writing it again changes
// nothing (so the output is stable); empty if there is no such URL.
QString stableUrl(const QString &url)
{
    if (!ConversationHtml::isSafeLink(url))
        return {};
    const QByteArray encoded = QUrl(url).toEncoded();
    const QString written = QString::fromUtf8(encoded);
    if (!ConversationHtml::isSafeLink(written) || QUrl(written).toEncoded() != encoded)
        return {};
    return written;
}

bool isRemote(QStringView url)
{
    return url.startsWith(u"http:", Qt::CaseInsensitive)
        || url.startsWith(u"https:", Qt::CaseInsensitive);
}

// An image inlined in the message: a base64 data URL of a common raster format, written with
// its prefix in lower case (`data:imAge/png` is the same URL to a browser, but what is written
// is what the allow-list names; found by fuzz_html_sanitizer). Empty: not such an image.
QString inlineImage(QStringView src)
{
    static const QStringView prefixes[] {u"data:image/png;base64,", u"data:image/gif;base64,",
        u"data:image/jpeg;base64,", u"data:image/jpg;base64,", u"data:image/webp;base64,",
        u"data:image/bmp;base64,"};
    for (const QStringView prefix : prefixes) {
        if (!src.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        const QStringView data = src.sliced(prefix.size());
        const bool base64 = !data.isEmpty() && std::all_of(data.begin(), data.end(), [](QChar c) {
            return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c.isDigit() || c == u'+'
                || c == u'/' || c == u'=' || c == u' ' || c == u'\t' || c == u'\n' || c == u'\f';
        });
        return base64 ? prefix.toString() + data : QString();
    }
    return {};
}

// The beginning of a quoted original: a <blockquote>, or the quote wrappers of Gmail,
// Thunderbird, Yahoo and Apple Mail (recognised by their class, which is not kept).
bool startsQuote(const GumboElement &element)
{
    if (element.tag == GUMBO_TAG_BLOCKQUOTE)
        return true;
    if (element.tag != GUMBO_TAG_DIV)
        return false;
    const QByteArrayView cls(attributeValue(element, "class"));
    return cls.contains("gmail_quote") || cls.contains("moz-cite-prefix")
        || cls.contains("yahoo_quoted") || cls.contains("AppleOriginalContents");
}

bool hasClass(const GumboElement &element, const char *name)
{
    return QByteArrayView(attributeValue(element, "class")) == QByteArrayView(name);
}

} // namespace

struct HtmlSanitizer::Frame
{
    const GumboNode *node; // the element whose children are being written
    unsigned next; // its next child
    const char *endTag; // its end tag's name, if it was written (not unwrapped)
    bool closesFold; // the fold's </details> follows
    bool endsFold; // leaving it ends the fold (a kept <details class="quoted">)
};

void HtmlSanitizer::appendEscaped(QString &out, QStringView text, bool inAttribute)
{
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QStringView entity;
        switch (text.at(i).unicode()) {
        case u'&':
            entity = u"&amp;";
            break;
        case u'<':
            entity = u"&lt;";
            break;
        case u'>':
            entity = u"&gt;";
            break;
        case u'"':
            if (!inAttribute)
                continue;
            entity = u"&quot;";
            break;
        default:
            continue;
        }
        out += text.sliced(from, i - from);
        out += entity;
        from = i + 1;
    }
    out += text.sliced(from);
}

ConversationHtml::Sanitized HtmlSanitizer::run(const GumboNode *body)
{
    if (!body)
        return std::move(m_result);
    std::vector<Frame> stack;
    stack.push_back({body, 0, nullptr, false, false});
    while (!stack.empty()) {
        Frame &top = stack.back();
        const GumboVector &children = top.node->v.element.children;
        if (top.next < children.length) {
            visit(static_cast<const GumboNode *>(children.data[top.next++]), stack);
            continue;
        }
        if (top.endTag) {
            m_result.html += u"</"_s + QLatin1StringView(top.endTag) + u'>';
            m_open.pop_back();
        }
        if (top.closesFold) {
            m_result.html += u"</details>"_s;
            m_open.pop_back();
        }
        if (top.closesFold || top.endsFold)
            m_folding = false;
        stack.pop_back();
    }
    return std::move(m_result);
}

void HtmlSanitizer::visit(const GumboNode *node, std::vector<Frame> &stack)
{
    const bool inTable = holdsOnlyTableParts(m_open.back().tag);
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
        if (!inTable || isWhiteSpace(node->v.text.text))
            appendEscaped(m_result.html, QString::fromUtf8(node->v.text.text));
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) // comments, CDATA (foreign content), <template>
        return;
    const GumboElement &element = node->v.element;
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return;
    GumboTag tag = element.tag;
    switch (policyOf(tag)) {
    case Policy::Drop:
        return;
    case Policy::Image:
        if (!inTable)
            image(node);
        return;
    case Policy::Unwrap:
        stack.push_back({node, 0, nullptr, false, false});
        return;
    case Policy::AsList:
        tag = GUMBO_TAG_UL;
        break;
    case Policy::AsPre:
        tag = GUMBO_TAG_PRE;
        break;
    case Policy::Keep:
        break;
    }
    switch (placement(tag)) {
    case Placement::Drop:
        return;
    case Placement::Unwrap:
        stack.push_back({node, 0, nullptr, false, false});
        return;
    case Placement::Write:
        break;
    }
    const bool fold = m_options.foldQuotes && !m_folding && startsQuote(element);
    const bool endsFold = !m_folding && tag == GUMBO_TAG_DETAILS && hasClass(element, quotedClass);
    QString &out = m_result.html;
    if (fold) {
        out += u"<details class=\"quoted\"><summary>"_s;
        appendEscaped(out, m_options.quoteLabel);
        out += u"</summary>"_s;
        open(GUMBO_TAG_DETAILS);
    }
    m_folding = m_folding || fold || endsFold;
    const char *name = gumbo_normalized_tagname(tag);
    out += u'<' + QLatin1StringView(name);
    attributes(node, tag);
    out += u'>';
    if (isVoid(tag))
        return;
    // The parser drops a line break just after <pre>: this one, not the content's own.
    if (tag == GUMBO_TAG_PRE)
        out += u'\n';
    open(tag);
    stack.push_back({node, 0, name, fold, endsFold});
}

// Whether an element written here parses back here (see the class comment).
HtmlSanitizer::Placement HtmlSanitizer::placement(int tag) const
{
    const Open &parent = m_open.back();
    const int tableParent = tableParentOf(tag);
    if (holdsOnlyTableParts(parent.tag)) {
        const bool fits = tableParent == parent.tag
            || (tag == GUMBO_TAG_TR
                && (parent.tag == GUMBO_TAG_THEAD || parent.tag == GUMBO_TAG_TFOOT));
        return fits ? Placement::Write : Placement::Drop;
    }
    if (tableParent >= 0)
        return Placement::Unwrap; // a table's part outside it
    if ((traitsOf(tag).closesParagraph && parent.pInButtonScope)
        || (isHeading(tag) && isHeading(parent.tag)) || (tag == GUMBO_TAG_LI && parent.liOpen)
        || ((tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT) && parent.definitionOpen)
        || (tag == GUMBO_TAG_A && parent.linkOpen)
        || ((tag == GUMBO_TAG_RT || tag == GUMBO_TAG_RP) && parent.tag != GUMBO_TAG_RUBY))
        return Placement::Unwrap;
    return Placement::Write;
}

void HtmlSanitizer::open(int tag)
{
    const Open parent = m_open.back();
    // An <li> (<dd>, <dt>) start tag looks down the stack for an open one, up to the first
    // special element other than <address>, <div> and <p>.
    const bool walkGoesOn = !traitsOf(tag).special || tag == GUMBO_TAG_ADDRESS
        || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_P;
    Open o;
    o.tag = tag;
    o.pInButtonScope = tag == GUMBO_TAG_P || (!isScopeBoundary(tag) && parent.pInButtonScope);
    o.liOpen = tag == GUMBO_TAG_LI || (walkGoesOn && parent.liOpen);
    o.definitionOpen
        = tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT || (walkGoesOn && parent.definitionOpen);
    // Cells and captions put a marker in the list of active formatting elements.
    const bool marker = tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_CAPTION;
    o.linkOpen = tag == GUMBO_TAG_A || (!marker && parent.linkOpen);
    m_open.push_back(o);
}

void HtmlSanitizer::attributes(const GumboNode *node, int tag)
{
    QString &out = m_result.html;
    const GumboVector &attributes = node->v.element.attributes;
    for (unsigned i = 0; i < attributes.length; ++i) {
        const auto *a = static_cast<const GumboAttribute *>(attributes.data[i]);
        const QByteArrayView name(a->name);
        QString value;
        if (a->attr_namespace != GUMBO_ATTR_NAMESPACE_NONE) {
            continue;
        } else if (tag == GUMBO_TAG_A && name == "href") {
            value = stableUrl(QString::fromUtf8(a->value).trimmed());
            if (value.isEmpty())
                continue;
        } else if (name == "class") {
            const QByteArrayView cls(a->value);
            if (!(tag == GUMBO_TAG_DETAILS && cls == quotedClass)
                && !(tag == GUMBO_TAG_SPAN && cls == blockedImageClass))
                continue;
            value = QString::fromLatin1(cls);
        } else if (!isAllowedAttribute(name)) {
            continue;
        } else if (name == "style") {
            value = CssFilter::safeDeclarations(QString::fromUtf8(a->value));
            if (value.isEmpty())
                continue;
        } else if ((name == "width" || name == "height") && !isSize(a->value)) {
            continue;
        } else {
            value = QString::fromUtf8(a->value);
        }
        out += u' ' + QLatin1StringView(name) + u"=\""_s;
        appendEscaped(out, value, true);
        out += u'"';
    }
    if (tag == GUMBO_TAG_A)
        out += u" rel=\"noreferrer noopener\""_s;
}

void HtmlSanitizer::image(const GumboNode *node)
{
    const GumboElement &element = node->v.element;
    const QString src = QString::fromUtf8(attributeValue(element, "src")).trimmed();
    QString &out = m_result.html;
    QString shown; // the src written out, if the image is
    if (isRemote(src)) {
        const QString url = stableUrl(src);
        if (!url.isEmpty()) {
            m_result.remoteImages += url;
            if (m_options.allowRemoteImages)
                shown = url;
            else
                m_result.remoteBlocked = true;
        }
    } else {
        shown = inlineImage(src);
    }
    if (!shown.isEmpty()) {
        out += u"<img src=\""_s;
        appendEscaped(out, shown, true);
        out += u'"';
        attributes(node, GUMBO_TAG_IMG);
        out += u'>';
        return;
    }
    // What the image was: its alt text, in a box (remote, or cid: parts not shown inline).
    const QString alt = QString::fromUtf8(attributeValue(element, "alt")).trimmed();
    out += u"<span class=\""_s + QLatin1StringView(blockedImageClass) + u"\" title=\""_s;
    appendEscaped(out, m_options.blockedImageLabel, true);
    out += u"\">"_s;
    appendEscaped(out, alt.isEmpty() ? u"🖼"_s : alt);
    out += u"</span>"_s;
}

QString HtmlSanitizer::textOf(const GumboNode *body)
{
    QString out;
    if (!body)
        return out;
    std::vector<std::pair<const GumboNode *, unsigned>> stack {{body, 0}};
    while (!stack.empty()) {
        auto &[node, next] = stack.back();
        const GumboVector &children = node->v.element.children;
        if (next == children.length) {
            if (!traitsOf(node->v.element.tag).phrasing)
                out += u' ';
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[next++]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) {
            out += QString::fromUtf8(child->v.text.text);
        } else if (child->type == GUMBO_NODE_ELEMENT
            && child->v.element.tag_namespace == GUMBO_NAMESPACE_HTML
            && policyOf(child->v.element.tag) != Policy::Drop) {
            if (!traitsOf(child->v.element.tag).phrasing)
                out += u' ';
            stack.emplace_back(child, 0);
        }
    }
    return out.simplified();
}

} // namespace Outpost

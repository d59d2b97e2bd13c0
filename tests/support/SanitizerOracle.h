// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML sanitiser's oracle, shared by tests/unit/tst_htmlsanitizer.cpp and
// tests/fuzz/fuzz_html_sanitizer.cpp: the allow-list written out again (not taken from the code
// under test), what a page's parser (gumbo, as the conversation page's browser would) makes of
// the output, and whether the message stays inside its box on the page.
#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <gumbo.h>

#include <vector>

namespace Outpost::SanitizerOracle {

using namespace Qt::StringLiterals;

// gumbo's tree of a whole page, freed with it.
class Parsed
{
public:
    explicit Parsed(const QString &page) : m_utf8(page.toUtf8())
    {
        m_options.max_errors = 0;
        m_output = gumbo_parse_with_options(&m_options, m_utf8.constData(), size_t(m_utf8.size()));
    }
    ~Parsed() { gumbo_destroy_output(&m_options, m_output); }
    Parsed(const Parsed &) = delete;
    Parsed &operator=(const Parsed &) = delete;

    const GumboNode *child(const GumboNode *parent, GumboTag tag) const
    {
        for (const GumboNode *c : elements(parent)) {
            if (c->v.element.tag == tag)
                return c;
        }
        return nullptr;
    }
    const GumboNode *root() const { return m_output->root; }

    static std::vector<const GumboNode *> elements(const GumboNode *parent)
    {
        std::vector<const GumboNode *> out;
        const GumboVector &children = parent->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *c = static_cast<const GumboNode *>(children.data[i]);
            if (c->type == GUMBO_NODE_ELEMENT || c->type == GUMBO_NODE_TEMPLATE)
                out.push_back(c);
        }
        return out;
    }
    static QString attribute(const GumboNode *element, const char *name)
    {
        const GumboAttribute *a = gumbo_get_attribute(&element->v.element.attributes, name);
        return a ? QString::fromUtf8(a->value) : QString();
    }

private:
    QByteArray m_utf8;
    GumboOptions m_options = kGumboDefaultOptions;
    GumboOutput *m_output = nullptr;
};

// The allow-list, written out again here (not taken from the code under test).
inline const QSet<QString> &allowedElements()
{
    static const QSet<QString> names {u"a"_s, u"abbr"_s, u"acronym"_s, u"address"_s, u"article"_s,
        u"aside"_s, u"b"_s, u"bdi"_s, u"bdo"_s, u"big"_s, u"blockquote"_s, u"br"_s, u"caption"_s,
        u"center"_s, u"cite"_s, u"code"_s, u"col"_s, u"colgroup"_s, u"dd"_s, u"del"_s, u"details"_s,
        u"dfn"_s, u"div"_s, u"dl"_s, u"dt"_s, u"em"_s, u"fieldset"_s, u"figcaption"_s, u"figure"_s,
        u"font"_s, u"footer"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"header"_s,
        u"hgroup"_s, u"hr"_s, u"i"_s, u"img"_s, u"ins"_s, u"kbd"_s, u"label"_s, u"legend"_s,
        u"li"_s, u"main"_s, u"mark"_s, u"nav"_s, u"ol"_s, u"p"_s, u"pre"_s, u"q"_s, u"rp"_s,
        u"rt"_s, u"ruby"_s, u"s"_s, u"samp"_s, u"section"_s, u"small"_s, u"span"_s, u"strike"_s,
        u"strong"_s, u"sub"_s, u"summary"_s, u"sup"_s, u"table"_s, u"tbody"_s, u"td"_s, u"tfoot"_s,
        u"th"_s, u"thead"_s, u"time"_s, u"tr"_s, u"tt"_s, u"u"_s, u"ul"_s, u"var"_s, u"wbr"_s};
    return names;
}

inline const QSet<QString> &allowedAttributes()
{
    static const QSet<QString> names {u"title"_s, u"dir"_s, u"lang"_s, u"align"_s, u"valign"_s,
        u"bgcolor"_s, u"color"_s, u"width"_s, u"height"_s, u"border"_s, u"cellpadding"_s,
        u"cellspacing"_s, u"colspan"_s, u"rowspan"_s, u"nowrap"_s, u"face"_s, u"size"_s, u"style"_s,
        u"start"_s, u"type"_s, u"reversed"_s, u"span"_s, u"scope"_s, u"headers"_s, u"abbr"_s,
        u"datetime"_s, u"summary"_s, u"hspace"_s, u"vspace"_s, u"alt"_s, u"open"_s};
    return names;
}

// What a style may never say, however written.
inline bool styleIsForbidden(const QString &style)
{
    static const QRegularExpression forbidden(
        u"url\\(|image-set|image\\(|src\\(|expression|@|\\\\|/\\*|!|var\\(|behavior|binding"
        u"|(^|[;\\s])(position|z-index|transform|top|left|right|bottom|content)\\s*:"
        u"|margin[a-z-]*\\s*:[^;]*-[0-9.]"_s,
        QRegularExpression::CaseInsensitiveOption);
    return forbidden.match(style).hasMatch();
}

// Everything in the message's output that the allow-list does not permit, as the page's
// parser reads it.
inline QStringList violations(const QString &html, bool allowRemoteImages)
{
    const Parsed parsed(u"<!DOCTYPE html><body>"_s + html);
    QStringList found;
    const GumboNode *head = parsed.child(parsed.root(), GUMBO_TAG_HEAD);
    if (head && head->v.element.children.length > 0)
        found += u"something went into <head>"_s;
    const GumboNode *body = parsed.child(parsed.root(), GUMBO_TAG_BODY);
    if (!body)
        return found << u"no body"_s;
    std::vector<const GumboNode *> stack {body};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *c = static_cast<const GumboNode *>(children.data[i]);
            if (c->type == GUMBO_NODE_COMMENT || c->type == GUMBO_NODE_CDATA)
                found += u"a comment"_s;
            if (c->type == GUMBO_NODE_TEMPLATE)
                found += u"<template>"_s;
            if (c->type != GUMBO_NODE_ELEMENT)
                continue;
            stack.push_back(c);
            const GumboElement &e = c->v.element;
            const QString tag = QString::fromLatin1(gumbo_normalized_tagname(e.tag));
            if (e.tag_namespace != GUMBO_NAMESPACE_HTML || !allowedElements().contains(tag))
                found += u"element <%1> (%2)"_s.arg(tag).arg(int(e.tag));
            for (unsigned k = 0; k < e.attributes.length; ++k) {
                const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[k]);
                const QString name = QString::fromUtf8(a->name);
                const QString value = QString::fromUtf8(a->value);
                const QString scheme = QUrl(value).scheme().toLower();
                bool ok = allowedAttributes().contains(name);
                if (name == u"href")
                    ok = tag == u"a"
                        && (scheme == u"http" || scheme == u"https" || scheme == u"mailto");
                else if (name == u"rel")
                    ok = tag == u"a" && value == u"noreferrer noopener";
                else if (name == u"src")
                    ok = tag == u"img"
                        && (value.startsWith(u"data:image/"_s)
                            || (allowRemoteImages && (scheme == u"http" || scheme == u"https")));
                else if (name == u"class")
                    ok = (tag == u"span" && value == u"blocked-image")
                        || (tag == u"details" && value == u"quoted");
                else if (name == u"style")
                    ok = !styleIsForbidden(value);
                if (!ok)
                    found += u"<%1 %2=\"%3\">"_s.arg(tag, name, value);
            }
        }
    }
    return found;
}

// The message placed as the conversation page places it, followed by the page's own controls
// and the next message: whether both still come out where the page put them.
inline bool staysInItsBox(const QString &html)
{
    const Parsed parsed(u"<!DOCTYPE html><main><article><details open><summary>s</summary>"
                        u"<div class=\"card\"><div class=\"body\">"_s
        + html
        + u"</div><nav class=\"actions\"><a href=\"outpost-action:reply\">Reply</a></nav></div>"
          u"</details></article><article id=\"next\"><p>next</p></article></main>"_s);
    const GumboNode *body = parsed.child(parsed.root(), GUMBO_TAG_BODY);
    const GumboNode *main = body ? parsed.child(body, GUMBO_TAG_MAIN) : nullptr;
    if (!main || Parsed::elements(body).size() != 1)
        return false;
    const auto articles = Parsed::elements(main);
    if (articles.size() != 2 || Parsed::attribute(articles[1], "id") != u"next")
        return false;
    const GumboNode *details = parsed.child(articles[0], GUMBO_TAG_DETAILS);
    const auto parts = details ? Parsed::elements(details) : std::vector<const GumboNode *>();
    if (Parsed::elements(articles[0]).size() != 1 || parts.size() != 2
        || parts[1]->v.element.tag != GUMBO_TAG_DIV)
        return false;
    const auto card = Parsed::elements(parts[1]);
    return card.size() == 2 && Parsed::attribute(card[0], "class") == u"body"
        && card[1]->v.element.tag == GUMBO_TAG_NAV
        && Parsed::attribute(card[1], "class") == u"actions";
}

} // namespace Outpost::SanitizerOracle

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation/ConversationHtml.h"

#include <vector>

struct GumboInternalNode;

namespace Outpost {

// Writes a parsed body (HtmlDocument) back out as HTML, from an allow-list: kept elements with
// their allowed attributes, unknown harmless ones unwrapped (their content kept), active or
// foreign ones (script, style, template, forms, frames, objects, SVG, MathML, …) dropped with
// their content. Nothing is copied from the input's text: every element and attribute is
// written from the tree, text and values escaped, every element closed.
// The output parses back, in the page, into the very tree written, so sanitising it again
// gives it back unchanged: elements the parser treats specially are never unwrapped (kept,
// dropped, or turned into their kin: <dir> into <ul>, <xmp> into <pre>), and where the parsed
// tree holds what the parser would not build from explicit tags (content foster-parented out
// of a table, a heading in a heading, a <dd> in a <dd>, an <a> in an <a>, a block in a <p>),
// the inner element is unwrapped. For that the writer keeps, for each element it has open,
// what the parser's rules look at: whether a <p>, <li>, <dd>/<dt> or <a> is open "in scope".
// The tree is walked with a stack of its own: depth costs memory, never the thread's stack.
class HtmlSanitizer
{
public:
    explicit HtmlSanitizer(const ConversationHtml::Options &options) : m_options(options) { }

    ConversationHtml::Sanitized run(const GumboInternalNode *body);

    // The text a person reads in a parsed body (what run() would show), block boundaries as
    // spaces, on one line.
    static QString textOf(const GumboInternalNode *body);
    // Text as HTML: & < > escaped, and " too in an attribute value.
    static void appendEscaped(QString &out, QStringView text, bool inAttribute = false);

private:
    struct Frame;
    // An element written and still open, with what the parser's rules see from inside it.
    struct Open
    {
        int tag = -1; // a GumboTag; -1 for the body
        bool pInButtonScope = false;
        bool liOpen = false; // an <li> that an <li> start tag would close
        bool definitionOpen = false; // likewise a <dd> or <dt>
        bool linkOpen = false; // an <a> among the active formatting elements
    };
    enum class Placement { Write, Unwrap, Drop };

    void visit(const GumboInternalNode *node, std::vector<Frame> &stack);
    Placement placement(int tag) const;
    void open(int tag);
    void image(const GumboInternalNode *node);
    void attributes(const GumboInternalNode *node, int tag);

    const ConversationHtml::Options &m_options;
    ConversationHtml::Sanitized m_result;
    std::vector<Open> m_open {Open()}; // the body, then the elements written and open
    bool m_folding = false; // inside the folded quote
};

} // namespace Outpost

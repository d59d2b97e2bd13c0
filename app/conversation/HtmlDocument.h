// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <memory>

struct GumboInternalNode;

namespace Outpost {

// An HTML message body parsed by gumbo (an HTML5 parser: the tree a browser builds), as the
// conversation view places it: the content of a standards-mode <body>.
// Parsing is bounded. For most tags the tree builder looks down the stack of open elements,
// so markup nested N deep costs N per tag (in gumbo 0.10.1, 200 KB of nested <div> takes 3 s
// and 400 KB of <ul> 20 s), and re-opened formatting elements can make the tree quadratic in
// the input (70 KB: 2 GB). Markup whose nesting would make that work outgrow its size, whose
// parse outgrows a CPU-time or memory budget linear in its size, or which trips one of
// gumbo's assertions, is refused: isParsed() is false and the caller shows its text.
// The tree is freed without gumbo_destroy_output(), which recurses once per level.
class HtmlDocument
{
public:
    explicit HtmlDocument(QByteArrayView utf8);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument &) = delete;
    HtmlDocument &operator=(const HtmlDocument &) = delete;

    bool isParsed() const { return m_parsed; }
    // The <body> element (null when not parsed, or for a frameset document).
    const GumboInternalNode *body() const { return m_body; }

private:
    struct Arena;
    std::unique_ptr<Arena> m_arena;
    const GumboInternalNode *m_body = nullptr;
    bool m_parsed = false;
};

} // namespace Outpost

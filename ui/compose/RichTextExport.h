// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextDocument;

namespace Outpost::RichTextExport {

// Clean, semantic HTML for what the editor holds, spaced as the editor shows it: a <div> per
// line (<div><br></div> when empty; <p> only for a block the editor spaces too), <br>, <b>, <i>,
// <u>, <s>, <a href>, <ul>/<ol>/<li>, <blockquote>, <h1>-<h3>, <pre>; no style attributes, no Qt
// markup.
QString html(const QTextDocument &document);

// HTML as it comes in (a draft, a quoted reply) shown line by line as a browser shows it:
// paragraphs lose their margins (Enter then makes lines, not paragraphs, as in the sent
// HTML), and the line break of an empty <div><br></div> goes.
void compactParagraphs(QTextDocument *document);

// The same content as readable plain text: "- " bullets, "1. " numbers, "> " quotes,
// links as "text <url>".
QString plainText(const QTextDocument &document);

// Pasted or received HTML with what must never reach the editor removed: scripts, styles,
// event handlers, iframes/objects/forms, javascript: links, and remote images (dropped, so
// nothing is fetched while editing).
QString sanitize(const QString &html);

} // namespace Outpost::RichTextExport

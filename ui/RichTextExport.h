// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextDocument;

namespace Outpost::RichTextExport {

// Clean, semantic HTML for what the editor holds: <p>, <br>, <b>, <i>, <u>, <s>, <a href>,
// <ul>/<ol>/<li>, <blockquote>, <h1>-<h3>, <pre>; no style attributes, no Qt markup.
QString html(const QTextDocument &document);

// The same content as readable plain text: "- " bullets, "1. " numbers, "> " quotes,
// links as "text <url>".
QString plainText(const QTextDocument &document);

// Pasted or received HTML with what must never reach the editor removed: scripts, styles,
// event handlers, iframes/objects/forms, javascript: links, and remote images (dropped, so
// nothing is fetched while editing).
QString sanitize(const QString &html);

} // namespace Outpost::RichTextExport

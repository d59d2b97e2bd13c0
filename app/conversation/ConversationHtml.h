// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Outpost {

// HTML message bodies made safe to show: parsed as a browser parses them (gumbo, an HTML5
// parser) and written back out from the tree through an allow-list (no script, no event
// handler, no iframe/object/form, no style sheet, no SVG/MathML, only http(s)/mailto links,
// style attributes filtered, remote images replaced by placeholders until allowed), quoted
// originals folded behind a toggle (<details>). Sanitising the output again gives it back
// unchanged. Time and memory stay linear in the body's size: markup too costly to parse is
// shown as its text. Plain-text bodies: ConversationText.
namespace ConversationHtml {

struct Options
{
    bool allowRemoteImages = false;
    bool foldQuotes = true;
    QString quoteLabel; // the toggle's text, e.g. "Show quoted text"
    QString blockedImageLabel; // the placeholder's tooltip
};

struct Sanitized
{
    QString html;
    QStringList remoteImages; // every http(s) image the message asks for, in order
    bool remoteBlocked = false; // some of them were replaced by placeholders
    bool tooComplex = false; // the markup was too costly to parse: html shows its text only
};

Sanitized sanitize(QStringView html, const Options &options);
// What a person reads of an HTML body, on one line (for the collapsed message's snippet).
QString plainTextOf(QStringView html);
// The text of an HTML body with its line breaks, for the plain-text version of a page that
// could not be shown: read without the parser (tags, comments, scripts and styles left out),
// in one linear pass; it is shown as text, never as markup.
QString textOf(QStringView html);
// http, https and mailto URLs only; anything else (javascript:, data:, file:) is refused.
bool isSafeLink(const QString &url);

} // namespace ConversationHtml
} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/ConversationMessage.h"

#include <QLocale>
#include <QTimeZone>

#include <optional>

namespace Outpost {

// The original in a reply or a forward. A reply quotes it under an attribution line ("On
// <date>, <name> wrote:"): `> ` lines for plain text, a <blockquote> for HTML. A forward
// carries it under a "Forwarded message" header. Internal notes are never quoted.
namespace ConversationQuote {

QString attribution(
    const ConversationMessage &message, const QLocale &locale, const QTimeZone &zone);

// A plain reply's body: room to write, then the attribution and the quoted original.
std::optional<QString> plain(
    const ConversationMessage &message, const QLocale &locale, const QTimeZone &zone);
// The attribution and the original (sanitised) in a <blockquote>.
std::optional<QString> html(
    const ConversationMessage &message, const QLocale &locale, const QTimeZone &zone);

std::optional<QString> forwardPlain(
    const ConversationMessage &message, const QLocale &locale, const QTimeZone &zone);
std::optional<QString> forwardHtml(
    const ConversationMessage &message, const QLocale &locale, const QTimeZone &zone);

// An HTML reply's or forward's body: an empty paragraph to write in, then `quoted`.
QString htmlBody(const QString &quoted);

} // namespace ConversationQuote
} // namespace Outpost

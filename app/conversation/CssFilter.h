// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Outpost {

// A message's style attributes, kept to declarations that only dress its own text: an
// allow-list of properties (colours, fonts, spacing, borders, sizes, tables), values made of
// plain CSS tokens (no url(), image-set(), src(), expression(), var(), no @, no backslash
// escape, no comment, no !important), no negative margin; position, z-index and transforms
// are not on the list, so nothing is laid over the page. Declarations come out as
// "property: value" joined by "; ", so filtering the result again gives it back unchanged.
namespace CssFilter {

QString safeDeclarations(QStringView style);

} // namespace CssFilter
} // namespace Outpost

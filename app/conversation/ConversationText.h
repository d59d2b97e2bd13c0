// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversation/ConversationHtml.h"

namespace Outpost::ConversationText {

// A plain-text body as HTML: escaped, line breaks kept, URLs and addresses made links, and the
// quoted original at its end (`>` lines with their "… wrote:" line, or an "Original Message")
// folded behind a toggle.
QString toHtml(QStringView text, const ConversationHtml::Options &options);
// One piece of plain text, escaped, with its URLs and addresses as links.
QString linkified(QStringView text);

} // namespace Outpost::ConversationText

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Outpost::Internal {

// Header text (a display name, a subject) as it is handed to GMime for the wire: plain ASCII as
// it is (GMime quotes a phrase where it must), anything else as RFC 2047 encoded-words in UTF-8
// with the Q encoding, written here rather than by GMime. Why: GMime 3.2.13 (Debian 12) writes a
// long name or subject as several adjacent B-encoded words, the first often ending in base64
// padding, and its own reader joins adjacent B words of one charset and stops at that padding:
// "Dana… Dürr" came back as "Dana…" (found by fuzz_mime_roundtrip; GMime issue #133, fixed
// only after 3.2.13). Every GMime-based reader (Outpost's own, the sandbox, notmuch, …) would
// cut the name. Its words for CJK text are also longer than RFC 2047 §2 allows (75 characters).
// Q-encoded words hold whole characters (§5), at most 75 characters each, and read the same
// in a decoder that joins adjacent words and in one that does not. U+0000 is left out (no NUL
// in a message, RFC 5322).
QByteArray headerText(const QString &text);

} // namespace Outpost::Internal

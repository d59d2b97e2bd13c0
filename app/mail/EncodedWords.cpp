// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/EncodedWords.h"

#include <algorithm>

namespace Outpost::Internal {

namespace {

// RFC 2047 §5 (3): in an encoded-word that stands for a phrase, the Q encoding may write only
// letters, digits and ! * + - / as they are (a space as '_'); that set is safe in unstructured
// text (a subject) too.
bool writtenAsIs(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!'
        || c == '*' || c == '+' || c == '-' || c == '/';
}

bool needsEncoding(const QByteArray &utf8)
{
    if (utf8.contains("=?")) // would be read as an encoded-word, not as the text typed
        return true;
    return std::any_of(utf8.cbegin(), utf8.cend(), [](char c) { return c < 0x20 || c > 0x7e; });
}

// The length of the UTF-8 character starting with `lead` (a stray byte counts as one).
qsizetype characterLength(char lead)
{
    const auto b = static_cast<unsigned char>(lead);
    if (b >= 0xf0)
        return 4;
    if (b >= 0xe0)
        return 3;
    if (b >= 0xc0)
        return 2;
    return 1;
}

} // namespace

QByteArray headerText(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.removeIf([](char c) { return c == '\0'; });
    if (!needsEncoding(utf8))
        return utf8;

    static constexpr char prefix[] = "=?UTF-8?Q?";
    static constexpr char suffix[] = "?=";
    // RFC 2047 §2: an encoded-word is at most 75 characters.
    static constexpr qsizetype maxText = 75 - (sizeof prefix - 1) - (sizeof suffix - 1);
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    QByteArray word;
    for (qsizetype i = 0; i < utf8.size();) {
        const qsizetype end = std::min(utf8.size(), i + characterLength(utf8.at(i)));
        QByteArray character;
        for (; i < end; ++i) {
            const char c = utf8.at(i);
            if (c == ' ') {
                character += '_';
            } else if (writtenAsIs(c)) {
                character += c;
            } else {
                const auto b = static_cast<unsigned char>(c);
                character += '=';
                character += hex[b >> 4];
                character += hex[b & 0xf];
            }
        }
        if (word.size() + character.size() > maxText) {
            out += prefix + word + suffix + ' ';
            word.clear();
        }
        word += character;
    }
    out += prefix + word + suffix;
    return out;
}

} // namespace Outpost::Internal

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Outpost::Testing {

// What the kill test's driver types into a draft: the character at each position depends
// only on the draft's id, so any stored body can be checked against it by its length alone.
inline QChar killTestChar(const QString &draftId, qsizetype position)
{
    static const char16_t alphabet[] = u"abcdefghijklmnopqrstuvwxyz ";
    quint32 h = 2166136261u; // FNV-1a of the id, then mixed with the position
    for (QChar c : draftId)
        h = (h ^ c.unicode()) * 16777619u;
    h ^= quint32(position) * 2654435761u;
    h = (h ^ (h >> 15)) * 2246822519u;
    return QChar(alphabet[(h ^ (h >> 13)) % 27]);
}

inline QString killTestText(const QString &draftId, qsizetype length)
{
    QString text(length, Qt::Uninitialized);
    for (qsizetype i = 0; i < length; ++i)
        text[i] = killTestChar(draftId, i);
    return text;
}

} // namespace Outpost::Testing

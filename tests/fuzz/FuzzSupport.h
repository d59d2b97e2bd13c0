// SPDX-License-Identifier: GPL-3.0-or-later
// What every fuzz target shares: the input as text, and a check that stops the run (libFuzzer
// keeps the input as a crash-… file) with what did not hold.
#pragma once

#include <QByteArray>
#include <QDebug>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Outpost::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input as UTF-8 text (invalid sequences become U+FFFD, as everywhere Outpost reads text).
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits the input at the first `separator` byte: the part before, the rest after (all of it
// in `first` when there is none).
inline void split(const QByteArray &input, char separator, QByteArray *first, QByteArray *rest)
{
    const qsizetype at = input.indexOf(separator);
    *first = at < 0 ? input : input.left(at);
    *rest = at < 0 ? QByteArray() : input.mid(at + 1);
}

[[noreturn]] inline void fail(const char *file, int line, const char *what, const QString &detail)
{
    std::fprintf(
        stderr, "%s:%d: property failed: %s\n%s\n", file, line, what, detail.toUtf8().constData());
    std::abort();
}

} // namespace Outpost::Fuzz

// A property of the code under test; on failure the run stops with `detail` (a QString).
#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::Outpost::Fuzz::fail(__FILE__, __LINE__, #condition, (detail));                       \
    } while (false)

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Outpost {

// What a LocalStore call produced, or why it could not (a sentence for the user).
template<typename T> struct StoreResult
{
    T value {};
    QString error;

    bool ok() const { return error.isEmpty(); }
    static StoreResult failure(const QString &why)
    {
        StoreResult r;
        r.error = why;
        return r;
    }
};

} // namespace Outpost

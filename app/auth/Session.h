// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Outpost {

// Who talks to which instance. Tokens are held in memory only; the keychain keeps them.
struct Session
{
    QUrl instance;
    QString accessToken;
    QString refreshToken;
    QString userEmail;
    bool isValid() const { return instance.isValid() && !accessToken.isEmpty(); }
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QUrl>

namespace Outpost::Sandbox {

// What every endpoint shares: the store, the options, the clock and the public address.
class SandboxContext
{
public:
    explicit SandboxContext(SandboxOptions options);

    SandboxStore store;
    SandboxOptions options;
    QString dataDir;
    QString uploadsDir;
    QUrl baseUrl; // http://127.0.0.1:<port>, known once listening

    QDateTime now() const;
    // A fresh access and refresh token pair for the user (token, refreshToken).
    std::optional<QPair<QString, QString>> issueTokens(const QString &userId);
    // Where an upload's bytes can be fetched without a token (what `signedUrl` points at).
    QUrl signedUrl(const QString &key) const;
    QString signatureFor(const QString &key) const;
};

QString randomHex(int bytes);

} // namespace Outpost::Sandbox

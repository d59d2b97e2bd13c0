// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ProviderStore.h"

#include <optional>

namespace Outpost::Sandbox {

// The one place that says which direct mailbox a Gmail or Graph bearer token opens.
//
// Seam for the OAuth servers: whatever issues a provider access token registers it with
// add() (provider, mailbox, owner, expiry); the Gmail and Graph endpoints only ever call
// mailboxFor(). Tokens live in the sandbox's SQLite file, so they survive restarts.
class ProviderTokens
{
public:
    explicit ProviderTokens(SandboxStore &store);

    // Registers a token; an invalid `expiresAt` never expires.
    bool add(const QString &token, Provider provider, const QString &mailbox, const QString &userId,
        const QDateTime &expiresAt);
    // What an OAuth grant gave the token (space-separated scopes); without it, every scope.
    bool restrictScope(const QString &token, const QString &scope);
    // Whether the token holds one of `anyOf` (an API method's "one of the following scopes").
    bool grants(const QString &token, const QStringList &anyOf) const;
    // The mailbox a token opens for `provider` at `now`; nothing for an unknown, expired or
    // other-provider token.
    std::optional<ProviderToken> mailboxFor(
        const QString &token, Provider provider, const QDateTime &now) const;
    // A fresh random token in the provider's style (`ya29.` for Google, `EwB` for Microsoft).
    static QString generate(Provider provider);

private:
    ProviderStore m_store;
};

} // namespace Outpost::Sandbox

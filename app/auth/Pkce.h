// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// Proof Key for Code Exchange (RFC 7636) and the `state` value, from the system's CSPRNG.
namespace Outpost::Pkce {

// 64 characters of [A-Za-z0-9-._~] (the RFC allows 43–128).
QByteArray verifier();
// BASE64URL(SHA256(verifier)) without padding: the S256 challenge.
QByteArray challenge(const QByteArray &verifier);
// 32 random bytes, base64url: unguessable, and nothing in it needs escaping.
QByteArray state();

} // namespace Outpost::Pkce

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Session.h"

#include <QStringList>

#include <optional>

namespace Outpost {

class TokenStore;

// `outpost login --instance URL --email E`: signs in and keeps the tokens in the keychain.
int runLoginCommand(const QStringList &arguments);
// `outpost logout --instance URL [--email E]`: deletes the instance's keychain entries.
int runLogoutCommand(const QStringList &arguments);

// The session `outpost login` kept for `instance` (the first user listed), read from the
// keychain; nullopt when there is none. Runs the event loop until the keychain answered.
std::optional<Session> storedSession(const QUrl &instance, TokenStore &tokens);

} // namespace Outpost

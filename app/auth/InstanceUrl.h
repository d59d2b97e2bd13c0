// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace Outpost::InstanceUrl {

// An instance's base URL from what the user typed: https, or plain http only when the host
// is a loopback address (127.0.0.0/8, ::1, localhost). Anything else gets a reason.
std::optional<QUrl> parse(const QString &text, QString *error = nullptr);

bool isLoopback(const QUrl &url);

} // namespace Outpost::InstanceUrl

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxStore.h"

#include <QJsonObject>

// The sandbox's wire shapes, in one place (api/CONTRACT.md and the send page).
namespace Outpost::Sandbox::Json {

QString time(const QDateTime &time); // 2026-05-18T12:34:56.000Z
QString newId(); // 24 hex digits, as the platform's ids

QJsonObject user(const User &user);
QJsonObject mailbox(const Mailbox &mailbox);
QJsonObject contact(const Contact &contact);
QJsonObject conversation(const Conversation &conversation);
QJsonObject message(const Message &message);
QJsonObject attachment(const StoredAttachment &attachment);

} // namespace Outpost::Sandbox::Json

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ProviderStore.h"
#include "sandbox/SandboxHttp.h"

// The Gmail API's wire shapes in the sandbox: Google's error document and the message and
// thread resources.
namespace Outpost::Sandbox::GmailJson {

// {"error":{"code":N,"message":…,"errors":[{message, domain, reason}],"status":…}}
QJsonObject errorBody(int code, const QString &message, const QString &reason,
    const QString &status, const QString &domain = QStringLiteral("global"));
HttpResponse error(int code, const QString &message, const QString &reason, const QString &status,
    const QString &domain = QStringLiteral("global"));
HttpResponse invalid(const QString &message); // 400 invalidArgument / INVALID_ARGUMENT
HttpResponse tooLarge(const QString &message); // 413
HttpResponse notFound(); // 404 "Requested entity was not found."
HttpResponse unauthenticated(); // 401 with WWW-Authenticate
// What an injected fault without a body answers on a Gmail path.
HttpResponse forStatus(int status);

// Gmail's snippets: the start of the text, whitespace collapsed, HTML-escaped.
QString snippet(const QString &text);

// {id, threadId, labelIds}: what messages.send answers.
QJsonObject sent(const GmailMessage &message);
// A message resource in `format` (minimal, metadata, full or raw); `headerNames` filters the
// metadata headers (case-insensitive), empty meaning all of them.
QJsonObject message(
    const GmailMessage &message, const QString &format, const QStringList &headerNames);

} // namespace Outpost::Sandbox::GmailJson

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"

#include <QUrl>

namespace Outpost {

// RFC 6068 `mailto:` URLs, as handed over by a browser or `xdg-email`.
namespace MailtoUrl {

bool isMailto(const QString &argument);

// Fills to, cc, bcc, subject and body; entries that are not addresses land in `problems`.
Draft parse(const QString &url, QList<AddressProblem> *problems = nullptr);

} // namespace MailtoUrl
} // namespace Outpost

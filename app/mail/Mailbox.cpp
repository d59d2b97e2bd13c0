// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/Mailbox.h"

#include <QCoreApplication>

namespace Outpost {

QString providerName(Provider provider)
{
    return provider == Provider::Gmail ? QStringLiteral("gmail") : QStringLiteral("outlook");
}

std::optional<Provider> providerFromName(const QString &name)
{
    if (name.compare(u"gmail", Qt::CaseInsensitive) == 0)
        return Provider::Gmail;
    if (name.compare(u"outlook", Qt::CaseInsensitive) == 0)
        return Provider::Outlook;
    return std::nullopt;
}

QString providerDisplayName(Provider provider)
{
    return provider == Provider::Gmail
        ? QCoreApplication::translate("Outpost::Provider", "Gmail")
        : QCoreApplication::translate("Outpost::Provider", "Outlook");
}

} // namespace Outpost

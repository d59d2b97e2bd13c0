// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/oauth/ProviderTokens.h"

#include "sandbox/SandboxContext.h"

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

ProviderTokens::ProviderTokens(SandboxStore &store) : m_store(store) { }

bool ProviderTokens::add(const QString &token, Provider provider, const QString &mailbox,
    const QString &userId, const QDateTime &expiresAt)
{
    return m_store.insertToken(ProviderToken {token, provider, mailbox, userId, expiresAt});
}

std::optional<ProviderToken> ProviderTokens::mailboxFor(
    const QString &token, Provider provider, const QDateTime &now) const
{
    if (token.isEmpty())
        return std::nullopt;
    std::optional<ProviderToken> found = m_store.token(token);
    if (!found || found->provider != provider)
        return std::nullopt;
    if (found->expiresAt.isValid() && found->expiresAt <= now)
        return std::nullopt;
    return found;
}

bool ProviderTokens::restrictScope(const QString &token, const QString &scope)
{
    return m_store.insertTokenScope(token, scope);
}

bool ProviderTokens::grants(const QString &token, const QStringList &anyOf) const
{
    const std::optional<QString> scope = m_store.tokenScope(token);
    if (!scope)
        return true;
    const QStringList held = scope->split(u' ', Qt::SkipEmptyParts);
    return std::any_of(
        anyOf.cbegin(), anyOf.cend(), [&held](const QString &s) { return held.contains(s); });
}

QString ProviderTokens::generate(Provider provider)
{
    return (provider == Provider::Gmail ? u"ya29.sbx_"_s : u"EwB.sbx_"_s) + randomHex(24);
}

} // namespace Outpost::Sandbox

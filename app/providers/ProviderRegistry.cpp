// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/ProviderRegistry.h"
#include "mail/Clock.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::ProviderInfo)
};
} // namespace

QString ProviderInfo::writeEml(const Draft &draft, const QString &idempotencyKey,
    const DirectMailbox &mailbox, const QString &path, const QDateTime &date) const
{
    Q_ASSERT(rawMessage);
    auto built = rawMessage(draft, idempotencyKey, mailbox, date);
    if (const auto *problems = std::get_if<QList<DraftProblem>>(&built))
        return problems->first().message;
    QString why;
    if (!std::get<MimeMessage>(built).writeTo(path, &why))
        return Tr::tr("%1 could not be written: %2").arg(path, why);
    return {};
}

QUrl ProviderInfo::apiBase(const ConfigOverrides &overrides) const
{
    const QString given = overrides.value(apiUrlVariable);
    if (!given.isEmpty())
        return QUrl(given);
    return defaultApiBase;
}

std::function<ServiceError(int, const QByteArray &, const QByteArray &)>
ProviderInfo::errorMapper() const
{
    return [map = error](int status, const QByteArray &body, const QByteArray &retryAfter) {
        return map(status, body, retryAfter, systemNow());
    };
}

namespace ProviderRegistry {

const QList<ProviderInfo> &all()
{
    // The table. A new provider is a folder under app/providers and one line here.
    static const QList<ProviderInfo> rows {gmailProvider(), outlookProvider()};
    return rows;
}

const ProviderInfo &of(Provider provider)
{
    for (const ProviderInfo &row : all()) {
        if (row.id == provider)
            return row;
    }
    // Every value of Provider has a row (tst_providerregistry).
    Q_ASSERT_X(false, "ProviderRegistry::of", "a Provider without a row");
    return all().first();
}

const ProviderInfo &rawMime(std::optional<Provider> preferred)
{
    if (preferred && of(*preferred).rawMessage)
        return of(*preferred);
    for (const ProviderInfo &row : all()) {
        if (row.rawMessage)
            return row;
    }
    // Some row sends raw MIME (tst_providerregistry).
    Q_ASSERT_X(false, "ProviderRegistry::rawMime", "no provider sends raw MIME");
    return all().first();
}

const ProviderInfo *byOAuthProfile(const QString &profile)
{
    for (const ProviderInfo &row : all()) {
        if (row.oauthProfileName == profile)
            return &row;
    }
    return nullptr;
}

} // namespace ProviderRegistry

} // namespace Outpost

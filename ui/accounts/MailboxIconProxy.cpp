// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accounts/MailboxIconProxy.h"

#include "display/Roles.h"
#include "providers/ProviderRegistry.h"

#include <QIcon>

namespace Outpost {

namespace {
// One icon per row of the table, loaded once and in its order.
const QList<QIcon> &icons()
{
    static const QList<QIcon> loaded = [] {
        QList<QIcon> list;
        for (const ProviderInfo &row : ProviderRegistry::all())
            list += QIcon(row.iconPath);
        return list;
    }();
    return loaded;
}
} // namespace

QIcon MailboxIconProxy::providerIcon(const QString &providerName)
{
    const QList<ProviderInfo> &rows = ProviderRegistry::all();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).wireName() == providerName)
            return icons().at(i);
    }
    return icons().first();
}

QIcon MailboxIconProxy::providerIcon(Provider provider)
{
    return providerIcon(providerName(provider));
}

QVariant MailboxIconProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole)
        return QIdentityProxyModel::data(index, role);
    const QStringList providers = index.data(Roles::Providers).toStringList();
    return providers.isEmpty() ? QVariant() : QVariant(providerIcon(providers.first()));
}

} // namespace Outpost

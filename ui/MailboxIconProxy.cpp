// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MailboxIconProxy.h"

#include "models/Roles.h"

#include <QIcon>

namespace Outpost {

QIcon MailboxIconProxy::providerIcon(const QString &providerName)
{
    static const QIcon gmail(QStringLiteral(":/outpost/icons/gmail.svg"));
    static const QIcon outlook(QStringLiteral(":/outpost/icons/outlook.svg"));
    return providerName == u"outlook" ? outlook : gmail;
}

QVariant MailboxIconProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DecorationRole)
        return QIdentityProxyModel::data(index, role);
    const QStringList providers = index.data(Roles::Providers).toStringList();
    return providers.isEmpty() ? QVariant() : QVariant(providerIcon(providers.first()));
}

} // namespace Outpost

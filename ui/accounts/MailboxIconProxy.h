// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"

#include <QIdentityProxyModel>

namespace Outpost {

// Presentation of the From list: each address with the icon of the provider it sends through
// (the newest connection's, when it has two).
class MailboxIconProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The icon of a provider's row (providers/ProviderRegistry.h), by its wire name ("gmail";
    // an unknown name gets the first row's).
    static QIcon providerIcon(const QString &providerName);
    static QIcon providerIcon(Provider provider);
};

} // namespace Outpost

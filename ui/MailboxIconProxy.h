// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    static QIcon providerIcon(const QString &providerName);
};

} // namespace Outpost

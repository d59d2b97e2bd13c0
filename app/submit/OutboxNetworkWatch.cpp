// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/OutboxNetworkWatch.h"

#include "submit/Outbox.h"

#include <QHostAddress>
#include <QNetworkInformation>

namespace Outpost {

OutboxNetworkWatch::OutboxNetworkWatch(Outbox *outbox) : QObject(outbox)
{
    const QHostAddress host(outbox->settings().instance.host());
    if (host.isLoopback() || outbox->settings().instance.host() == u"localhost")
        return;
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return;
    m_active = true;
    auto apply = [outbox](QNetworkInformation::Reachability r) {
        // Unknown is not offline: only a backend that knows says so.
        outbox->setOnline(r != QNetworkInformation::Reachability::Disconnected);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, outbox, apply);
    apply(info->reachability());
}

} // namespace Outpost

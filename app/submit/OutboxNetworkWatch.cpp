// SPDX-License-Identifier: GPL-3.0-or-later
#include "submit/OutboxNetworkWatch.h"

#include "submit/Outbox.h"

#include <QHostAddress>
#include <QNetworkInformation>

namespace Outpost {

OutboxNetworkWatch::OutboxNetworkWatch(Outbox *outbox) : QObject(outbox), m_outbox(outbox)
{
    const QHostAddress host(outbox->settings().instance.host());
    if (host.isLoopback() || outbox->settings().instance.host() == u"localhost")
        return;
    // Reachability matters only while mail waits. The backend (GLib's network monitor, or
    // NetworkManager over D-Bus) is loaded when the outbox first holds mail, not at start: a
    // composer that sends nothing never pays for it (about 1.5 MB of GIO in memory).
    if (outbox->count() > 0) {
        start();
        return;
    }
    connect(outbox, &Outbox::countChanged, this, [this](int count) {
        if (count > 0 && !m_started)
            start();
    });
}

void OutboxNetworkWatch::start()
{
    m_started = true;
    disconnect(m_outbox, &Outbox::countChanged, this, nullptr);
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return;
    m_active = true;
    Outbox *outbox = m_outbox;
    auto apply = [outbox](QNetworkInformation::Reachability r) {
        // Unknown is not offline: only a backend that knows says so.
        outbox->setOnline(r != QNetworkInformation::Reachability::Disconnected);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, outbox, apply);
    apply(info->reachability());
}

} // namespace Outpost

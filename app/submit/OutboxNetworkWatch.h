// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Outpost {

class Outbox;

// Tells the outbox when the network goes and comes back, through QNetworkInformation where
// the platform has a backend for it (NetworkManager on Linux). Without one, failed connects
// alone tell. Loopback instances (the sandbox) are always reachable. Starts when the outbox
// first holds mail.
class OutboxNetworkWatch : public QObject
{
    Q_OBJECT
public:
    explicit OutboxNetworkWatch(Outbox *outbox);
    bool isActive() const { return m_active; } // a backend reports reachability

private:
    void start();

    Outbox *m_outbox;
    bool m_started = false;
    bool m_active = false;
};

} // namespace Outpost

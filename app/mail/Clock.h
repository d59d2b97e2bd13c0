// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

namespace Outpost {

// The one time seam. Whatever reads the time (the outbox's undo window, backoff and
// send-later, token expiry, Retry-After, "5 min ago" in lists) takes a Clock, so tests move it
// instead of waiting. The system's time is read in one place only, systemNow() (tst_layers
// fails on any other read of it under app/ and ui/).
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Clock() override;

    virtual QDateTime now() const = 0; // UTC

Q_SIGNALS:
    // Time moved by other than its own pace (a test clock was advanced): re-check deadlines.
    void jumped();
};

// The system's time, in UTC; SystemClock's, and the time of code given no Clock.
QDateTime systemNow();

// `clock`'s time, or the system's when none was given.
inline QDateTime nowOf(const Clock *clock)
{
    return clock ? clock->now() : systemNow();
}

} // namespace Outpost

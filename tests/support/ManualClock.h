// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Clock.h"

#include <QTimeZone>

#include <chrono>

namespace Outpost::Testing {

// A clock that moves only when told: undo windows, backoff and send-later run instantly.
class ManualClock final : public Clock
{
public:
    // Starts at the wall clock's second (what people see stays plausible), or at `start`.
    explicit ManualClock(QDateTime start = {})
        : m_now(start.isValid() ? std::move(start) : wallSecond())
    {
    }

    QDateTime now() const override { return m_now; }

    void advance(std::chrono::milliseconds by)
    {
        m_now = m_now.addMSecs(by.count());
        Q_EMIT jumped();
    }

private:
    static QDateTime wallSecond()
    {
        const QDateTime now = systemNow();
        return QDateTime(now.date(),
            QTime(now.time().hour(), now.time().minute(), now.time().second()), QTimeZone::utc());
    }

    QDateTime m_now;
};

// The system's time moved by a number of seconds the test sets (tokens that expire while the
// wall clock still runs, as a real server's do).
class ShiftedClock final : public Clock
{
public:
    QDateTime now() const override { return systemNow().addSecs(shiftSecs); }
    qint64 shiftSecs = 0;
};

} // namespace Outpost::Testing

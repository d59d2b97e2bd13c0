// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "submit/Clock.h"

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
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return QDateTime(now.date(),
            QTime(now.time().hour(), now.time().minute(), now.time().second()), QTimeZone::utc());
    }

    QDateTime m_now;
};

} // namespace Outpost::Testing

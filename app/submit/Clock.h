// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>

namespace Outpost {

// The time seam: the outbox's undo window, backoff and send-later read the time here, so tests
// move it instead of waiting.
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

} // namespace Outpost

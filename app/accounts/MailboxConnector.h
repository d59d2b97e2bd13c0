// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"
#include "net/ServiceError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace Outpost {

class PlatformCall;
class PlatformClient;

// Connects a Gmail or Outlook mailbox to the platform: asks for the provider's authorization
// URL, has the UI open it in the system browser, then polls the mailbox list (with backoff)
// until a new mailbox of that provider appears. Cancellable; gives up after five minutes.
class MailboxConnector : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        std::chrono::milliseconds firstPoll {1000};
        std::chrono::milliseconds maxPoll {10'000};
        std::chrono::milliseconds giveUpAfter {std::chrono::minutes(5)};
    };

    explicit MailboxConnector(PlatformClient *client, QObject *parent = nullptr);
    ~MailboxConnector() override;

    void setTiming(Timing timing) { m_timing = timing; }
    void start(Provider provider);
    void cancel();
    bool isRunning() const { return m_running; }
    Provider provider() const { return m_provider; }

Q_SIGNALS:
    // The UI opens this in the system browser.
    void openUrlRequested(const QUrl &url);
    void connected(const Outpost::Mailbox &mailbox);
    void failed(const QString &message);
    void cancelled();

private:
    void poll();
    void scheduleNext();
    void finish();

    PlatformClient *m_client;
    Timing m_timing;
    Provider m_provider = Provider::Gmail;
    QSet<QString> m_known; // mailbox ids before the browser was opened
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    std::chrono::milliseconds m_delay {0};
    QPointer<PlatformCall> m_call;
    bool m_running = false;
};

} // namespace Outpost

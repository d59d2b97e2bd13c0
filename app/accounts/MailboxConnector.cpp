// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/MailboxConnector.h"

#include "platform/PlatformClient.h"

#include <QCoreApplication>

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::MailboxConnector)
};

QString keyOf(const Mailbox &m)
{
    return m.id.isEmpty() ? providerName(m.provider) + u' ' + m.address.toLower() : m.id;
}
} // namespace

MailboxConnector::MailboxConnector(PlatformClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MailboxConnector::poll);
}

MailboxConnector::~MailboxConnector() = default;

void MailboxConnector::start(Provider provider)
{
    if (m_running)
        cancel();
    m_running = true;
    m_provider = provider;
    m_known.clear();
    // What is connected already, so that the new one can be told apart.
    m_call = m_client->fetchMailboxes(this, [this](const Result<QList<Mailbox>> &before) {
        if (!m_running)
            return;
        if (!before.ok()) {
            finish();
            Q_EMIT failed(before.error().message);
            return;
        }
        for (const Mailbox &m : before.value())
            m_known.insert(keyOf(m));
        m_call
            = m_client->mailboxAuthorizationUrl(m_provider, this, [this](const Result<QUrl> &url) {
                  if (!m_running)
                      return;
                  if (!url.ok()) {
                      finish();
                      Q_EMIT failed(url.error().message);
                      return;
                  }
                  m_elapsed.start();
                  m_delay = m_timing.firstPoll;
                  Q_EMIT openUrlRequested(url.value());
                  scheduleNext();
              });
    });
}

void MailboxConnector::scheduleNext()
{
    const auto left = m_timing.giveUpAfter - std::chrono::milliseconds(m_elapsed.elapsed());
    if (left <= std::chrono::milliseconds(0)) {
        finish();
        Q_EMIT failed(Tr::tr("No new %1 mailbox appeared within %n minute(s). If you finished in "
                             "the browser, try again; if the browser did not open, check that a "
                             "default browser is set.",
            nullptr,
            int(std::chrono::duration_cast<std::chrono::minutes>(m_timing.giveUpAfter).count()))
                          .arg(providerDisplayName(m_provider)));
        return;
    }
    m_timer.start(std::min(m_delay, left));
    m_delay = std::min(m_delay * 2, m_timing.maxPoll);
}

void MailboxConnector::poll()
{
    if (!m_running)
        return;
    m_call = m_client->fetchMailboxes(this, [this](const Result<QList<Mailbox>> &now) {
        if (!m_running)
            return;
        if (now.ok()) {
            for (const Mailbox &m : now.value()) {
                if (m.provider == m_provider && !m_known.contains(keyOf(m))) {
                    finish();
                    Q_EMIT connected(m);
                    return;
                }
            }
        } else if (!now.error().isRetryable()) {
            finish();
            Q_EMIT failed(now.error().message);
            return;
        }
        scheduleNext(); // a passing network failure is no reason to stop waiting
    });
}

void MailboxConnector::cancel()
{
    if (!m_running)
        return;
    finish();
    Q_EMIT cancelled();
}

void MailboxConnector::finish()
{
    m_running = false;
    m_timer.stop();
    if (m_call)
        m_call->abort();
    m_call = nullptr;
}

} // namespace Outpost

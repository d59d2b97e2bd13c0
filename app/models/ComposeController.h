// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Draft.h"
#include "mail/MailboxResolver.h"
#include "mail/Receipt.h"
#include "platform/ServiceError.h"
#include "submit/RetryPolicy.h"

#include <QObject>

namespace Outpost {

class MailboxListModel;
class PlatformClient;
class RetryingSend;
class Submission;

// What the compose form holds, as the user typed it.
struct ComposeInput
{
    QString from;
    std::optional<Provider> provider;
    QString to;
    QString cc;
    QString bcc;
    QString subject;
    QString body;
    bool isHtml = false;
    QString threadId;
    QString inReplyTo;
    QString references;
};

// Turns a compose form into a Draft and sends it: local validation first (every problem
// pointing at its field), then the Submission with retries under one Idempotency-Key.
// Observed by the compose window; shows nothing itself.
class ComposeController : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Editing, Sending, Waiting, Sent };
    Q_ENUM(Phase)

    ComposeController(PlatformClient *client, Submission *submission, RetryPolicy policy = {},
        QObject *parent = nullptr);
    ~ComposeController() override;

    MailboxListModel *mailboxes() const { return m_mailboxes; }
    Phase phase() const { return m_phase; }

    void loadMailboxes();
    MailboxResolution resolve(const QString &from, std::optional<Provider> provider) const;

    // The draft the input describes, or the problems that stop it (each with its field).
    std::variant<Draft, QList<DraftProblem>> draftFrom(const ComposeInput &input) const;

    // Validates and starts sending; false (and problemsFound) when something must be fixed.
    bool send(const ComposeInput &input);
    void cancel();

Q_SIGNALS:
    void mailboxesLoaded();
    void mailboxesFailed(const Outpost::ServiceError &error);
    void problemsFound(const QList<Outpost::DraftProblem> &problems);
    void phaseChanged(Outpost::ComposeController::Phase phase);
    void retrying(int attempt, qint64 delayMs, const Outpost::ServiceError &error);
    void sent(const Outpost::Receipt &receipt);
    void sendFailed(const Outpost::ServiceError &error);

private:
    void setPhase(Phase phase);

    PlatformClient *m_client;
    MailboxListModel *m_mailboxes;
    RetryingSend *m_send;
    QString m_idempotencyKey; // kept until the mail is sent or definitely refused
    Phase m_phase = Phase::Editing;
};

} // namespace Outpost

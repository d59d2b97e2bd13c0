// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ComposeController.h"

#include "models/MailboxListModel.h"
#include "platform/PlatformClient.h"
#include "submit/RetryingSend.h"
#include "submit/Submission.h"

#include <QCoreApplication>
#include <QUuid>

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::ComposeController)
};

void parseInto(QList<MailAddress> &target, DraftField field, const QString &text,
    QList<DraftProblem> &problems)
{
    const AddressParse parsed = AddressList::parse(text);
    target = parsed.addresses;
    for (const AddressProblem &p : parsed.problems) {
        problems += {field, Tr::tr("“%1” is not a valid address: %2.").arg(p.input, p.reason)};
    }
}

// The same address twice (To, then Cc, then Bcc): kept only where it first appears.
void mergeDuplicates(Draft &draft)
{
    QStringList seen;
    for (QList<MailAddress> *list : {&draft.to, &draft.cc, &draft.bcc}) {
        QList<MailAddress> kept;
        for (const MailAddress &a : std::as_const(*list)) {
            if (seen.contains(a.address, Qt::CaseInsensitive))
                continue;
            seen += a.address;
            kept += a;
        }
        *list = kept;
    }
}
} // namespace

ComposeController::ComposeController(
    PlatformClient *client, Submission *submission, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_mailboxes(new MailboxListModel(this))
    , m_send(new RetryingSend(submission, policy, this))
{
    connect(m_send, &RetryingSend::waiting, this,
        [this](int attempt, qint64 delayMs, const ServiceError &error) {
            setPhase(Phase::Waiting);
            Q_EMIT retrying(attempt, delayMs, error);
        });
    connect(m_send, &RetryingSend::attemptStarted, this, [this] { setPhase(Phase::Sending); });
    connect(m_send, &RetryingSend::succeeded, this, [this](const Receipt &receipt) {
        m_idempotencyKey.clear();
        setPhase(Phase::Sent);
        Q_EMIT sent(receipt);
    });
    connect(m_send, &RetryingSend::failed, this, [this](const ServiceError &error) {
        // Refused outright: nothing went out, so a corrected mail is a new send.
        if (error.isDefinitive())
            m_idempotencyKey.clear();
        setPhase(Phase::Editing);
        Q_EMIT sendFailed(error);
    });
}

ComposeController::~ComposeController() = default;

void ComposeController::loadMailboxes()
{
    if (!m_client)
        return;
    m_client->fetchMailboxes(this, [this](const Result<QList<Mailbox>> &result) {
        if (!result.ok()) {
            Q_EMIT mailboxesFailed(result.error());
            return;
        }
        m_mailboxes->setMailboxes(result.value());
        Q_EMIT mailboxesLoaded();
    });
}

MailboxResolution ComposeController::resolve(
    const QString &from, std::optional<Provider> provider) const
{
    return MailboxResolver::resolve(m_mailboxes->mailboxes(), from, provider);
}

std::variant<Draft, QList<DraftProblem>> ComposeController::draftFrom(const ComposeInput &in) const
{
    QList<DraftProblem> problems;
    Draft d;
    d.from = in.from.trimmed();
    d.provider = in.provider;
    parseInto(d.to, DraftField::To, in.to, problems);
    parseInto(d.cc, DraftField::Cc, in.cc, problems);
    parseInto(d.bcc, DraftField::Bcc, in.bcc, problems);
    mergeDuplicates(d);
    d.subject = in.subject.trimmed();
    d.body = in.body;
    d.isHtml = in.isHtml;
    d.threadId = in.threadId.trimmed();
    d.inReplyTo = in.inReplyTo.trimmed();
    d.references = in.references.trimmed();
    for (const DraftProblem &p : d.problems()) {
        // An address field that failed to parse already has its problem.
        const bool known = std::any_of(problems.cbegin(), problems.cend(),
            [&](const DraftProblem &q) { return q.field == p.field; });
        if (!known)
            problems += p;
    }
    if (!d.from.isEmpty() && !m_mailboxes->mailboxes().isEmpty()) {
        const MailboxResolution r = resolve(d.from, d.provider);
        switch (r.kind) {
        case MailboxResolution::Kind::Resolved:
            // The provider goes on the wire only when the address is connected twice.
            d.provider = resolve(d.from, std::nullopt).kind == MailboxResolution::Kind::Ambiguous
                ? std::optional(r.mailbox.provider)
                : std::nullopt;
            break;
        case MailboxResolution::Kind::NotConnected:
            problems += {DraftField::From,
                Tr::tr("%1 is not a mailbox connected to your account.").arg(d.from)};
            break;
        case MailboxResolution::Kind::Ambiguous:
            problems += {DraftField::Provider,
                Tr::tr("%1 is connected through both Gmail and Outlook: choose one.").arg(d.from)};
            break;
        case MailboxResolution::Kind::ProviderMismatch:
            problems += {DraftField::Provider,
                Tr::tr("%1 is not connected through %2.")
                    .arg(d.from, providerDisplayName(*d.provider))};
            break;
        }
    }
    if (!problems.isEmpty())
        return problems;
    return d;
}

bool ComposeController::send(const ComposeInput &input)
{
    if (m_phase == Phase::Sending || m_phase == Phase::Waiting)
        return false;
    const auto result = draftFrom(input);
    if (const auto *problems = std::get_if<QList<DraftProblem>>(&result)) {
        Q_EMIT problemsFound(*problems);
        return false;
    }
    if (m_idempotencyKey.isEmpty())
        m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setPhase(Phase::Sending);
    m_send->start(std::get<Draft>(result), m_idempotencyKey);
    return true;
}

void ComposeController::cancel()
{
    m_send->cancel();
}

void ComposeController::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

} // namespace Outpost

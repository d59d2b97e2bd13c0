// SPDX-License-Identifier: GPL-3.0-or-later
// Gmail's answer to "did this send land?" (Submission::findSent): the message that carries the
// Message-ID derived from the outbox entry's key (DirectLookup.h).
#include "providers/DirectLookup.h"
#include "providers/ProviderHttp.h"
#include "providers/gmail/GmailSubmission.h"
#include "providers/gmail/GmailWire.h"

#include <QJsonObject>

namespace Outpost {

using Outcome = SentLookup::Outcome;

void GmailSubmission::findSent(const Draft &draft, const QString &idempotencyKey, const Route &,
    const QDateTime &, const QStringList &claimed, QObject *context,
    std::function<void(const SentLookup &)> done)
{
    // users.messages.list?q=rfc822msgid:… finds a message by its Message-ID header
    // (support.google.com/mail/answer/7190, "rfc822msgid:"). Assumed (Google does not say):
    // search may show a just-sent message a moment late, as any index; the outbox's repeated
    // lookups cover that, and the stand-in can play it (SandboxOptions::gmailSearchDelayMs).
    const QString rfcMessageId = DirectLookup::messageIdFor(idempotencyKey, draft.from);
    ProviderHttp::Request find;
    find.url = GmailWire::findByMessageIdUrl(m_mailbox.apiBase, rfcMessageId);
    m_http->send(find, this,
        [rfcMessageId, claimed, done = DirectLookup::guarded(context, std::move(done))](
            const ProviderHttp::Answer &answer) {
            if (answer.error)
                return done({Outcome::Failed, {}, *answer.error});
            QString threadId;
            const QString id = GmailWire::firstMessageId(answer.json(), &threadId);
            if (id.isEmpty() || claimed.contains(id))
                return done({Outcome::NotFound, {}, {}});
            done({Outcome::Found,
                GmailWire::receipt(QJsonObject {{QStringLiteral("id"), id},
                                       {QStringLiteral("threadId"), threadId}},
                    rfcMessageId),
                {}});
        });
}

} // namespace Outpost

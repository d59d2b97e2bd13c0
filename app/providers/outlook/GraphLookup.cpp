// SPDX-License-Identifier: GPL-3.0-or-later
// Graph's answer to "did this send land?" (Submission::findSent): the Sent Items copy that
// carries the internetMessageId derived from the outbox entry's key (DirectLookup.h), else one
// that says what the draft says.
#include "providers/DirectLookup.h"
#include "providers/ProviderHttp.h"
#include "providers/outlook/GraphSubmission.h"
#include "providers/outlook/GraphWire.h"
#include "submit/SentMatch.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Outpost {

using Outcome = SentLookup::Outcome;

void GraphSubmission::findSent(const Draft &draft, const QString &idempotencyKey, const Route &,
    const QDateTime &since, const QStringList &claimed, QObject *context,
    std::function<void(const SentLookup &)> done)
{
    // GET …/mailFolders/sentitems/messages?$filter=internetMessageId eq '…' (the value
    // percent-encoded: microsoftgraph/microsoft-graph-docs issue 4101). Sent Items holds the
    // copy only a moment after sendMail's or send's 202 (learn.microsoft.com/graph/api/
    // user-sendmail: "202 Accepted"; the copy is written asynchronously), hence the outbox's
    // repeated lookups. Drafts live in Drafts: a draft made by an attempt that never got to
    // /send is not a sent mail. Assumed (the pages do not promise it, public reports agree:
    // msgraph-sdk-dotnet issue 2947): the internetMessageId written on the message is the one
    // the sent copy keeps. Should it not be, findSentByContent looks by what the mail says.
    const QString internetMessageId = DirectLookup::messageIdFor(idempotencyKey, draft.from);
    ProviderHttp::Request find;
    find.url = GraphWire::sentByInternetMessageIdUrl(m_mailbox.apiBase, internetMessageId);
    m_http->send(find, this,
        [this, draft, since, internetMessageId, claimed,
            done = DirectLookup::guarded(context, std::move(done))](
            const ProviderHttp::Answer &answer) {
            if (answer.error)
                return done({Outcome::Failed, {}, *answer.error});
            const QJsonObject sent = GraphWire::firstValue(answer.json());
            const QString id = sent.value(u"id").toString();
            if (id.isEmpty() || claimed.contains(id))
                return findSentByContent(draft, since, claimed, done);
            done({Outcome::Found, GraphWire::receipt(sent, internetMessageId, draft.threadId), {}});
        });
}

void GraphSubmission::findSentByContent(const Draft &draft, const QDateTime &since,
    const QStringList &claimed, std::function<void(const SentLookup &)> done)
{
    // Sent Items since the attempt began, newest first: the same rule as the platform's lookup
    // (SentMatch::matches: sender, recipients, Bcc, subject, attachments by name, in the thread
    // for a reply, at or after `since`), the body compared by its words (BodyRule::SameWords).
    // One page of 50: more mail than that sent from this mailbox between an attempt and its
    // check is not expected; should it happen, "not found" leads to "may have been sent"
    // after the outbox's checks, never to a silent resend of a mail found later.
    // sentDateTime has whole seconds: a copy sent in the attempt's first second reads as
    // earlier than `since`, so the second it began in counts.
    QDateTime began = since.toUTC();
    began.setTime(QTime(began.time().hour(), began.time().minute(), began.time().second()));
    ProviderHttp::Request list;
    list.url = GraphWire::sentSinceUrl(m_mailbox.apiBase, began, 50);
    list.headers.append(qMakePair(QByteArray("Prefer"), QByteArray(GraphWire::textBodyPreference)));
    m_http->send(list, this,
        [this, draft, since = began, claimed, done](const ProviderHttp::Answer &answer) {
            if (answer.error)
                return done({Outcome::Failed, {}, *answer.error});
            QList<QJsonObject> candidates;
            for (const QJsonValue &v : answer.json().value(u"value").toArray()) {
                const QJsonObject m = v.toObject();
                const QString id = m.value(u"id").toString();
                if (id.isEmpty() || claimed.contains(id))
                    continue;
                // Everything but the attachments' names, which need a request of their own.
                Draft withoutFiles = draft;
                withoutFiles.attachments.clear();
                if (SentMatch::matches(
                        withoutFiles, GraphWire::sentCopy(m), since, SentMatch::BodyRule::SameWords)
                    && m.value(u"hasAttachments").toBool() == !draft.attachments.isEmpty())
                    candidates += m;
            }
            checkAttachments(draft, since, candidates, done);
        });
}

void GraphSubmission::checkAttachments(const Draft &draft, const QDateTime &since,
    QList<QJsonObject> candidates, std::function<void(const SentLookup &)> done)
{
    if (candidates.isEmpty())
        return done({Outcome::NotFound, {}, {}});
    const QJsonObject candidate = candidates.takeFirst();
    const auto found = [draft, candidate, done] {
        done({Outcome::Found,
            GraphWire::receipt(
                candidate, candidate.value(u"internetMessageId").toString(), draft.threadId),
            {}});
    };
    if (draft.attachments.isEmpty())
        return found();
    ProviderHttp::Request names;
    names.url = GraphWire::attachmentNamesUrl(m_mailbox.apiBase, candidate.value(u"id").toString());
    m_http->send(names, this,
        [this, draft, since, candidates, candidate, found, done](
            const ProviderHttp::Answer &answer) {
            if (answer.error)
                return done({Outcome::Failed, {}, *answer.error});
            const ConversationMessage copy
                = GraphWire::sentCopy(candidate, GraphWire::attachmentNames(answer.json()));
            if (SentMatch::matches(draft, copy, since, SentMatch::BodyRule::SameWords))
                return found();
            checkAttachments(draft, since, candidates, done);
        });
}

} // namespace Outpost

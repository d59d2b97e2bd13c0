// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/EmlExport.h"

#include "accounts/DirectMailboxes.h"
#include "accounts/SessionRegistry.h"
#include "compose/DraftAutosave.h"
#include "providers/DirectMailbox.h"
#include "providers/ProviderRegistry.h"
#include "store/DraftRecord.h"

#include <QUuid>

namespace Outpost::EmlExport {

QString write(ComposeController *controller, const ComposeInput &input, const QString &path)
{
    // As send() does: the fields the form does not show (thread, attachments) from the draft.
    const DraftRecord record = controller->autosave()->snapshot(input);
    ComposeInput full = input;
    full.isHtml = record.draft.isHtml;
    full.threadId = record.draft.threadId;
    full.inReplyTo = record.draft.inReplyTo;
    full.references = record.draft.references;
    const auto result = controller->draftFrom(full);
    if (const auto *problems = std::get_if<QList<DraftProblem>>(&result))
        return problems->first().message;
    Draft draft = std::get<Draft>(result);
    draft.attachments = record.draft.attachments;
    std::optional<DirectMailbox> direct;
    if (SessionRegistry *sessions = controller->sessions(); sessions && sessions->direct())
        direct = sessions->direct()->find(draft.from, draft.provider);
    // A direct mailbox's own provider writes it when it sends raw MIME; else the provider that
    // does: the message a direct send would upload.
    const ProviderInfo &row
        = ProviderRegistry::rawMime(direct ? std::optional(direct->provider) : std::nullopt);
    // The mailbox as connected (its display name goes in From), whoever builds the message.
    const DirectMailbox mailbox = direct.value_or(DirectMailbox {row.id, draft.from, {}, {}});
    return row.writeEml(draft, QUuid::createUuid().toString(QUuid::WithoutBraces), mailbox, path);
}

} // namespace Outpost::EmlExport

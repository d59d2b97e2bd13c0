// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/EmlExport.h"

#include "accounts/DirectMailboxes.h"
#include "accounts/SessionRegistry.h"
#include "compose/DraftAutosave.h"
#include "providers/gmail/GmailSubmission.h"
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
    DirectMailbox mailbox {Provider::Gmail, draft.from, {}, {}};
    if (SessionRegistry *sessions = controller->sessions(); sessions && sessions->direct()) {
        if (const auto direct = sessions->direct()->find(draft.from, draft.provider))
            mailbox = *direct;
    }
    return GmailSubmission::writeEml(
        draft, QUuid::createUuid().toString(QUuid::WithoutBraces), mailbox, path);
}

} // namespace Outpost::EmlExport

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/Result.h"
#include "platform/ContactNote.h"

#include <QByteArray>

// The JSON of the team's notes and users (docs.tetherai.ca, "Contact Notes" and "Users"): kept
// beside PlatformJson, read as tolerantly (unknown fields ignored, ids as strings or `$oid`,
// `userId` as a populated object or a bare id), written strictly.
namespace Outpost::ContactNotesJson {

// `[ { _id, fullName, email, … } ]` of GET /api/user/list (a `{ users: [...] }` or
// `{ data: [...] }` wrapper is accepted); a user without an id is skipped.
Result<QList<TeamUser>> users(const QByteArray &body);
// `{ contactId, note, mentions, attachments: [ { key, name, size, type } ] }`.
QByteArray noteRequest(const ContactNote &note);
// `{ success, message, data: note }` of POST /api/contact-notes.
Result<ContactNote> createdNote(const QByteArray &body);
// `{ success, data: [note], pagination: { total, limit, offset, hasMore } }`.
Result<ContactNotePage> notePage(const QByteArray &body);
QString notesPath(const QString &contactId, int limit, int offset);

} // namespace Outpost::ContactNotesJson

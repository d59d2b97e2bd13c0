// SPDX-License-Identifier: GPL-3.0-or-later
// PlatformClient, the team's part: the organisation's users and the notes about a contact
// (issue 17, item 3). The pages: docs.tetherai.ca/api-reference/users/list-users-in-organization,
// …/contact-notes/create-a-new-contact-note, …/contact-notes/get-all-notes-for-a-contact-with-
// pagination. An instance without them answers 404, which reaches the caller as NotFound.
#include "platform/ContactNotesJson.h"
#include "platform/PlatformClient.h"

namespace Outpost {

PlatformCall *PlatformClient::teamUsers(QObject *context, Handler<QList<TeamUser>> done)
{
    return execute(
        request("GET", QStringLiteral("/api/user/list")), context, [done](const Raw &raw) {
            done(raw.error ? Result<QList<TeamUser>>(*raw.error)
                           : ContactNotesJson::users(raw.body));
        });
}

PlatformCall *PlatformClient::addContactNote(const ContactNote &note, const QString &idempotencyKey,
    QObject *context, Handler<ContactNote> done)
{
    HttpClient::Request r = request("POST", QStringLiteral("/api/contact-notes"));
    // Read once, as a send (net/OneShotBody.h): a note must not be posted twice behind the
    // user's back. The key is a courtesy: the page promises nothing about it.
    r.contentType = "application/json";
    r.body = QList<OneShotBody::Piece> {ContactNotesJson::noteRequest(note)};
    r.idempotencyKey = idempotencyKey;
    return execute(r, context, [done](const Raw &raw) {
        done(raw.error ? Result<ContactNote>(*raw.error) : ContactNotesJson::createdNote(raw.body));
    });
}

PlatformCall *PlatformClient::contactNotes(const QString &contactId, int limit, int offset,
    QObject *context, Handler<ContactNotePage> done)
{
    return execute(request("GET", ContactNotesJson::notesPath(contactId, limit, offset)), context,
        [done](const Raw &raw) {
            done(raw.error ? Result<ContactNotePage>(*raw.error)
                           : ContactNotesJson::notePage(raw.body));
        });
}

} // namespace Outpost

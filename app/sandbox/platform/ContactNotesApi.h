// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxRouter.h"

namespace Outpost::Sandbox {

class SandboxContext;
struct User;

// The team's endpoints (issue 17, item 3), as docs.tetherai.ca publishes them:
// - GET /api/user/list (…/api-reference/users/list-users-in-organization): the caller's
//   organisation's users, a bare array of { _id, fullName, email, accessRole, organizationId }.
//   The page filters by "access role visibility rules" it does not spell out; every user of the
//   organisation is listed here, each as SALES_REP but Dana (an assumption).
// - POST /api/contact-notes (…/contact-notes/create-a-new-contact-note): { contactId, note,
//   mentions: [userId], attachments: [{ key, name, size, type }] } → { success, message, data }
//   with `userId` populated to { _id, fullName, email }; attachments are "R2 keys returned from
//   POST /api/upload".
// - GET /api/contact-notes?contactId=&limit=&offset= (…/get-all-notes-for-a-contact-with-
//   pagination) → { success, data: [note], pagination: { total, limit, offset, hasMore } }.
// Not published, so chosen here, the stricter reading each time: contactId is required and
// must be a contact of the caller's organisation (else 400 naming it, 404 for an unknown one);
// a note needs text or an attachment; each mention must be a user of the same organisation
// (400 naming `mentions`); each attachment key must be an upload of the caller's (400 naming
// `attachments`); limit 1–100 (default 25, the page's example), offset ≥ 0; newest first; the
// created answer is 201. The `minimal` profile has none of them: 404, as any unknown path.
class ContactNotesApi
{
public:
    explicit ContactNotesApi(SandboxContext &context);
    // The notes table and the demo organisation's teammates; false (with why) on failure.
    bool prepare(QString *error);
    void addRoutes(SandboxRouter &router);

private:
    HttpResponse users(const User &user);
    HttpResponse create(const HttpRequest &request, const User &user);
    HttpResponse list(const HttpRequest &request, const User &user);

    SandboxContext &m_context;
};

} // namespace Outpost::Sandbox

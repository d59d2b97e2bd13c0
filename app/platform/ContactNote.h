// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Outpost {

// One user of the instance's organisation, as GET /api/user/list lists them
// (docs.tetherai.ca/api-reference/users/list-users-in-organization): whom a note can mention.
struct TeamUser
{
    QString id; // `_id`
    QString fullName;
    QString email;
    bool operator==(const TeamUser &other) const = default;
};

// A file attached to a note: `key` from POST /api/upload, and what it is.
struct ContactNoteAttachment
{
    QString key;
    QString name;
    qint64 size = 0;
    QString type;
    QString signedUrl; // in answers only: where the file can be fetched for a while
    bool operator==(const ContactNoteAttachment &other) const = default;
};

// A note about a contact for the team (docs.tetherai.ca/api-reference/contact-notes/…): it
// belongs to the contact, never to an email, and is never sent.
struct ContactNote
{
    QString id;
    QString contactId;
    TeamUser author; // `userId`, populated to the user document
    QString note;
    QStringList mentions; // user ids
    QList<ContactNoteAttachment> attachments;
    QDateTime createdAt;
    bool operator==(const ContactNote &other) const = default;
};

// A page of GET /api/contact-notes?contactId=…&limit=…&offset=….
struct ContactNotePage
{
    QList<ContactNote> notes;
    int total = 0;
    bool hasMore = false;
};

} // namespace Outpost

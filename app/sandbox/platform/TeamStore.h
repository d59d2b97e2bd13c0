// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxStore.h"

namespace Outpost::Sandbox {

// A note about a contact, as the sandbox keeps it (ContactNotesApi).
struct StoredNote
{
    QString id;
    QString orgId;
    QString contactId;
    QString userId; // the author
    QString note;
    QStringList mentions; // user ids of the same organisation
    QList<Upload> attachments; // key, name, size and type as the note gave them
    QDateTime createdAt;
};

// The team's tables in the sandbox's SQLite file (the same connection as SandboxStore): the
// notes about contacts, and the organisation's users read from SandboxStore's `users` table.
class TeamStore
{
public:
    explicit TeamStore(SandboxStore &store) : m_store(store) { }

    // Creates the notes table when missing, and gives the demo organisation its teammates
    // (users nobody signs in as: someone to mention). False on an SQL error.
    bool ensureSchema();
    QList<User> users(const QString &orgId) const; // by first name
    bool insertNote(const StoredNote &note);
    // Newest first; `total` gets how many the contact has.
    QList<StoredNote> notes(
        const QString &orgId, const QString &contactId, int limit, int offset, int *total) const;

private:
    SandboxStore &m_store;
};

} // namespace Outpost::Sandbox

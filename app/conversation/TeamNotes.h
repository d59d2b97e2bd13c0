// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/ConversationMessage.h"
#include "net/Result.h"
#include "platform/ContactNote.h"
#include "platform/PlatformContact.h"
#include "platform/UploadClient.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Outpost {

class PlatformClient;

// Notes about a contact for the team, on one instance (issue 17, item 3): one per
// PlatformClient (a child of it, so every window on that instance shares what is known).
// Whether the instance offers notes is learnt once from GET /api/user/list, which also gives
// whom a note can mention; an instance answering 404 does not offer them (state Unavailable,
// with the reason a window shows beside its disabled action). A note is never part of an
// email: it goes to POST /api/contact-notes, its files first to POST /api/upload.
class TeamNotes : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Checking, Available, Unavailable };

    static TeamNotes *of(PlatformClient *client);

    PlatformClient *client() const { return m_client; }
    State state() const { return m_state; }
    QString unavailableReason() const { return m_reason; }
    const QList<TeamUser> &users() const { return m_users; }

    // Asks the instance once (again after a failure other than 404).
    void check();
    // The contact a note about `address` belongs to (its exact address, as the picker does).
    void findContact(const QString &address, QObject *context,
        std::function<void(const Result<PlatformContact> &)> done);
    // Uploads `files`, then posts the note with the users its text mentions.
    void post(const QString &contactId, const QString &text, const QList<UploadSource> &files,
        QObject *context, std::function<void(const Result<ContactNote> &)> done);

    // The users a text mentions: "@" followed by a user's full name (what completion writes),
    // whatever the case; each once, in the order of the list.
    static QStringList mentionedIds(const QString &text, const QList<TeamUser> &users);
    // A note as the conversation view shows it: an internal message, never quoted nor sent.
    static ConversationMessage asMessage(const ContactNote &note);

Q_SIGNALS:
    void stateChanged(Outpost::TeamNotes::State state);

private:
    explicit TeamNotes(PlatformClient *client);
    void setState(State state);

    QPointer<PlatformClient> m_client;
    State m_state = State::Unknown;
    QString m_reason;
    QList<TeamUser> m_users;
};

} // namespace Outpost

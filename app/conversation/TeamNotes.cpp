// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversation/TeamNotes.h"

#include "mail/AddressList.h"
#include "platform/PlatformClient.h"

#include <QCoreApplication>
#include <QUuid>

namespace Outpost {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::TeamNotes)
};
} // namespace

TeamNotes::TeamNotes(PlatformClient *client) : QObject(client), m_client(client) { }

TeamNotes *TeamNotes::of(PlatformClient *client)
{
    if (!client)
        return nullptr;
    if (auto *known = client->findChild<TeamNotes *>(QString(), Qt::FindDirectChildrenOnly))
        return known;
    return new TeamNotes(client);
}

void TeamNotes::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void TeamNotes::check()
{
    if (!m_client || m_state == State::Checking || m_state == State::Available
        || m_state == State::Unavailable)
        return;
    setState(State::Checking);
    m_client->teamUsers(this, [this](const Result<QList<TeamUser>> &r) {
        if (r.ok()) {
            m_users = r.value();
            setState(State::Available);
        } else if (r.error().kind == ServiceError::Kind::NotFound) {
            m_reason = Tr::tr("This instance does not offer notes for the team.");
            setState(State::Unavailable);
        } else {
            setState(State::Unknown); // asked again next time; the dialog says what failed
        }
    });
}

void TeamNotes::findContact(const QString &address, QObject *context,
    std::function<void(const Result<PlatformContact> &)> done)
{
    if (!m_client)
        return;
    m_client->contacts(address, context, [address, done](const Result<QList<PlatformContact>> &r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        for (const PlatformContact &c : r.value()) {
            if (AddressList::sameAddress(c.email, address)) {
                done(c);
                return;
            }
        }
        ServiceError e;
        e.kind = ServiceError::Kind::NotFound;
        e.message = Tr::tr("%1 is not a contact on the instance: a note can only be about a "
                           "contact.")
                        .arg(address);
        done(e);
    });
}

void TeamNotes::post(const QString &contactId, const QString &text,
    const QList<UploadSource> &files, QObject *context,
    std::function<void(const Result<ContactNote> &)> done)
{
    if (!m_client)
        return;
    ContactNote note;
    note.contactId = contactId;
    note.note = text;
    note.mentions = mentionedIds(text, m_users);
    // One key for the note and one for its files: the retry after a refused token repeats
    // them as they were (the platform does not promise to honour either).
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QPointer<PlatformClient> client = m_client;
    auto send = [client, note, key, context, done](const QList<ContactNoteAttachment> &stored) {
        if (!client)
            return;
        ContactNote withFiles = note;
        withFiles.attachments = stored;
        client->addContactNote(withFiles, key, context, done);
    };
    if (files.isEmpty()) {
        send({});
        return;
    }
    auto *uploads = new UploadClient(m_client, nullptr, this);
    uploads->upload(files, QUuid::createUuid().toString(QUuid::WithoutBraces), context,
        [uploads, send, done](const Result<QList<Attachment>> &r) {
            uploads->deleteLater();
            if (!r.ok()) {
                done(r.error());
                return;
            }
            QList<ContactNoteAttachment> stored;
            for (const Attachment &a : r.value())
                stored
                    += ContactNoteAttachment {a.storageKey, a.filename, a.size, a.contentType, {}};
            send(stored);
        });
}

QStringList TeamNotes::mentionedIds(const QString &text, const QList<TeamUser> &users)
{
    QStringList ids;
    for (const TeamUser &u : users) {
        if (u.fullName.isEmpty() || ids.contains(u.id))
            continue;
        const QString tag = u'@' + u.fullName;
        qsizetype at = 0;
        while ((at = text.indexOf(tag, at, Qt::CaseInsensitive)) >= 0) {
            const qsizetype end = at + tag.size();
            // "@Sam Closer" mentions Sam Closer, "@Sam Closers" does not.
            if (end >= text.size() || !text.at(end).isLetterOrNumber()) {
                ids += u.id;
                break;
            }
            at = end;
        }
    }
    return ids;
}

ConversationMessage TeamNotes::asMessage(const ContactNote &note)
{
    ConversationMessage m;
    m.id = u"note-"_qs + note.id;
    m.internal = true;
    m.status = u"note"_qs;
    m.body = note.note;
    m.createdAt = note.createdAt;
    if (!note.author.email.isEmpty() || !note.author.fullName.isEmpty()) {
        const QStringList from
            = AddressList::toStrings({{note.author.fullName, note.author.email}});
        m.from = from.isEmpty() ? note.author.fullName : from.first();
    }
    for (const ContactNoteAttachment &a : note.attachments) {
        Attachment file;
        file.filename = a.name;
        file.contentType = a.type;
        file.storageKey = a.key;
        file.url = a.signedUrl;
        file.size = a.size;
        m.attachments += file;
    }
    return m;
}

} // namespace Outpost

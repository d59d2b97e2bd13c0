// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/MailTemplate.h"
#include "mail/Mailbox.h"
#include "mail/MergeFields.h"
#include "net/ServiceError.h"
#include "platform/PlatformClient.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Outpost {

class LocalStore;

// The templates a compose window offers: the user's own (LocalStore) and the instance's
// (PlatformClient::emailTemplates), own first, each list by name. An instance that answers 404
// (no templates endpoint: an older or smaller one) or 400 (it knows no email type) offers none,
// which instanceNote() says; the user's own always work. Shared by every window (MailWindows)
// and the command line.
class TemplateLibrary : public QObject
{
    Q_OBJECT
public:
    explicit TemplateLibrary(LocalStore *store, QObject *parent = nullptr);

    // The instance the templates come from (null: the user's own only).
    void setClient(PlatformClient *client);
    PlatformClient *client() const { return m_client; }
    // Reads both lists again; changed() when they are here.
    void refresh();
    bool isLoaded() const { return m_ownLoaded && (!m_client || m_instanceLoaded); }

    QList<MailTemplate> templates() const; // own, then the instance's
    QList<MailTemplate> own() const { return m_own; }
    QList<MailTemplate> instance() const { return m_instance; }
    // By name without regard to case; the user's own first.
    std::optional<MailTemplate> byName(const QString &name) const;
    // Why the instance's templates are missing (empty when they came, or no instance).
    QString instanceNote() const { return m_instanceNote; }

    // Saves one of the user's own (a new one when its id is empty); with `share`, a copy goes to
    // the instance too (POST /api/templates), which shares it with the team. `done` gets an
    // empty string or what went wrong, in a sentence.
    void save(MailTemplate t, bool share, QObject *context, std::function<void(QString)> done);
    void remove(const QString &id, QObject *context, std::function<void(QString)> done);

    // The values a template is filled with for the first recipient `address`: the sender and user
    // as given in `base`, the contact asked of the instance by its address (GET /api/contacts,
    // the one whose `email` is the address). `done` runs once, while `context` lives.
    static void gatherValues(PlatformClient *client, const QString &address, MergeValues base,
        QObject *context, std::function<void(const MergeValues &)> done);

    // The sender and user parts of the values: the mailbox `from` (its name as the list gives
    // it) and the signed-in user `userEmail`, whose name is that of the mailbox with the user's
    // address ("Dana Scully": first word, then the rest), the only place Outpost learns it.
    static MergeValues senderValues(
        const QList<Mailbox> &mailboxes, const QString &from, const QString &userEmail);

Q_SIGNALS:
    void changed();

private:
    LocalStore *m_store;
    QPointer<PlatformClient> m_client;
    QList<MailTemplate> m_own;
    QList<MailTemplate> m_instance;
    QString m_instanceNote;
    bool m_ownLoaded = false;
    bool m_instanceLoaded = false;
    int m_generation = 0; // a refresh's answers that a later refresh superseded are dropped
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/TemplateLibrary.h"

#include "mail/Clock.h"

#include "platform/PlatformClient.h"
#include "store/LocalStore.h"

#include <QUuid>

namespace Outpost {

TemplateLibrary::TemplateLibrary(LocalStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
    if (m_store)
        connect(m_store, &LocalStore::templatesChanged, this, &TemplateLibrary::refresh);
}

void TemplateLibrary::setClient(PlatformClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    refresh();
}

void TemplateLibrary::refresh()
{
    const int generation = ++m_generation;
    if (m_store) {
        m_store->loadTemplates(this, [this, generation](const StoreResult<QList<MailTemplate>> &r) {
            if (generation != m_generation)
                return;
            m_own = r.ok() ? r.value : QList<MailTemplate>();
            m_ownLoaded = true;
            Q_EMIT changed();
        });
    } else {
        m_ownLoaded = true;
    }
    m_instanceLoaded = false;
    if (!m_client) {
        m_instance.clear();
        m_instanceNote.clear();
        Q_EMIT changed();
        return;
    }
    m_client->emailTemplates(this, [this, generation](const Result<QList<MailTemplate>> &r) {
        if (generation != m_generation)
            return;
        m_instanceLoaded = true;
        m_instance = r.ok() ? r.value() : QList<MailTemplate>();
        if (r.ok()) {
            m_instanceNote.clear();
        } else if (r.error().kind == ServiceError::Kind::NotFound
            || r.error().kind == ServiceError::Kind::BadRequest) {
            m_instanceNote
                = tr("The instance offers no email templates: only your own are listed.");
        } else {
            m_instanceNote
                = tr("The instance's templates could not be read: %1").arg(r.error().message);
        }
        Q_EMIT changed();
    });
}

QList<MailTemplate> TemplateLibrary::templates() const
{
    return m_own + m_instance;
}

std::optional<MailTemplate> TemplateLibrary::byName(const QString &name) const
{
    for (const QList<MailTemplate> *list : {&m_own, &m_instance}) {
        for (const MailTemplate &t : *list) {
            if (t.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return t;
        }
    }
    return std::nullopt;
}

void TemplateLibrary::save(
    MailTemplate t, bool share, QObject *context, std::function<void(QString)> done)
{
    const QPointer<QObject> guard(context);
    const QDateTime now = systemNow();
    if (t.id.isEmpty()) {
        t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        t.createdAt = now;
    }
    t.updatedAt = now;
    t.origin = MailTemplate::Origin::Own;
    m_store->saveTemplate(t, this, [this, t, share, guard, done](const StoreResult<bool> &r) {
        if (!r.ok() || !share || !m_client) {
            if (guard)
                done(r.ok() ? QString() : r.error);
            return;
        }
        m_client->createTemplate(t, this, [this, guard, done](const Result<MailTemplate> &shared) {
            if (shared.ok())
                refresh();
            if (!guard)
                return;
            if (shared.ok())
                done({});
            else if (shared.error().kind == ServiceError::Kind::NotFound)
                done(tr("Saved as your own. The instance offers no templates to share it with."));
            else
                done(tr("Saved as your own, but not shared: %1").arg(shared.error().message));
        });
    });
}

void TemplateLibrary::remove(const QString &id, QObject *context, std::function<void(QString)> done)
{
    const QPointer<QObject> guard(context);
    m_store->deleteTemplate(id, this, [guard, done](const StoreResult<bool> &r) {
        if (guard)
            done(r.ok() ? QString() : r.error);
    });
}

void TemplateLibrary::gatherValues(PlatformClient *client, const QString &address, MergeValues base,
    QObject *context, std::function<void(const MergeValues &)> done)
{
    base.recipientAddress = address.trimmed();
    base.contact.reset();
    if (base.recipientAddress.isEmpty() || !client) {
        if (!base.recipientAddress.isEmpty())
            base.contactLookupError = tr("no instance is signed in");
        done(base);
        return;
    }
    client->contacts(base.recipientAddress, context,
        [base, done](const Result<QList<PlatformContact>> &r) mutable {
            if (!r.ok()) {
                base.contactLookupError = r.error().message;
            } else {
                for (const PlatformContact &c : r.value()) {
                    if (c.email.compare(base.recipientAddress, Qt::CaseInsensitive) == 0) {
                        base.contact = MergePerson {c.firstName, c.lastName, c.email};
                        break;
                    }
                }
            }
            done(base);
        });
}

MergeValues TemplateLibrary::senderValues(
    const QList<Mailbox> &mailboxes, const QString &from, const QString &userEmail)
{
    MergeValues v;
    v.senderEmail = from.trimmed();
    v.user.email = userEmail.trimmed();
    for (const Mailbox &m : mailboxes) {
        if (m.address.compare(v.senderEmail, Qt::CaseInsensitive) == 0)
            v.senderName = m.displayName.trimmed();
        if (!v.user.email.isEmpty() && m.address.compare(v.user.email, Qt::CaseInsensitive) == 0) {
            const QString name = m.displayName.trimmed();
            const qsizetype space = name.indexOf(u' ');
            v.user.firstName = space < 0 ? name : name.left(space);
            v.user.lastName = space < 0 ? QString() : name.mid(space + 1).trimmed();
        }
    }
    return v;
}

} // namespace Outpost

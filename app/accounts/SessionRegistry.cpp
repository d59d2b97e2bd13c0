// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/SessionRegistry.h"

#include "accounts/DirectMailboxes.h"
#include "accounts/InstanceSession.h"
#include "auth/TokenStore.h"
#include "mail/MailboxResolver.h"
#include "platform/PlatformClient.h"

#include <QPointer>

namespace Outpost {

SessionRegistry::SessionRegistry(
    QNetworkAccessManager *network, TokenStore *store, InstanceList *list, QObject *parent)
    : QObject(parent), m_network(network), m_store(store), m_list(list)
{
}

SessionRegistry::~SessionRegistry() = default;

InstanceSession *SessionRegistry::find(const QUrl &instance, const QString &email) const
{
    for (InstanceSession *s : m_sessions) {
        if (InstanceList::sameInstance(s->instance(), instance)
            && (email.isEmpty() || s->email().compare(email, Qt::CaseInsensitive) == 0))
            return s;
    }
    return nullptr;
}

void SessionRegistry::setDirect(DirectMailboxes *direct)
{
    if (m_direct)
        disconnect(m_direct, nullptr, this, nullptr);
    m_direct = direct;
    if (m_direct)
        connect(m_direct, &DirectMailboxes::changed, this, &SessionRegistry::sessionsChanged);
    Q_EMIT sessionsChanged();
}

bool SessionRegistry::hasMailboxSources() const
{
    return !m_sessions.isEmpty() || (m_direct && !m_direct->list().isEmpty());
}

InstanceSession *SessionRegistry::add(const Session &session, bool persisted)
{
    // Signing in again replaces the old session of the same instance and user.
    if (InstanceSession *old = find(session.instance, session.userEmail)) {
        m_sessions.removeOne(old);
        old->deleteLater();
    }
    auto *s = new InstanceSession(m_network, session, persisted ? m_store : nullptr, this);
    connect(s, &InstanceSession::signInRequired, this,
        [this](InstanceSession *from, const ServiceError &error) {
            Q_EMIT signInRequired(from->instance(), from->email(), error);
        });
    m_sessions += s;
    Q_EMIT sessionsChanged();
    return s;
}

InstanceSession *SessionRegistry::addTransient(const Session &session)
{
    return add(session, false);
}

bool SessionRegistry::hasKeptAccounts() const
{
    return m_list && !m_list->accounts().isEmpty();
}

void SessionRegistry::restore(
    QObject *context, std::function<void(const QList<SignedInAccount> &)> done)
{
    const QList<SignedInAccount> accounts = m_list ? m_list->accounts() : QList<SignedInAccount>();
    if (accounts.isEmpty()) {
        done({});
        return;
    }
    struct Pending
    {
        qsizetype left;
        QList<SignedInAccount> missing;
    };
    auto pending = std::make_shared<Pending>(Pending {accounts.size(), {}});
    QPointer<QObject> guard(context);
    for (const SignedInAccount &a : accounts) {
        m_store->read(TokenStore::instanceKey(a.instance, a.email), this,
            [this, a, pending, guard, done](const std::optional<StoredTokens> &tokens) {
                if (tokens && !tokens->accessToken.isEmpty())
                    add(Session {a.instance, tokens->accessToken, tokens->refreshToken, a.email},
                        true);
                else
                    pending->missing += a;
                if (--pending->left == 0 && guard)
                    done(pending->missing);
            });
    }
}

void SessionRegistry::signIn(
    const Session &session, QObject *context, std::function<void(InstanceSession *, bool)> done)
{
    QPointer<QObject> guard(context);
    m_store->write(TokenStore::instanceKey(session.instance, session.userEmail),
        StoredTokens {session.accessToken, session.refreshToken, {}}, this,
        [this, session, guard, done](bool inKeychain) {
            // Listed only when the next run can find the tokens again.
            if (inKeychain && m_list)
                m_list->add(SignedInAccount {session.instance, session.userEmail});
            InstanceSession *s = add(session, true);
            if (guard && done)
                done(s, inKeychain);
        });
}

void SessionRegistry::signOut(
    InstanceSession *session, QObject *context, std::function<void()> done)
{
    const QUrl instance = session->instance();
    const QString email = session->email();
    m_sessions.removeOne(session);
    session->deleteLater();
    if (m_list)
        m_list->remove(instance, email);
    Q_EMIT sessionsChanged();
    QPointer<QObject> guard(context);
    m_store->remove(TokenStore::instanceKey(instance, email), this, [guard, done] {
        if (guard && done)
            done();
    });
}

InstanceSession *SessionRegistry::sessionFor(
    const QString &from, std::optional<Provider> provider) const
{
    for (InstanceSession *s : m_sessions) {
        const MailboxResolution r = MailboxResolver::resolve(s->mailboxes(), from, provider);
        if (r.kind == MailboxResolution::Kind::Resolved
            || r.kind == MailboxResolution::Kind::Ambiguous)
            return s;
    }
    return nullptr;
}

PlatformClient *SessionRegistry::clientFor(
    const QString &from, std::optional<Provider> provider) const
{
    InstanceSession *s = sessionFor(from, provider);
    return s ? s->client() : nullptr;
}

std::optional<Route> SessionRegistry::routeFor(
    const QString &from, std::optional<Provider> provider) const
{
    Route route;
    route.mailbox = from.trimmed();
    route.provider = provider;
    if (m_direct) {
        if (const auto mailbox = m_direct->find(from, provider)) {
            route.kind = SendRoute::Direct;
            route.mailbox = mailbox->address;
            route.provider = mailbox->provider;
            return route;
        }
    }
    InstanceSession *session = sessionFor(from, provider);
    if (!session && m_sessions.size() == 1)
        session = m_sessions.first();
    if (!session || route.mailbox.isEmpty())
        return std::nullopt;
    const MailboxResolution r = MailboxResolver::resolve(session->mailboxes(), from, provider);
    if (r.kind == MailboxResolution::Kind::Resolved)
        route.provider = r.mailbox.provider;
    route.kind = SendRoute::Platform;
    route.instance = session->instance();
    route.account = session->email();
    return route;
}

PlatformClient *SessionRegistry::firstClient() const
{
    return m_sessions.isEmpty() ? nullptr : m_sessions.first()->client();
}

InstanceSession *SessionRegistry::sessionOf(const Route &route) const
{
    QList<InstanceSession *> atInstance;
    for (InstanceSession *s : m_sessions) {
        if (s->instance() != route.instance)
            continue;
        if (s->email().compare(route.account, Qt::CaseInsensitive) == 0)
            return s;
        atInstance += s;
    }
    // A session started from a token alone (OUTPOST_TOKEN, the sandbox) may learn its user's
    // address only later, from a sign-in or refresh answer: with one side unknown, the one
    // session at that instance is the one the route meant; with two, none is guessed.
    const bool unknown = route.account.isEmpty()
        || (atInstance.size() == 1 && atInstance.first()->email().isEmpty());
    return unknown && atInstance.size() == 1 ? atInstance.first() : nullptr;
}

void SessionRegistry::fetchMailboxes(
    QObject *context, std::function<void(const QList<Mailbox> &, const QList<ServiceError> &)> done)
{
    const QList<Mailbox> direct = m_direct ? m_direct->mailboxes() : QList<Mailbox>();
    if (m_sessions.isEmpty()) {
        done(direct, {});
        return;
    }
    struct Pending
    {
        qsizetype left;
        QList<ServiceError> errors;
    };
    auto pending = std::make_shared<Pending>(Pending {m_sessions.size(), {}});
    QPointer<QObject> guard(context);
    const QList<QPointer<InstanceSession>> sessions(m_sessions.cbegin(), m_sessions.cend());
    auto finish = [this, pending, guard, done, sessions] {
        if (--pending->left > 0 || !guard)
            return;
        QList<Mailbox> all;
        for (const auto &s : sessions) {
            if (s && m_sessions.contains(s.data()))
                all += s->mailboxes();
        }
        if (m_direct)
            all += m_direct->mailboxes();
        done(all, pending->errors);
    };
    for (InstanceSession *s : m_sessions) {
        QPointer<InstanceSession> session(s);
        s->client()->fetchMailboxes(
            this, [session, pending, finish](const Result<QList<Mailbox>> &r) {
                if (r.ok() && session)
                    session->setMailboxes(r.value());
                else if (!r.ok())
                    pending->errors += r.error();
                finish();
            });
    }
}

} // namespace Outpost

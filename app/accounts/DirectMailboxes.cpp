// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/DirectMailboxes.h"

#include "accounts/ProviderTokenSource.h"
#include "auth/OAuthProfile.h"
#include "auth/ProviderSignIn.h"
#include "mail/AddressList.h"
#include "providers/AccessTokenSource.h"
#include "providers/AccountCheck.h"
#include "providers/ProviderHttp.h"
#include "providers/ProviderRegistry.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace Outpost {

using namespace Qt::StringLiterals;

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::DirectMailboxes)
};

OAuthProfile profileOf(Provider provider, const ConfigOverrides &overrides)
{
    return ProviderRegistry::of(provider).oauthProfile(nullptr, overrides);
}

ProviderHttp::ErrorMapper errorsOf(Provider provider)
{
    return ProviderRegistry::of(provider).errorMapper();
}

std::optional<Provider> providerOfProfile(const QString &profile)
{
    if (const ProviderInfo *row = ProviderRegistry::byOAuthProfile(profile))
        return row->id;
    return std::nullopt;
}
} // namespace

DirectMailboxes::DirectMailboxes(
    QNetworkAccessManager *network, ProviderSignIn *signIn, QString file, QObject *parent)
    : QObject(parent), m_network(network), m_signIn(signIn), m_file(std::move(file))
{
    if (!m_signIn)
        return;
    connect(m_signIn, &ProviderSignIn::connected, this,
        [this](const QString &profile, const QString &account, bool inKeychain) {
            if (!m_pending || providerOfProfile(profile) != m_pending->provider
                || !AddressList::sameAddress(account, m_pending->address))
                return;
            learnAfterSignIn(*m_pending, inKeychain);
        });
    connect(m_signIn, &ProviderSignIn::connectFailed, this, [this](const OAuthError &error) {
        if (!m_pending)
            return;
        m_pending.reset();
        Q_EMIT connectFailed(error.message);
    });
    connect(m_signIn, &ProviderSignIn::reconnectRequired, this,
        [this](const QString &profile, const QString &account, const OAuthError &error) {
            const auto provider = providerOfProfile(profile);
            if (!provider || !find(account, provider))
                return;
            // The message names the mailbox and says to connect it again (ProviderSignIn).
            Q_EMIT connectFailed(error.message);
        });
}

DirectMailboxes::~DirectMailboxes() = default;

QString DirectMailboxes::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + u"/direct-mailboxes.ini"_s;
}

QUrl DirectMailboxes::apiBaseFor(Provider provider, const ConfigOverrides &overrides)
{
    return ProviderRegistry::of(provider).apiBase(overrides);
}

QString DirectMailboxes::idOf(Provider provider, const QString &address)
{
    return u"direct:"_s + providerName(provider) + u':' + address.toLower();
}

bool DirectMailboxes::isDirectId(const QString &id)
{
    return id.startsWith(u"direct:");
}

QString DirectMailboxes::keyOf(const DirectMailbox &mailbox)
{
    return idOf(mailbox.provider, mailbox.address);
}

QList<Mailbox> DirectMailboxes::mailboxes() const
{
    QList<Mailbox> result;
    for (const DirectMailbox &m : m_list)
        result += Mailbox {keyOf(m), m.provider, m.address, m.displayName, true, {}};
    return result;
}

std::optional<DirectMailbox> DirectMailboxes::find(
    const QString &from, std::optional<Provider> provider) const
{
    for (const DirectMailbox &m : m_list) {
        if (AddressList::sameAddress(m.address, from) && (!provider || *provider == m.provider))
            return m;
    }
    return std::nullopt;
}

void DirectMailboxes::load()
{
    QSettings settings(m_file, QSettings::IniFormat);
    const int n = settings.beginReadArray(u"mailboxes"_s);
    QList<DirectMailbox> kept;
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const auto provider = providerFromName(settings.value(u"provider"_s).toString());
        const QString address = settings.value(u"address"_s).toString();
        if (!provider || address.isEmpty())
            continue;
        QUrl api(settings.value(u"api"_s).toString());
        if (!api.isValid() || api.isEmpty())
            api = apiBaseFor(*provider, m_overrides);
        kept += DirectMailbox {*provider, address, settings.value(u"name"_s).toString(), api};
    }
    settings.endArray();
    // The transient ones (this run only) stay; the kept ones come from the file.
    m_list.removeIf([this](const DirectMailbox &m) { return !m_transient.contains(keyOf(m)); });
    for (const DirectMailbox &m : std::as_const(kept)) {
        if (!find(m.address, m.provider))
            m_list += m;
    }
    Q_EMIT changed();
}

void DirectMailboxes::save() const
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.remove(u"mailboxes"_s);
    QList<DirectMailbox> kept;
    for (const DirectMailbox &m : m_list) {
        if (!m_transient.contains(keyOf(m)))
            kept += m;
    }
    settings.beginWriteArray(u"mailboxes"_s, int(kept.size()));
    for (int i = 0; i < kept.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"provider"_s, providerName(kept.at(i).provider));
        settings.setValue(u"address"_s, kept.at(i).address);
        settings.setValue(u"name"_s, kept.at(i).displayName);
        settings.setValue(u"api"_s, kept.at(i).apiBase.toString());
    }
    settings.endArray();
    settings.sync();
}

void DirectMailboxes::connectMailbox(
    Provider provider, const QString &address, const QString &displayName)
{
    const OAuthProfile profile = profileOf(provider, m_overrides);
    const QString problem = profile.problem();
    if (!m_signIn || !problem.isEmpty()) {
        Q_EMIT connectFailed(
            problem.isEmpty() ? Tr::tr("Direct sending is not available.") : problem);
        return;
    }
    m_pending = DirectMailbox {
        provider, address.trimmed(), displayName, apiBaseFor(provider, m_overrides)};
    m_signIn->connectAccount(profile, m_pending->address);
}

void DirectMailboxes::cancelConnecting()
{
    if (m_signIn && m_pending)
        m_signIn->flow()->cancel();
}

bool DirectMailboxes::isConnecting() const
{
    return m_pending.has_value();
}

void DirectMailboxes::addTransient(const DirectMailbox &mailbox, const QString &accessToken)
{
    const QString key = keyOf(mailbox);
    m_list.removeIf([&](const DirectMailbox &m) { return keyOf(m) == key; });
    m_list += mailbox;
    if (!m_transient.contains(key))
        m_transient += key;
    if (AccessTokenSource *old = m_tokens.take(key))
        old->deleteLater();
    if (ProviderHttp *old = m_http.take(key))
        old->deleteLater(); // it held the old token source
    m_tokens.insert(key, new StaticTokenSource(accessToken, this));
    m_identities.remove(key);
    Q_EMIT changed();
}

void DirectMailboxes::remove(
    const DirectMailbox &mailbox, QObject *context, std::function<void(const QString &)> done)
{
    const QString key = keyOf(mailbox);
    const bool transient = m_transient.contains(key);
    m_list.removeIf([&](const DirectMailbox &m) { return keyOf(m) == key; });
    m_transient.removeAll(key);
    if (AccessTokenSource *old = m_tokens.take(key))
        old->deleteLater();
    if (ProviderHttp *http = m_http.take(key))
        http->deleteLater();
    m_identities.remove(key);
    save();
    Q_EMIT changed();
    if (transient || !m_signIn) {
        if (done)
            done({});
        return;
    }
    QPointer<QObject> guard(context);
    m_signIn->signOut(profileOf(mailbox.provider, m_overrides), mailbox.address, this,
        [guard, done](const QString &message) {
            if (guard && done)
                done(message);
        });
}

AccessTokenSource *DirectMailboxes::tokensFor(const DirectMailbox &mailbox)
{
    const QString key = keyOf(mailbox);
    if (AccessTokenSource *tokens = m_tokens.value(key))
        return tokens;
    auto *tokens = new ProviderTokenSource(m_signIn,
        ProviderRegistry::of(mailbox.provider).oauthProfile(nullptr, m_overrides), mailbox.address,
        this);
    m_tokens.insert(key, tokens);
    return tokens;
}

Submission *DirectMailboxes::submissionFor(const DirectMailbox &mailbox, QObject *parent)
{
    AccessTokenSource *tokens = tokensFor(mailbox);
    Submission *inner
        = ProviderRegistry::of(mailbox.provider).submission(m_network, tokens, mailbox, {});
    // Sends only as the account the grant opens (learned before its first send).
    return new AccountCheckedSubmission(
        inner, mailbox.provider,
        [this, mailbox](QObject *context, AccountCheck::Done done) {
            identityFor(mailbox, context, std::move(done));
        },
        parent);
}

ProviderHttp *DirectMailboxes::httpFor(const DirectMailbox &mailbox)
{
    const QString key = keyOf(mailbox);
    if (ProviderHttp *http = m_http.value(key))
        return http;
    auto *http = new ProviderHttp(
        m_network, tokensFor(mailbox), ProviderRegistry::of(mailbox.provider).errorMapper(), this);
    m_http.insert(key, http);
    return http;
}

void DirectMailboxes::learnAfterSignIn(const DirectMailbox &requested, bool inKeychain)
{
    // Asked with the new grant itself, before the mailbox is listed: the sign-in page may
    // have signed in another account than the one hinted.
    const OAuthProfile profile = profileOf(requested.provider, m_overrides);
    auto *tokens = new ProviderTokenSource(m_signIn, profile, requested.address, this);
    auto *http = new ProviderHttp(m_network, tokens, errorsOf(requested.provider), this);
    AccountCheck::learn(http, requested.provider, requested.apiBase, this,
        [this, requested, profile, tokens, http, inKeychain](
            const Result<AccountIdentity> &learned) {
            http->deleteLater();
            tokens->deleteLater();
            if (!m_pending || keyOf(*m_pending) != keyOf(requested))
                return;
            if (!learned.ok()) {
                m_pending.reset();
                // A grant whose account is unknown is of no use: revoked and forgotten.
                m_signIn->signOut(profile, requested.address, this, {});
                Q_EMIT connectFailed(Tr::tr("%1 was not connected: %2")
                                         .arg(requested.address, learned.error().message));
                return;
            }
            const AccountIdentity identity = learned.value();
            if (identity.allows(requested.address)) {
                m_signIn->rememberIdentity(profile, requested.address, identity, this,
                    [this, requested, identity, inKeychain](
                        bool kept) { adopt(requested, identity, inKeychain && kept); });
                return;
            }
            DirectMailbox actual = requested;
            actual.address = identity.address;
            actual.displayName.clear(); // the name given was for the other address
            m_signIn->moveAccount(profile, requested.address, actual.address, identity, this,
                [this, requested, actual, identity, inKeychain](bool kept) {
                    adopt(actual, identity, inKeychain && kept);
                    Q_EMIT accountDiffers(actual, requested.address,
                        Tr::tr("Signed in to %1 as %2, not %3: %2 was added. To send from %3, "
                               "connect %3 again and choose %3 on %1's page.")
                            .arg(profileOf(actual.provider, m_overrides).displayName,
                                actual.address, requested.address));
                });
        });
}

void DirectMailboxes::adopt(
    const DirectMailbox &mailbox, const AccountIdentity &identity, bool inKeychain)
{
    m_pending.reset();
    const QString key = keyOf(mailbox);
    m_list.removeIf([&](const DirectMailbox &m) { return keyOf(m) == key; });
    m_transient.removeAll(key);
    if (AccessTokenSource *old = m_tokens.take(key))
        old->deleteLater();
    if (ProviderHttp *old = m_http.take(key))
        old->deleteLater();
    m_identities.insert(key, identity);
    m_list.prepend(mailbox); // newest connection first, as the platform lists them
    // Kept for the next run only when the keychain has its tokens.
    if (inKeychain)
        save();
    else
        m_transient += key;
    Q_EMIT changed();
    Q_EMIT connected(mailbox, inKeychain);
}

AccountIdentity DirectMailboxes::identityOf(const DirectMailbox &mailbox) const
{
    return m_identities.value(keyOf(mailbox));
}

void DirectMailboxes::loadIdentities()
{
    if (!m_signIn)
        return;
    for (const DirectMailbox &m : std::as_const(m_list)) {
        const QString key = keyOf(m);
        if (m_transient.contains(key) || m_identities.contains(key))
            continue;
        m_signIn->storedIdentity(profileOf(m.provider, m_overrides), m.address, this,
            [this, key](const AccountIdentity &identity) {
                if (!identity.isKnown() || m_identities.value(key) == identity)
                    return;
                m_identities.insert(key, identity);
                Q_EMIT changed();
            });
    }
}

void DirectMailboxes::identityFor(const DirectMailbox &mailbox, QObject *context,
    std::function<void(const Result<AccountIdentity> &)> done)
{
    const QString key = keyOf(mailbox);
    QPointer<QObject> guard(context);
    auto learnNow = [this, mailbox, key, guard, done] {
        AccountCheck::learn(httpFor(mailbox), mailbox.provider, mailbox.apiBase, this,
            [this, mailbox, key, guard, done](const Result<AccountIdentity> &learned) {
                if (learned.ok()) {
                    m_identities.insert(key, learned.value());
                    // Kept with the grant; a transient mailbox has no keychain entry.
                    if (m_signIn && !m_transient.contains(key))
                        m_signIn->rememberIdentity(profileOf(mailbox.provider, m_overrides),
                            mailbox.address, learned.value(), this);
                    Q_EMIT changed();
                }
                if (guard)
                    done(learned);
            });
    };
    if (const auto known = m_identities.constFind(key); known != m_identities.cend()) {
        done(*known);
        return;
    }
    if (!m_signIn || m_transient.contains(key)) {
        learnNow();
        return;
    }
    m_signIn->storedIdentity(profileOf(mailbox.provider, m_overrides), mailbox.address, this,
        [this, key, guard, done, learnNow](const AccountIdentity &identity) {
            if (!identity.isKnown()) {
                learnNow(); // a grant from before the check: asked before its first send
                return;
            }
            m_identities.insert(key, identity);
            if (guard)
                done(identity);
        });
}

} // namespace Outpost

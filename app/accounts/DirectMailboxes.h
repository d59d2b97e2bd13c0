// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/OAuthProfile.h"

#include "auth/AccountIdentity.h"
#include "auth/OAuthResult.h"
#include "mail/Mailbox.h"
#include "net/Result.h"
#include "providers/DirectMailbox.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;

namespace Outpost {

class AccessTokenSource;
class ProviderHttp;
class ProviderSignIn;
class Submission;

// The mailboxes Outpost sends through directly (Gmail API, Microsoft Graph), beside the
// platform's. Connecting one runs the provider's OAuth flow (PKCE, system browser, loopback)
// through ProviderSignIn, whose tokens live only in the keychain; the list of mailboxes
// (provider, address, name, API address: no secret) is kept in an INI file. A transient
// mailbox (the sandbox's demo ones) carries a fixed token and is never kept.
//
// Whose mailbox a grant opens is asked of the provider (AccountCheck) after every sign-in and,
// for a grant kept from before, before its first send; it is kept with the tokens in the
// keychain entry. A sign-in page can sign in another account than the one Outpost hinted:
// the mailbox is then added under the account really signed in (its grant moved to it), and
// accountDiffers() says so. Sends are refused for any From the account cannot send as.
class DirectMailboxes : public QObject
{
    Q_OBJECT
public:
    DirectMailboxes(QNetworkAccessManager *network, ProviderSignIn *signIn,
        QString file = defaultFile(), QObject *parent = nullptr);
    ~DirectMailboxes() override;

    static QString defaultFile(); // <config>/Outpost/direct-mailboxes.ini
    // Where a provider's API is: OUTPOST_GMAIL_API_URL / OUTPOST_GRAPH_API_URL in the
    // environment, then in `overrides`, else the provider's own.
    static QUrl apiBaseFor(Provider provider, const ConfigOverrides &overrides = {});
    // Endpoints and client ids handed in (the embedded sandbox's servers), under the names of
    // the OUTPOST_* variables; the environment still wins over them (OAuthProfile).
    void setOverrides(const ConfigOverrides &overrides) { m_overrides = overrides; }
    // A direct mailbox's id in the From list: `direct:<provider>:<address>`.
    static QString idOf(Provider provider, const QString &address);
    static bool isDirectId(const QString &id);

    QNetworkAccessManager *network() const { return m_network; }
    ProviderSignIn *signIn() const { return m_signIn; }
    const QList<DirectMailbox> &list() const { return m_list; }
    // As the From list shows them (id from idOf()).
    QList<Mailbox> mailboxes() const;
    // The direct mailbox `from` sends through (with `provider` when given).
    std::optional<DirectMailbox> find(const QString &from, std::optional<Provider> provider) const;

    // Reads the kept list (no keychain access: tokens are read when a send needs one).
    void load();
    // Runs the provider's sign-in for `address`; connected() or connectFailed() follows.
    void connectMailbox(Provider provider, const QString &address, const QString &displayName = {});
    void cancelConnecting();
    bool isConnecting() const;
    // A mailbox with a fixed access token, not kept anywhere (the sandbox's demo mailboxes).
    void addTransient(const DirectMailbox &mailbox, const QString &accessToken);
    // Forgets the mailbox: revokes the grant where the provider offers it, deletes its tokens.
    void remove(const DirectMailbox &mailbox, QObject *context,
        std::function<void(const QString &message)> done = {});

    // A submission that sends from `mailbox` (owned by `parent`).
    Submission *submissionFor(const DirectMailbox &mailbox, QObject *parent);
    // HTTP with the mailbox's tokens, for listing its threads (owned by this registry).
    ProviderHttp *httpFor(const DirectMailbox &mailbox);

    // The account the mailbox's grant opens, as far as known in this run (empty: not learned).
    AccountIdentity identityOf(const DirectMailbox &mailbox) const;
    // Reads what the keychain knows of each kept mailbox's account; changed() when it is read.
    void loadIdentities();
    // The account of `mailbox`: known, kept in the keychain, else asked of the provider (and
    // kept). `done` once, never after `context` is gone.
    void identityFor(const DirectMailbox &mailbox, QObject *context,
        std::function<void(const Result<AccountIdentity> &)> done);

Q_SIGNALS:
    void changed();
    void connected(const Outpost::DirectMailbox &mailbox, bool inKeychain);
    void connectFailed(const QString &message);
    // The sign-in page signed in another account than `requested`: `mailbox` (that account)
    // was connected instead; `message` says so in words for the user.
    void accountDiffers(
        const Outpost::DirectMailbox &mailbox, const QString &requested, const QString &message);

private:
    void learnAfterSignIn(const DirectMailbox &requested, bool inKeychain);
    void adopt(const DirectMailbox &mailbox, const AccountIdentity &identity, bool inKeychain);
    AccessTokenSource *tokensFor(const DirectMailbox &mailbox);
    void save() const;
    static QString keyOf(const DirectMailbox &mailbox);

    QNetworkAccessManager *m_network;
    ConfigOverrides m_overrides;
    ProviderSignIn *m_signIn;
    QString m_file;
    QList<DirectMailbox> m_list;
    QList<QString> m_transient; // keys of mailboxes not kept
    QHash<QString, QPointer<AccessTokenSource>> m_tokens; // by keyOf()
    QHash<QString, QPointer<ProviderHttp>> m_http; // by keyOf()
    QHash<QString, AccountIdentity> m_identities; // by keyOf(); learned or read in this run
    std::optional<DirectMailbox> m_pending;
};

} // namespace Outpost

Q_DECLARE_METATYPE(Outpost::DirectMailbox)

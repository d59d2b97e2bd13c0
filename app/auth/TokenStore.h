// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AccountIdentity.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcAuth)

namespace Outpost {

// The secrets of one account: what goes into one keychain entry.
struct StoredTokens
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // invalid: unknown or never
    // Provider grants: the scopes granted (asked for again on refresh); in the same entry.
    QStringList scopes = {};
    // Provider grants: whose mailbox it opens (learned after the sign-in); in the same entry.
    AccountIdentity identity = {};
    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
};

// Tokens in the desktop's Secret Service through QtKeychain (service `Outpost`, one entry per
// account). When no Secret Service works (none running, or the keychain is locked) it says so
// and keeps tokens in memory for this run only: never a plain-text fallback.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend { Unknown, Keychain, MemoryOnly };
    Q_ENUM(Backend)

    explicit TokenStore(QObject *parent = nullptr);
    ~TokenStore() override;

    Backend backend() const { return m_backend; }
    // Why tokens stay in memory, in words for the user; empty while the keychain works.
    QString memoryOnlyReason() const { return m_reason; }

    // Finds out whether the keychain can keep a secret; `done` runs once that is known.
    void probe(QObject *context, std::function<void()> done);
    // `done(true)` when the tokens are in the keychain, `done(false)` when only in memory.
    void write(const QString &key, const StoredTokens &tokens, QObject *context,
        std::function<void(bool inKeychain)> done = {});
    void read(const QString &key, QObject *context,
        std::function<void(std::optional<StoredTokens>)> done);
    void remove(const QString &key, QObject *context, std::function<void()> done = {});
    // Runs the event loop until every write and removal has finished (command line, at exit).
    void waitForPendingJobs(int timeoutMs = 10000);

    // Entry names: one per instance and user, one per provider account.
    static QString instanceKey(const QUrl &instance, const QString &email);
    static QString providerKey(const QString &provider, const QString &account);
    static QString serviceName() { return QStringLiteral("Outpost"); }

Q_SIGNALS:
    void backendChanged(Outpost::TokenStore::Backend backend, const QString &reason);

private:
    void fallBackToMemory(int keychainError, const QString &detail);
    void jobStarted() { ++m_pending; }
    void jobFinished();

    Backend m_backend = Backend::Unknown;
    QString m_reason;
    QHash<QString, StoredTokens> m_memory;
    // Written but not yet confirmed by the keychain: a read meanwhile gets these, never the
    // older entry (whose refresh token may already be rotated away).
    QHash<QString, QPair<quint64, StoredTokens>> m_writing;
    quint64 m_nextWrite = 1;
    int m_pending = 0;
};

} // namespace Outpost

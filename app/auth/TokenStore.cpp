// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/TokenStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

Q_LOGGING_CATEGORY(lcAuth, "outpost.auth", QtInfoMsg)

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::TokenStore)
};

const QString probeKey = QStringLiteral("outpost-keychain-probe");

QString serialize(const StoredTokens &t)
{
    QJsonObject o {
        {QStringLiteral("access"), t.accessToken}, {QStringLiteral("refresh"), t.refreshToken}};
    if (t.expiresAt.isValid())
        o.insert(QStringLiteral("expires"), t.expiresAt.toUTC().toString(Qt::ISODate));
    if (!t.scopes.isEmpty())
        o.insert(QStringLiteral("scope"), t.scopes.join(u' '));
    if (t.identity.isKnown()) {
        o.insert(QStringLiteral("account"), t.identity.address);
        if (!t.identity.sendAs.isEmpty())
            o.insert(QStringLiteral("sendAs"), QJsonArray::fromStringList(t.identity.sendAs));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<StoredTokens> deserialize(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    StoredTokens t;
    t.accessToken = o.value(u"access").toString();
    t.refreshToken = o.value(u"refresh").toString();
    t.expiresAt = QDateTime::fromString(o.value(u"expires").toString(), Qt::ISODate);
    t.scopes = o.value(u"scope").toString().split(u' ', Qt::SkipEmptyParts);
    t.identity.address = o.value(u"account").toString();
    for (const QJsonValue &alias : o.value(u"sendAs").toArray())
        t.identity.sendAs += alias.toString();
    if (t.isEmpty())
        return std::nullopt;
    return t;
}

// Runs `done` with the finished job unless `context` is gone; the job deletes itself.
// Jobs have no parent: the libsecret backend calls back into its job when D-Bus answers, so a
// job deleted with its TokenStore while in flight would be used after being freed.
void whenFinished(QKeychain::Job *job, QObject *context, std::function<void(QKeychain::Job *)> done)
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [guard, done](QKeychain::Job *j) {
        if (guard && done)
            done(j);
    });
}
} // namespace

TokenStore::TokenStore(QObject *parent) : QObject(parent) { }

TokenStore::~TokenStore() = default;

void TokenStore::jobFinished()
{
    --m_pending;
}

void TokenStore::fallBackToMemory(int keychainError, const QString &detail)
{
    if (m_backend == Backend::MemoryOnly)
        return;
    m_backend = Backend::MemoryOnly;
    // The detail of a keychain error is technical: logged, never a secret.
    qCWarning(lcAuth) << "keychain unavailable:" << keychainError << detail;
    m_reason = keychainError == QKeychain::AccessDenied
        ? Tr::tr("The keychain is locked, so Outpost cannot keep your sign-in: it stays in memory "
                 "until Outpost quits and is never written to disk. Unlock the keychain and sign "
                 "in again to keep it.")
        : Tr::tr("No keychain (Secret Service) is available, so Outpost cannot keep your "
                 "sign-in: it stays in memory until Outpost quits and is never written to disk.");
    Q_EMIT backendChanged(m_backend, m_reason);
}

void TokenStore::probe(QObject *context, std::function<void()> done)
{
    if (m_backend != Backend::Unknown) {
        if (done)
            done();
        return;
    }
    // Reads succeed on a locked keychain (they find nothing): only a write tells.
    auto *job = new QKeychain::WritePasswordJob(serviceName(), nullptr);
    job->setKey(probeKey);
    job->setTextData(QStringLiteral("ok"));
    jobStarted();
    whenFinished(job, this, [this, context = QPointer<QObject>(context), done](QKeychain::Job *j) {
        jobFinished();
        if (j->error() == QKeychain::NoError) {
            if (m_backend == Backend::Unknown) {
                m_backend = Backend::Keychain;
                Q_EMIT backendChanged(m_backend, {});
            }
        } else {
            fallBackToMemory(j->error(), j->errorString());
        }
        if (context && done)
            done();
    });
    job->start();
}

void TokenStore::write(const QString &key, const StoredTokens &tokens, QObject *context,
    std::function<void(bool)> done)
{
    auto keepInMemory = [this, key, tokens, context = QPointer<QObject>(context), done] {
        m_memory.insert(key, tokens);
        if (context && done)
            done(false);
    };
    if (m_backend == Backend::MemoryOnly) {
        keepInMemory();
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), nullptr);
    job->setKey(key);
    job->setTextData(serialize(tokens));
    const quint64 generation = m_nextWrite++;
    m_writing.insert(key, {generation, tokens});
    jobStarted();
    whenFinished(job, this,
        [this, key, generation, keepInMemory, context = QPointer<QObject>(context), done](
            QKeychain::Job *j) {
            jobFinished();
            if (m_writing.value(key).first == generation)
                m_writing.remove(key);
            if (j->error() != QKeychain::NoError) {
                fallBackToMemory(j->error(), j->errorString());
                keepInMemory();
                return;
            }
            m_memory.remove(key);
            if (context && done)
                done(true);
        });
    job->start();
}

void TokenStore::read(
    const QString &key, QObject *context, std::function<void(std::optional<StoredTokens>)> done)
{
    if (const auto writing = m_writing.constFind(key); writing != m_writing.cend()) {
        done(writing->second);
        return;
    }
    if (m_memory.contains(key) || m_backend == Backend::MemoryOnly) {
        const auto found = m_memory.constFind(key);
        done(found == m_memory.cend() ? std::nullopt : std::optional(*found));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), nullptr);
    job->setKey(key);
    whenFinished(job, context, [done](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            if (j->error() != QKeychain::EntryNotFound)
                qCWarning(lcAuth) << "keychain read failed:" << j->error() << j->errorString();
            done(std::nullopt);
            return;
        }
        done(deserialize(static_cast<QKeychain::ReadPasswordJob *>(j)->textData()));
    });
    job->start();
}

void TokenStore::remove(const QString &key, QObject *context, std::function<void()> done)
{
    m_memory.remove(key);
    m_writing.remove(key);
    if (m_backend == Backend::MemoryOnly) {
        if (done)
            done();
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), nullptr);
    job->setKey(key);
    jobStarted();
    whenFinished(job, this, [this, context = QPointer<QObject>(context), done](QKeychain::Job *j) {
        jobFinished();
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            qCWarning(lcAuth) << "keychain delete failed:" << j->error() << j->errorString();
        if (context && done)
            done();
    });
    job->start();
}

void TokenStore::waitForPendingJobs(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_pending > 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

QString TokenStore::instanceKey(const QUrl &instance, const QString &email)
{
    return QStringLiteral("instance %1 %2")
        .arg(instance.adjusted(QUrl::StripTrailingSlash).toString(), email.trimmed().toLower());
}

QString TokenStore::providerKey(const QString &provider, const QString &account)
{
    return QStringLiteral("oauth %1 %2").arg(provider, account.trimmed().toLower());
}

} // namespace Outpost

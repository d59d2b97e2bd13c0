// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/platform/MailboxHousekeeping.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/platform/SandboxJson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

MailboxHousekeeping::MailboxHousekeeping(SandboxContext &context) : m_context(context) { }

void MailboxHousekeeping::addRoutes(SandboxRouter &router)
{
    if (m_context.options.profile == InstanceProfile::Minimal)
        return; // not offered: 404, as any unknown path (SandboxServer.h)
    router.add("DELETE", u"/api/email/accounts/{accountId}"_s, SandboxRouter::Access::Bearer,
        [this](const HttpRequest &r, const User &u) {
            return disconnect(r.params.value(u"accountId"_s), u);
        });
    router.add("POST", u"/api/email/messages/sync"_s, SandboxRouter::Access::Bearer,
        [this](const HttpRequest &r, const User &u) { return startSync(r, u); });
    router.add("GET", u"/api/email/messages/sync/status"_s, SandboxRouter::Access::Bearer,
        [this](const HttpRequest &r, const User &u) { return syncStatus(r, u); });
}

bool MailboxHousekeeping::activeMailbox(const User &user, const QString &accountId) const
{
    const QList<Mailbox> mine = m_context.store.mailboxes(user.id);
    return std::any_of(
        mine.begin(), mine.end(), [&](const Mailbox &m) { return m.id == accountId && m.active; });
}

HttpResponse MailboxHousekeeping::disconnect(const QString &accountId, const User &user)
{
    if (!activeMailbox(user, accountId)
        || !m_context.store.setMailboxActive(user.id, accountId, false))
        return HttpResponse::apiError(404, u"not_found"_s,
            u"No connected mailbox with id “%1”"_s.arg(accountId), u"accountId"_s);
    m_syncs.remove(accountId);
    return HttpResponse::json(200, QJsonObject {{u"success"_s, true}});
}

HttpResponse MailboxHousekeeping::startSync(const HttpRequest &request, const User &user)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return HttpResponse::apiError(
            400, u"invalid_request"_s, u"The body must be a JSON object"_s);
    const QJsonObject body = doc.object();
    const QString accountId = body.value(u"accountId"_s).toString();
    if (accountId.isEmpty())
        return HttpResponse::apiError(
            400, u"invalid_request"_s, u"accountId is required"_s, u"accountId"_s);
    const auto number = [&body](const QString &name, int fallback, int low, int high) {
        const QJsonValue v = body.value(name);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1);
        return v.isDouble() && d == int(d) && d >= low && d <= high ? int(d) : -1;
    };
    const int maxResults = number(u"maxResults"_s, 100, 1, 500);
    if (maxResults < 0)
        return HttpResponse::apiError(400, u"invalid_request"_s,
            u"maxResults must be a whole number from 1 to 500"_s, u"maxResults"_s);
    if (number(u"lookbackDays"_s, 30, 1, 365) < 0)
        return HttpResponse::apiError(400, u"invalid_request"_s,
            u"lookbackDays must be a whole number from 1 to 365"_s, u"lookbackDays"_s);
    if (!activeMailbox(user, accountId))
        return HttpResponse::apiError(404, u"not_found"_s,
            u"No connected mailbox with id “%1”"_s.arg(accountId), u"accountId"_s);
    Sync &sync = m_syncs[accountId];
    settle(sync);
    if (!sync.started.isValid() || sync.finished.isValid())
        sync = {m_context.now(), maxResults, {}}; // a new sync; one running goes on
    return HttpResponse::json(200, QJsonObject {{u"status"_s, u"running"_s}});
}

void MailboxHousekeeping::settle(Sync &sync) const
{
    const int duration = m_context.options.syncDurationMs;
    if (sync.started.isValid() && !sync.finished.isValid()
        && m_context.now() >= sync.started.addMSecs(duration))
        sync.finished = sync.started.addMSecs(duration);
}

HttpResponse MailboxHousekeeping::syncStatus(const HttpRequest &request, const User &user)
{
    const QString accountId = request.queryValue(u"accountId"_s);
    if (accountId.isEmpty())
        return HttpResponse::apiError(
            400, u"invalid_request"_s, u"accountId is required"_s, u"accountId"_s);
    if (!activeMailbox(user, accountId))
        return HttpResponse::apiError(404, u"not_found"_s,
            u"No connected mailbox with id “%1”"_s.arg(accountId), u"accountId"_s);
    QJsonObject status {{u"accountId"_s, accountId}, {u"inProgress"_s, false},
        {u"lastSyncedAt"_s, QJsonValue()}, {u"messagesProcessed"_s, 0}, {u"totalEstimated"_s, 0},
        {u"error"_s, QJsonValue()}};
    if (auto it = m_syncs.find(accountId); it != m_syncs.end()) {
        Sync &sync = it.value();
        settle(sync);
        const qint64 duration = std::max(1, m_context.options.syncDurationMs);
        const qint64 elapsed = sync.started.msecsTo(m_context.now());
        const bool running = !sync.finished.isValid();
        status.insert(u"inProgress"_s, running);
        status.insert(u"totalEstimated"_s, sync.total);
        status.insert(u"messagesProcessed"_s,
            running ? int(sync.total * std::clamp<qint64>(elapsed, 0, duration) / duration)
                    : sync.total);
        if (!running)
            status.insert(u"lastSyncedAt"_s, Json::time(sync.finished));
    }
    return HttpResponse::json(200, status);
}

} // namespace Outpost::Sandbox

// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxServer.h"

#include "sandbox/ControlApi.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/ProviderApis.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/oauth/OAuthServers.h"
#include "sandbox/platform/ContactNotesApi.h"
#include "sandbox/platform/MailboxHousekeeping.h"
#include "sandbox/platform/MessageSearchApi.h"
#include "sandbox/platform/PlatformApi.h"
#include "sandbox/platform/SendEndpoint.h"
#include "sandbox/platform/TemplatesApi.h"
#include "sandbox/platform/UploadEndpoint.h"

#include <QDir>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

namespace Outpost::Sandbox {

using namespace Qt::StringLiterals;

class SandboxServerPrivate
{
public:
    explicit SandboxServerPrivate(SandboxOptions options)
        : context(std::move(options))
        , platform(context)
        , search(context)
        , housekeeping(context)
        , notes(context)
        , oauth(context)
        , sending(context)
        , uploads(context)
        , control(context, faults, log)
        , providers(context)
        , templates(context)
    {
        platform.addRoutes(router);
        search.addRoutes(router);
        housekeeping.addRoutes(router);
        notes.addRoutes(router);
        oauth.addRoutes(router);
        sending.addRoutes(router);
        uploads.addRoutes(router);
        control.addRoutes(controlRouter);
        oauth.addControlRoutes(controlRouter);
        uploads.addControlRoutes(controlRouter);
        providers.addRoutes(router);
        providers.addControlRoutes(controlRouter);
        templates.addRoutes(router);
    }

    // Authentication, idempotent replay and the handler, for one request.
    HttpResponse dispatch(const SandboxRouter &routes, HttpRequest &request);
    void write(QTcpSocket *socket, const HttpRequest &request, const HttpResponse &response,
        int recordId, int faultId = 0);

    std::unique_ptr<QTemporaryDir> tempDir;
    SandboxContext context;
    SandboxRouter router;
    SandboxRouter controlRouter;
    FaultInjector faults;
    RequestLog log;
    PlatformApi platform;
    MessageSearchApi search;
    MailboxHousekeeping housekeeping;
    ContactNotesApi notes;
    OAuthServers oauth;
    SendEndpoint sending;
    UploadEndpoint uploads;
    ControlApi control;
    ProviderApis providers;
    TemplatesApi templates;
    QString demoToken;
    bool started = false;
};

HttpResponse SandboxServerPrivate::dispatch(const SandboxRouter &routes, HttpRequest &request)
{
    const SandboxRouter::Route *route = nullptr;
    switch (routes.match(request, &route, &request.params)) {
    case SandboxRouter::Outcome::NotFound:
        return HttpResponse::notFound(request.path);
    case SandboxRouter::Outcome::MethodNotAllowed:
        return HttpResponse::apiError(405, u"method_not_allowed"_s,
            QString::fromLatin1(request.method) + u" is not allowed on "_s + request.path);
    case SandboxRouter::Outcome::Found:
        break;
    }
    User user;
    if (route->access == SandboxRouter::Access::Bearer) {
        const auto found
            = context.store.userForToken(request.bearerToken(), u"access"_s, context.now());
        if (!found)
            return HttpResponse::invalidToken();
        user = *found;
    }
    // Keys are remembered per user and per endpoint, and only for successful answers.
    const QString key = QString::fromUtf8(request.header("idempotency-key")).trimmed();
    const bool idempotent = route->idempotency == SandboxRouter::Idempotency::Honoured
        && !key.isEmpty() && !context.options.ignoreIdempotencyKey;
    const QString scope = QString::fromLatin1(route->method) + u' ' + route->pattern;
    if (idempotent) {
        if (const auto stored = context.store.storedResponse(user.id, scope, key)) {
            qCDebug(lcSandbox) << "idempotent replay on" << request.path;
            HttpResponse replay;
            replay.status = stored->status;
            replay.contentType = stored->contentType;
            replay.body = stored->body;
            replay.headers.append({QByteArrayLiteral("Idempotent-Replayed"), "true"});
            return replay;
        }
    }
    HttpResponse response = route->handler(request, user);
    if (idempotent && response.status >= 200 && response.status < 300)
        context.store.storeResponse(user.id, scope, key,
            {response.status, response.contentType, response.body}, context.now());
    return response;
}

void SandboxServerPrivate::write(QTcpSocket *socket, const HttpRequest &request,
    const HttpResponse &response, int recordId, int faultId)
{
    socket->write(response.head());
    socket->write(response.body);
    if (recordId)
        log.finish(recordId, response.status, faultId ? u"injected"_s : u"responded"_s, faultId);
    qCDebug(lcSandbox).noquote() << request.method << request.path << "->" << response.status;
}

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QAbstractHttpServer(parent), d(std::make_unique<SandboxServerPrivate>(std::move(options)))
{
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    QString scratch;
    QString &why = error ? *error : scratch;
    if (d->started)
        return true;
    QString dir = d->context.options.dataDir;
    if (dir.isEmpty()) {
        d->tempDir = std::make_unique<QTemporaryDir>();
        if (!d->tempDir->isValid()) {
            why = u"could not create a temporary folder: "_s + d->tempDir->errorString();
            return false;
        }
        dir = d->tempDir->path();
    }
    const QDir root(dir);
    if (!root.mkpath(u"uploads"_s)) {
        why = u"could not create "_s + root.filePath(u"uploads"_s);
        return false;
    }
    d->context.dataDir = root.absolutePath();
    d->context.uploadsDir = root.absoluteFilePath(u"uploads"_s);
    SandboxStore &store = d->context.store;
    bool created = false;
    if (!store.open(root.absoluteFilePath(u"sandbox.sqlite"_s), &created, &why))
        return false;
    if (created && !store.transaction([&store] { return Seed::populate(store); })) {
        why = u"could not seed the sandbox store"_s;
        return false;
    }
    d->demoToken = store.meta(u"demoToken"_s);
    if (!d->providers.prepare(&why) || !d->notes.prepare(&why))
        return false;
    // Loopback only: the sandbox is for this machine, never the network.
    const quint16 port = listen(QHostAddress::LocalHost, d->context.options.port);
    if (port == 0) {
        why = u"could not listen on 127.0.0.1:%1"_s.arg(d->context.options.port);
        return false;
    }
    d->context.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    d->started = true;
    qCInfo(lcSandbox).noquote() << "listening on" << d->context.baseUrl.toString() << "with data in"
                                << d->context.dataDir << (created ? "(new)" : "(reopened)");
    return true;
}

QUrl SandboxServer::url() const
{
    return d->context.baseUrl;
}

QString SandboxServer::dataDir() const
{
    return d->context.dataDir;
}

QString SandboxServer::demoToken() const
{
    return d->demoToken;
}

QString SandboxServer::demoProviderToken(Outpost::Provider provider) const
{
    return d->providers.demoToken(provider);
}

QUrl SandboxServer::gmailBaseUrl() const
{
    return d->context.baseUrl.resolved(QUrl(u"/gmail-api"_s));
}

QUrl SandboxServer::graphBaseUrl() const
{
    return d->context.baseUrl.resolved(QUrl(u"/graph"_s));
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest req = HttpRequest::from(request);
    if (req.path == u"/_sandbox" || req.path.startsWith(u"/_sandbox/")) {
        // Controls are neither recorded nor subject to faults.
        const HttpResponse response = d->context.options.faults ? d->dispatch(d->controlRouter, req)
                                                                : HttpResponse::notFound(req.path);
        d->write(socket, req, response, 0);
        return true;
    }
    const int recordId = d->log.add(req, d->context.now());
    std::optional<Fault> fault;
    if (d->context.options.faults)
        fault = d->faults.take(req);
    if (!fault) {
        d->write(socket, req, d->dispatch(d->router, req), recordId);
        return true;
    }
    qCDebug(lcSandbox) << "fault" << fault->id << "applies to" << req.method << req.path;
    auto run = [this, guard = QPointer<QTcpSocket>(socket), req, recordId, f = *fault]() mutable {
        if (f.drop == Fault::Drop::Before) {
            d->log.finish(recordId, 0, u"dropped-before"_s, f.id);
            if (guard)
                guard->abort();
            return;
        }
        // A status fault answers instead of the endpoint; otherwise the request takes effect.
        const HttpResponse response = f.status
            ? ProviderControl::faultResponse(f, req, d->context.now())
            : d->dispatch(d->router, req);
        if (f.drop == Fault::Drop::After) {
            d->log.finish(recordId, 0, u"dropped-after"_s, f.id);
            if (guard)
                guard->abort();
            return;
        }
        if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
            d->log.finish(recordId, 0, u"client-gone"_s, f.id);
            return;
        }
        d->write(guard, req, response, recordId, f.id);
    };
    if (fault->delayMs > 0)
        QTimer::singleShot(fault->delayMs, this, std::move(run));
    else
        run();
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpRequest req = HttpRequest::from(request);
    d->write(socket, req, HttpResponse::notFound(req.path), 0);
}

} // namespace Outpost::Sandbox

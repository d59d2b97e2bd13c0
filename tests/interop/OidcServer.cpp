// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/interop/OidcServer.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace Outpost::Interop {

OidcServer::~OidcServer()
{
    if (m_node.state() == QProcess::NotRunning)
        return;
    m_node.closeWriteChannel(); // the server exits when its stdin closes
    if (!m_node.waitForFinished(5000))
        m_node.kill();
}

bool OidcServer::nodeMissing()
{
    return !QFileInfo(QStringLiteral(OUTPOST_NODE)).isExecutable();
}

QString OidcServer::start()
{
    const QString dir = QStringLiteral(OUTPOST_INTEROP_NODE_DIR);
    if (!QFileInfo::exists(dir + u"/node_modules/oidc-provider/package.json"_s))
        return u"oidc-provider is not installed in %1: the build's `npm ci` (target "
               "outpost_interop_node) did not run"_s.arg(dir);
    m_node.setWorkingDirectory(dir);
    m_node.setProcessChannelMode(QProcess::SeparateChannels);
    QObject::connect(&m_node, &QProcess::readyReadStandardError,
        [this] { m_stderr += m_node.readAllStandardError(); });
    m_node.start(QStringLiteral(OUTPOST_NODE), {dir + u"/oidc-server.mjs"_s});
    if (!m_node.waitForStarted(10000))
        return u"node did not start: %1"_s.arg(m_node.errorString());
    // One JSON line once it listens; it never says anything else on stdout.
    while (!m_node.canReadLine()) {
        if (m_node.state() == QProcess::NotRunning || !m_node.waitForReadyRead(20000))
            return u"oidc-server.mjs said nothing: %1"_s.arg(log());
    }
    const QJsonObject ready = QJsonDocument::fromJson(m_node.readLine()).object();
    m_issuer = QUrl(ready.value(u"issuer").toString());
    if (!m_issuer.isValid() || m_issuer.host() != u"127.0.0.1")
        return u"oidc-server.mjs did not say where it listens: %1"_s.arg(log());
    return {};
}

ConfigOverrides OidcServer::overrides(const QString &name) const
{
    const QString base = m_issuer.toString();
    const QByteArray env = "OUTPOST_" + name.toUpper().toLatin1() + '_';
    ConfigOverrides o {{env + "AUTH_URL", base + u"/auth"_s},
        {env + "TOKEN_URL", base + u"/token"_s}, {env + "CLIENT_ID", u"outpost-interop-"_s + name}};
    // Google's profile has a revocation endpoint and a client secret; Microsoft's neither.
    if (name == u"google") {
        o.insert(env + "REVOKE_URL", base + u"/token/revocation"_s);
        o.insert(env + "CLIENT_SECRET", u"interop-google-not-a-secret"_s);
    }
    return o;
}

UserAgent::Visit UserAgent::send(const QUrl &url, const QByteArray *form)
{
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(20000);
    if (form)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
            QByteArrayLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> reply(
        form ? m_network.post(request, *form) : m_network.get(request));
    if (!reply->isFinished()) {
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        finished.wait(25000);
    }
    Visit visit;
    visit.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty())
        visit.location = url.resolved(QUrl::fromEncoded(location));
    visit.body = reply->readAll();
    return visit;
}

UserAgent::Visit UserAgent::get(const QUrl &url)
{
    return send(url, nullptr);
}

UserAgent::Visit UserAgent::post(const QUrl &url, const QByteArray &form)
{
    return send(url, &form);
}

QUrl UserAgent::authorize(
    const QUrl &authorizationUrl, const QString &login, Decision decision, QString *problem)
{
    const auto server = [&authorizationUrl](const QUrl &url) {
        return url.host() == authorizationUrl.host() && url.port() == authorizationUrl.port();
    };
    QUrl url = authorizationUrl;
    // authorize → login page → authorize → consent page → authorize → the redirect: a few hops.
    for (int hop = 0; hop < 12; ++hop) {
        const Visit visit = get(url);
        if (visit.status == 302 || visit.status == 303) {
            if (!server(visit.location))
                return visit.location;
            url = visit.location;
            continue;
        }
        if (visit.status != 200) {
            *problem = u"%1 answered %2: %3"_s.arg(
                url.toString(), QString::number(visit.status), QString::fromUtf8(visit.body));
            return {};
        }
        // One of the server's own two forms (dev interactions), told apart by their hidden
        // `prompt` field; declining is its "abort" link.
        if (decision == Decision::Decline) {
            url.setPath(url.path() + u"/abort"_s);
            continue;
        }
        QByteArray form;
        if (visit.body.contains(R"(name="prompt" value="login")")) {
            form = "prompt=login&login=" + QUrl::toPercentEncoding(login) + "&password=any";
        } else if (visit.body.contains(R"(name="prompt" value="consent")")) {
            form = "prompt=consent";
        } else {
            *problem = u"an unexpected page at %1: %2"_s.arg(
                url.toString(), QString::fromUtf8(visit.body.left(400)));
            return {};
        }
        const Visit submitted = post(url, form);
        if (submitted.location.isEmpty()) {
            *problem = u"the form at %1 answered %2"_s.arg(
                url.toString(), QString::number(submitted.status));
            return {};
        }
        url = submitted.location;
    }
    *problem = u"too many hops from %1"_s.arg(authorizationUrl.toString());
    return {};
}

} // namespace Outpost::Interop

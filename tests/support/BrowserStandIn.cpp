// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/BrowserStandIn.h"

#include <QNetworkReply>
#include <QSignalSpy>

namespace Outpost::Testing {

BrowserStandIn::Hop BrowserStandIn::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(20000);
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    if (!reply->isFinished()) {
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        finished.wait(25000);
    }
    Hop hop;
    hop.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    hop.location = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    if (reply->rawHeader("Location").isEmpty())
        hop.location.clear();
    hop.body = reply->readAll();
    return hop;
}

QUrl BrowserStandIn::authorize(const QUrl &authorizationUrl)
{
    return get(authorizationUrl).location;
}

BrowserStandIn::Hop BrowserStandIn::signIn(const QUrl &authorizationUrl)
{
    const QUrl redirect = authorize(authorizationUrl);
    if (redirect.isEmpty())
        return {};
    return get(redirect);
}

} // namespace Outpost::Testing

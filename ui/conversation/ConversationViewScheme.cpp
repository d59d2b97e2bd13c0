// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/ConversationViewScheme.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace Outpost {

bool ConversationViewScheme::registerScheme()
{
    if (isRegistered())
        return true;
    QWebEngineUrlScheme s(scheme.toByteArray());
    s.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    // Not a local scheme: the page can reach no file. Secure: https images are not mixed.
    s.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(s); // refused (with a warning) once WebEngine runs
    return isRegistered();
}

bool ConversationViewScheme::isRegistered()
{
    return QWebEngineUrlScheme::schemeByName(scheme.toByteArray()).name() == scheme.toByteArray();
}

void ConversationViewScheme::setPage(const QUrl &url, const QByteArray &html)
{
    m_url = url.adjusted(QUrl::RemoveFragment);
    m_html = html;
}

void ConversationViewScheme::requestStarted(QWebEngineUrlRequestJob *job)
{
    if (job->requestMethod() != "GET"
        || job->requestUrl().adjusted(QUrl::RemoveFragment) != m_url) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(m_html);
    job->reply("text/html;charset=utf-8", buffer);
}

} // namespace Outpost

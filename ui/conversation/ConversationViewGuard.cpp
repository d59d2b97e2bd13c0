// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/ConversationViewGuard.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConversationView, "outpost.conversationview", QtInfoMsg)

namespace Outpost {

ConversationViewGuard::ConversationViewGuard(QString pageScheme, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent), m_pageScheme(std::move(pageScheme))
{
}

void ConversationViewGuard::setAllowed(const QList<QUrl> &urls)
{
    m_allowed.clear();
    for (const QUrl &url : urls)
        m_allowed.insert(url.adjusted(QUrl::RemoveFragment).toEncoded());
}

void ConversationViewGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const QString scheme = url.scheme();
    bool allowed = false;
    if (scheme == m_pageScheme || scheme == u"data")
        allowed = true;
    else if (scheme == u"http" || scheme == u"https")
        allowed = m_allowed.contains(url.adjusted(QUrl::RemoveFragment).toEncoded());
    if (!allowed) {
        qCDebug(lcConversationView) << "blocked" << scheme << "request";
        info.block(true);
    }
}

} // namespace Outpost

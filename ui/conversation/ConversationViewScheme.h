// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

namespace Outpost {

// Serves the conversation view's page from memory under its own scheme (a page of any size;
// setHtml() stops at 2 MB). Only the current page is served.
class ConversationViewScheme : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    static constexpr QByteArrayView scheme = "outpost-conversation";
    // Registers the scheme with QtWebEngine: before the first profile exists, or never.
    static bool registerScheme();
    static bool isRegistered();

    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    // The page for `url` (the previous one is no longer served).
    void setPage(const QUrl &url, const QByteArray &html);
    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QUrl m_url;
    QByteArray m_html;
};

} // namespace Outpost

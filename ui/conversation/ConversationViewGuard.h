// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWebEngineUrlRequestInterceptor>

namespace Outpost {

// Every request of the conversation view's profile passes here: the page itself and inline
// data load; a remote (http, https) URL only when the user allowed it (the images of a
// message or a sender); anything else (file:, ftp:, ws:, …) never.
class ConversationViewGuard : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    ConversationViewGuard(QString pageScheme, QObject *parent = nullptr);

    void setAllowed(const QList<QUrl> &urls);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    QString m_pageScheme;
    QSet<QByteArray> m_allowed; // encoded URLs
};

} // namespace Outpost

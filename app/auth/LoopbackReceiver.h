// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>

namespace Outpost {

// The redirect target of a desktop OAuth flow: listens on 127.0.0.1 only (never every
// interface), takes exactly one redirect on `/`, answers the browser with a short page, and
// stops listening at once. Other paths (a favicon) get a 404 and change nothing.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    // What the browser shows once the redirect arrived: a title and one sentence.
    using PageFor = std::function<QPair<QString, QString>(const QUrlQuery &query)>;

    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    bool listen(QString *error = nullptr);
    void close();
    bool isListening() const { return m_server.isListening(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    quint16 port() const { return m_server.serverPort(); }
    void setPageFor(PageFor pageFor) { m_pageFor = std::move(pageFor); }

Q_SIGNALS:
    void redirected(const QUrlQuery &query);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);

    QTcpServer m_server;
    PageFor m_pageFor;
    bool m_done = false;
};

} // namespace Outpost

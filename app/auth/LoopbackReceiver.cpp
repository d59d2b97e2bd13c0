// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/LoopbackReceiver.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace Outpost {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::LoopbackReceiver)
};

constexpr qsizetype maxRequestBytes = 16 * 1024;
constexpr int requestTimeoutMs = 10'000;

QByteArray response(int status, const QByteArray &reason, const QString &title, const QString &text)
{
    const QByteArray body = QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
        "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1><p>%2</p></body></html>")
                                .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                                .toUtf8();
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
          "Connection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}
} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onConnection);
}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen(QString *error)
{
    m_done = false;
    // 127.0.0.1 only: nothing else on the network may deliver (or steal) the code.
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

void LoopbackReceiver::close()
{
    m_server.close();
}

void LoopbackReceiver::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        QTimer::singleShot(requestTimeoutMs, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0)
            onReadable(socket);
    }
}

void LoopbackReceiver::onReadable(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    const QByteArray head = socket->peek(maxRequestBytes);
    if (!head.contains("\r\n\r\n")) {
        if (head.size() >= maxRequestBytes)
            socket->abort();
        return;
    }
    socket->setProperty("answered", true);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const QUrl target
        = requestLine.size() == 3 ? QUrl::fromEncoded(requestLine.at(1), QUrl::StrictMode) : QUrl();
    const bool isRedirect
        = requestLine.value(0) == "GET" && target.isValid() && target.path() == u"/";
    if (m_done || !isRedirect) {
        socket->write(response(
            404, "Not Found", Tr::tr("Not found"), Tr::tr("Nothing here. Return to Outpost.")));
        socket->disconnectFromHost();
        return;
    }
    m_done = true;
    // The code is single-use: nobody else gets to knock once it has arrived.
    m_server.close();
    const QUrlQuery query(target);
    const auto [title, text] = m_pageFor
        ? m_pageFor(query)
        : qMakePair(Tr::tr("Done"), Tr::tr("You can close this window and return to Outpost."));
    socket->write(response(200, "OK", title, text));
    socket->disconnectFromHost();
    Q_EMIT redirected(query);
}

} // namespace Outpost

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

// One name or value of a form: `+` is a space (it must go before percent-decoding, or an
// encoded `%2B` would turn into a space too), then %XX as UTF-8.
QString formDecoded(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}
} // namespace

RedirectFields RedirectFields::fromQuery(const QByteArray &encodedQuery)
{
    QList<QPair<QString, QString>> items;
    for (const QByteArray &pair : encodedQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        items.append({formDecoded(eq < 0 ? pair : pair.left(eq)),
            eq < 0 ? QString() : formDecoded(pair.mid(eq + 1))});
    }
    return RedirectFields(std::move(items));
}

QString RedirectFields::value(QStringView key) const
{
    for (const auto &[name, value] : m_items) {
        if (name == key)
            return value;
    }
    return {};
}

bool RedirectFields::contains(QStringView key) const
{
    return std::any_of(m_items.cbegin(), m_items.cend(),
        [key](const QPair<QString, QString> &item) { return item.first == key; });
}

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
    if (m_waiting)
        answer(Tr::tr("Not signed in"), Tr::tr("Outpost stopped waiting for this sign-in."));
}

void LoopbackReceiver::answer(const QString &title, const QString &text)
{
    QTcpSocket *socket = m_waiting;
    m_waiting.clear();
    if (!socket)
        return;
    socket->write(response(200, "OK", title, text));
    socket->disconnectFromHost();
}

void LoopbackReceiver::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        // Only for the request itself: once it is read, the flow answers (its own POST has
        // a timeout of its own).
        auto *readTimeout = new QTimer(socket);
        readTimeout->setObjectName(QStringLiteral("readTimeout"));
        readTimeout->setSingleShot(true);
        connect(readTimeout, &QTimer::timeout, socket, [socket] { socket->abort(); });
        readTimeout->start(requestTimeoutMs);
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
    delete socket->findChild<QTimer *>(QStringLiteral("readTimeout"));
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const QByteArray rawTarget = requestLine.size() == 3 ? requestLine.at(1) : QByteArray();
    const QUrl target = QUrl::fromEncoded(rawTarget, QUrl::StrictMode);
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
    m_waiting = socket;
    // The query as sent: decoded here once, as a form (RFC 6749 appendix B), never by QUrl.
    const qsizetype question = rawTarget.indexOf('?');
    Q_EMIT redirected(RedirectFields::fromQuery(
        question < 0 ? QByteArray() : rawTarget.mid(question + 1).split('#').first()));
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>

namespace Outpost {

// The fields of an OAuth redirect's query, form-decoded as RFC 6749 appendix B says
// (application/x-www-form-urlencoded: `+` is a space, then percent-decoding as UTF-8).
class RedirectFields
{
public:
    RedirectFields() = default;
    explicit RedirectFields(QList<QPair<QString, QString>> items) : m_items(std::move(items)) { }
    // `encodedQuery`: the query as it came over the wire, without the `?`.
    static RedirectFields fromQuery(const QByteArray &encodedQuery);

    // The first value of `key`; empty when absent.
    QString value(QStringView key) const;
    bool contains(QStringView key) const;
    const QList<QPair<QString, QString>> &items() const { return m_items; }

private:
    QList<QPair<QString, QString>> m_items;
};

// The redirect target of a desktop OAuth flow: listens on 127.0.0.1 only (never every
// interface), takes exactly one redirect on `/` and stops listening at once. The browser's
// connection is held open until the flow knows the outcome (answer()), so that the page never
// says "Signed in" before the code exchange has succeeded. Other paths (a favicon) get a 404
// and change nothing.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    bool listen(QString *error = nullptr);
    // Stops listening; a browser still waiting is told that nothing came of it.
    void close();
    bool isListening() const { return m_server.isListening(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    quint16 port() const { return m_server.serverPort(); }
    // The page the waiting browser gets: a title and one sentence. Once per redirect.
    void answer(const QString &title, const QString &text);
    bool isHoldingBrowser() const { return !m_waiting.isNull(); }

Q_SIGNALS:
    // The browser waits for answer() from here on.
    void redirected(const Outpost::RedirectFields &fields);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);

    QTcpServer m_server;
    QPointer<QTcpSocket> m_waiting;
    bool m_done = false;
};

} // namespace Outpost

Q_DECLARE_METATYPE(Outpost::RedirectFields)

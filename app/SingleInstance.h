// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Outpost {

// One Outpost per user session: a second `outpost mailto:…` or `outpost compose …` hands its
// arguments to the running one (QLocalServer) and exits, instead of starting another process.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QString name = defaultName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultName(); // per user

    // Gives `arguments` to a running instance; true when it took them.
    bool handOver(const QStringList &arguments, int timeoutMs = 1000) const;
    // Becomes the instance others hand over to; false (with a reason) when that fails.
    bool listen(QString *error = nullptr);

Q_SIGNALS:
    void argumentsReceived(const QStringList &arguments);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Outpost

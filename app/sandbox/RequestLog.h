// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxHttp.h"

#include <QDateTime>

namespace Outpost::Sandbox {

// Every request the sandbox received (except its own /_sandbox/ controls), so that tests can
// assert exactly what a client wrote.
class RequestLog
{
public:
    static constexpr qsizetype maxBodyBytes = 64 * 1024;
    static constexpr qsizetype maxEntries = 1000;

    int add(const HttpRequest &request, const QDateTime &time);
    // How the request ended: its status (0 when none was written) and, for faults, what happened.
    void finish(int id, int status, const QString &outcome, int faultId = 0);
    void clear();
    // Filtered by path (exact or prefix ending with '*') and method when given.
    QJsonArray toJson(const QString &path, const QByteArray &method) const;

private:
    struct Entry
    {
        int id = 0;
        HttpRequest request; // body cut at maxBodyBytes
        qsizetype bodySize = 0;
        QDateTime time;
        int status = 0;
        QString outcome = QStringLiteral("pending");
        int faultId = 0;
    };
    QList<Entry> m_entries;
    int m_nextId = 1;
};

} // namespace Outpost::Sandbox

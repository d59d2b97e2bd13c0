// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QSysInfo>

namespace Outpost::Testing {

// What an Outpost killed while it had the store leaves beside it: the store's lock file
// (`<store>.lock`, QLockFile's), still naming its owner, a process that no longer runs. The
// owner here is a shell that printed its own id and ended. False when it could not be written.
inline bool leaveStaleLock(const QString &storePath)
{
    QProcess gone;
    gone.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
    if (!gone.waitForFinished(10000) || gone.exitCode() != 0)
        return false;
    const QByteArray pid = gone.readAllStandardOutput().trimmed();
    // QLockFile's contents (Qt 6): the owner's id, its program, the host, the machine's id and
    // this boot's: the lock is stale when the owner ran on this machine and is gone.
    QFile lock(storePath + QStringLiteral(".lock"));
    if (pid.isEmpty() || !lock.open(QIODevice::WriteOnly))
        return false;
    const QByteArray contents = pid + "\noutpost\n" + QSysInfo::machineHostName().toUtf8() + '\n'
        + QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n';
    return lock.write(contents) == contents.size();
}

} // namespace Outpost::Testing

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QThreadPool>

class QSettings;

namespace Outpost {

// Which mailbox was last used to write to each address, so that it is chosen again. Read from
// memory; written to an INI file of its own by a thread of its own, because QSettings commits
// with fsync and a send must never wait for the disk on the UI thread (the kill test caught a
// stall of over a second when a send's fsync met other disk traffic). The process's one is
// Settings::recipientMailboxes(), shared by every compose window; used from the UI thread only.
class RecipientMailboxes
{
public:
    explicit RecipientMailboxes(QString file);
    ~RecipientMailboxes();
    RecipientMailboxes(const RecipientMailboxes &) = delete;
    RecipientMailboxes &operator=(const RecipientMailboxes &) = delete;

    // Where it is kept beside `settings`' file: for Outpost.conf, Outpost.recipient-mailboxes.ini.
    static QString fileBeside(const QSettings &settings);

    // Empty: none remembered. Addresses compare without case.
    QString mailboxFor(const QString &address) const;
    void remember(const QStringList &addresses, const QString &mailbox);
    void clear();
    // Until every change so far is on disk.
    void waitForWrites();

private:
    static QString keyOf(const QString &address);

    QString m_file;
    QHash<QString, QString> m_byAddress;
    QThreadPool m_writer; // one thread: the changes land in order
};

} // namespace Outpost

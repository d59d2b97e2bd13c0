// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "threads/ThreadListModel.h"
#include "threads/ThreadSource.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace Outpost {

// Asks every ThreadSource for the threads with the recipients and merges their answers into
// one ThreadListModel: one row per thread id (the platform's details win, the local store adds
// what only it knows), shown as each source answers. A new refresh() supersedes the last.
class ThreadLister : public QObject
{
    Q_OBJECT
public:
    explicit ThreadLister(QObject *parent = nullptr);
    ~ThreadLister() override;

    ThreadListModel *model() const { return m_model; }
    void setSources(std::vector<std::unique_ptr<ThreadSource>> sources);
    // Bare addresses; duplicates and case do not matter.
    void refresh(const QStringList &recipients);
    bool isBusy() const { return m_pending > 0; }
    const QStringList &recipients() const { return m_recipients; }
    // The platform contacts the recipients are, with the client that knows each, as the
    // sources answered so far (ThreadContentSearch searches their messages).
    struct Contact
    {
        QPointer<PlatformClient> client;
        QString id;
    };
    const QList<Contact> &contacts() const { return m_contacts; }

    // Merges one more listing into `rows` (exposed for tests and the benchmark).
    static void merge(QList<ThreadListModel::Row> &rows, const ThreadSource::Listing &listing,
        ThreadOrigin origin, PlatformClient *client);

Q_SIGNALS:
    void busyChanged(bool busy);
    // One source could not answer; the others' threads are still listed.
    void sourceFailed(const Outpost::ServiceError &error);
    void refreshed();

private:
    ThreadListModel *m_model;
    std::vector<std::unique_ptr<ThreadSource>> m_sources;
    QList<ThreadListModel::Row> m_rows;
    QStringList m_recipients;
    QList<Contact> m_contacts;
    QObject *m_generation = nullptr; // answers for an older refresh land nowhere
    int m_pending = 0;
};

} // namespace Outpost

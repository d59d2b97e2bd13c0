// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/RecentRecipient.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Outpost {

class LocalStore;
class PlatformCall;
class PlatformClient;

// Address suggestions for a recipient field: the addresses this client sent to (the local
// store, most used first) filtered at once in memory, then the platform's contacts
// (`GET /api/contacts?search=`) merged in when they arrive. Searches are debounced; a search
// superseded by the next keystroke is aborted.
class RecipientCompleter : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { AddressRole = Qt::UserRole + 1, NameRole, UseCountRole };
    using ClientSource = std::function<PlatformClient *()>;

    explicit RecipientCompleter(QObject *parent = nullptr);
    ~RecipientCompleter() override;

    // Where contacts come from (asked at each search: the signed-in client may change).
    void setClientSource(ClientSource source) { m_clientSource = std::move(source); }
    // Loads the recently used addresses from `store` (once, in the background).
    void loadKnown(LocalStore *store);
    // The known addresses, ranked by use (tests and benchmarks set them directly).
    void setKnown(QList<RecentRecipient> known);
    int knownCount() const { return int(m_known.size()); }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    int debounceMs() const { return m_debounce.interval(); }
    void setMaxSuggestions(int max) { m_max = max; }

    // What is being typed: suggestions follow after the debounce. Empty: none.
    void search(const QString &text);
    QString searchedText() const { return m_text; }
    // Stops a pending search (the field was left, the entry committed).
    void cancel();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The debounce ended: the in-memory suggestions follow in this same call.
    void searchStarted(const QString &text);
    // New suggestions for `text` (from memory, then again with the contacts).
    void suggestionsReady(const QString &text);

private:
    void runSearch();
    void mergeContacts(const QString &text, const QList<RecentRecipient> &contacts);
    void setRows(QList<RecentRecipient> rows);
    static bool matches(const RecentRecipient &r, const QString &text);

    QTimer m_debounce;
    QString m_text;
    QList<RecentRecipient> m_known; // most used first
    QList<RecentRecipient> m_rows;
    QPointer<PlatformCall> m_call;
    ClientSource m_clientSource;
    int m_max = 12;
};

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/RecipientCompleter.h"

#include "mail/AddressList.h"
#include "platform/PlatformClient.h"
#include "store/LocalStore.h"

#include <algorithm>

namespace Outpost {

RecipientCompleter::RecipientCompleter(QObject *parent) : QAbstractListModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200); // quick typists do not start a request per keystroke
    connect(&m_debounce, &QTimer::timeout, this, &RecipientCompleter::runSearch);
}

RecipientCompleter::~RecipientCompleter()
{
    if (m_call)
        m_call->abort();
}

void RecipientCompleter::loadKnown(LocalStore *store)
{
    if (!store)
        return;
    store->loadRecentRecipients(
        {}, 10000, this, [this](const StoreResult<QList<RecentRecipient>> &result) {
            if (result.ok())
                setKnown(result.value);
        });
}

void RecipientCompleter::setKnown(QList<RecentRecipient> known)
{
    std::stable_sort(known.begin(), known.end(),
        [](const RecentRecipient &a, const RecentRecipient &b) { return a.useCount > b.useCount; });
    m_known = std::move(known);
}

void RecipientCompleter::search(const QString &text)
{
    m_text = text.trimmed();
    if (m_text.isEmpty()) {
        cancel();
        setRows({});
        return;
    }
    m_debounce.start();
}

void RecipientCompleter::cancel()
{
    m_debounce.stop();
    if (m_call)
        m_call->abort();
    m_call = nullptr;
}

bool RecipientCompleter::matches(const RecentRecipient &r, const QString &text)
{
    return r.address.contains(text, Qt::CaseInsensitive)
        || r.name.contains(text, Qt::CaseInsensitive);
}

void RecipientCompleter::runSearch()
{
    const QString text = m_text;
    Q_EMIT searchStarted(text);
    QList<RecentRecipient> rows;
    for (const RecentRecipient &r : std::as_const(m_known)) {
        if (matches(r, text)) {
            rows += r;
            if (rows.size() >= m_max)
                break;
        }
    }
    setRows(rows);
    Q_EMIT suggestionsReady(text);

    if (m_call)
        m_call->abort(); // superseded
    m_call = nullptr;
    PlatformClient *client = m_clientSource ? m_clientSource() : nullptr;
    if (!client)
        return;
    m_call
        = client->contacts(text, this, [this, text](const Result<QList<PlatformContact>> &result) {
              m_call = nullptr;
              if (!result.ok() || text != m_text)
                  return;
              QList<RecentRecipient> contacts;
              for (const PlatformContact &c : result.value()) {
                  if (c.email.isEmpty())
                      continue;
                  RecentRecipient r;
                  r.address = c.email;
                  r.name = QStringList {c.firstName, c.lastName}.join(u' ').trimmed();
                  contacts += r;
              }
              mergeContacts(text, contacts);
          });
}

void RecipientCompleter::mergeContacts(const QString &text, const QList<RecentRecipient> &contacts)
{
    QList<RecentRecipient> rows = m_rows;
    for (const RecentRecipient &c : contacts) {
        const auto known = std::find_if(rows.begin(), rows.end(), [&](const RecentRecipient &r) {
            return AddressList::sameAddress(r.address, c.address);
        });
        if (known != rows.end()) {
            if (known->name.isEmpty())
                known->name = c.name;
            continue;
        }
        if (rows.size() < m_max)
            rows += c; // after the ones used before: those rank first
    }
    setRows(rows);
    Q_EMIT suggestionsReady(text);
}

void RecipientCompleter::setRows(QList<RecentRecipient> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RecipientCompleter::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecipientCompleter::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecentRecipient &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return MailAddress {r.name, r.address}.toString();
    case Qt::ToolTipRole:
        return r.address;
    case AddressRole:
        return r.address;
    case NameRole:
        return r.name;
    case UseCountRole:
        return r.useCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecipientCompleter::roleNames() const
{
    auto roles = QAbstractListModel::roleNames();
    roles.insert(AddressRole, "address");
    roles.insert(NameRole, "name");
    roles.insert(UseCountRole, "useCount");
    return roles;
}

} // namespace Outpost

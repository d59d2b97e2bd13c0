// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/TrustedSender.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Outpost {

class LocalStore;

// The Settings tab listing the senders whose remote images are always shown, each with the
// mailbox the trust was given in, and Remove. Removals are made on OK (apply()), like every
// other setting; without a store the list says it cannot be read.
class TrustedSendersPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrustedSendersPage(LocalStore *store, QWidget *parent = nullptr);

    QList<TrustedSender> shown() const { return m_shown; }
    // Removes from the store what was removed here.
    void apply();

private:
    void fill(const QList<TrustedSender> &senders);
    void removeSelected();

    QPointer<LocalStore> m_store;
    QLabel *m_state;
    QListWidget *m_list;
    QPushButton *m_remove;
    QList<TrustedSender> m_shown;
    QList<TrustedSender> m_removed;
};

} // namespace Outpost

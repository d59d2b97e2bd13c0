// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/TrustedSendersPage.h"

#include "store/LocalStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Outpost {

TrustedSendersPage::TrustedSendersPage(LocalStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_state(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Remote images are always shown in mail from these senders, in "
                                "the mailbox named beside each. They stay hidden in a message "
                                "whose sender the mail provider could not confirm."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *label = new QLabel(tr("&Trusted senders:"), this);
    label->setBuddy(m_list);
    layout->addWidget(label);
    m_list->setObjectName(QStringLiteral("trustedSendersList"));
    m_list->setAccessibleName(tr("Trusted senders"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_list, 1);
    m_state->setObjectName(QStringLiteral("trustedSendersState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    m_remove->setObjectName(QStringLiteral("removeTrustedSenderButton"));
    m_remove->setEnabled(false);
    row->addWidget(m_remove);
    layout->addLayout(row);

    connect(m_list, &QListWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_remove, &QPushButton::clicked, this, &TrustedSendersPage::removeSelected);

    if (!m_store) {
        m_state->setText(tr("The list cannot be read: the drafts file is not open."));
        return;
    }
    m_state->setText(tr("Reading…"));
    m_store->loadTrustedSenders({}, this, [this](const StoreResult<QList<TrustedSender>> &r) {
        if (!r.ok()) {
            m_state->setText(tr("The list cannot be read: %1").arg(r.error));
            return;
        }
        fill(r.value);
    });
}

void TrustedSendersPage::fill(const QList<TrustedSender> &senders)
{
    m_shown = senders;
    m_list->clear();
    for (const TrustedSender &t : senders) {
        auto *item = new QListWidgetItem(tr("%1 — in %2").arg(t.sender, t.mailbox), m_list);
        item->setData(Qt::UserRole, t.sender);
        item->setData(Qt::UserRole + 1, t.mailbox);
    }
    m_state->setText(senders.isEmpty() ? tr("No sender is trusted: remote images are shown "
                                            "only when you ask, message by message.")
                                       : QString());
}

void TrustedSendersPage::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    for (QListWidgetItem *item : selected) {
        const TrustedSender gone {
            item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString(), {}};
        m_shown.removeIf([&](const TrustedSender &t) {
            return t.sender == gone.sender && t.mailbox == gone.mailbox;
        });
        m_removed += gone;
        delete item;
    }
    if (m_list->count() == 0)
        m_state->setText(tr("No sender is trusted: remote images are shown only when you ask, "
                            "message by message."));
}

void TrustedSendersPage::apply()
{
    if (!m_store)
        return;
    for (const TrustedSender &t : std::as_const(m_removed))
        m_store->removeTrustedSender(t.sender, t.mailbox);
    m_removed.clear();
}

} // namespace Outpost

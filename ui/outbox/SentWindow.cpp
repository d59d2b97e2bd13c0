// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outbox/SentWindow.h"

#include "outbox/SentListModel.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeView>

namespace Outpost {

SentWindow::SentWindow(SentListModel *model, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(model)
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_open(new QPushButton(tr("&Open Conversation"), this))
{
    setObjectName(QStringLiteral("sentWindow"));
    setWindowTitle(tr("Sent"));
    resize(760, 380);
    m_view->setObjectName(QStringLiteral("sentView"));
    m_view->setAccessibleName(tr("Sent mail"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setModel(model);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->resizeSection(SentListModel::ToColumn, 180);
    header->resizeSection(SentListModel::SubjectColumn, 250);
    header->resizeSection(SentListModel::SentColumn, 150);
    m_empty->setObjectName(QStringLiteral("sentEmpty"));
    m_empty->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("openConversationButton"));
    m_open->setToolTip(tr("Read the conversation this message went into"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    connect(m_open, &QPushButton::clicked, this, &SentWindow::openCurrent);
    connect(m_view, &QTreeView::activated, this, &SentWindow::openCurrent);
    // Esc closes it, as it closes the Drafts and Outbox windows.
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this,
        &QWidget::close);
    connect(model, &QAbstractItemModel::modelReset, this, &SentWindow::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SentWindow::updateState);
    updateState();
}

const OutboxEntry *SentWindow::currentEntry() const
{
    return m_model->entryAt(m_view->currentIndex().row());
}

void SentWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->reload(); // relative times and anything sent from another Outpost on the file
    updateState();
}

void SentWindow::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    setConversationChosen(nullptr);
}

void SentWindow::setConversationChosen(const OutboxEntry *entry)
{
    const QString id = entry ? entry->id : QString();
    if (id == m_chosen)
        return;
    m_chosen = id;
    Q_EMIT conversationChosen(entry ? *entry : OutboxEntry());
}

void SentWindow::updateState()
{
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
    const OutboxEntry *entry = currentEntry();
    m_open->setEnabled(entry && !entry->receipt.threadId.isEmpty());
    // Mail sent straight through Gmail or Graph has no conversation on the platform.
    setConversationChosen(
        isVisible() && entry && !entry->receipt.conversationId.isEmpty() ? entry : nullptr);
    if (!m_model->loadError().isEmpty())
        m_empty->setText(tr("The sent mail could not be read: %1").arg(m_model->loadError()));
    else if (m_model->isLoaded() && m_model->rowCount() == 0)
        m_empty->setText(tr("Nothing sent in the last week."));
    else
        m_empty->clear();
    m_empty->setVisible(!m_empty->text().isEmpty());
}

void SentWindow::openCurrent()
{
    if (const OutboxEntry *entry = currentEntry(); entry && !entry->receipt.threadId.isEmpty())
        Q_EMIT conversationRequested(*entry);
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compose/DraftsWindow.h"
#include "ui_DraftsWindow.h"

#include "compose/DraftListModel.h"
#include "display/Roles.h"
#include "store/LocalStore.h"
#include "ui/Accessibility.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QShortcut>
#include <QSortFilterProxyModel>

namespace Outpost {

DraftsWindow::DraftsWindow(DraftListModel *model, LocalStore *store, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , ui(std::make_unique<Ui::DraftsWindow>())
    , m_model(model)
    , m_store(store)
    , m_sorted(new QSortFilterProxyModel(this))
{
    Accessibility::installFactories(); // a window, not a "filler"
    ui->setupUi(this);
    setObjectName(QStringLiteral("draftsWindow"));
    m_sorted->setSourceModel(model);
    m_sorted->setSortRole(Roles::SortKey);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    ui->view->setModel(m_sorted);
    ui->view->sortByColumn(DraftListModel::ChangedColumn, Qt::DescendingOrder);
    ui->view->header()->setStretchLastSection(false);
    ui->view->header()->setSectionResizeMode(DraftListModel::SubjectColumn, QHeaderView::Stretch);
    ui->view->header()->setSectionResizeMode(
        DraftListModel::ToColumn, QHeaderView::ResizeToContents);
    ui->view->header()->setSectionResizeMode(
        DraftListModel::ChangedColumn, QHeaderView::ResizeToContents);

    connect(ui->openButton, &QPushButton::clicked, this, &DraftsWindow::openCurrent);
    connect(ui->discardButton, &QPushButton::clicked, this, &DraftsWindow::discardCurrent);
    connect(ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    // Esc closes it, as it closes a dialog (its questions take their own Esc first).
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this,
        &QWidget::close);
    connect(ui->view, &QTreeView::activated, this, &DraftsWindow::openCurrent);
    connect(ui->view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DraftsWindow::updateState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &DraftsWindow::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &DraftsWindow::updateState);
    connect(model, &QAbstractItemModel::dataChanged, this, &DraftsWindow::updateState);
    model->reload();
    updateState();
}

DraftsWindow::~DraftsWindow() = default;

void DraftsWindow::setOpenCheck(std::function<bool(const QString &)> isOpen)
{
    m_isOpen = std::move(isOpen);
    updateState();
}

QString DraftsWindow::currentDraftId() const
{
    return ui->view->currentIndex().data(Roles::DraftId).toString();
}

void DraftsWindow::selectDraft(const QString &draftId)
{
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, 0);
        if (index.data(Roles::DraftId).toString() == draftId) {
            ui->view->setCurrentIndex(index);
            return;
        }
    }
}

void DraftsWindow::openCurrent()
{
    if (const auto record = m_model->record(currentDraftId()))
        Q_EMIT openRequested(*record);
}

void DraftsWindow::discardCurrent()
{
    const auto record = m_model->record(currentDraftId());
    if (!record)
        return;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Discard Draft"),
        tr("Discard “%1”? It cannot be brought back.")
            .arg(ui->view->currentIndex().siblingAtColumn(0).data().toString()),
        QMessageBox::NoButton, this);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setObjectName(QStringLiteral("discardQuestion"));
    QPushButton *discard = question->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);
    const QString id = record->id;
    connect(question, &QMessageBox::finished, this, [this, question, discard, id] {
        if (question->clickedButton() == discard)
            m_store->deleteDraft(id);
    });
    question->open();
}

void DraftsWindow::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    ui->view->setVisible(!empty);
    ui->emptyLabel->setVisible(empty);
    if (!empty && !ui->view->currentIndex().isValid())
        ui->view->setCurrentIndex(m_sorted->index(0, 0));
    const QString id = currentDraftId();
    const bool open = !id.isEmpty() && m_isOpen && m_isOpen(id);
    ui->openButton->setEnabled(!id.isEmpty());
    ui->openButton->setText(open ? tr("Sh&ow") : tr("&Open"));
    ui->discardButton->setEnabled(!id.isEmpty() && !open);
    ui->discardButton->setToolTip(open ? tr("It is open in a compose window: close it there "
                                            "and choose Discard")
                                       : tr("Delete this draft"));
    setWindowTitle(empty ? tr("Drafts") : tr("Drafts (%1)").arg(m_model->rowCount()));
}

} // namespace Outpost

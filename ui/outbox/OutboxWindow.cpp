// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outbox/OutboxWindow.h"
#include "ui_OutboxWindow.h"

#include "display/Roles.h"
#include "outbox/OutboxModel.h"
#include "submit/Outbox.h"
#include "ui/Accessibility.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QShortcut>

namespace Outpost {

OutboxWindow::OutboxWindow(OutboxModel *model, QWidget *parent)
    : QWidget(parent, Qt::Window), ui(std::make_unique<Ui::OutboxWindow>()), m_model(model)
{
    Accessibility::installFactories(); // a window, not a "filler"
    ui->setupUi(this);
    setObjectName(QStringLiteral("outboxWindow"));
    ui->view->setModel(model);
    QHeaderView *header = ui->view->header();
    header->setStretchLastSection(true);
    header->resizeSection(OutboxModel::SubjectColumn, 220);
    header->resizeSection(OutboxModel::ToColumn, 160);
    const auto delay
        = std::chrono::duration_cast<std::chrono::seconds>(model->outbox()->settings().undoDelay);
    ui->undoSpin->setValue(int(delay.count()));

    connect(ui->sendNowButton, &QPushButton::clicked, this, &OutboxWindow::sendNow);
    connect(ui->editButton, &QPushButton::clicked, this, &OutboxWindow::editCurrent);
    connect(ui->deleteButton, &QPushButton::clicked, this, &OutboxWindow::deleteCurrent);
    connect(ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    // Esc closes it, as it closes a dialog (its questions take their own Esc first).
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this,
        &QWidget::close);
    connect(ui->undoSpin, &QSpinBox::valueChanged, this, &OutboxWindow::undoDelayChanged);
    connect(ui->view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &OutboxWindow::updateState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &OutboxWindow::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &OutboxWindow::updateState);
    connect(model, &QAbstractItemModel::dataChanged, this, &OutboxWindow::updateState);
    updateState();
}

OutboxWindow::~OutboxWindow() = default;

QString OutboxWindow::currentEntryId() const
{
    return ui->view->currentIndex().data(Roles::EntryId).toString();
}

void OutboxWindow::selectEntry(const QString &entryId)
{
    const int row = m_model->rowOf(entryId);
    if (row >= 0)
        ui->view->setCurrentIndex(m_model->index(row, 0));
}

void OutboxWindow::sendNow()
{
    const QString id = currentEntryId();
    Outbox *outbox = m_model->outbox();
    // May have been sent: never a blind repeat. Looked for again; sent only if certainly not
    // stored (Outbox::retry keeps what is known of the lost attempt).
    if (outbox->status(id) == Outbox::Status::MayHaveBeenSent
        || outbox->status(id) == Outbox::Status::Failed
        || outbox->status(id) == Outbox::Status::Waiting
        || outbox->status(id) == Outbox::Status::Offline)
        outbox->retry(id);
    else
        outbox->sendNow(id);
}

void OutboxWindow::editCurrent()
{
    const QString id = currentEntryId();
    if (id.isEmpty())
        return;
    if (m_model->outbox()->status(id) != Outbox::Status::MayHaveBeenSent) {
        Q_EMIT editRequested(id);
        return;
    }
    // Taken out of the outbox, it is a new mail: sent again, it may arrive twice.
    auto *question = new QMessageBox(QMessageBox::Warning, tr("Edit Message"),
        tr("“%1” may have been sent already: check the conversation first. Edited and sent "
           "again, it may arrive twice.")
            .arg(ui->view->currentIndex().siblingAtColumn(0).data().toString()),
        QMessageBox::NoButton, this);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setObjectName(QStringLiteral("editMayHaveBeenSentQuestion"));
    QPushButton *edit = question->addButton(tr("&Edit Anyway"), QMessageBox::AcceptRole);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);
    connect(question, &QMessageBox::finished, this, [this, question, edit, id] {
        if (question->clickedButton() == edit)
            Q_EMIT editRequested(id);
    });
    question->open();
}

void OutboxWindow::deleteCurrent()
{
    const QString id = currentEntryId();
    if (id.isEmpty())
        return;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Delete Message"),
        tr("Delete “%1”? It will not be sent, and it cannot be brought back.")
            .arg(ui->view->currentIndex().siblingAtColumn(0).data().toString()),
        QMessageBox::NoButton, this);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setObjectName(QStringLiteral("deleteQuestion"));
    QPushButton *remove = question->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);
    connect(question, &QMessageBox::finished, this, [this, question, remove, id] {
        if (question->clickedButton() == remove)
            m_model->outbox()->remove(id);
    });
    question->open();
}

void OutboxWindow::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    ui->view->setVisible(!empty);
    ui->emptyLabel->setVisible(empty);
    if (!empty && !ui->view->currentIndex().isValid())
        ui->view->setCurrentIndex(m_model->index(0, 0));
    const QString id = currentEntryId();
    using S = Outbox::Status;
    const S status = id.isEmpty() ? S::Storing : m_model->outbox()->status(id);
    const bool busy = id.isEmpty() || status == S::Storing || status == S::Sending;
    ui->sendNowButton->setEnabled(!busy && status != S::Queued);
    ui->sendNowButton->setText(status == S::MayHaveBeenSent ? tr("Check &Again")
            : status == S::Failed || status == S::Waiting || status == S::Offline
            ? tr("&Retry Now")
            : tr("&Send Now"));
    ui->sendNowButton->setToolTip(status == S::MayHaveBeenSent
            ? tr("Looks for it on the server again; it goes again only if it is certainly not "
                 "there.")
            : QString());
    ui->editButton->setEnabled(!busy);
    ui->deleteButton->setEnabled(!busy);
    // The state of the selected entry: read by its text under the list, and as the list's
    // description, where the keyboard is (announced when it changes).
    const QString detail
        = id.isEmpty() ? QString() : ui->view->currentIndex().data(Qt::ToolTipRole).toString();
    ui->detail->setText(detail);
    // Hidden while it says nothing: empty, a screen reader met it as an unnamed label.
    ui->detail->setVisible(!detail.isEmpty());
    Accessibility::setDescriptionPart(ui->view, Accessibility::DescriptionPart::Detail, detail);
    setWindowTitle(empty ? tr("Outbox") : tr("Outbox (%1)").arg(m_model->rowCount()));
}

} // namespace Outpost

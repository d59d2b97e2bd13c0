// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ComposeWindow.h"
#include "ui_ComposeWindow.h"

#include "models/MailboxListModel.h"
#include "models/Roles.h"
#include "ui/FieldMessage.h"
#include "ui/MailboxIconProxy.h"

#include <QCloseEvent>
#include <QIcon>
#include <QShortcut>
#include <QTimer>

namespace Outpost {

namespace {
QString joined(const QList<MailAddress> &addresses)
{
    return AddressList::toStrings(addresses).join(QStringLiteral(", "));
}
} // namespace

ComposeWindow::ComposeWindow(ComposeController *controller, QWidget *parent)
    : QMainWindow(parent), ui(std::make_unique<Ui::ComposeWindow>()), m_controller(controller)
{
    ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    auto *fromModel = new MailboxIconProxy(this);
    fromModel->setSourceModel(controller->mailboxes());
    ui->fromCombo->setModel(fromModel);
    ui->providerLabel->setVisible(false);
    ui->providerCombo->setVisible(false);
    ui->sendButton->setToolTip(tr("Send the message (Ctrl+Return)"));

    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(sendShortcut, &QShortcut::activated, this, &ComposeWindow::send);
    auto *sendShortcutEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(sendShortcutEnter, &QShortcut::activated, this, &ComposeWindow::send);
    connect(ui->sendButton, &QPushButton::clicked, this, &ComposeWindow::send);
    connect(ui->subjectEdit, &QLineEdit::textChanged, this, &ComposeWindow::updateTitle);
    connect(
        ui->fromCombo, &QComboBox::currentIndexChanged, this, &ComposeWindow::updateProviderChoice);

    // Editing a field clears what was said about it.
    connect(ui->toEdit, &QLineEdit::textEdited, ui->toError, &FieldMessage::clearProblem);
    connect(ui->ccEdit, &QLineEdit::textEdited, ui->ccError, &FieldMessage::clearProblem);
    connect(ui->bccEdit, &QLineEdit::textEdited, ui->bccError, &FieldMessage::clearProblem);
    connect(ui->subjectEdit, &QLineEdit::textEdited, ui->subjectError, &FieldMessage::clearProblem);
    connect(ui->bodyEdit, &QPlainTextEdit::textChanged, ui->bodyError, &FieldMessage::clearProblem);
    connect(ui->fromCombo, &QComboBox::activated, ui->fromError, &FieldMessage::clearProblem);
    connect(ui->providerCombo, &QComboBox::activated, ui->fromError, &FieldMessage::clearProblem);

    connect(
        controller, &ComposeController::mailboxesLoaded, this, &ComposeWindow::onMailboxesLoaded);
    connect(
        controller, &ComposeController::mailboxesFailed, this, [this](const ServiceError &error) {
            showBanner(tr("Your mailboxes could not be loaded: %1").arg(error.message), true);
        });
    connect(controller, &ComposeController::problemsFound, this, &ComposeWindow::onProblems);
    connect(controller, &ComposeController::sendFailed, this, &ComposeWindow::onSendFailed);
    connect(controller, &ComposeController::sent, this, &ComposeWindow::onSent);
    connect(controller, &ComposeController::phaseChanged, this, &ComposeWindow::onPhaseChanged);
    connect(controller, &ComposeController::retrying, this,
        [this](int attempt, qint64 delayMs, const ServiceError &error) {
            showBanner(tr("%1 Trying again in %n second(s) (attempt %2).", nullptr,
                           int((delayMs + 999) / 1000))
                           .arg(error.message)
                           .arg(attempt),
                true);
        });
    updateTitle();
}

ComposeWindow::~ComposeWindow() = default;

void ComposeWindow::setDraft(const Draft &draft)
{
    m_wantedFrom = draft.from;
    ui->toEdit->setText(joined(draft.to));
    ui->ccEdit->setText(joined(draft.cc));
    ui->bccEdit->setText(joined(draft.bcc));
    ui->subjectEdit->setText(draft.subject);
    ui->bodyEdit->setPlainText(draft.body);
    if (!m_wantedFrom.isEmpty()) {
        const int row = m_controller->mailboxes()->rowOf(m_wantedFrom);
        if (row >= 0)
            ui->fromCombo->setCurrentIndex(row);
    }
    if (!draft.to.isEmpty())
        ui->subjectEdit->setFocus();
    updateTitle();
}

ComposeInput ComposeWindow::input() const
{
    ComposeInput in;
    in.from = ui->fromCombo->currentData(Roles::Address).toString();
    if (ui->providerCombo->isVisible() && ui->providerCombo->currentIndex() >= 0)
        in.provider = providerFromName(ui->providerCombo->currentData().toString());
    in.to = ui->toEdit->text();
    in.cc = ui->ccEdit->text();
    in.bcc = ui->bccEdit->text();
    in.subject = ui->subjectEdit->text();
    in.body = ui->bodyEdit->toPlainText();
    return in;
}

void ComposeWindow::showNotice(const QString &text)
{
    showBanner(text, false);
}

void ComposeWindow::send()
{
    if (!ui->sendButton->isEnabled())
        return;
    clearProblems();
    m_controller->send(input());
}

void ComposeWindow::updateTitle()
{
    const QString subject = ui->subjectEdit->text().trimmed();
    setWindowTitle(subject.isEmpty() ? tr("New message") : subject);
}

void ComposeWindow::updateProviderChoice()
{
    const QString from = ui->fromCombo->currentData(Roles::Address).toString();
    const auto resolution = m_controller->resolve(from, std::nullopt);
    const bool ambiguous = resolution.kind == MailboxResolution::Kind::Ambiguous;
    if (ambiguous) {
        const QString previous = ui->providerCombo->currentData().toString();
        ui->providerCombo->clear();
        for (Provider p : resolution.providers) {
            ui->providerCombo->addItem(
                QIcon(p == Provider::Gmail ? QStringLiteral(":/outpost/icons/gmail.svg")
                                           : QStringLiteral(":/outpost/icons/outlook.svg")),
                providerDisplayName(p), providerName(p));
        }
        const int keep = ui->providerCombo->findData(previous);
        ui->providerCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    ui->providerLabel->setVisible(ambiguous);
    ui->providerCombo->setVisible(ambiguous);
}

void ComposeWindow::onMailboxesLoaded()
{
    auto *model = m_controller->mailboxes();
    const int wanted = m_wantedFrom.isEmpty() ? -1 : model->rowOf(m_wantedFrom);
    ui->fromCombo->setCurrentIndex(wanted >= 0 ? wanted : (model->rowCount() > 0 ? 0 : -1));
    if (model->rowCount() == 0)
        showBanner(tr("No mailbox is connected to this account yet."), true);
    updateProviderChoice();
}

FieldMessage *ComposeWindow::messageFor(DraftField field) const
{
    switch (field) {
    case DraftField::From:
    case DraftField::Provider:
        return ui->fromError;
    case DraftField::To:
        return ui->toError;
    case DraftField::Cc:
        return ui->ccError;
    case DraftField::Bcc:
        return ui->bccError;
    case DraftField::Subject:
    case DraftField::Thread:
        return ui->subjectError;
    case DraftField::Body:
    case DraftField::Attachments:
        return ui->bodyError;
    case DraftField::None:
        break;
    }
    return nullptr;
}

QWidget *ComposeWindow::widgetFor(DraftField field) const
{
    switch (field) {
    case DraftField::From:
        return ui->fromCombo;
    case DraftField::Provider:
        return ui->providerCombo->isVisible() ? static_cast<QWidget *>(ui->providerCombo)
                                              : ui->fromCombo;
    case DraftField::To:
        return ui->toEdit;
    case DraftField::Cc:
        return ui->ccEdit;
    case DraftField::Bcc:
        return ui->bccEdit;
    case DraftField::Subject:
    case DraftField::Thread:
        return ui->subjectEdit;
    case DraftField::Body:
    case DraftField::Attachments:
        return ui->bodyEdit;
    case DraftField::None:
        break;
    }
    return nullptr;
}

void ComposeWindow::clearProblems()
{
    for (FieldMessage *m :
        {ui->fromError, ui->toError, ui->ccError, ui->bccError, ui->subjectError, ui->bodyError})
        m->clearProblem();
    ui->banner->setVisible(false);
}

void ComposeWindow::onProblems(const QList<DraftProblem> &problems)
{
    QWidget *first = nullptr;
    for (const DraftProblem &p : problems) {
        FieldMessage *message = messageFor(p.field);
        if (!message) {
            showBanner(p.message, true);
            continue;
        }
        // Several problems on one field read as one paragraph.
        message->showProblem(
            message->hasProblem() ? message->text() + u'\n' + p.message : p.message);
        if (!first)
            first = widgetFor(p.field);
    }
    if (first)
        first->setFocus();
    statusBar()->showMessage(tr("Not sent: fix what is marked."), 5000);
}

void ComposeWindow::onSendFailed(const ServiceError &error)
{
    if (error.kind == ServiceError::Kind::Conflict) {
        // The platform wants the provider spelled out: offer the choice.
        ui->providerLabel->setVisible(true);
        ui->providerCombo->setVisible(true);
        if (ui->providerCombo->count() == 0) {
            for (Provider p : {Provider::Gmail, Provider::Outlook})
                ui->providerCombo->addItem(providerDisplayName(p), providerName(p));
        }
    }
    if (FieldMessage *message = messageFor(error.field)) {
        message->showProblem(error.message);
        if (QWidget *w = widgetFor(error.field))
            w->setFocus();
        statusBar()->showMessage(tr("Not sent."), 5000);
    } else {
        showBanner(tr("Not sent. %1").arg(error.message), true);
    }
}

void ComposeWindow::onSent(const Receipt &receipt)
{
    showBanner(tr("Sent. Thread %1 — replies continue there.").arg(receipt.threadId), false);
    ui->threadLabel->setText(tr("Thread: %1").arg(receipt.threadId));
    statusBar()->showMessage(tr("Message sent"));
    QTimer::singleShot(m_closeDelayMs, this, &QWidget::close);
}

void ComposeWindow::onPhaseChanged(ComposeController::Phase phase)
{
    const bool editable = phase == ComposeController::Phase::Editing;
    for (QWidget *w : std::initializer_list<QWidget *> {ui->fromCombo, ui->providerCombo,
             ui->toEdit, ui->ccEdit, ui->bccEdit, ui->subjectEdit})
        w->setEnabled(editable);
    ui->bodyEdit->setReadOnly(!editable);
    ui->sendButton->setEnabled(editable);
    switch (phase) {
    case ComposeController::Phase::Sending:
        ui->sendButton->setText(tr("Sending…"));
        statusBar()->showMessage(tr("Sending…"));
        break;
    case ComposeController::Phase::Waiting:
        ui->sendButton->setText(tr("Waiting…"));
        break;
    case ComposeController::Phase::Sent:
        ui->sendButton->setText(tr("Sent"));
        break;
    case ComposeController::Phase::Editing:
        ui->sendButton->setText(tr("&Send"));
        statusBar()->clearMessage();
        break;
    }
}

void ComposeWindow::showBanner(const QString &text, bool isError)
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QString background = isError
        ? (dark ? QStringLiteral("#5c1f1b") : QStringLiteral("#fdecea"))
        : (dark ? QStringLiteral("#1d3b2a") : QStringLiteral("#e6f4ea"));
    const QString border = isError ? QStringLiteral("#d93025") : QStringLiteral("#1e8e3e");
    ui->banner->setStyleSheet(QStringLiteral("QLabel { background: %1; border: 1px solid %2; "
                                             "border-radius: 4px; padding: 6px 8px; }")
                                  .arg(background, border));
    ui->banner->setText(text);
    ui->banner->setVisible(true);
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compose/ComposeWindow.h"
#include "ui_ComposeWindow.h"

#include "accounts/MailboxListModel.h"
#include "compose/AttachmentListModel.h"
#include "compose/DraftAutosave.h"
#include "compose/SpellChecker.h"
#include "display/Roles.h"
#include "display/TimeText.h"
#include "providers/ProviderRegistry.h"
#include "settings/Settings.h"
#include "ui/FieldMessage.h"
#include "ui/accounts/MailboxIconProxy.h"
#include "ui/compose/AttachmentList.h"
#include "ui/compose/ComposeSpelling.h"
#include "ui/compose/ComposeTemplates.h"
#include "ui/compose/RecipientEdit.h"
#include "ui/compose/SendLaterButton.h"
#include "ui/compose/UndoSendBar.h"
#include "ui/threads/ThreadPickerRow.h"

#include <QAction>
#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QShortcut>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

namespace Outpost {

using namespace Qt::StringLiterals;

namespace {
QString joined(const QList<MailAddress> &addresses)
{
    return AddressList::toStrings(addresses).join(QStringLiteral(", "));
}
} // namespace

ComposeWindow::ComposeWindow(ComposeController *controller, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::ComposeWindow>())
    , m_controller(controller)
    , m_undoBar(new UndoSendBar(this))
{
    ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    auto *fromModel = new MailboxIconProxy(this);
    fromModel->setSourceModel(controller->mailboxes());
    ui->fromCombo->setModel(fromModel);
    ui->providerLabel->setVisible(false);
    ui->providerCombo->setVisible(false);
    ui->sendButton->setToolTip(tr("Send the message (Ctrl+Return)"));

    setupMenus();
    setupRecipients();
    setupFromHint();
    setupBody();
    setupAttachments();
    connect(ui->sendButton, &QPushButton::clicked, this, &ComposeWindow::send);
    connect(ui->subjectEdit, &QLineEdit::textChanged, this, &ComposeWindow::updateTitle);
    connect(
        ui->fromCombo, &QComboBox::currentIndexChanged, this, &ComposeWindow::updateProviderChoice);
    connect(ui->fromCombo, &QComboBox::currentIndexChanged, this, &ComposeWindow::onFromChanged);
    connect(ui->fromCombo, &QComboBox::currentIndexChanged, this,
        &ComposeWindow::updateNamesForSpelling);
    connect(ui->fromCombo, &QComboBox::activated, this, [this] { m_fromChosen = true; });

    // Editing a field clears what was said about it.
    connect(ui->toEdit, &RecipientEdit::changed, ui->toError, &FieldMessage::clearProblem);
    connect(ui->ccEdit, &RecipientEdit::changed, ui->ccError, &FieldMessage::clearProblem);
    connect(ui->bccEdit, &RecipientEdit::changed, ui->bccError, &FieldMessage::clearProblem);
    connect(ui->subjectEdit, &QLineEdit::textEdited, ui->subjectError, &FieldMessage::clearProblem);
    // Only a change of the text clears it: spelling marks (a rehighlight, as the dictionary
    // loads) signal textChanged too, with as many characters "added" as "removed", and would take
    // a refusal away from under the body while the user reads it.
    connect(ui->bodyEdit->document(), &QTextDocument::contentsChange, ui->bodyError,
        [this](int, int removed, int added) {
            if (removed != added)
                ui->bodyError->clearProblem();
        });
    connect(ui->fromCombo, &QComboBox::activated, ui->fromError, &FieldMessage::clearProblem);
    connect(ui->providerCombo, &QComboBox::activated, ui->fromError, &FieldMessage::clearProblem);

    connect(
        controller, &ComposeController::mailboxesLoaded, this, &ComposeWindow::onMailboxesLoaded);
    connect(
        controller, &ComposeController::mailboxesFailed, this, [this](const ServiceError &error) {
            m_mailboxesSettled = true;
            m_sendOnceMailboxes.reset();
            showBanner(tr("Your mailboxes could not be loaded: %1").arg(error.message), true,
                error.kind == ServiceError::Kind::Unauthorized ? BannerAction::SignIn
                                                               : BannerAction::None);
        });
    connect(controller, &ComposeController::problemsFound, this, &ComposeWindow::onProblems);
    connect(controller, &ComposeController::sendFailed, this, &ComposeWindow::onSendFailed);
    connect(controller, &ComposeController::sent, this, &ComposeWindow::onSent);
    connect(
        controller, &ComposeController::mayHaveBeenSent, this, &ComposeWindow::onMayHaveBeenSent);
    connect(ui->banner, &QLabel::linkActivated, this, &ComposeWindow::onBannerLink);
    connect(controller, &ComposeController::phaseChanged, this, &ComposeWindow::onPhaseChanged);
    connect(controller, &ComposeController::retrying, this,
        [this](int attempt, qint64 delayMs, const ServiceError &error) {
            showBanner(tr("%1 Trying again in %n second(s) (attempt %2).", nullptr,
                           int((delayMs + 999) / 1000))
                           .arg(error.message)
                           .arg(attempt),
                true);
        });

    // The draft: every change autosaved (the snapshot is taken when a save is due).
    DraftAutosave *autosave = controller->autosave();
    autosave->setSource([this] { return input(); });
    for (RecipientEdit *edit : recipientEdits())
        connect(edit, &RecipientEdit::changed, autosave, &DraftAutosave::edited);
    connect(ui->subjectEdit, &QLineEdit::textChanged, autosave, &DraftAutosave::edited);
    connect(ui->bodyEdit, &QTextEdit::textChanged, autosave, [this, autosave] {
        // Spelling marks made while typing are not edits (the text's revision stays; a whole
        // rehighlight, as the dictionary loads, does change it: a window holding only what a
        // request gave it compares before it writes). Nor is the automatic signature, in a new
        // window (which stays pristine) or in one holding only what a request gave it.
        const int revision = ui->bodyEdit->document()->revision();
        if (std::exchange(m_bodyRevision, revision) == revision)
            return;
        if (m_automatic && autosave->isGiven())
            autosave->givenChanged();
        else if (!m_automatic || !autosave->isPristine())
            autosave->edited();
    });
    autosave->setContentCheck([this] { return holdsContent(); });
    connect(ui->fromCombo, &QComboBox::activated, autosave, &DraftAutosave::chosen);
    connect(ui->providerCombo, &QComboBox::activated, autosave, &DraftAutosave::chosen);
    connect(controller, &ComposeController::inputRestored, this, &ComposeWindow::restoreInput);
    connect(controller, &ComposeController::closeDecisionNeeded, this,
        &ComposeWindow::askKeepOrDiscard);
    connect(controller, &ComposeController::draftSaveFailed, this, [this](const QString &error) {
        showBanner(tr("The draft could not be saved (%1). Keep this window open: nothing is lost "
                      "while it is.")
                       .arg(error),
            true);
    });
    // Send later, and Undo for a moment after Send.
    auto *later = new SendLaterButton(this);
    m_sendLater = later;
    ui->actionRow->insertWidget(ui->actionRow->indexOf(ui->sendButton), later);
    ui->actionRow->insertWidget(1, m_undoBar);
    connect(later, &SendLaterButton::chosen, this, &ComposeWindow::sendLater);
    connect(m_undoBar, &UndoSendBar::undoRequested, controller, &ComposeController::undo);
    setupKeyboard(); // the thread row, the order of Tab, Ctrl+T
    updateTitle();
}

ComposeWindow::~ComposeWindow()
{
    // Closing hands the focus away: nothing may turn into chips while the form goes.
    for (RecipientEdit *edit : recipientEdits())
        edit->lineEdit()->blockSignals(true);
    // The controller may outlive the form (a test's): it asks the form nothing more.
    m_controller->autosave()->setSource({});
    m_controller->autosave()->setContentCheck({});
}

void ComposeWindow::restoreInput(const ComposeInput &in)
{
    ui->toEdit->setText(in.to);
    ui->ccEdit->setText(in.cc);
    ui->bccEdit->setText(in.bcc);
    setCcVisible(ui->actionShowCc->isChecked());
    setBccVisible(ui->actionShowBcc->isChecked());
    ui->subjectEdit->setText(in.subject);
    if (ui->bodyEdit->bodyText() != in.body || ui->bodyEdit->isHtml() != in.isHtml)
        ui->bodyEdit->setBody(in.body, in.isHtml);
    m_threadRow->showThread(in);
    if (!in.from.isEmpty())
        selectFrom(in.from);
    if (in.provider) {
        const int row = ui->providerCombo->findData(providerName(*in.provider));
        if (row >= 0)
            ui->providerCombo->setCurrentIndex(row);
    }
    // A reply or a forward is written above its quote, where the keyboard goes at once.
    const QTextDocument *doc = ui->bodyEdit->document();
    const bool aboveQuote = doc->blockCount() > 1 && doc->firstBlock().text().trimmed().isEmpty();
    ui->bodyEdit->moveCursor(aboveQuote ? QTextCursor::Start : QTextCursor::End);
    if (aboveQuote)
        ui->bodyEdit->setFocus();
    updateSignature(false);
    updateTitle();
}

void ComposeWindow::continueWriting()
{
    focusWhereWritingContinues();
    // What the user wrote before is checked at once, not from the first key.
    if (m_spelling && !ui->bodyEdit->document()->isEmpty())
        m_spelling->checkAtStart();
}

void ComposeWindow::focusWhereWritingContinues()
{
    if (ui->toEdit->text().trimmed().isEmpty())
        ui->toEdit->setFocus();
    else if (ui->subjectEdit->text().trimmed().isEmpty())
        ui->subjectEdit->setFocus();
    else
        ui->bodyEdit->setFocus(); // at its end, or above a reply's quote (restoreInput)
}

void ComposeWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeDecided || m_controller->requestClose()) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore(); // the question is asked; the answer closes the window
}

void ComposeWindow::changeEvent(QEvent *event)
{
    // Leaving the window saves the draft at once.
    if (event->type() == QEvent::ActivationChange && !isActiveWindow())
        m_controller->autosave()->saveNow();
    // Rich-text labels take their link colour from the palette when their text is set, and
    // QLabel::setText ignores the same text: after a palette change (a dark theme switched on
    // while the window is open) they are emptied and written again in the new colours.
    if (event->type() == QEvent::PaletteChange && m_ccBccLinks && m_fromHint) {
        m_ccBccLinks->clear();
        updateCcBccLinks();
        m_fromHint->clear();
        updateFromHint();
    }
    QMainWindow::changeEvent(event);
}

void ComposeWindow::askKeepOrDiscard()
{
    auto *question = new QMessageBox(QMessageBox::Question, tr("Close Message"),
        tr("Keep this message as a draft?"), QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("keepOrDiscardQuestion"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setInformativeText(tr("A kept draft is in Drafts, to finish and send later."));
    QPushButton *keep = question->addButton(tr("&Keep as Draft"), QMessageBox::AcceptRole);
    QPushButton *discard = question->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(keep);
    connect(question, &QMessageBox::finished, this, [this, question, keep, discard] {
        if (question->clickedButton() == keep)
            m_controller->keepDraft();
        else if (question->clickedButton() == discard)
            m_controller->discardDraft();
        else
            return;
        m_closeDecided = true;
        close();
    });
    question->open();
}

void ComposeWindow::sendLater(const QDateTime &when)
{
    if (!ui->sendButton->isEnabled())
        return;
    clearProblems();
    for (RecipientEdit *edit : recipientEdits())
        edit->commitPending();
    const ComposeInput in = input();
    // Pressed before the From list arrived (a window opened a moment ago): nothing is wrong
    // yet, the message goes as soon as the list is here.
    if (in.from.isEmpty() && !m_mailboxesSettled) {
        m_sendOnceMailboxes = when;
        showBanner(tr("Sending as soon as your mailboxes are loaded…"), false);
        return;
    }
    // Something to fix: said at once, nothing asked first.
    if (std::holds_alternative<QList<DraftProblem>>(m_controller->draftFrom(in))) {
        m_controller->send(in, when);
        return;
    }
    confirmThenSend(m_controller->questionsBefore(in), when);
}

void ComposeWindow::confirmThenSend(
    QList<ComposeController::Question> questions, const QDateTime &when)
{
    if (questions.isEmpty()) {
        m_controller->send(input(), when);
        return;
    }
    const ComposeController::Question question = questions.takeFirst();
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    QPushButton *go = nullptr;
    QPushButton *fix = nullptr;
    QWidget *fixFocus = nullptr;
    QAction *attach = nullptr;
    QAbstractButton *attachButton = nullptr;
    if (question == ComposeController::Question::EmptySubject) {
        box->setObjectName(QStringLiteral("emptySubjectQuestion"));
        box->setWindowTitle(tr("No Subject"));
        box->setText(tr("Send this message without a subject?"));
        box->setInformativeText(
            tr("Recipients will see “(no subject)”. A short subject helps them find it later."));
        go = box->addButton(tr("Send &Without Subject"), QMessageBox::AcceptRole);
        fix = box->addButton(tr("&Add a Subject"), QMessageBox::RejectRole);
        fixFocus = ui->subjectEdit;
    } else {
        box->setObjectName(QStringLiteral("attachmentQuestion"));
        box->setWindowTitle(tr("No Attachment"));
        box->setText(tr("The message mentions “%1”, but nothing is attached.")
                         .arg(m_controller->promisedAttachment(input())));
        box->setInformativeText(tr("Send it anyway?"));
        go = box->addButton(tr("Send &Anyway"), QMessageBox::AcceptRole);
        // The attachment list adds this action when it is there.
        fix = box->addButton(tr("&Don't Send Yet"), QMessageBox::RejectRole);
        fixFocus = ui->bodyEdit;
        if (QAction *action = findChild<QAction *>(QStringLiteral("actionAttachFile"))) {
            attachButton = box->addButton(tr("A&ttach a File…"), QMessageBox::ActionRole);
            attach = action;
        }
    }
    box->setDefaultButton(fix);
    box->setEscapeButton(fix);
    connect(box, &QMessageBox::finished, this, [=, this] {
        if (box->clickedButton() == go) {
            confirmThenSend(questions, when);
            return;
        }
        fixFocus->setFocus();
        if (attach && box->clickedButton() == attachButton)
            attach->trigger();
    });
    box->open();
}

void ComposeWindow::setDraft(const Draft &draft)
{
    // Not the user's work yet: saved from their first change (DraftAutosave::beginFill).
    DraftAutosave *autosave = m_controller->autosave();
    autosave->beginFill();
    const auto filled = qScopeGuard([autosave] { autosave->endFill(); });
    m_wantedFrom = draft.from;
    m_fromChosen = !draft.from.isEmpty();
    ui->toEdit->setText(joined(draft.to));
    ui->ccEdit->setText(joined(draft.cc));
    ui->bccEdit->setText(joined(draft.bcc));
    setCcVisible(ui->actionShowCc->isChecked());
    setBccVisible(ui->actionShowBcc->isChecked());
    ui->subjectEdit->setText(draft.subject);
    if (!draft.body.isEmpty() || draft.isHtml) // else new mail keeps the format it started in
        ui->bodyEdit->setBody(draft.body, draft.isHtml);
    if (!draft.attachments.isEmpty()) // attachments (issue 5): `--attach`, a forward
        m_controller->attachments()->setAttachments(draft.attachments);
    if (!m_wantedFrom.isEmpty()) {
        const int row = m_controller->mailboxes()->rowOf(m_wantedFrom);
        if (row >= 0)
            ui->fromCombo->setCurrentIndex(row);
    }
    // The keyboard where the writing goes on: Subject once the link gave To, the message (after
    // what the link wrote in it) once it gave the subject too.
    ui->bodyEdit->moveCursor(QTextCursor::End);
    if (!draft.to.isEmpty())
        focusWhereWritingContinues();
    updateSignature(false);
    updateTitle();
}

ComposeInput ComposeWindow::input() const
{
    ComposeInput in;
    in.from = ui->fromCombo->currentData(Roles::Address).toString();
    // Before the mailboxes are listed, the From the draft asked for (a reply's, a restored
    // draft's): saved now, it is not lost.
    if (in.from.isEmpty() && ui->fromCombo->count() == 0)
        in.from = m_wantedFrom;
    if (ui->providerCombo->isVisible() && ui->providerCombo->currentIndex() >= 0)
        in.provider = providerFromName(ui->providerCombo->currentData().toString());
    in.to = ui->toEdit->text();
    in.cc = ui->ccEdit->text();
    in.bcc = ui->bccEdit->text();
    in.subject = ui->subjectEdit->text();
    in.body = ui->bodyEdit->bodyText();
    in.isHtml = ui->bodyEdit->isHtml();
    return in;
}

void ComposeWindow::showNotice(const QString &text)
{
    showBanner(text, false);
}

void ComposeWindow::showWarning(const QString &text)
{
    showBanner(text, true);
}

void ComposeWindow::send()
{
    sendLater({});
}

void ComposeWindow::updateTitle()
{
    const QString subject = ui->subjectEdit->text().trimmed();
    setWindowTitle(subject.isEmpty() ? tr("New Message") : subject);
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
        return ui->bodyError;
    case DraftField::Attachments:
        return m_attachmentList->problemLabel();
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
        return ui->bodyEdit;
    case DraftField::Attachments:
        return m_attachmentList->view();
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
    if (m_bannerAction) // the banner's action goes with it
        m_bannerAction->setVisible(false);
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
        const QString text = m_templates ? m_templates->explain(p) : p.message;
        message->showProblem(message->hasProblem() ? message->text() + u'\n' + text : text);
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
            for (const ProviderInfo &row : ProviderRegistry::all())
                ui->providerCombo->addItem(row.displayName(), row.wireName());
        }
    }
    if (FieldMessage *message = messageFor(error.field)) {
        message->showProblem(error.message);
        if (QWidget *w = widgetFor(error.field))
            w->setFocus();
        statusBar()->showMessage(tr("Not sent."), 5000);
    } else {
        showBanner(tr("Not sent. %1").arg(error.message), true,
            error.kind == ServiceError::Kind::Unauthorized ? BannerAction::SignIn
                                                           : BannerAction::None);
    }
}

void ComposeWindow::onSent(const Receipt &receipt)
{
    showBanner(tr("Sent. Thread %1 — replies continue there.").arg(receipt.threadId), false);
    ui->threadLabel->setText(tr("Thread: %1").arg(receipt.threadId));
    // Hidden until it says something: empty, a screen reader met it as an unnamed label.
    ui->threadLabel->show();
    statusBar()->showMessage(tr("Message sent"));
    QTimer::singleShot(m_closeDelayMs, this, &QWidget::close);
}

void ComposeWindow::onPhaseChanged(ComposeController::Phase phase)
{
    const bool editable = phase == ComposeController::Phase::Editing;
    for (QWidget *w : std::initializer_list<QWidget *> {
             ui->fromCombo, ui->providerCombo, ui->toEdit, ui->ccEdit, ui->bccEdit, m_threadRow})
        w->setEnabled(editable);
    ui->subjectEdit->setReadOnly(!editable); // read-only, not greyed: it stays readable
    ui->bodyEdit->setReadOnly(!editable);
    // The whole message is frozen while it waits to go (issue 15, item 4): what the window
    // shows is what is sent. Undo gives it back.
    m_attachmentList->setReadOnly(!editable);
    if (QAction *attach = findChild<QAction *>(QStringLiteral("actionAttachFile")))
        attach->setEnabled(editable);
    ui->sendButton->setEnabled(editable);
    ui->actionSend->setEnabled(editable);
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
    case ComposeController::Phase::MayHaveBeenSent:
        ui->sendButton->setText(tr("May have been sent"));
        break;
    case ComposeController::Phase::Editing:
        ui->sendButton->setText(tr("&Send"));
        statusBar()->clearMessage();
        break;
    case ComposeController::Phase::Held:
        ui->sendButton->setText(tr("Sending…"));
        m_undoBar->start(m_controller->undoRemainingMs());
        break;
    case ComposeController::Phase::Queued:
        ui->sendButton->setText(tr("In the Outbox"));
        if (m_controller->scheduledAt().isValid()) {
            showBanner(tr("Scheduled for %1. It waits in the Outbox; you can close this window.")
                           .arg(TimeText::minute(m_controller->scheduledAt())),
                false);
            QTimer::singleShot(m_closeDelayMs, this, &QWidget::close);
        } else {
            statusBar()->showMessage(tr("In the Outbox: it goes out as soon as it can. You can "
                                        "close this window."));
        }
        break;
    }
    if (phase != ComposeController::Phase::Held)
        m_undoBar->stop();
    m_sendLater->setEnabled(editable);
}

SpellChecker *ComposeWindow::spellChecker() const
{
    return m_spelling ? m_spelling->checker() : nullptr;
}

QList<RecipientEdit *> ComposeWindow::recipientEdits() const
{
    return {ui->toEdit, ui->ccEdit, ui->bccEdit};
}

void ComposeWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The spelling languages are listed once the window is on screen (the first paint never
    // waits for them); the dictionary itself loads when first needed (ComposeSpelling).
    if (m_spelling)
        QTimer::singleShot(0, m_spelling, &ComposeSpelling::start);
}

} // namespace Outpost

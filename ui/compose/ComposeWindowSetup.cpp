// SPDX-License-Identifier: GPL-3.0-or-later
// The compose window's furniture: menus, the recipient rows, the body and its format bar,
// signatures, attachments and .eml export. Sending, problems and the window's life are in
// ComposeWindow.cpp.
#include "ui/compose/ComposeWindow.h"
#include "ui/conversation/TeamNoteAction.h"
#include "ui_ComposeWindow.h"

#include "accounts/MailboxListModel.h"
#include "compose/AttachmentListModel.h"
#include "compose/EmlExport.h"
#include "compose/SignatureStore.h"
#include "display/PeopleText.h"
#include "display/Roles.h"
#include "settings/Settings.h"
#include "ui/Accessibility.h"
#include "ui/DesktopLook.h"
#include "ui/FieldMessage.h"
#include "ui/compose/AttachmentList.h"
#include "ui/compose/BodyEditor.h"
#include "ui/compose/ComposeSpelling.h"
#include "ui/compose/RecipientEdit.h"
#include "ui/compose/UndoSendBar.h"
#include "ui/outbox/MailStatusLinks.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/threads/ThreadPickerRow.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QIcon>
#include <QLabel>
#include <QMetaMethod>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QStandardPaths>
#include <QToolButton>

namespace Outpost {

using namespace Qt::StringLiterals;

void ComposeWindow::attachFiles(const QStringList &paths)
{
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls += QUrl::fromLocalFile(path);
    if (!urls.isEmpty())
        Q_EMIT ui->bodyEdit->filesDropped(urls);
}

QString ComposeWindow::saveEmlTo(const QString &path)
{
    return EmlExport::write(m_controller, input(), path);
}

void ComposeWindow::saveAsEml()
{
    QString name = input().subject.trimmed();
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("_"));
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + u'/' + (name.isEmpty() ? tr("message") : name) + QStringLiteral(".eml");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save As .eml"), suggested, tr("Email messages (*.eml)"));
    if (path.isEmpty())
        return;
    const QString error = saveEmlTo(path);
    if (!error.isEmpty()) {
        showBanner(tr("Not saved: %1").arg(error), true);
        return;
    }
    statusBar()->showMessage(tr("Saved as %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void ComposeWindow::setupMenus()
{
    // File
    ui->actionSend->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(ui->actionSend, &QAction::triggered, this, &ComposeWindow::send);
    auto *saveEml = new QAction(tr("Save As .&eml…"), this);
    saveEml->setObjectName(QStringLiteral("actionSaveEml"));
    const QList<QAction *> fileActions = ui->menuFile->actions();
    const qsizetype afterSend = fileActions.indexOf(ui->actionSend) + 1;
    ui->menuFile->insertAction(fileActions.value(afterSend), saveEml);
    connect(saveEml, &QAction::triggered, this, &ComposeWindow::saveAsEml);
    // Ctrl+N: this action alone (MailWindows opens the window; a window on its own asks its
    // controller).
    ui->actionNewMessage->setShortcut(QKeySequence::New);
    connect(ui->actionNewMessage, &QAction::triggered, this, [this] {
        if (isSignalConnected(QMetaMethod::fromSignal(&ComposeWindow::newMessageRequested)))
            Q_EMIT newMessageRequested();
        else
            m_controller->requestCompose({});
    });
    connect(ui->actionClose, &QAction::triggered, this, &QWidget::close);

    // Edit: what the focused field does with these keys anyway.
    const std::pair<QAction *, const char *> editing[] = {{ui->actionUndo, "undo()"},
        {ui->actionRedo, "redo()"}, {ui->actionCut, "cut()"}, {ui->actionCopy, "copy()"},
        {ui->actionPaste, "paste()"}, {ui->actionSelectAll, "selectAll()"}};
    for (const auto &[action, method] : editing) {
        connect(action, &QAction::triggered, this, [this, action, method] {
            // During the undo countdown, Ctrl+Z takes the message back (the form is frozen,
            // there is nothing else to undo).
            if (action == ui->actionUndo
                && m_controller->phase() == ComposeController::Phase::Held) {
                m_controller->undo();
                return;
            }
            QWidget *focus = QApplication::focusWidget();
            if (!focus || focus->window() != this)
                return;
            const QByteArray signature = QMetaObject::normalizedSignature(method);
            const int index = focus->metaObject()->indexOfMethod(signature.constData());
            if (index >= 0)
                focus->metaObject()->method(index).invoke(focus);
        });
    }
    ui->actionUndo->setShortcut(QKeySequence::Undo);
    ui->actionRedo->setShortcut(QKeySequence::Redo);
    ui->actionCut->setShortcut(QKeySequence::Cut);
    ui->actionCopy->setShortcut(QKeySequence::Copy);
    ui->actionPaste->setShortcut(QKeySequence::Paste);
    ui->actionSelectAll->setShortcut(QKeySequence::SelectAll);

    // View
    connect(ui->actionShowCc, &QAction::toggled, this, &ComposeWindow::setCcVisible);
    connect(ui->actionShowBcc, &QAction::toggled, this, &ComposeWindow::setBccVisible);
    ui->actionFormatBar->setChecked(true);
    connect(ui->actionFormatBar, &QAction::toggled, this, &ComposeWindow::updateFormatBar);

    // Insert
    connect(ui->actionInsertSignature, &QAction::triggered, this, [this] {
        m_autoSignature = true;
        updateSignature(true);
    });
    // A signature edited meanwhile replaces the one in the body (never typed text).
    connect(
        m_controller->signatures(), &SignatureStore::changed, this, [this](const QString &address) {
            const QString from = ui->fromCombo->currentData(Roles::Address).toString();
            if (m_autoSignature && AddressList::sameAddress(address, from)
                && (ui->bodyEdit->hasSignature() || ui->bodyEdit->document()->isEmpty()))
                updateSignature(true);
        });

    // Tools: check spelling and its languages (ComposeSpelling, after the first paint).
    m_spelling = new ComposeSpelling(
        m_controller, ui->bodyEdit, ui->menuSpelling, ui->actionCheckSpelling,
        [this] { return ui->fromCombo->currentData(Roles::Address).toString(); }, this);
    connect(m_spelling, &ComposeSpelling::ready, this, &ComposeWindow::spellingReady);

    // Tools ▸ Note for the Team… (ui/TeamNoteAction): about the first recipient in To.
    ui->menuTools->addAction(TeamNoteAction::create(
        this, m_controller->instanceClient(),
        [this] {
            const QList<MailAddress> to = ui->toEdit->addresses();
            if (to.isEmpty())
                return TeamNoteAction::About {};
            return TeamNoteAction::About {{}, to.first().address, PeopleText::names({to.first()})};
        },
        &m_controller->settings()));

    // Tools ▸ Settings… (ui/SettingsDialog)
    ui->menuTools->addSeparator();
    QAction *settings = ui->menuTools->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, [this] {
        auto *dialog = new SettingsDialog(m_controller, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void ComposeWindow::setupRecipients()
{
    for (RecipientEdit *edit : recipientEdits()) {
        edit->lineEdit()->setAccessibleName(edit->accessibleName());
        edit->setCompleter(m_controller->createCompleter(edit));
        connect(edit, &RecipientEdit::changed, this, &ComposeWindow::onRecipientsChanged);
    }
    ui->toEdit->setToolTip(tr("Type or paste addresses; a comma, semicolon or Enter ends each."));
    // Each problem line speaks of the control that takes the focus for its field.
    const std::pair<FieldMessage *, QWidget *> messages[]
        = {{ui->fromError, ui->fromCombo}, {ui->toError, ui->toEdit->lineEdit()},
            {ui->ccError, ui->ccEdit->lineEdit()}, {ui->bccError, ui->bccEdit->lineEdit()},
            {ui->subjectError, ui->subjectEdit}, {ui->bodyError, ui->bodyEdit}};
    for (const auto &[message, field] : messages)
        message->setField(field);
    // "Cc Bcc" beside the recipients, as in Gmail: each shows its field (View ▸ too).
    m_ccBccLinks = new QLabel(this);
    m_ccBccLinks->setObjectName(QStringLiteral("ccBccLinks"));
    m_ccBccLinks->setTextFormat(Qt::RichText);
    m_ccBccLinks->setTextInteractionFlags(
        Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_ccBccLinks->setFocusPolicy(Qt::NoFocus); // the keyboard has View ▸ Cc and Bcc
    ui->headerGrid->addWidget(m_ccBccLinks, 2, 2, Qt::AlignTop | Qt::AlignRight);
    connect(m_ccBccLinks, &QLabel::linkActivated, this, [this](const QString &link) {
        (link == u"cc" ? ui->actionShowCc : ui->actionShowBcc)->setChecked(true);
        (link == u"cc" ? ui->ccEdit : ui->bccEdit)->setFocus();
    });
    setCcVisible(false);
    setBccVisible(false);
}

void ComposeWindow::setCcVisible(bool visible)
{
    visible = visible || !ui->ccEdit->text().isEmpty();
    ui->ccLabel->setVisible(visible);
    ui->ccEdit->setVisible(visible);
    ui->ccError->setVisible(visible && ui->ccError->hasProblem());
    const QSignalBlocker block(ui->actionShowCc);
    ui->actionShowCc->setChecked(visible);
    updateCcBccLinks();
    if (visible && sender() == ui->actionShowCc)
        ui->ccEdit->setFocus();
}

void ComposeWindow::setBccVisible(bool visible)
{
    visible = visible || !ui->bccEdit->text().isEmpty();
    ui->bccLabel->setVisible(visible);
    ui->bccEdit->setVisible(visible);
    ui->bccError->setVisible(visible && ui->bccError->hasProblem());
    const QSignalBlocker block(ui->actionShowBcc);
    ui->actionShowBcc->setChecked(visible);
    updateCcBccLinks();
    if (visible && sender() == ui->actionShowBcc)
        ui->bccEdit->setFocus();
}

void ComposeWindow::updateCcBccLinks()
{
    if (!m_ccBccLinks)
        return;
    QStringList links;
    if (!ui->actionShowCc->isChecked())
        links += u"<a href=\"cc\">%1</a>"_s.arg(tr("Cc").toHtmlEscaped());
    if (!ui->actionShowBcc->isChecked())
        links += u"<a href=\"bcc\">%1</a>"_s.arg(tr("Bcc").toHtmlEscaped());
    m_ccBccLinks->setText(links.join(u"&nbsp;&nbsp;"_s));
    m_ccBccLinks->setToolTip(tr("Add Cc or Bcc recipients"));
    m_ccBccLinks->setAccessibleName(m_ccBccLinks->toolTip());
    m_ccBccLinks->setVisible(!links.isEmpty());
}

void ComposeWindow::setupBody()
{
    BodyEditor *body = ui->bodyEdit;
    // Each button of the formatting bar: its short label (the menu keeps the full name), its
    // icon from the desktop's theme (freedesktop Icon Naming Specification name), else
    // Outpost's own: every button has one, whatever the theme. B, I and U are icons too, not
    // letters in a bold and an italic font: those two fonts (about 0.7 MB of a composer's
    // memory) load when bold or italic is first typed.
    struct FormatButton
    {
        const char *action;
        QString label;
        const char *themeIcon;
        const char *ownIcon;
    };
    const FormatButton buttons[] = {{"bold", tr("B"), "format-text-bold", "bold"},
        {"italic", tr("I"), "format-text-italic", "italic"},
        {"underline", tr("U"), "format-text-underline", "underline"},
        {"bullets", tr("• List"), "format-list-unordered", "list-bullets"},
        {"numbers", tr("1. List"), "format-list-ordered", "list-numbers"},
        {"link", tr("Link…"), "insert-link", "link"},
        {"quote", tr("Quote"), "format-indent-more", "quote"},
        {"clear", tr("Clear"), "edit-clear", "clear-format"}};
    for (const FormatButton &b : buttons) {
        if (QAction *a = body->action(QString::fromLatin1(b.action))) {
            a->setIconText(b.label);
            a->setIcon(DesktopLook::themedIcon(
                QString::fromLatin1(b.themeIcon), QString::fromLatin1(b.ownIcon)));
        }
    }
    ui->actionHtml->setIconText(tr("Rich Text"));
    ui->formatBar->addAction(ui->actionHtml);
    ui->formatBar->addSeparator();
    ui->formatBar->addActions(body->formatActions());
    ui->menuFormat->addActions(body->formatActions());
    for (const FormatButton &b : buttons) {
        // Icon only; the name is its tooltip and its accessible name.
        auto *button = qobject_cast<QToolButton *>(
            ui->formatBar->widgetForAction(body->action(QString::fromLatin1(b.action))));
        if (button)
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    for (const char *name : {"bold", "italic", "underline"}) {
        QWidget *button = ui->formatBar->widgetForAction(body->action(QString::fromLatin1(name)));
        button->setAccessibleName(body->action(QString::fromLatin1(name))->text().remove(u'&'));
    }
    connect(ui->actionHtml, &QAction::toggled, body, &BodyEditor::setHtml);
    connect(body, &BodyEditor::richTextWanted, this, &ComposeWindow::offerRichText);
    connect(body, &BodyEditor::htmlChanged, this, [this](bool html) {
        const QSignalBlocker block(ui->actionHtml);
        ui->actionHtml->setChecked(html);
        if (html && m_richTextOffer) { // switched some other way: nothing left to offer
            m_richTextOffer->hide();
            m_offeredFormat = nullptr;
        }
        updateSignature(false);
        updateFormatBar();
    });
    updateFormatBar();
}

void ComposeWindow::setRichText(bool rich)
{
    const QScopedValueRollback automatic(m_automatic, true);
    ui->actionHtml->setChecked(rich);
}

void ComposeWindow::addQuitAction(QAction *quit)
{
    ui->menuFile->addSeparator();
    ui->menuFile->addAction(quit);
}

void ComposeWindow::addWindowActions(const QList<QAction *> &actions)
{
    ui->menuView->addSeparator();
    ui->menuView->addActions(actions);
}

void ComposeWindow::setupKeyboard()
{
    // The thread this message continues (Ctrl+T chooses).
    m_threadRow = new ThreadPickerRow(
        m_controller, [this] { return ui->toEdit->text(); }, this);
    m_threadRow->setObjectName(QStringLiteral("threadRow"));
    auto *threadLabel = new QLabel(tr("T&hread:"), this);
    threadLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    threadLabel->setBuddy(m_threadRow->chooseButton());
    // Between the recipients and the subject (the .ui leaves row 8 free): the thread follows
    // from who the mail is to, and the subject from the thread; Tab from Subject then goes
    // straight to the message (issue 15) while following what the eye reads (issue 19).
    const int threadGridRow = 8;
    ui->headerGrid->addWidget(threadLabel, threadGridRow, 0);
    ui->headerGrid->addWidget(m_threadRow, threadGridRow, 1);
    // What is typed on the row's buttons goes where the mail is written next: Subject while it
    // is empty (Tab from To lands on Choose…, where other mail clients have Subject), else the
    // message, at its caret (the keyboard is back on these buttons after the picker or a
    // conversation, with the subject filled). Nothing typed replaces what is there.
    m_threadRow->passTypingTo([this]() -> QWidget * {
        if (ui->subjectEdit->isEnabled() && ui->subjectEdit->text().isEmpty()) {
            ui->subjectEdit->setFocus(Qt::OtherFocusReason);
            return ui->subjectEdit;
        }
        if (!ui->bodyEdit->isEnabled() || ui->bodyEdit->isReadOnly())
            return nullptr;
        ui->bodyEdit->setFocus(Qt::OtherFocusReason);
        return ui->bodyEdit;
    });
    Accessibility::makeToolBarKeyboardReachable(ui->formatBar);
    updateTabOrder();
    ui->toEdit->lineEdit()->setFocus();
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), this), &QShortcut::activated,
        m_threadRow, &ThreadPickerRow::openPicker);
}

void ComposeWindow::addStatusLinks(MailStatusLinks *links)
{
    m_statusLinks = links;
    statusBar()->addPermanentWidget(links);
    updateTabOrder();
}

void ComposeWindow::updateTabOrder()
{
    // Tab follows what the eye reads (issue 19): the formatting bar at the top of the window
    // (one stop; arrows move within it), the header from From to Bcc, the thread row, Subject,
    // what the rich-text offer asks, the message (Tab from Subject lands there: issue 15), its
    // attachments, the paperclip, Undo (while it counts down), Send later, Send, the Drafts,
    // Outbox and Sent links, the banner's link when it has one; and then the bar again. Hidden
    // or disabled controls are skipped by Qt. Every control that takes Tab is in this list, so
    // that the chain closes on itself (tst_accessibility walks it).
    QList<QWidget *> order {ui->formatBar->widgetForAction(ui->actionHtml), ui->fromCombo,
        ui->providerCombo, ui->toEdit->lineEdit(), ui->ccEdit->lineEdit(), ui->bccEdit->lineEdit(),
        m_threadRow->chooseButton(), m_threadRow->conversationButton(), ui->subjectEdit};
    if (m_richTextOffer) {
        for (QPushButton *b : m_richTextOffer->findChildren<QPushButton *>())
            order += b;
    }
    order += {ui->bodyEdit, m_attachmentList->view(), findChild<QWidget *>(u"attachButton"_s),
        findChild<QWidget *>(u"templatesButton"_s), m_undoBar->undoButton(), m_sendLater,
        ui->sendButton};
    if (m_statusLinks)
        order += m_statusLinks->buttons();
    order += ui->banner;
    order.removeAll(nullptr);
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_tabOrder.clear();
    for (QWidget *w : std::as_const(order))
        m_tabOrder += w;
}

bool ComposeWindow::focusNextPrevChild(bool next)
{
    // Qt's chain runs on through the window's other widgets (the recipient fields' frames
    // among them) before it wraps: the order closes on itself here instead.
    QList<QWidget *> stops;
    for (QWidget *w : std::as_const(m_tabOrder)) {
        if (w && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            stops += w;
    }
    QWidget *focus = QApplication::focusWidget();
    if (!stops.isEmpty() && focus) {
        if (next && focus == stops.last()) {
            stops.first()->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (!next && focus == stops.first()) {
            stops.last()->setFocus(Qt::BacktabFocusReason);
            return true;
        }
    }
    return QMainWindow::focusNextPrevChild(next);
}

bool ComposeWindow::holdsContent() const
{
    const ComposeInput in = input();
    for (const QString *s : {&in.to, &in.cc, &in.bcc, &in.subject}) {
        if (!s->trimmed().isEmpty())
            return true;
    }
    return !ui->bodyEdit->writtenText().isEmpty() || m_controller->attachments()->rowCount() > 0;
}

void ComposeWindow::offerRichText(QAction *format)
{
    if (!m_richTextOffer) {
        // A bar above the body, as KDE's message bars: nothing modal, typing goes on.
        m_richTextOffer = new QFrame(this);
        m_richTextOffer->setObjectName(QStringLiteral("richTextOffer"));
        m_richTextOffer->setAccessibleName(tr("Rich text offer"));
        auto *row = new QHBoxLayout(m_richTextOffer);
        row->setContentsMargins(8, 4, 4, 4);
        auto *label = new QLabel(m_richTextOffer);
        label->setObjectName(QStringLiteral("richTextOfferText"));
        label->setWordWrap(true);
        auto *yes = new QPushButton(tr("S&witch to Rich Text"), m_richTextOffer);
        yes->setObjectName(QStringLiteral("richTextOfferAccept"));
        yes->setAutoDefault(false);
        auto *no = new QPushButton(tr("Keep Plain Text"), m_richTextOffer);
        no->setObjectName(QStringLiteral("richTextOfferDismiss"));
        no->setAutoDefault(false);
        row->addWidget(label, 1);
        row->addWidget(yes);
        row->addWidget(no);
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        m_richTextOffer->setStyleSheet(
            QStringLiteral("#richTextOffer { background: %1; border: 1px solid #1a73e8; "
                           "border-radius: 4px; }")
                .arg(dark ? QStringLiteral("#1c2f4a") : QStringLiteral("#e8f0fe")));
        auto *box = qobject_cast<QBoxLayout *>(ui->bodyEdit->parentWidget()->layout());
        box->insertWidget(box->indexOf(ui->bodyEdit), m_richTextOffer);
        connect(yes, &QPushButton::clicked, this, &ComposeWindow::acceptRichTextOffer);
        connect(no, &QPushButton::clicked, this, [this] {
            m_richTextOffer->hide();
            m_offeredFormat = nullptr;
            ui->bodyEdit->setFocus();
        });
        updateTabOrder();
    }
    // The same key again says yes.
    if (m_richTextOffer->isVisible() && m_offeredFormat == format) {
        acceptRichTextOffer();
        return;
    }
    m_offeredFormat = format;
    const QString key = format->shortcut().toString(QKeySequence::NativeText);
    m_richTextOffer->findChild<QLabel *>(QStringLiteral("richTextOfferText"))
        ->setText(tr("%1 needs rich text. Press %2 again to switch to rich text and apply it.")
                      .arg(format->text().remove(u'&'), key));
    m_richTextOffer->show();
}

void ComposeWindow::acceptRichTextOffer()
{
    QAction *format = std::exchange(m_offeredFormat, nullptr);
    m_richTextOffer->hide();
    ui->actionHtml->setChecked(true); // nothing is lost: the text becomes lines
    if (format && ui->bodyEdit->isHtml())
        format->trigger();
    ui->bodyEdit->setFocus();
}

void ComposeWindow::updateFormatBar()
{
    ui->formatBar->setVisible(ui->actionFormatBar->isChecked());
}

void ComposeWindow::onFromChanged()
{
    const QString from = ui->fromCombo->currentData(Roles::Address).toString();
    updateSignature(false);
    if (m_spelling)
        m_spelling->followMailbox(from);
}

void ComposeWindow::updateSignature(bool evenIfTyped)
{
    const QString from = ui->fromCombo->currentData(Roles::Address).toString();
    if (from.isEmpty() || !m_autoSignature)
        return;
    const Signature signature = m_controller->signatures()->signatureFor(from);
    BodyEditor *body = ui->bodyEdit;
    if (!evenIfTyped && !body->hasSignature()) {
        // A restored draft carries its signature as text already.
        if (!signature.isEmpty() && body->toPlainText().contains(signature.plain.trimmed()))
            return;
    }
    if (body->hasSignature() && m_signatureFrom == from && !evenIfTyped)
        return;
    const QTextCursor kept = body->textCursor();
    const int position = kept.position();
    const QScopedValueRollback signing(m_automatic, true);
    body->setSignature(signature);
    m_signatureFrom = from;
    // Writing goes on where it was (above the signature on new mail).
    QTextCursor cursor = body->textCursor();
    cursor.setPosition(std::min(position, body->document()->characterCount() - 1));
    body->setTextCursor(cursor);
}

void ComposeWindow::setupAttachments()
{
    m_attachmentList = new AttachmentList(this);
    m_attachmentList->setObjectName(QStringLiteral("attachmentList"));
    m_attachmentList->setModel(m_controller->attachments());
    m_attachmentList->setSettings(&m_controller->settings());
    m_attachmentList->problemLabel()->setField(m_attachmentList->view());
    if (auto *box = qobject_cast<QBoxLayout *>(ui->bodyError->parentWidget()->layout()))
        box->insertWidget(box->indexOf(ui->bodyError) + 1, m_attachmentList);
    auto *attach = new QAction(tr("&Attach File…"), this);
    attach->setObjectName(QStringLiteral("actionAttachFile"));
    attach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    attach->setToolTip(tr("Attach files to the message (Ctrl+Shift+A)"));
    ui->menuInsert->addAction(attach);
    addAction(attach); // the shortcut works wherever the focus is
    attach->setIcon(DesktopLook::themedIcon(u"mail-attachment"_s, u"attach"_s));
    // The paperclip beside Send, as mail programs have it.
    auto *paperclip = new QToolButton(this);
    paperclip->setObjectName(QStringLiteral("attachButton"));
    paperclip->setIcon(attach->icon());
    paperclip->setText(tr("Attach"));
    paperclip->setToolTip(attach->toolTip());
    paperclip->setAccessibleName(tr("Attach files"));
    paperclip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    paperclip->setAutoRaise(true);
    ui->actionRow->insertWidget(0, paperclip);
    connect(paperclip, &QToolButton::clicked, attach, &QAction::trigger);
    connect(attach, &QAction::enabledChanged, paperclip, &QWidget::setEnabled);
    connect(attach, &QAction::triggered, m_attachmentList, &AttachmentList::chooseFiles);
    // Files dropped or pasted onto the body are attached; so is a pasted image.
    connect(ui->bodyEdit, &BodyEditor::filesDropped, this, [this](const QList<QUrl> &urls) {
        if (m_attachmentList->isReadOnly())
            return; // the message waits to go: frozen
        m_attachmentList->clearMessage();
        m_controller->attachments()->addUrls(urls);
    });
    m_attachmentList->attachImagesPastedInto(ui->bodyEdit);
    connect(m_controller, &ComposeController::waitingForUploads, this, [this](int count) {
        showBanner(
            tr("Sending as soon as %n attachment(s) finish uploading…", nullptr, count), false);
    });
}

} // namespace Outpost

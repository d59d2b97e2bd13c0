// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/TeamNoteDialog.h"

#include "conversation/TeamNotes.h"
#include "settings/Settings.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeDatabase>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStringListModel>
#include <QVBoxLayout>

namespace Outpost {

MentionEdit::MentionEdit(QWidget *parent)
    : QPlainTextEdit(parent), m_completer(new QCompleter(this))
{
    setTabChangesFocus(true); // Tab goes on to the buttons; the popup takes it while shown
    m_completer->setModel(new QStringListModel(m_completer));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("mentionPopup"));
    m_completer->popup()->setAccessibleName(tr("Colleagues to mention"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
        &MentionEdit::insertName);
    connect(this, &QPlainTextEdit::textChanged, this, &MentionEdit::offer);
}

void MentionEdit::setNames(const QStringList &names)
{
    static_cast<QStringListModel *>(m_completer->model())->setStringList(names);
}

qsizetype MentionEdit::mentionStart() const
{
    const QTextCursor cursor = textCursor();
    const QString text = toPlainText();
    const qsizetype end = cursor.position();
    const qsizetype at = text.lastIndexOf(u'@', end - 1);
    if (at < 0 || end - at > 41)
        return -1;
    if (at > 0 && !text.at(at - 1).isSpace() && text.at(at - 1) != u'(')
        return -1; // an address (dana@acme.example), not a mention
    if (text.mid(at, end - at).contains(u'\n'))
        return -1;
    return at;
}

void MentionEdit::offer()
{
    const qsizetype at = mentionStart();
    if (at < 0) {
        m_completer->popup()->hide();
        return;
    }
    const QString prefix = toPlainText().mid(at + 1, textCursor().position() - at - 1);
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1 && m_completer->currentCompletion() == prefix)) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
        + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    // The first name is ready for Enter.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void MentionEdit::insertName(const QString &name)
{
    const qsizetype at = mentionStart();
    if (at < 0)
        return;
    QTextCursor cursor = textCursor();
    cursor.setPosition(int(at), QTextCursor::KeepAnchor);
    cursor.insertText(u'@' + name + u' ');
    setTextCursor(cursor);
    m_completer->popup()->hide();
}

void MentionEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
            // The popup's choice (QCompleter sends these keys here when nothing is current).
            if (const QModelIndex i = m_completer->popup()->currentIndex(); i.isValid()) {
                insertName(i.data().toString());
                return;
            }
            break;
        case Qt::Key_Escape:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

TeamNoteDialog::TeamNoteDialog(TeamNotes *notes, const QString &contactId, const QString &address,
    const QString &who, QWidget *parent)
    : QDialog(parent)
    , m_notes(notes)
    , m_contactId(contactId)
    , m_edit(new MentionEdit(this))
    , m_attach(new QPushButton(tr("Attach &File…"), this))
    , m_file(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_add(new QPushButton(tr("&Add Note"), this))
{
    setObjectName(QStringLiteral("teamNoteDialog"));
    setWindowTitle(tr("Note for the Team"));
    auto *about = new QLabel(this);
    about->setWordWrap(true);
    about->setText(who.isEmpty()
            ? tr("Only your team sees this note: it is never sent with the email.")
            : tr("About %1. Only your team sees this note: it is never sent with the email.")
                  .arg(who));
    auto *label = new QLabel(tr("&Note (type @ to mention a colleague):"), this);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("teamNoteEdit"));
    m_edit->setAccessibleName(tr("Note"));
    m_attach->setObjectName(QStringLiteral("teamNoteAttach"));
    m_attach->setAutoDefault(false);
    m_file->setObjectName(QStringLiteral("teamNoteFile"));
    m_problem->setObjectName(QStringLiteral("teamNoteProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_add->setObjectName(QStringLiteral("teamNoteAdd"));
    m_add->setToolTip(tr("Add the note for the team (Ctrl+Return)"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_attach);
    fileRow->addWidget(m_file, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addLayout(fileRow);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(480, 320);

    connect(buttons, &QDialogButtonBox::accepted, this, &TeamNoteDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_attach, &QPushButton::clicked, this, &TeamNoteDialog::chooseFile);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &TeamNoteDialog::updateButtons);
    for (const QKeySequence &keys :
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &TeamNoteDialog::submit);

    QStringList names;
    for (const TeamUser &u : notes->users())
        names += u.fullName;
    m_edit->setNames(names);
    if (notes->state() != TeamNotes::State::Available)
        notes->check();
    connect(notes, &TeamNotes::stateChanged, this, [this](TeamNotes::State state) {
        QStringList all;
        for (const TeamUser &u : m_notes->users())
            all += u.fullName;
        m_edit->setNames(all);
        if (state == TeamNotes::State::Unavailable)
            setProblem(m_notes->unavailableReason());
        updateButtons();
    });
    if (m_contactId.isEmpty() && address.isEmpty())
        setProblem(tr("Add a recipient in To: first: a note is about the person you write to."));
    else if (m_contactId.isEmpty())
        notes->findContact(address, this, [this](const Result<PlatformContact> &r) {
            if (r.ok())
                m_contactId = r.value().id;
            else
                setProblem(r.error().message);
            updateButtons();
        });
    updateButtons();
    m_edit->setFocus();
}

QString TeamNoteDialog::problemText() const
{
    return m_problem->isVisible() || !m_problem->text().isEmpty() ? m_problem->text() : QString();
}

void TeamNoteDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_edit->setAccessibleDescription(text);
}

void TeamNoteDialog::updateButtons()
{
    const bool hasContent = !m_edit->toPlainText().trimmed().isEmpty() || m_upload.has_value();
    m_add->setEnabled(!m_posting && !m_contactId.isEmpty() && hasContent
        && m_notes->state() != TeamNotes::State::Unavailable);
    m_edit->setReadOnly(m_posting);
    m_attach->setEnabled(!m_posting);
}

void TeamNoteDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a File to the Note"),
        m_settings ? m_settings->attachFolder() : QDir::homePath());
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (m_settings)
        m_settings->setAttachFolder(info.absolutePath());
    m_upload = UploadSource {path, info.fileName(), QMimeDatabase().mimeTypeForFile(info).name()};
    m_file->setText(info.fileName());
    updateButtons();
}

void TeamNoteDialog::submit()
{
    if (!m_add->isEnabled())
        return;
    m_posting = true;
    setProblem({});
    updateButtons();
    QList<UploadSource> files;
    if (m_upload)
        files += *m_upload;
    m_notes->post(m_contactId, m_edit->toPlainText().trimmed(), files, this,
        [this](const Result<ContactNote> &r) {
            m_posting = false;
            if (!r.ok()) {
                // The text stays as typed: nothing is lost, Add can be pressed again.
                setProblem(tr("The note was not added: %1").arg(r.error().message));
                updateButtons();
                return;
            }
            Q_EMIT noteAdded(r.value());
            accept();
        });
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compose/TemplatesWindow.h"

#include "mail/MergeFields.h"
#include "compose/TemplateLibrary.h"
#include "ui/FieldMessage.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace Outpost {

using namespace Qt::StringLiterals;

TemplatesWindow::TemplatesWindow(TemplateLibrary *library, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_library(library)
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_share(new QCheckBox(tr("S&hare with the Team"), this))
    , m_fields(new QLabel(this))
    , m_status(new QLabel(this))
    , m_problem(new FieldMessage(this))
    , m_new(new QPushButton(tr("&New"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(u"templatesWindow"_s);
    setWindowTitle(tr("Templates"));
    resize(760, 460);

    m_list->setObjectName(u"templateList"_s);
    m_list->setAccessibleName(tr("Your templates"));
    auto *listLabel = new QLabel(tr("Your Temp&lates:"), this);
    listLabel->setBuddy(m_list);
    m_empty->setObjectName(u"templatesEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No templates yet: write one and save it."));

    m_name->setObjectName(u"templateName"_s);
    m_name->setAccessibleName(tr("Template name"));
    m_subject->setObjectName(u"templateSubject"_s);
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setPlaceholderText(tr("Optional: fills an empty subject"));
    m_text->setObjectName(u"templateText"_s);
    m_text->setAccessibleName(tr("Template text"));
    m_text->setTabChangesFocus(true);
    m_share->setObjectName(u"templateShare"_s);
    m_share->setToolTip(tr("Also save it on the instance, where your team's templates are. Its "
                           "subject stays yours: the instance's templates have none."));
    QStringList known;
    for (const QString &f : MergeFields::known())
        known += MergeFields::written(f);
    m_fields->setWordWrap(true);
    m_fields->setText(tr("Fields filled when the template is used: %1.")
                          .arg(QLocale().createSeparatedList(known)));
    m_status->setObjectName(u"templateStatus"_s);
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    m_new->setObjectName(u"newTemplateButton"_s);
    m_save->setObjectName(u"saveTemplateButton"_s);
    m_delete->setObjectName(u"deleteTemplateButton"_s);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("N&ame:"), this);
    nameLabel->setBuddy(m_name);
    auto *subjectLabel = new QLabel(tr("S&ubject:"), this);
    subjectLabel->setBuddy(m_subject);
    auto *textLabel = new QLabel(tr("&Text:"), this);
    textLabel->setBuddy(m_text);
    form->addRow(nameLabel, m_name);
    form->addRow(subjectLabel, m_subject);
    form->addRow(textLabel, m_text);
    form->addRow(QString(), m_fields);
    form->addRow(QString(), m_share);

    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addWidget(m_empty);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(form, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_new, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setTabOrder(m_list, m_name);
    setTabOrder(m_name, m_subject);
    setTabOrder(m_subject, m_text);
    setTabOrder(m_text, m_share);

    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this,
        &QWidget::close);
    // Ctrl+N starts a template, Ctrl+S saves it, as in an editor.
    connect(new QShortcut(QKeySequence::New, this), &QShortcut::activated, this,
        &TemplatesWindow::startNew);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this,
        &TemplatesWindow::save);
    m_new->setToolTip(tr("Start a new template (Ctrl+N)"));
    m_save->setToolTip(tr("Save the template (Ctrl+S)"));
    connect(m_new, &QPushButton::clicked, this, &TemplatesWindow::startNew);
    connect(m_save, &QPushButton::clicked, this, &TemplatesWindow::save);
    connect(m_delete, &QPushButton::clicked, this, &TemplatesWindow::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesWindow::showCurrent);
    connect(m_name, &QLineEdit::textChanged, this, &TemplatesWindow::updateButtons);
    connect(m_text, &QPlainTextEdit::textChanged, this, &TemplatesWindow::updateButtons);
    connect(m_library, &TemplateLibrary::changed, this, &TemplatesWindow::reload);
    m_share->setEnabled(m_library->client() != nullptr);
    reload();
}

void TemplatesWindow::reload()
{
    const QString current = m_select.isEmpty() ? m_editing : QString();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = -1;
    for (const MailTemplate &t : m_library->own()) {
        auto *item = new QListWidgetItem(t.name, m_list);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(t.body.left(200));
        if ((!m_select.isEmpty() && t.name.compare(m_select, Qt::CaseInsensitive) == 0)
            || (!current.isEmpty() && t.id == current))
            select = m_list->count() - 1;
    }
    m_empty->setVisible(m_list->count() == 0);
    if (select >= 0) {
        m_list->setCurrentRow(select);
        m_select.clear();
        showCurrent();
    }
    updateButtons();
}

void TemplatesWindow::showCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    for (const MailTemplate &t : m_library->own()) {
        if (t.id != id)
            continue;
        m_editing = t.id;
        m_name->setText(t.name);
        m_subject->setText(t.subject);
        m_text->setPlainText(t.body);
        m_share->setChecked(false);
    }
    updateButtons();
}

void TemplatesWindow::startNew()
{
    m_editing.clear();
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
    m_name->clear();
    m_subject->clear();
    m_text->clear();
    m_share->setChecked(false);
    m_status->setVisible(false);
    m_problem->clearProblem();
    m_name->setFocus();
    updateButtons();
}

void TemplatesWindow::save()
{
    MailTemplate t;
    t.id = m_editing;
    t.name = m_name->text().trimmed();
    t.subject = m_subject->text().trimmed();
    t.body = m_text->toPlainText();
    for (const MailTemplate &old : m_library->own()) {
        if (old.id == t.id)
            t.createdAt = old.createdAt;
    }
    if (t.name.isEmpty() || t.body.trimmed().isEmpty()) {
        QWidget *field = t.name.isEmpty() ? static_cast<QWidget *>(m_name) : m_text;
        say(t.name.isEmpty() ? tr("Give the template a name.") : tr("Write the template's text."),
            field);
        field->setFocus();
        return;
    }
    m_save->setEnabled(false);
    m_select = t.name;
    m_library->save(t, m_share->isChecked() && m_share->isEnabled(), this,
        [this, name = t.name](const QString &problem) {
            updateButtons();
            if (problem.isEmpty())
                say(tr("“%1” is saved.").arg(name));
            else
                say(problem, m_name);
        });
}

void TemplatesWindow::removeCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    const QString name = item->text();
    auto *question = new QMessageBox(QMessageBox::Question, tr("Delete Template"),
        tr("Delete the template “%1”?").arg(name), QMessageBox::NoButton, this);
    question->setObjectName(u"deleteTemplateQuestion"_s);
    question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = question->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);
    connect(question, &QMessageBox::finished, this, [this, question, remove, id, name] {
        if (question->clickedButton() != remove)
            return;
        m_library->remove(id, this, [this, name](const QString &problem) {
            if (!problem.isEmpty()) {
                say(problem, m_list);
                return;
            }
            startNew();
            say(tr("“%1” is deleted.").arg(name));
        });
    });
    question->open();
}

void TemplatesWindow::say(const QString &text, QWidget *field)
{
    // A problem stands under the window's fields, named on the field it concerns (FieldMessage);
    // what was done is plain text.
    m_status->setVisible(!field);
    m_problem->clearProblem();
    if (!field) {
        m_status->setText(text);
        return;
    }
    m_problem->setField(field);
    m_problem->showProblem(text);
}

void TemplatesWindow::updateButtons()
{
    m_delete->setEnabled(m_list->currentItem() != nullptr && !m_editing.isEmpty());
    m_save->setEnabled(!m_name->text().trimmed().isEmpty());
}

} // namespace Outpost

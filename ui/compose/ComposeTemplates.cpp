// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/compose/ComposeTemplates.h"

#include "accounts/MailboxListModel.h"
#include "compose/ComposeController.h"
#include "compose/TemplateLibrary.h"
#include "mail/SendRules.h"
#include "platform/PlatformClient.h"
#include "ui/FieldMessage.h"
#include "ui/compose/BodyEditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QToolButton>

namespace Outpost {

using namespace Qt::StringLiterals;

namespace {
// `;;` and the letters typed after it, at the start of a word, right before the caret.
const QRegularExpression &trigger()
{
    static const QRegularExpression re(u"(?:^|\\s);;([^\\s;]*)$"_s);
    return re;
}

QString menuText(const QString &name)
{
    QString text = name;
    return text.replace(u'&', u"&&"_s); // a name's "&" is not a mnemonic
}
} // namespace

ComposeTemplates::ComposeTemplates(TemplateLibrary *library, Parts parts, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_parts(std::move(parts))
    , m_button(new QToolButton(window))
    , m_menu(new QMenu(window))
    , m_completer(new QCompleter(this))
    , m_names(new QStringListModel(this))
{
    m_button->setObjectName(u"templatesButton"_s);
    m_button->setIcon(
        QIcon::fromTheme(u"text-x-generic-template"_s, QIcon::fromTheme(u"document-new"_s)));
    m_button->setText(tr("Templates"));
    m_button->setAccessibleName(tr("Insert a template"));
    m_button->setToolTip(tr("Insert a template (or type ;; and its name in the message)"));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setAutoRaise(true);
    m_button->setMenu(m_menu);
    m_menu->setObjectName(u"templatesMenu"_s);
    m_menu->setTitle(tr("Templates"));

    m_completer->setModel(m_names);
    m_completer->setWidget(m_parts.body);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->popup()->setObjectName(u"templateCompleter"_s);
    m_completer->popup()->setAccessibleName(tr("Templates"));
    m_parts.body->setCompletionPopup(m_completer->popup());
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
        &ComposeTemplates::complete);

    connect(m_library, &TemplateLibrary::changed, this, &ComposeTemplates::rebuildMenu);
    connect(m_parts.body, &QTextEdit::textChanged, this, &ComposeTemplates::onBodyChanged);
    rebuildMenu();
    highlight();
}

void ComposeTemplates::setManageAction(QAction *manage)
{
    m_manage = manage;
    rebuildMenu();
}

void ComposeTemplates::rebuildMenu()
{
    m_menu->clear();
    QStringList names;
    const auto add = [&](const QList<MailTemplate> &list, const QString &section) {
        if (list.isEmpty())
            return;
        m_menu->addSection(section);
        for (const MailTemplate &t : list) {
            QAction *a = m_menu->addAction(menuText(t.name));
            a->setToolTip(t.body.left(200));
            connect(a, &QAction::triggered, this, [this, t] { insert(t); });
            names += t.name;
        }
    };
    add(m_library->own(), tr("Your Templates"));
    add(m_library->instance(), tr("The Team's Templates"));
    if (names.isEmpty()) {
        QAction *none = m_menu->addAction(tr("No templates yet"));
        none->setEnabled(false);
    }
    if (!m_library->instanceNote().isEmpty()) {
        QAction *note = m_menu->addAction(m_library->instanceNote());
        note->setEnabled(false);
    }
    if (m_manage) {
        m_menu->addSeparator();
        m_menu->addAction(m_manage);
    }
    names.removeDuplicates();
    m_names->setStringList(names);
}

void ComposeTemplates::onBodyChanged()
{
    highlight();
    if (m_parts.body->isReadOnly())
        return;
    const QTextCursor caret = m_parts.body->textCursor();
    const QString before = caret.block().text().left(caret.positionInBlock());
    // Without `;;` there is nothing to match (and no expression compiled as a window opens).
    const QRegularExpressionMatch m
        = before.contains(u";;") ? trigger().match(before) : QRegularExpressionMatch();
    if (!m.hasMatch() || m_names->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    const QString prefix = m.captured(1);
    if (prefix != m_completer->completionPrefix() || !m_completer->popup()->isVisible()) {
        m_completer->setCompletionPrefix(prefix);
        if (m_completer->completionCount() == 0) {
            m_completer->popup()->hide();
            return;
        }
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
    QRect at = m_parts.body->cursorRect();
    at.setWidth(m_completer->popup()->sizeHintForColumn(0)
        + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(at);
}

void ComposeTemplates::complete(const QString &name)
{
    // Takes `;;` and the letters typed out, then puts the template in their place.
    QTextCursor caret = m_parts.body->textCursor();
    const QString before = caret.block().text().left(caret.positionInBlock());
    const QRegularExpressionMatch m = trigger().match(before);
    if (m.hasMatch()) {
        caret.movePosition(
            QTextCursor::Left, QTextCursor::KeepAnchor, int(m.capturedLength(1)) + 2);
        caret.removeSelectedText();
        m_parts.body->setTextCursor(caret);
    }
    if (const auto t = m_library->byName(name))
        insert(*t);
}

void ComposeTemplates::insert(const MailTemplate &t)
{
    if (m_parts.body->isReadOnly())
        return;
    // Where it goes: a cursor of the document's, which moves with edits made meanwhile.
    auto at = std::make_shared<QTextCursor>(m_parts.body->textCursor());
    const QList<Mailbox> boxes = m_parts.controller->mailboxes()->mailboxes();
    PlatformClient *client = m_parts.controller->instanceClient();
    const MergeValues base = TemplateLibrary::senderValues(
        boxes, m_parts.from(), client ? client->session().userEmail : QString());
    TemplateLibrary::gatherValues(
        client, m_parts.firstRecipient(), base, this, [this, t, at](const MergeValues &values) {
            const MergeResult body = MergeFields::fill(t.body, values);
            QList<UnfilledField> unfilled = body.unfilled;
            if (!t.subject.isEmpty() && m_parts.subject->text().trimmed().isEmpty()) {
                const MergeResult subject = MergeFields::fill(t.subject, values);
                m_parts.subject->setText(subject.text);
                for (const UnfilledField &f : subject.unfilled) {
                    if (!unfilled.contains(f))
                        unfilled += f;
                }
            }
            at->insertText(body.text);
            m_parts.body->setTextCursor(*at);
            m_parts.body->setFocus();
            for (const UnfilledField &f : std::as_const(unfilled))
                m_reasons.insert(f.name, f.reason);
            highlight();
            QStringList lines;
            for (const UnfilledField &f : std::as_const(unfilled))
                lines += SendRules::placeholderRefusal({f});
            if (!lines.isEmpty())
                m_parts.bodyMessage->showProblem(lines.join(u'\n'));
            Q_EMIT inserted(t.name, unfilled);
        });
}

void ComposeTemplates::highlight()
{
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    // The palette's highlight colour, lightened, with a wavy underline: seen in light and dark
    // themes, and not only by colour.
    QColor colour = m_parts.body->palette().color(QPalette::Highlight);
    colour.setAlpha(70);
    format.setBackground(colour);
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(m_parts.body->palette().color(QPalette::Highlight));
    const QString text = m_parts.body->document()->toPlainText();
    for (const auto &[start, length] : MergeFields::spans(text)) {
        QTextCursor c(m_parts.body->document());
        c.setPosition(int(start));
        c.setPosition(int(start + length), QTextCursor::KeepAnchor);
        marks.append({c, format});
    }
    m_parts.body->setExtraSelections(marks);
}

QString ComposeTemplates::explain(const DraftProblem &problem) const
{
    if (problem.field != DraftField::Body && problem.field != DraftField::Subject)
        return problem.message;
    const QString text
        = problem.field == DraftField::Body ? m_parts.body->toPlainText() : m_parts.subject->text();
    const QStringList names = MergeFields::placeholders(text);
    if (names.isEmpty() || problem.message != [&] {
            QList<UnfilledField> bare;
            for (const QString &n : names)
                bare += {n, {}};
            return SendRules::placeholderRefusal(bare);
        }())
        return problem.message;
    QStringList lines;
    for (const QString &n : names)
        lines += SendRules::placeholderRefusal({{n, m_reasons.value(n)}});
    return lines.join(u'\n');
}

} // namespace Outpost

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/ConversationPreview.h"

#include "conversation/ConversationHtml.h"
#include "display/PeopleText.h"
#include "display/TimeText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Outpost {

namespace {

QLabel *label(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setTextFormat(Qt::PlainText); // a subject or a name is never markup
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

ConversationPreview::ConversationPreview(QWidget *parent)
    : QWidget(parent)
    , m_subject(label(this, "previewSubject"))
    , m_count(label(this, "previewCount"))
    , m_sender(label(this, "previewSender"))
    , m_when(label(this, "previewWhen"))
    , m_recipients(label(this, "previewRecipients"))
    , m_body(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("conversationPreview"));
    QFont big = m_subject->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_subject->setFont(big);
    QFont bold = m_sender->font();
    bold.setBold(true);
    m_sender->setFont(bold);
    m_when->setWordWrap(false);
    m_body->setObjectName(QStringLiteral("previewBody"));
    m_body->setReadOnly(true);
    m_body->setFrameShape(QFrame::NoFrame);
    m_body->setTabChangesFocus(true);
    m_body->document()->setDocumentMargin(0);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(6);
    layout->addWidget(m_subject);
    layout->addWidget(m_count);
    layout->addSpacing(10);
    auto *who = new QHBoxLayout;
    who->addWidget(m_sender, 1);
    who->addWidget(m_when, 0, Qt::AlignTop);
    layout->addLayout(who);
    layout->addWidget(m_recipients);
    layout->addWidget(m_body, 1);
    auto *buttons = new QHBoxLayout;
    // Named as the page's buttons are; the window's Ctrl+R, Ctrl+Shift+R and Ctrl+L do the same.
    const std::pair<QString, ReplyKind> answers[] = {{tr("Repl&y"), ReplyKind::Reply},
        {tr("Reply &All"), ReplyKind::ReplyAll}, {tr("For&ward"), ReplyKind::Forward}};
    for (const auto &[text, kind] : answers) {
        auto *b = new QPushButton(text, this);
        b->setAutoDefault(false);
        connect(
            b, &QPushButton::clicked, this, [this, kind = kind] { Q_EMIT answerRequested(kind); });
        buttons->addWidget(b);
        m_answers += b;
    }
    // The keys as the desktop writes them ("Strg+Umschalt+R").
    const auto keys
        = [](QKeyCombination k) { return QKeySequence(k).toString(QKeySequence::NativeText); };
    m_answers[0]->setObjectName(QStringLiteral("previewReply"));
    m_answers[0]->setToolTip(
        tr("Reply to the latest message (%1)").arg(keys(Qt::CTRL | Qt::Key_R)));
    m_answers[1]->setObjectName(QStringLiteral("previewReplyAll"));
    m_answers[1]->setToolTip(tr("Reply to everyone on the latest message (%1)")
                                 .arg(keys(Qt::CTRL | Qt::SHIFT | Qt::Key_R)));
    m_answers[2]->setObjectName(QStringLiteral("previewForward"));
    m_answers[2]->setToolTip(tr("Forward the latest message (%1)").arg(keys(Qt::CTRL | Qt::Key_L)));
    buttons->addStretch(1);
    layout->addLayout(buttons);
    updateColours();
}

void ConversationPreview::showMessage(
    const ThreadSummary &thread, const ConversationMessage &latest, int count, bool canAnswer)
{
    m_subject->setText(thread.subject.trimmed().isEmpty() ? tr("(no subject)") : thread.subject);
    QString counted = tr("%n message(s)", nullptr, count);
    if (count > 1)
        counted += u'\n' + tr("Loading %n earlier message(s)…", nullptr, count - 1);
    m_count->setText(counted);
    const QString who = PeopleText::nameOf(latest.sender());
    m_sender->setText(latest.internal
            ? (who.isEmpty() ? tr("Internal note") : tr("Internal note by %1").arg(who))
            : (who.isEmpty() ? tr("(unknown)") : who));
    m_sender->setToolTip(latest.from);
    m_when->setText(latest.createdAt.isValid() ? TimeText::forHeader(latest.createdAt, systemNow())
                                               : QString());
    m_when->setToolTip(latest.createdAt.isValid() ? TimeText::full(latest.createdAt) : QString());
    QStringList to = latest.to;
    to += latest.cc;
    m_recipients->setText(to.isEmpty() ? QString() : tr("To %1").arg(PeopleText::names(to)));
    m_recipients->setVisible(!to.isEmpty());
    // The text only: an HTML body read without a parser, shown as plain text (never markup).
    m_body->setPlainText(
        latest.isHtml ? ConversationHtml::textOf(latest.body).trimmed() : latest.body.trimmed());
    m_body->setAccessibleName(m_sender->text() + u", "_qs + m_when->text());
    for (QPushButton *b : std::as_const(m_answers))
        b->setVisible(canAnswer);
}

QString ConversationPreview::messageText() const
{
    return m_body->toPlainText();
}

void ConversationPreview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColours();
}

void ConversationPreview::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    Q_EMIT painted();
}

void ConversationPreview::updateColours()
{
    // The body reads as the page around it, not as a text field.
    QPalette p = m_body->palette();
    p.setColor(QPalette::Base, palette().color(QPalette::Window));
    m_body->setPalette(p);
}

} // namespace Outpost

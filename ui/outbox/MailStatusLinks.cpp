// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/outbox/MailStatusLinks.h"

#include "submit/Outbox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

namespace Outpost {

MailStatusLinks::MailStatusLinks(Outbox *outbox, QWidget *parent)
    : QWidget(parent)
    , m_drafts(new QPushButton(this))
    , m_outbox(new QPushButton(this))
    , m_sent(new QPushButton(this))
{
    setObjectName(QStringLiteral("mailStatusLinks"));
    m_drafts->setObjectName(QStringLiteral("draftsLink"));
    m_outbox->setObjectName(QStringLiteral("outboxLink"));
    m_sent->setObjectName(QStringLiteral("sentLink"));
    m_sent->setText(tr("Sent"));
    m_sent->setToolTip(tr("Open the list of mail sent recently (Ctrl+Shift+E)"));
    m_drafts->setText(tr("Drafts"));
    m_drafts->setToolTip(tr("Open the drafts kept on this computer (Ctrl+Shift+D)"));
    auto *dot = new QLabel(QStringLiteral("·"), this);
    auto *dot2 = new QLabel(QStringLiteral("·"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (QPushButton *b : {m_drafts, m_outbox, m_sent}) {
        b->setFlat(true);
        b->setAutoDefault(false);
        b->setCursor(Qt::PointingHandCursor);
        b->setFocusPolicy(Qt::TabFocus); // a click leaves the focus where the user writes
        b->installEventFilter(this);
    }
    layout->addWidget(m_drafts);
    layout->addWidget(dot);
    layout->addWidget(m_outbox);
    layout->addWidget(dot2);
    layout->addWidget(m_sent);
    connect(m_drafts, &QPushButton::clicked, this, &MailStatusLinks::draftsRequested);
    connect(m_outbox, &QPushButton::clicked, this, &MailStatusLinks::outboxRequested);
    connect(m_sent, &QPushButton::clicked, this, &MailStatusLinks::sentRequested);
    connect(outbox, &Outbox::countChanged, this, &MailStatusLinks::update);
    applyStyle();
    update(outbox->count());
}

QString MailStatusLinks::text() const
{
    return m_drafts->text() + QStringLiteral(" · ") + m_outbox->text() + QStringLiteral(" · ")
        + m_sent->text();
}

QList<QWidget *> MailStatusLinks::buttons() const
{
    return {m_drafts, m_outbox, m_sent};
}

bool MailStatusLinks::eventFilter(QObject *watched, QEvent *event)
{
    // Enter opens a link, as in a browser (a push button outside a dialog takes only Space).
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (auto *button = qobject_cast<QPushButton *>(watched)) {
                button->click();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MailStatusLinks::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void MailStatusLinks::applyStyle()
{
    // Drawn as links, in the palette's link colour; the focus shows as an outline.
    const QString style = QStringLiteral(
        "QPushButton { color: %1; text-decoration: underline; border: 1px solid transparent; "
        "padding: 0 2px; } QPushButton:focus { border: 1px solid %1; border-radius: 3px; }")
                              .arg(palette().color(QPalette::Link).name());
    for (QPushButton *b : {m_drafts, m_outbox, m_sent}) {
        if (b->styleSheet() != style)
            b->setStyleSheet(style);
    }
}

void MailStatusLinks::update(int queued)
{
    // The button's text is its name for screen readers; a change of it is announced.
    m_outbox->setText(queued > 0 ? tr("Outbox (%1)").arg(queued) : tr("Outbox"));
    m_outbox->setToolTip(queued == 0
            ? tr("Nothing is waiting to be sent")
            : tr("%n message(s) on the way: open the Outbox", nullptr, queued));
}

} // namespace Outpost
